using NodaTime;
using SocialPrescribing.Measures;

namespace SocialPrescribing.Referrals;

/// <summary>
/// What a caseload needs of one episode, computed once per (immutable) episode and cached on it, so a caseload is a
/// single pass with no allocation per episode scanned.
/// </summary>
/// <remarks>
/// <para>
/// The next ONS4 and PAM (due date, and whether PAM awaits confirmation of eligibility) are asked of the episode's
/// own schedule (<see cref="Episode.Ons4On"/>, <see cref="Episode.PamOn"/>) once per <em>breakpoint</em>: the start
/// of the schedule, and every date on which an assessment was taken or support was taken up (a working episode's
/// schedule has not ended). On a date the schedule counts only the assessments taken on or before it, so between two
/// breakpoints it sees the same record and gives the same next assessment; only its status (due, overdue) moves with
/// the date, and <see cref="Caseload"/> works that out with the schedule's <see cref="Cadence"/>. A caseload for any
/// date then finds its segment by binary search and compares dates: nothing is allocated per episode scanned.
/// </para>
/// </remarks>
internal sealed class CaseloadSummary
{
    private readonly LocalDate[] _breakpoints = [];
    private readonly ScheduledAssessment?[] _ons4Next = [];
    private readonly ScheduledAssessment?[] _pamNext = [];

    internal CaseloadSummary(Episode episode)
    {
        EpisodeData d = episode.Data;
        Id = d.Id;
        State = d.State;
        LinkWorker = d.LinkWorker;
        ReferredOn = d.Referral?.ReferredOn;
        Urgency = d.Referral?.Urgency ?? Referrals.Urgency.Routine;
        IsWaiting = d.State is EpisodeState.Referred or EpisodeState.Accepted;
        IsWorking = EpisodeTransitions.IsWorking(d.State);
        PlanReviewOn = d.State is EpisodeState.PlanAgreed or EpisodeState.Connected ? d.CarePlan?.NextReviewOn : null;
        ResumeOn = d.State == EpisodeState.OnHold ? d.Hold!.ExpectedResumeOn : null;
        CoverFrom = EpisodeTransitions.IsOpen(d.State) && d.IsHeldByCover ? d.Assignments[^1].From : null;

        if (IsWorking)
        {
            MeasurementSchedule schedule = episode.MeasurementSchedule!;
            Cadence = schedule.Cadence;
            ScheduleStart = schedule.Start;
            _breakpoints = Breakpoints(schedule, episode.Measurements);
            _ons4Next = new ScheduledAssessment?[_breakpoints.Length];
            _pamNext = new ScheduledAssessment?[_breakpoints.Length];
            for (int i = 0; i < _breakpoints.Length; i++)
            {
                _ons4Next[i] = episode.Ons4On(_breakpoints[i])!.Next;
                _pamNext[i] = episode.PamOn(_breakpoints[i])!.Next;
            }
        }

        if (d.State is EpisodeState.Connected or EpisodeState.UnderReview)
        {
            var followUps = new List<FollowUp>();
            foreach (Connection connection in d.Connections)
            {
                if (connection.Latest is not ConnectionUpdate latest)
                {
                    followUps.Add(new FollowUp(connection.Number, connection.Made.On, FromIntroduction: true));
                }
                else if (latest.Outcome == ConnectionOutcome.DidNotAttend)
                {
                    followUps.Add(new FollowUp(connection.Number, latest.On, FromIntroduction: false));
                }
            }

            FollowUps = [.. followUps];
        }
    }

    internal EpisodeId Id { get; }

    internal EpisodeState State { get; }

    internal LinkWorkerId? LinkWorker { get; }

    internal LocalDate? ReferredOn { get; }

    internal Urgency Urgency { get; }

    internal bool IsWaiting { get; }

    internal bool IsWorking { get; }

    internal Cadence? Cadence { get; }

    /// <summary>The first attended contact: before it, no measure is due.</summary>
    internal LocalDate ScheduleStart { get; }

    internal LocalDate? PlanReviewOn { get; }

    internal FollowUp[] FollowUps { get; } = [];

    internal LocalDate? ResumeOn { get; }

    internal LocalDate? CoverFrom { get; }

    /// <summary>The next ONS4 on a date, as the episode's schedule gives it (see the remarks).</summary>
    /// <param name="segment">The segment of the date, from <see cref="SegmentOn"/>.</param>
    internal ScheduledAssessment? Ons4Next(int segment) => _ons4Next[segment];

    /// <summary>The next PAM on a date, as the episode's schedule gives it (see the remarks).</summary>
    /// <param name="segment">The segment of the date, from <see cref="SegmentOn"/>.</param>
    internal ScheduledAssessment? PamNext(int segment) => _pamNext[segment];

    /// <summary>The index of the latest breakpoint on or before <paramref name="asOf"/>; only for a working episode (one with breakpoints) and a date on or after <see cref="ScheduleStart"/> (the first breakpoint).</summary>
    internal int SegmentOn(LocalDate asOf)
    {
        int low = 0;
        int high = _breakpoints.Length - 1;
        while (low < high)
        {
            int middle = low + ((high - low + 1) / 2);
            if (_breakpoints[middle] <= asOf)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    /// <summary>
    /// The schedule's start and every date on which an assessment was taken or support taken up, in order, each once.
    /// A working episode's schedule has not ended (only closure ends it). Dates before the start are kept: they are
    /// never the latest breakpoint on or before a date on or after the start, so they cost a little and change nothing.
    /// </summary>
    private static LocalDate[] Breakpoints(MeasurementSchedule schedule, MeasurementRecord record)
        => [.. new SortedSet<LocalDate>(record.Ons4Dates.Concat(record.PamDates).Concat(record.SupportTakenUpDates)) { schedule.Start }];

    /// <summary>A connection with no news since its introduction (its date is the introduction's), or whose latest news is a missed session.</summary>
    internal readonly record struct FollowUp(int Number, LocalDate On, bool FromIntroduction);
}
