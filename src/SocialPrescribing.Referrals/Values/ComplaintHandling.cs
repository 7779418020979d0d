namespace SocialPrescribing.Referrals;

/// <summary>How a complaint was handled (seed section 5 item 1: "If I raise a concern or make a complaint, it is acted on quickly").</summary>
/// <remarks>Zero is not a member. The list is this library's choice.</remarks>
public enum ComplaintHandling
{
    /// <summary>Not yet resolved.</summary>
    Open = 1,

    /// <summary>Resolved by the link worker or the service.</summary>
    ResolvedByService = 2,

    /// <summary>Passed to the GP practice's or PCN's complaints procedure.</summary>
    PassedToPracticeComplaintsProcedure = 3,

    /// <summary>Passed to the employing provider organisation's complaints procedure.</summary>
    PassedToProviderComplaintsProcedure = 4,

    /// <summary>The person withdrew it.</summary>
    Withdrawn = 5,
}
