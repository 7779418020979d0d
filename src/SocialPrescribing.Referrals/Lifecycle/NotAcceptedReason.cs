namespace SocialPrescribing.Referrals;

/// <summary>Why the service did not accept a referral.</summary>
/// <remarks>Zero is not a member. Not in the seed or the PRSB standard: this library's choice, after the lifecycle.</remarks>
public enum NotAcceptedReason
{
    /// <summary>Social prescribing is not appropriate for the person's needs.</summary>
    NotAppropriate = 1,

    /// <summary>The person was redirected to another service better placed to help.</summary>
    RedirectedToAnotherService = 2,
}
