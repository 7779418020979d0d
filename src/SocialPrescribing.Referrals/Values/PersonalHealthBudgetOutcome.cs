namespace SocialPrescribing.Referrals;

/// <summary>Where exploring a personal health budget with the person led (seed section 4, key tasks: "help them to explore this option").</summary>
/// <remarks>Zero is not a member. The list is this library's choice.</remarks>
public enum PersonalHealthBudgetOutcome
{
    /// <summary>The person is still considering it.</summary>
    Considering = 1,

    /// <summary>An application was made.</summary>
    ApplicationMade = 2,

    /// <summary>The person is not eligible.</summary>
    NotEligible = 3,

    /// <summary>The person does not want one.</summary>
    NotWanted = 4,
}
