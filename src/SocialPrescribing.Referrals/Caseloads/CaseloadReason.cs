namespace SocialPrescribing.Referrals;

/// <summary>Why an episode is on a caseload for a date: what the link worker should look at (seed section 4, key responsibility 2: "managing and prioritising your own caseload").</summary>
/// <remarks>Zero is not a member. The caseload lists entries in this order, urgent first within each; the conditions are in <c>docs/referrals.md</c>, "Caseload".</remarks>
public enum CaseloadReason
{
    /// <summary>An escalated concern not yet resolved, in an open or ended episode (seed section 7: safeguarding issues raised through the GP supervisor; section 4, key tasks).</summary>
    UnresolvedEscalation = 1,

    /// <summary>Referred or accepted, and no attended contact yet: urgent first, then the longest wait.</summary>
    WaitingForFirstContact = 2,

    /// <summary>Referred and not accepted by a link worker once the threshold has passed (seed section 7: "avoid a backlog of referrals").</summary>
    NotAcceptedWithinThreshold = 3,

    /// <summary>An ONS4 is due or overdue, while working with the person or after closure within the follow-up (seed section 11).</summary>
    Ons4Due = 4,

    /// <summary>A PAM is due or overdue (seed Appendix 6), or due once its eligibility is confirmed; after closure too, within the follow-up.</summary>
    PamDue = 5,

    /// <summary>The care and support plan's review date has come (seed section 5 item 3).</summary>
    PlanReviewDue = 6,

    /// <summary>A connection needs following up: no news since the introduction, or the person did not attend (seed section 4: "Follow up to ensure they are happy, able to engage").</summary>
    ConnectionToFollowUp = 7,

    /// <summary>On hold past the date support was expected to resume.</summary>
    OnHoldPastResumeDate = 8,

    /// <summary>Held by cover while its link worker is absent (seed section 7).</summary>
    HeldByCover = 9,

    /// <summary>Held by cover taken during an <see cref="Absence"/> that has ended: the hand-back to the returning link worker is due (seed section 7).</summary>
    HandBackDue = 10,
}
