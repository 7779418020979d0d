using NodaTime;

namespace SocialPrescribing.Referrals.Testing;

/// <summary>One entry of <see cref="ReferenceCaseload"/>: what a <see cref="CaseloadEntry"/> should hold, to compare with it.</summary>
/// <param name="EpisodeId">The episode.</param>
/// <param name="Reason">Why it is on the caseload.</param>
/// <param name="Date">The date behind the entry (see <see cref="CaseloadEntry.Date"/>).</param>
/// <param name="Status">Due or overdue, for measures and reviews.</param>
/// <param name="DaysWaiting">Days since the referral, for waiting and not-accepted entries.</param>
/// <param name="ConnectionNumber">The connection, for follow-up entries.</param>
/// <param name="Urgency">The urgency the entry is ordered by (see <see cref="CaseloadEntry.Urgency"/>).</param>
/// <param name="EscalationNumber">The escalation, for unresolved-escalation entries.</param>
/// <param name="CoveredBy">The link worker covering for the absent link worker who holds the episode.</param>
/// <param name="HandBackTo">The link worker to hand back to, for hand-back entries.</param>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
public readonly record struct ExpectedCaseloadEntry(
    EpisodeId EpisodeId,
    CaseloadReason Reason,
    LocalDate Date,
    ScheduleStatus? Status,
    int? DaysWaiting,
    int? ConnectionNumber,
    Urgency? Urgency = null,
    int? EscalationNumber = null,
    LinkWorkerId? CoveredBy = null,
    LinkWorkerId? HandBackTo = null)
{
    /// <summary>Gets the same fields of an actual entry, to compare.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>Its fields.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    public static ExpectedCaseloadEntry From(CaseloadEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.EpisodeId, entry.Reason, entry.Date, entry.Status, entry.DaysWaiting, entry.ConnectionNumber, entry.Urgency, entry.EscalationNumber, entry.CoveredBy, entry.HandBackTo);
    }
}
