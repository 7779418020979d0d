namespace SocialPrescribing;

/// <summary>
/// Why a person was referred (seed section 10, "Reasons for referral"): the people social prescribing supports (seed
/// section 1, "Why social prescribing?") and the wider determinants of health the seed names in the sample job
/// description (section 4) and the link worker framework (section 5 item 2).
/// </summary>
/// <remarks>
/// Zero is not a member, so an unset value is never mistaken for a real reason. Numeric values are stable: new members
/// are appended. Display names and seed citations: <see cref="SocialPrescribingVocabularies.ReferralReasons"/>.
/// </remarks>
public enum ReferralReason
{
    /// <summary>Loneliness or isolation (seed section 1: people "who are lonely or isolated").</summary>
    LonelinessOrIsolation = 1,

    /// <summary>Support with mental health (seed section 1: people "who need support with their mental health").</summary>
    SupportWithMentalHealth = 2,

    /// <summary>One or more long-term conditions (seed section 1: people "with one or more long term conditions").</summary>
    LongTermConditions = 3,

    /// <summary>Complex social needs (seed section 1: people "who have complex social needs which affect their wellbeing").</summary>
    ComplexSocialNeeds = 4,

    /// <summary>Debt and money (seed sections 1 and 4: "debt"; section 5 item 2: "not having enough food, money or secure housing").</summary>
    DebtAndMoney = 5,

    /// <summary>Housing, including poor or insecure housing (seed sections 1 and 4: "poor housing"; section 5 item 2).</summary>
    Housing = 6,

    /// <summary>Unemployment (seed section 4, key tasks: "being unemployed"; section 5 item 2: "work").</summary>
    Unemployment = 7,

    /// <summary>Caring responsibilities (seed section 4, key tasks).</summary>
    CaringResponsibilities = 8,

    /// <summary>Physical inactivity (seed section 4, purpose of the role).</summary>
    PhysicalInactivity = 9,

    /// <summary>Food, such as not having enough food (seed section 5 item 2).</summary>
    Food = 10,

    /// <summary>Another reason: social prescribing supports people "including (but not exclusively)" those listed (seed section 1).</summary>
    Other = 11,

    /// <summary>Access to green space (seed section 5 item 2).</summary>
    AccessToGreenSpace = 12,

    /// <summary>Transport (seed section 5 item 2).</summary>
    Transport = 13,
}
