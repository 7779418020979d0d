using NodaTime;
using SocialPrescribing.Measures;

namespace SocialPrescribing.Referrals.Testing;

/// <summary>
/// The caseload of <c>docs/referrals.md</c> written the obvious way: one LINQ query per reason over each episode's
/// public properties, asking the measurement schedule afresh for every episode.
/// </summary>
/// <remarks>
/// It serves twice: as the independent oracle that property tests compare <see cref="Caseload.For"/> with, and as the
/// baseline the benchmarks measure it against. It uses none of the package's caseload code (not even
/// <see cref="Absence.IsOn"/>) and allocates freely.
/// </remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class ReferenceCaseload
{
    private static readonly EpisodeState[] Working = [EpisodeState.FirstContactMade, EpisodeState.PlanAgreed, EpisodeState.Connected, EpisodeState.UnderReview];

    /// <summary>Lists what a caseload for a date should hold, in its order.</summary>
    /// <param name="episodes">The episodes.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="linkWorker">Only episodes held by this link worker or by one they cover for on the date; <see langword="null"/> for all.</param>
    /// <param name="options">Thresholds; the defaults unless given.</param>
    /// <param name="absences">Absences and who covers them; none unless given.</param>
    /// <returns>The entries, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="episodes"/> is null.</exception>
    public static IReadOnlyList<ExpectedCaseloadEntry> For(IEnumerable<Episode> episodes, LocalDate asOf, LinkWorkerId? linkWorker = null, CaseloadOptions? options = null, IEnumerable<Absence>? absences = null)
    {
        ArgumentNullException.ThrowIfNull(episodes);
        options ??= CaseloadOptions.Default;
        List<Absence> away = absences?.ToList() ?? [];

        // Who covers for the link worker holding an episode, when an absence of theirs runs on the date (both ends included).
        LinkWorkerId? CoverOf(Episode e) => away
            .Where(a => a.AbsentLinkWorker == e.LinkWorker && a.From <= asOf && (a.To == null || asOf <= a.To))
            .Select(a => (LinkWorkerId?)a.CoveredBy)
            .FirstOrDefault();

        var mine = episodes
            .Select(e => (Episode: e, CoveredBy: CoverOf(e)))
            .Where(x => linkWorker is null || x.Episode.LinkWorker == linkWorker || x.CoveredBy == linkWorker)
            .ToList();

        ExpectedCaseloadEntry Entry((Episode Episode, LinkWorkerId? CoveredBy) x, CaseloadReason reason, LocalDate date, ScheduleStatus? status = null, int? days = null, int? connection = null)
            => new(x.Episode.Id, reason, date, status, days, connection, x.Episode.Urgency, null, x.CoveredBy);

        var escalations = mine
            .SelectMany(x => x.Episode.Escalations.Select((escalation, i) => (x.Episode, x.CoveredBy, Escalation: escalation, Number: i + 1)))
            .Where(y => y.Escalation.On <= asOf && !y.Episode.EscalationResolutions.Any(r => r.EscalationNumber == y.Number))
            .Select(y => new ExpectedCaseloadEntry(
                y.Episode.Id, CaseloadReason.UnresolvedEscalation, y.Escalation.On, null, null, null,
                y.Escalation.Urgency == Urgency.Urgent ? Urgency.Urgent : y.Episode.Urgency, y.Number, y.CoveredBy));

        var waiting = mine
            .Where(x => x.Episode.State is EpisodeState.Referred or EpisodeState.Accepted && x.Episode.Referral!.ReferredOn <= asOf)
            .Select(x => Entry(x, CaseloadReason.WaitingForFirstContact, x.Episode.Referral!.ReferredOn, days: x.Episode.WaitingDays(asOf)));

        // Flagged once the threshold has passed: a referral made on day 0 with a 7-day threshold is flagged from day 8.
        var notAccepted = mine
            .Where(x => x.Episode.State == EpisodeState.Referred && Period.DaysBetween(x.Episode.Referral!.ReferredOn.Plus(options.NotAcceptedWithin), asOf) > 0)
            .Select(x => Entry(x, CaseloadReason.NotAcceptedWithinThreshold, x.Episode.Referral!.ReferredOn, days: x.Episode.WaitingDays(asOf)));

        // Measures while working with the person, and after closure as long as the schedule gives a next one.
        var measured = mine.Where(x => Working.Contains(x.Episode.State) || x.Episode.State == EpisodeState.Closed).ToList();
        var ons4 = measured
            .Select(x => (Row: x, Next: x.Episode.Ons4On(asOf)?.Next))
            .Where(y => y.Next is { Status: ScheduleStatus.Due or ScheduleStatus.Overdue })
            .Select(y => Entry(y.Row, CaseloadReason.Ons4Due, y.Next!.Value.DueDate, y.Next.Value.Status));

        var pam = measured
            .Select(x => (Row: x, Next: x.Episode.PamOn(asOf)?.Next))
            .Where(y => y.Next is { Status: ScheduleStatus.Due or ScheduleStatus.Overdue })
            .Select(y => Entry(y.Row, CaseloadReason.PamDue, y.Next!.Value.DueDate, y.Next.Value.Status));

        var reviews = mine
            .Where(x => x.Episode.State is EpisodeState.PlanAgreed or EpisodeState.Connected && x.Episode.CarePlan is not null)
            .Select(x => (Row: x, Due: x.Episode.CarePlan!.NextReviewOn, Status: Cadence.SixMonthly.StatusOn(asOf, x.Episode.CarePlan.NextReviewOn)))
            .Where(y => y.Status != ScheduleStatus.NotYetDue)
            .Select(y => Entry(y.Row, CaseloadReason.PlanReviewDue, y.Due, y.Status));

        var followUps = mine
            .Where(x => x.Episode.State is EpisodeState.Connected or EpisodeState.UnderReview)
            .SelectMany(x => x.Episode.Connections.Select(c => (Row: x, Connection: c)))
            .Select(y => (y.Row, y.Connection.Number, Since: y.Connection.Updates.Length == 0 ? y.Connection.Made.On.Plus(options.ConnectionFollowUpAfter)
                : y.Connection.Updates[^1].Outcome == ConnectionOutcome.DidNotAttend ? y.Connection.Updates[^1].On
                : (LocalDate?)null))
            .Where(y => y.Since <= asOf)
            .Select(y => Entry(y.Row, CaseloadReason.ConnectionToFollowUp, y.Since!.Value, connection: y.Number));

        var onHold = mine
            .Where(x => x.Episode.State == EpisodeState.OnHold && asOf > x.Episode.Hold!.ExpectedResumeOn)
            .Select(x => Entry(x, CaseloadReason.OnHoldPastResumeDate, x.Episode.Hold!.ExpectedResumeOn));

        // Held by cover; once an absence of the previous holder, covered by the holder, during which the cover began, has
        // ended (the day after its last day), the hand-back is due instead.
        var cover = mine
            .Where(x => x.Episode.IsOpen && x.Episode.IsHeldByCover && x.Episode.Assignments[^1].From <= asOf)
            .Select(x => (Row: x, Since: x.Episode.Assignments[^1].From, Before: x.Episode.Assignments.Length > 1 ? x.Episode.Assignments[^2].LinkWorker : (LinkWorkerId?)null))
            .Select(y => (y.Row, y.Since, y.Before, Ended: away
                .Where(a => a.AbsentLinkWorker == y.Before && a.CoveredBy == y.Row.Episode.LinkWorker && a.From <= y.Since && a.To >= y.Since && a.To < asOf)
                .Select(a => a.To)
                .FirstOrDefault()))
            .Select(y => y.Ended is LocalDate last
                ? Entry(y.Row, CaseloadReason.HandBackDue, last.PlusDays(1)) with { HandBackTo = y.Before }
                : Entry(y.Row, CaseloadReason.HeldByCover, y.Since));

        return escalations.Concat(waiting).Concat(notAccepted).Concat(ons4).Concat(pam).Concat(reviews).Concat(followUps).Concat(onHold).Concat(cover)
            .OrderBy(e => e.Reason)
            .ThenByDescending(e => e.Urgency == Urgency.Urgent)
            .ThenBy(e => e.Date)
            .ThenBy(e => e.EpisodeId.Value)
            .ThenBy(e => e.ConnectionNumber ?? e.EscalationNumber)
            .ToList();
    }
}
