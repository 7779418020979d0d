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
/// of the schedule, every date on which an assessment was taken or support was taken up, and the date a closed
/// episode's schedule ended (its follow-up end, <see cref="Episode.FollowUpEndsOn"/>). On a date the schedule counts only the assessments taken on or before it, so between two
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
        Urgency = d.Urgency;
        IsWaiting = d.State is EpisodeState.Referred or EpisodeState.Accepted;
        IsMeasured = EpisodeTransitions.IsWorking(d.State) || (d.State == EpisodeState.Closed && d.FirstContact is not null);
        PlanReviewOn = d.State is EpisodeState.PlanAgreed or EpisodeState.Connected ? d.CarePlan?.NextReviewOn : null;
        ResumeOn = d.State == EpisodeState.OnHold ? d.Hold!.ExpectedResumeOn : null;
        CoverFrom = EpisodeTransitions.IsOpen(d.State) && d.IsHeldByCover ? d.Assignments[^1].From : null;
        CoveredFor = CoverFrom is not null && d.Assignments.Length > 1 ? d.Assignments[^2].LinkWorker : null;
        Escalations = Unresolved(d);

        if (IsMeasured)
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

    /// <summary>The episode's urgency as it stands (<see cref="Episode.Urgency"/>): it orders every reason.</summary>
    internal Urgency? Urgency { get; }

    internal bool IsWaiting { get; }

    /// <summary>Whether measures may be due: working with the person, or closed after a first contact (the follow-up after closure).</summary>
    internal bool IsMeasured { get; }

    /// <summary>The escalations not yet resolved, in order.</summary>
    internal UnresolvedEscalation[] Escalations { get; }

    /// <summary>For an episode held by cover, the link worker who held it before (whom it would be handed back to).</summary>
    internal LinkWorkerId? CoveredFor { get; }

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

    /// <summary>The index of the latest breakpoint on or before <paramref name="asOf"/>; only for a measured episode (one with breakpoints) and a date on or after <see cref="ScheduleStart"/> (the first breakpoint).</summary>
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
    /// The schedule's start, every date on which an assessment was taken or support taken up, and the date the schedule
    /// ended (a closed episode's follow-up end: from then on nothing is due), in order, each once. Dates before the start
    /// are kept: they are never the latest breakpoint on or before a date on or after the start, so they cost a little and
    /// change nothing.
    /// </summary>
    private static LocalDate[] Breakpoints(MeasurementSchedule schedule, MeasurementRecord record)
    {
        var dates = new SortedSet<LocalDate>(record.Ons4Dates.Concat(record.PamDates).Concat(record.SupportTakenUpDates)) { schedule.Start };
        if (schedule.EndedOn is LocalDate end)
        {
            dates.Add(end);
        }

        return [.. dates];
    }

    /// <summary>The escalations with no resolution, each with its number and whether it or the episode is urgent.</summary>
    private static UnresolvedEscalation[] Unresolved(EpisodeData d)
    {
        if (d.Escalations.Length == d.EscalationResolutions.Length)
        {
            return []; // each escalation is resolved at most once, so all are
        }

        var unresolved = new List<UnresolvedEscalation>();
        for (int i = 0; i < d.Escalations.Length; i++)
        {
            int number = i + 1;
            if (!d.EscalationResolutions.Any(r => r.EscalationNumber == number))
            {
                Escalated e = d.Escalations[i];
                bool urgent = e.Urgency == Referrals.Urgency.Urgent || d.Urgency == Referrals.Urgency.Urgent;
                unresolved.Add(new UnresolvedEscalation(number, e.On, urgent ? Referrals.Urgency.Urgent : d.Urgency));
            }
        }

        return [.. unresolved];
    }

    /// <summary>An escalation not yet resolved: its number in the episode, its date, and the urgency it is listed with.</summary>
    internal readonly record struct UnresolvedEscalation(int Number, LocalDate On, Urgency? Urgency);

    /// <summary>A connection with no news since its introduction (its date is the introduction's), or whose latest news is a missed session.</summary>
    internal readonly record struct FollowUp(int Number, LocalDate On, bool FromIntroduction);
}
