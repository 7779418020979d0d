namespace SocialPrescribing.Referrals;

/// <summary>Why support is paused.</summary>
/// <remarks>Zero is not a member. Not in the seed or the PRSB standard: this library's choice.</remarks>
public enum OnHoldReason
{
    /// <summary>The person is unwell or in hospital.</summary>
    PersonUnwell = 1,

    /// <summary>The person is away.</summary>
    PersonAway = 2,

    /// <summary>The person asked to pause.</summary>
    PersonAskedToPause = 3,

    /// <summary>Waiting for another service to act first.</summary>
    WaitingForAnotherService = 4,

    /// <summary>Another reason.</summary>
    Other = 5,

    /// <summary>The person is in hospital.</summary>
    HospitalStay = 6,
}
