namespace SocialPrescribing.Referrals;

/// <summary>How a person was introduced to a community group or service (seed section 5 item 4; section 4, key tasks).</summary>
/// <remarks>Zero is not a member.</remarks>
public enum IntroductionMethod
{
    /// <summary>The link worker went with the person to the first session (seed section 5 item 4: "Arrange to go with the person to their first community group session").</summary>
    LinkWorkerWentToFirstSession = 1,

    /// <summary>A volunteer buddy went with the person (seed section 5 item 4: volunteers "to act as 'buddies'").</summary>
    VolunteerBuddyWent = 2,

    /// <summary>The person went on their own.</summary>
    PersonWentAlone = 3,
}
