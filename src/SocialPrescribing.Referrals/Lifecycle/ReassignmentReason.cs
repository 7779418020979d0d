namespace SocialPrescribing.Referrals;

/// <summary>Why an episode moved to another link worker (seed section 7, "Arranging cover for lone link workers in PCNs").</summary>
/// <remarks>Zero is not a member.</remarks>
public enum ReassignmentReason
{
    /// <summary>Cover while the usual link worker is absent, "to avoid a backlog of referrals" (seed section 7).</summary>
    Cover = 1,

    /// <summary>A lasting handover, or the return of the usual link worker after cover.</summary>
    Handover = 2,

    /// <summary>A referral waiting to be accepted was assigned to a link worker, by the practice or at triage (seed section 7: cover "to avoid a backlog of referrals").</summary>
    Triage = 3,
}
