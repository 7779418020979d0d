namespace SocialPrescribing.Referrals;

/// <summary>Why an episode is on a caseload for a date: what the link worker should look at (seed section 4, key responsibility 2: "managing and prioritising your own caseload").</summary>
/// <remarks>Zero is not a member. The caseload lists entries in this order; the conditions are in <c>docs/referrals.md</c>, "Caseload".</remarks>
public enum CaseloadReason
{
    /// <summary>Referred or accepted, and no attended contact yet: urgent first, then the longest wait.</summary>
    WaitingForFirstContact = 1,

    /// <summary>Referred and not accepted by a link worker within the threshold (seed section 7: "avoid a backlog of referrals").</summary>
    NotAcceptedWithinThreshold = 2,

    /// <summary>An ONS4 is due or overdue (seed section 11).</summary>
    Ons4Due = 3,

    /// <summary>A PAM is due or overdue (seed Appendix 6), or due once its eligibility is confirmed.</summary>
    PamDue = 4,

    /// <summary>The care and support plan's review date has come (seed section 5 item 3).</summary>
    PlanReviewDue = 5,

    /// <summary>A connection needs following up: no news since the introduction, or the person did not attend (seed section 4: "Follow up to ensure they are happy, able to engage").</summary>
    ConnectionToFollowUp = 6,

    /// <summary>On hold past the date support was expected to resume.</summary>
    OnHoldPastResumeDate = 7,

    /// <summary>Held by cover while its link worker is absent (seed section 7).</summary>
    HeldByCover = 8,
}
