namespace SocialPrescribing.Referrals;

/// <summary>The six answers to the NHS Friends and Family Test question, "Overall, how was your experience of our service?".</summary>
/// <remarks>
/// Zero is not a member. The seed asks "How satisfied were they with the service?" (section 10) but names no
/// instrument; the NHS Friends and Family Test (the question and response scale used since 1 April 2020) is this
/// library's default. See <see cref="FriendsAndFamilyTest"/> and <c>docs/referrals.md</c>.
/// </remarks>
public enum FriendsAndFamilyAnswer
{
    /// <summary>Very good.</summary>
    VeryGood = 1,

    /// <summary>Good.</summary>
    Good = 2,

    /// <summary>Neither good nor poor.</summary>
    NeitherGoodNorPoor = 3,

    /// <summary>Poor.</summary>
    Poor = 4,

    /// <summary>Very poor.</summary>
    VeryPoor = 5,

    /// <summary>Don't know.</summary>
    DontKnow = 6,
}
