using System.Diagnostics;
using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>One entry of a <see cref="Caseload"/>: an episode, why it is there, and the date and figures that say so.</summary>
/// <remarks><see cref="Explanation"/> and <see cref="ToString"/> name the episode by id and give dates and figures; never the person.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class CaseloadEntry
{
    internal CaseloadEntry(EpisodeId episodeId, CaseloadReason reason, LinkWorkerId? linkWorker, LocalDate date, ScheduleStatus? status = null, Urgency? urgency = null, int? daysWaiting = null, int? connectionNumber = null, bool needsEligibilityConfirmation = false, int? escalationNumber = null, LinkWorkerId? coveredBy = null, LinkWorkerId? handBackTo = null)
    {
        EscalationNumber = escalationNumber;
        CoveredBy = coveredBy;
        HandBackTo = handBackTo;
        EpisodeId = episodeId;
        Reason = reason;
        LinkWorker = linkWorker;
        Date = date;
        Status = status;
        Urgency = urgency;
        DaysWaiting = daysWaiting;
        ConnectionNumber = connectionNumber;
        NeedsEligibilityConfirmation = needsEligibilityConfirmation;
    }

    /// <summary>Gets the episode.</summary>
    /// <value>Its id.</value>
    public EpisodeId EpisodeId { get; }

    /// <summary>Gets why the episode is on the caseload.</summary>
    /// <value>A named member of <see cref="CaseloadReason"/>.</value>
    public CaseloadReason Reason { get; }

    /// <summary>Gets the link worker who holds the episode.</summary>
    /// <value>A link worker, or <see langword="null"/> for a referral not yet accepted.</value>
    public LinkWorkerId? LinkWorker { get; }

    /// <summary>Gets the date behind the entry.</summary>
    /// <value>
    /// The escalation's date (unresolved escalation); the referral date (waiting, not accepted); the due date (ONS4, PAM); the next review date (plan review); the date
    /// follow-up became needed (connection); the expected resume date (on hold); the date cover began (cover).
    /// </value>
    public LocalDate Date { get; }

    /// <summary>Gets whether a measure or review is due or overdue.</summary>
    /// <value>Due or overdue for ONS4, PAM and plan reviews; otherwise <see langword="null"/>.</value>
    public ScheduleStatus? Status { get; }

    /// <summary>Gets how urgently the person needs support on the episode as it stands (<see cref="Episode.Urgency"/>), which orders the entries of each reason (urgent first).</summary>
    /// <value>
    /// The episode's current urgency; for an unresolved escalation, urgent when the escalation or the episode is urgent;
    /// <see langword="null"/> only for an episode with no referral.
    /// </value>
    public Urgency? Urgency { get; }

    /// <summary>Gets how many days the person has waited since the referral.</summary>
    /// <value>0 or more for waiting and not-accepted entries; otherwise <see langword="null"/>.</value>
    public int? DaysWaiting { get; }

    /// <summary>Gets the connection to follow up.</summary>
    /// <value>Its number in the episode for a follow-up entry; otherwise <see langword="null"/>.</value>
    public int? ConnectionNumber { get; }

    /// <summary>Gets the escalation not yet resolved.</summary>
    /// <value>Its number in the episode (1 for the first <see cref="Escalated"/>) for an unresolved-escalation entry; otherwise <see langword="null"/>.</value>
    public int? EscalationNumber { get; }

    /// <summary>Gets the link worker covering for the entry's <see cref="LinkWorker"/>, who is absent on the date (an <see cref="Absence"/>): the entry is on the covering link worker's caseload as cover.</summary>
    /// <value>The covering link worker, or <see langword="null"/> when the link worker holding the episode is not absent.</value>
    public LinkWorkerId? CoveredBy { get; }

    /// <summary>Gets the link worker to hand the episode back to, for a hand-back entry.</summary>
    /// <value>The link worker whose absence has ended, for <see cref="CaseloadReason.HandBackDue"/>; otherwise <see langword="null"/>.</value>
    public LinkWorkerId? HandBackTo { get; }

    /// <summary>Gets a value indicating whether a PAM is due only once its eligibility is confirmed.</summary>
    /// <value><see langword="true"/> for a PAM entry whose eligibility still needs confirmation.</value>
    public bool NeedsEligibilityConfirmation { get; }

    /// <summary>Rebuilds an entry from its data, as stored or sent by another service (docs/referrals.md, "Caseload").</summary>
    /// <param name="episodeId">The episode.</param>
    /// <param name="reason">Why the episode is on the caseload.</param>
    /// <param name="linkWorker">The link worker who holds the episode, or <see langword="null"/>.</param>
    /// <param name="date">The date behind the entry (<see cref="Date"/>).</param>
    /// <param name="status">Due or overdue, exactly for <see cref="CaseloadReason.Ons4Due"/>, <see cref="CaseloadReason.PamDue"/> and <see cref="CaseloadReason.PlanReviewDue"/>.</param>
    /// <param name="urgency">The episode's urgency; required for <see cref="CaseloadReason.UnresolvedEscalation"/>.</param>
    /// <param name="daysWaiting">0 or more, exactly for <see cref="CaseloadReason.WaitingForFirstContact"/> and <see cref="CaseloadReason.NotAcceptedWithinThreshold"/>.</param>
    /// <param name="connectionNumber">1 or more, exactly for <see cref="CaseloadReason.ConnectionToFollowUp"/>.</param>
    /// <param name="needsEligibilityConfirmation">Whether a PAM is due only once its eligibility is confirmed; only for <see cref="CaseloadReason.PamDue"/>.</param>
    /// <param name="escalationNumber">1 or more, exactly for <see cref="CaseloadReason.UnresolvedEscalation"/>.</param>
    /// <param name="coveredBy">The link worker covering for <paramref name="linkWorker"/>, who must be given; not that link worker.</param>
    /// <param name="handBackTo">The link worker to hand back to, exactly for <see cref="CaseloadReason.HandBackDue"/>.</param>
    /// <returns>The entry, the same as the caseload would list for the same data.</returns>
    /// <remarks>
    /// The rules are those of the entries a <see cref="Caseload"/> lists: each figure belongs to the reasons named above,
    /// and is refused for any other (a value that cannot exist). Nothing about the person is taken: an entry names the
    /// episode, never the person.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/>, <paramref name="status"/> or <paramref name="urgency"/> is not a named member, or a number is below its range.</exception>
    /// <exception cref="ArgumentException">An id is the default value, or a figure is given for a reason it does not belong to, or missing for one it does.</exception>
    public static CaseloadEntry Create(
        EpisodeId episodeId,
        CaseloadReason reason,
        LinkWorkerId? linkWorker,
        LocalDate date,
        ScheduleStatus? status = null,
        Urgency? urgency = null,
        int? daysWaiting = null,
        int? connectionNumber = null,
        bool needsEligibilityConfirmation = false,
        int? escalationNumber = null,
        LinkWorkerId? coveredBy = null,
        LinkWorkerId? handBackTo = null)
    {
        Preconditions.CheckArgument(!episodeId.IsDefault, nameof(episodeId), ReferralsMessages.EpisodeIdDefault);
        Preconditions.CheckDefined(reason, nameof(reason));
        CheckLinkWorker(linkWorker, nameof(linkWorker));
        CheckLinkWorker(coveredBy, nameof(coveredBy));
        CheckLinkWorker(handBackTo, nameof(handBackTo));
        if (urgency is Urgency u)
        {
            Preconditions.CheckDefined(u, nameof(urgency));
        }

        bool measure = reason is CaseloadReason.Ons4Due or CaseloadReason.PamDue or CaseloadReason.PlanReviewDue;
        Preconditions.CheckArgument(measure ? status is ScheduleStatus.Due or ScheduleStatus.Overdue : status is null, nameof(status), ReferralsMessages.CaseloadEntryStatus);
        bool waiting = reason is CaseloadReason.WaitingForFirstContact or CaseloadReason.NotAcceptedWithinThreshold;
        Preconditions.CheckArgument(waiting == daysWaiting.HasValue, nameof(daysWaiting), ReferralsMessages.CaseloadEntryDaysWaiting);
        Preconditions.CheckArgumentRange(nameof(daysWaiting), daysWaiting ?? 0, 0, int.MaxValue);
        Preconditions.CheckArgument((reason == CaseloadReason.ConnectionToFollowUp) == connectionNumber.HasValue, nameof(connectionNumber), ReferralsMessages.CaseloadEntryConnection);
        Preconditions.CheckArgumentRange(nameof(connectionNumber), connectionNumber ?? 1, 1, int.MaxValue);
        bool escalation = reason == CaseloadReason.UnresolvedEscalation;
        Preconditions.CheckArgument(escalation == escalationNumber.HasValue && (!escalation || urgency.HasValue), nameof(escalationNumber), ReferralsMessages.CaseloadEntryEscalation);
        Preconditions.CheckArgumentRange(nameof(escalationNumber), escalationNumber ?? 1, 1, int.MaxValue);
        Preconditions.CheckArgument(!needsEligibilityConfirmation || reason == CaseloadReason.PamDue, nameof(needsEligibilityConfirmation), ReferralsMessages.CaseloadEntryEligibility);
        Preconditions.CheckArgument((reason == CaseloadReason.HandBackDue) == handBackTo.HasValue, nameof(handBackTo), ReferralsMessages.CaseloadEntryHandBack);
        Preconditions.CheckArgument(coveredBy is null || (linkWorker is LinkWorkerId holder && holder != coveredBy.Value), nameof(coveredBy), ReferralsMessages.CaseloadEntryCover);
        return new CaseloadEntry(episodeId, reason, linkWorker, date, status, urgency, daysWaiting, connectionNumber, needsEligibilityConfirmation, escalationNumber, coveredBy, handBackTo);
    }

    /// <summary>Gets why the entry is there, in a sentence.</summary>
    /// <value>For example <c>Urgent referral waiting 12 days for a first contact (referred 2026-01-05).</c></value>
    public string Explanation => CoveredBy is LinkWorkerId cover ? $"{Why} Cover by {cover} while {LinkWorker} is absent." : Why;

    private string Why => Reason switch
    {
        CaseloadReason.UnresolvedEscalation => Texts.Invariant($"{Urgency} escalation {EscalationNumber} not yet resolved (raised {Texts.Iso(Date)})."),
        CaseloadReason.WaitingForFirstContact => Texts.Invariant($"{Urgency} referral waiting {DaysWaiting} days for a first contact (referred {Texts.Iso(Date)})."),
        CaseloadReason.NotAcceptedWithinThreshold => Texts.Invariant($"{Urgency} referral not accepted by a link worker after {DaysWaiting} days (referred {Texts.Iso(Date)})."),
        CaseloadReason.Ons4Due => $"ONS4 {Status} (due {Texts.Iso(Date)}).",
        CaseloadReason.PamDue => $"PAM {Status} (due {Texts.Iso(Date)})" + (NeedsEligibilityConfirmation ? "; confirm PAM suits the person first." : "."),
        CaseloadReason.PlanReviewDue => $"Care and support plan review {Status} (review date {Texts.Iso(Date)}).",
        CaseloadReason.ConnectionToFollowUp => Texts.Invariant($"Connection {ConnectionNumber} to follow up (since {Texts.Iso(Date)})."),
        CaseloadReason.OnHoldPastResumeDate => $"On hold past the expected resume date ({Texts.Iso(Date)}).",
        CaseloadReason.HeldByCover => $"Held by cover since {Texts.Iso(Date)}.",
        _ => $"Absence ended: hand back to {HandBackTo} due (since {Texts.Iso(Date)}).",
    };

    /// <summary>Describes the entry: the episode and the explanation.</summary>
    /// <returns>For example <c>0f8fad5b-...: ONS4 Overdue (due 2026-07-05).</c></returns>
    public override string ToString() => $"{EpisodeId}: {Explanation}";

    private static void CheckLinkWorker(LinkWorkerId? linkWorker, string paramName)
        => Preconditions.CheckArgument(linkWorker is null || !linkWorker.Value.IsDefault, paramName, ReferralsMessages.LinkWorkerIdDefault);
}
