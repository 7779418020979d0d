namespace SocialPrescribing.Vocabularies;

/// <summary>
/// Why a person was referred (seed section 10, "Reasons for referral"): the needs and wider determinants of health
/// the seed names in section 1 ("Why social prescribing?") and the sample job description (section 4).
/// </summary>
/// <remarks>Zero is not a member, so an unset value is never mistaken for a real reason. Display names: <see cref="SocialPrescribingVocabularies.ReferralReasons"/>.</remarks>
public enum ReferralReason
{
    /// <summary>Loneliness or isolation.</summary>
    LonelinessOrIsolation = 1,

    /// <summary>Support with low-level mental health needs.</summary>
    LowLevelMentalHealth = 2,

    /// <summary>One or more long-term conditions.</summary>
    LongTermConditions = 3,

    /// <summary>Complex social needs which affect wellbeing.</summary>
    ComplexSocialNeeds = 4,

    /// <summary>Debt and money worries.</summary>
    DebtAndMoney = 5,

    /// <summary>Housing, including poor housing.</summary>
    Housing = 6,

    /// <summary>Unemployment.</summary>
    Unemployment = 7,

    /// <summary>Caring responsibilities.</summary>
    CaringResponsibilities = 8,

    /// <summary>Physical inactivity.</summary>
    PhysicalInactivity = 9,

    /// <summary>Food: not having enough food (seed section 5 item 2).</summary>
    Food = 10,

    /// <summary>Another reason.</summary>
    Other = 11,
}
