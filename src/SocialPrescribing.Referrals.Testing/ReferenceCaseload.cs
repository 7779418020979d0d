using NodaTime;
using SocialPrescribing.Measures;

namespace SocialPrescribing.Referrals.Testing;

/// <summary>
/// The caseload of <c>docs/referrals.md</c> written the obvious way: one LINQ query per reason over each episode's
/// public properties, asking the measurement schedule afresh for every episode.
/// </summary>
/// <remarks>
/// It serves twice: as the independent oracle that property tests compare <see cref="Caseload.For"/> with, and as the
/// baseline the benchmarks measure it against. It uses none of the package's caseload code and allocates freely.
/// </remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class ReferenceCaseload
{
    private static readonly EpisodeState[] Working = [EpisodeState.FirstContactMade, EpisodeState.PlanAgreed, EpisodeState.Connected, EpisodeState.UnderReview];

    /// <summary>Lists what a caseload for a date should hold, in its order.</summary>
    /// <param name="episodes">The episodes.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="linkWorker">Only episodes held by this link worker; <see langword="null"/> for all.</param>
    /// <param name="options">Thresholds; the defaults unless given.</param>
    /// <returns>The entries, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="episodes"/> is null.</exception>
    public static IReadOnlyList<ExpectedCaseloadEntry> For(IEnumerable<Episode> episodes, LocalDate asOf, LinkWorkerId? linkWorker = null, CaseloadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(episodes);
        options ??= CaseloadOptions.Default;
        List<Episode> mine = episodes.Where(e => linkWorker is null || e.LinkWorker == linkWorker).ToList();

        var waiting = mine
            .Where(e => e.State is EpisodeState.Referred or EpisodeState.Accepted && e.Referral!.ReferredOn <= asOf)
            .Select(e => (Urgent: e.Referral!.Urgency == Urgency.Urgent, Entry: new ExpectedCaseloadEntry(e.Id, CaseloadReason.WaitingForFirstContact, e.Referral.ReferredOn, null, e.WaitingDays(asOf), null)));

        var notAccepted = mine
            .Where(e => e.State == EpisodeState.Referred && e.Referral!.ReferredOn.Plus(options.NotAcceptedWithin) <= asOf)
            .Select(e => (Urgent: e.Referral!.Urgency == Urgency.Urgent, Entry: new ExpectedCaseloadEntry(e.Id, CaseloadReason.NotAcceptedWithinThreshold, e.Referral.ReferredOn, null, e.WaitingDays(asOf), null)));

        var ons4 = mine
            .Where(e => Working.Contains(e.State))
            .Select(e => (Episode: e, Next: e.Ons4On(asOf)!.Next))
            .Where(x => x.Next is { Status: ScheduleStatus.Due or ScheduleStatus.Overdue })
            .Select(x => new ExpectedCaseloadEntry(x.Episode.Id, CaseloadReason.Ons4Due, x.Next!.Value.DueDate, x.Next.Value.Status, null, null));

        var pam = mine
            .Where(e => Working.Contains(e.State))
            .Select(e => (Episode: e, Next: e.PamOn(asOf)!.Next))
            .Where(x => x.Next is { Status: ScheduleStatus.Due or ScheduleStatus.Overdue })
            .Select(x => new ExpectedCaseloadEntry(x.Episode.Id, CaseloadReason.PamDue, x.Next!.Value.DueDate, x.Next.Value.Status, null, null));

        var reviews = mine
            .Where(e => e.State is EpisodeState.PlanAgreed or EpisodeState.Connected && e.CarePlan is not null)
            .Select(e => (Episode: e, Due: e.CarePlan!.NextReviewOn, Status: Cadence.SixMonthly.StatusOn(asOf, e.CarePlan.NextReviewOn)))
            .Where(x => x.Status != ScheduleStatus.NotYetDue)
            .Select(x => new ExpectedCaseloadEntry(x.Episode.Id, CaseloadReason.PlanReviewDue, x.Due, x.Status, null, null));

        var followUps = mine
            .Where(e => e.State is EpisodeState.Connected or EpisodeState.UnderReview)
            .SelectMany(e => e.Connections.Select(c => (Episode: e, Connection: c)))
            .Select(x => (x.Episode, x.Connection.Number, Since: x.Connection.Updates.Count == 0 ? x.Connection.Made.On.Plus(options.ConnectionFollowUpAfter)
                : x.Connection.Updates[^1].Outcome == ConnectionOutcome.DidNotAttend ? x.Connection.Updates[^1].On
                : (LocalDate?)null))
            .Where(x => x.Since <= asOf)
            .Select(x => new ExpectedCaseloadEntry(x.Episode.Id, CaseloadReason.ConnectionToFollowUp, x.Since!.Value, null, null, x.Number));

        var onHold = mine
            .Where(e => e.State == EpisodeState.OnHold && asOf > e.Hold!.ExpectedResumeOn)
            .Select(e => new ExpectedCaseloadEntry(e.Id, CaseloadReason.OnHoldPastResumeDate, e.Hold!.ExpectedResumeOn, null, null, null));

        var cover = mine
            .Where(e => e.IsOpen && e.IsHeldByCover && e.Assignments[^1].From <= asOf)
            .Select(e => new ExpectedCaseloadEntry(e.Id, CaseloadReason.HeldByCover, e.Assignments[^1].From, null, null, null));

        return waiting.OrderByDescending(x => x.Urgent).ThenBy(x => x.Entry.Date).ThenBy(x => x.Entry.EpisodeId.Value).Select(x => x.Entry)
            .Concat(notAccepted.OrderByDescending(x => x.Urgent).ThenBy(x => x.Entry.Date).ThenBy(x => x.Entry.EpisodeId.Value).Select(x => x.Entry))
            .Concat(ByDate(ons4))
            .Concat(ByDate(pam))
            .Concat(ByDate(reviews))
            .Concat(ByDate(followUps))
            .Concat(ByDate(onHold))
            .Concat(ByDate(cover))
            .ToList();
    }

    private static IEnumerable<ExpectedCaseloadEntry> ByDate(IEnumerable<ExpectedCaseloadEntry> entries)
        => entries.OrderBy(e => e.Date).ThenBy(e => e.EpisodeId.Value).ThenBy(e => e.ConnectionNumber);
}
