using NodaTime;
using SocialPrescribing.Measures;

namespace SocialPrescribing.Referrals;

/// <summary>
/// What a caseload needs of one episode, computed once per (immutable) episode and cached on it, so a caseload is a
/// single pass with no allocation per episode scanned.
/// </summary>
internal sealed class CaseloadSummary
{
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
            // Due dates with every measure counted: valid for any date on or after the latest measure (see Caseload.For).
            LatestMeasureDate = d.Ons4Responses.Select(r => r.DateAsked).Concat(d.PamAssessments.Select(p => p.On)).DefaultIfEmpty(LocalDate.MinIsoValue).Max();
            Ons4Next = episode.Ons4On(LocalDate.MaxIsoValue)!.Next;
            PamNext = episode.PamOn(LocalDate.MaxIsoValue)!.Next;
            Cadence = episode.MeasurementSchedule!.Cadence;
            ScheduleStart = episode.MeasurementSchedule.Start;
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

    internal LocalDate LatestMeasureDate { get; }

    internal ScheduledAssessment? Ons4Next { get; }

    internal ScheduledAssessment? PamNext { get; }

    internal Cadence? Cadence { get; }

    /// <summary>The first attended contact: before it, no measure is due.</summary>
    internal LocalDate ScheduleStart { get; }

    internal LocalDate? PlanReviewOn { get; }

    internal FollowUp[] FollowUps { get; } = [];

    internal LocalDate? ResumeOn { get; }

    internal LocalDate? CoverFrom { get; }

    /// <summary>A connection with no news since its introduction (its date is the introduction's), or whose latest news is a missed session.</summary>
    internal readonly record struct FollowUp(int Number, LocalDate On, bool FromIntroduction);
}
