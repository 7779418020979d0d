namespace SocialPrescribing.Referrals;

/// <summary>Why an episode moved to another link worker (seed section 7, "Arranging cover for lone link workers in PCNs").</summary>
/// <remarks>Zero is not a member.</remarks>
public enum ReassignmentReason
{
    /// <summary>Cover while the usual link worker is absent, "to avoid a backlog of referrals" (seed section 7).</summary>
    Cover = 1,

    /// <summary>A lasting handover, or the return of the usual link worker after cover.</summary>
    Handover = 2,
}
