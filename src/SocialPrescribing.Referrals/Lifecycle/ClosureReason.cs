namespace SocialPrescribing.Referrals;

/// <summary>Why an episode was closed.</summary>
/// <remarks>
/// Zero is not a member. Neither the seed nor the PRSB standard (v1.1) has a closure or discharge reason: the list is
/// this library's choice, from the lifecycle; <see cref="ReferredBackToClinician"/> follows seed section 4,
/// key responsibility 2 ("refer people back to other health professionals/agencies, when what the person's needs are
/// beyond the scope of the link worker role"). <see cref="Other"/> carries a short description.
/// </remarks>
public enum ClosureReason
{
    /// <summary>The person's goals were met.</summary>
    GoalsMet = 1,

    /// <summary>The person declined further support.</summary>
    PersonDeclinedFurtherSupport = 2,

    /// <summary>No contact could be made after the service's attempts.</summary>
    NoContactAfterAttempts = 3,

    /// <summary>The person disengaged.</summary>
    Disengaged = 4,

    /// <summary>The person moved away.</summary>
    MovedAway = 5,

    /// <summary>Referred back to a clinician: the need is beyond the link worker's scope (seed section 4).</summary>
    ReferredBackToClinician = 6,

    /// <summary>The person died.</summary>
    Died = 7,

    /// <summary>Another reason, described in a few words.</summary>
    Other = 8,
}
