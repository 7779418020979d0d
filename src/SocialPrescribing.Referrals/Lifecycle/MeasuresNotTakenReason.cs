namespace SocialPrescribing.Referrals;

/// <summary>Why the outcome measures (a follow-up ONS4 or PAM) were not taken before closure.</summary>
/// <remarks>Zero is not a member. The closure rule set of <see cref="EpisodeValidator"/> asks for this when follow-ups are missing; the list is this library's choice.</remarks>
public enum MeasuresNotTakenReason
{
    /// <summary>The person declined to answer.</summary>
    PersonDeclined = 1,

    /// <summary>The person was not able to answer.</summary>
    PersonUnableToAnswer = 2,

    /// <summary>No contact was possible before closure.</summary>
    NoContactPossible = 3,

    /// <summary>The episode ended before a follow-up was due.</summary>
    EndedBeforeFollowUpDue = 4,

    /// <summary>Another reason.</summary>
    Other = 5,
}
