namespace SocialPrescribing.Measures;

/// <summary>The five boxes of confidence survey question 2 (seed section 12), from strongly agree to strongly disagree.</summary>
public enum AgreementLevel
{
    /// <summary>Strongly agree.</summary>
    StronglyAgree = 1,

    /// <summary>Agree.</summary>
    Agree = 2,

    /// <summary>Neither agree nor disagree.</summary>
    NeitherAgreeNorDisagree = 3,

    /// <summary>Disagree.</summary>
    Disagree = 4,

    /// <summary>Strongly disagree: the only answer after which question 3 is asked.</summary>
    StronglyDisagree = 5,
}
