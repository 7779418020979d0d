namespace SocialPrescribing.Vocabularies;

/// <summary>The seed's vocabularies, each a <see cref="Vocabulary{TEnum}"/> with display names, and shortcuts to them.</summary>
/// <threadsafety>Static and immutable; safe to use from any thread.</threadsafety>
public static class SocialPrescribingVocabularies
{
    /// <summary>Gets who can refer a person to a link worker.</summary>
    /// <value>Every agency the seed names, self-referral and other.</value>
    public static Vocabulary<ReferralSourceKind> ReferralSources { get; } = new(
        "Referral source",
        "Seed section 1 (footnote 9) and section 4, sample job description, key responsibility 1",
        new(ReferralSourceKind.GpPracticeOrPcnTeam, "GP practice or PCN multi-disciplinary team"),
        new(ReferralSourceKind.Pharmacy, "Pharmacy"),
        new(ReferralSourceKind.HospitalDischargeTeam, "Hospital discharge team"),
        new(ReferralSourceKind.AlliedHealthProfessional, "Allied health professional"),
        new(ReferralSourceKind.FireService, "Fire service"),
        new(ReferralSourceKind.Police, "Police"),
        new(ReferralSourceKind.JobCentre, "Job centre"),
        new(ReferralSourceKind.SocialCare, "Social care services"),
        new(ReferralSourceKind.HousingAssociation, "Housing association"),
        new(ReferralSourceKind.VcseOrganisation, "Voluntary, community and social enterprise (VCSE) organisation"),
        new(ReferralSourceKind.SelfReferral, "Self-referral"),
        new(ReferralSourceKind.Other, "Other agency"));

    /// <summary>Gets why a person was referred.</summary>
    /// <value>The needs and wider determinants the seed names, and other.</value>
    public static Vocabulary<ReferralReason> ReferralReasons { get; } = new(
        "Referral reason",
        "Seed section 1, \"Why social prescribing?\", section 4 sample job description, and section 10, \"Reasons for referral\"",
        new(ReferralReason.LonelinessOrIsolation, "Loneliness or isolation"),
        new(ReferralReason.LowLevelMentalHealth, "Low-level mental health support"),
        new(ReferralReason.LongTermConditions, "Long-term conditions"),
        new(ReferralReason.ComplexSocialNeeds, "Complex social needs"),
        new(ReferralReason.DebtAndMoney, "Debt and money"),
        new(ReferralReason.Housing, "Housing"),
        new(ReferralReason.Unemployment, "Unemployment"),
        new(ReferralReason.CaringResponsibilities, "Caring responsibilities"),
        new(ReferralReason.PhysicalInactivity, "Physical inactivity"),
        new(ReferralReason.Food, "Food"),
        new(ReferralReason.Other, "Other reason"));

    /// <summary>Gets where a person is being connected to.</summary>
    /// <value>The 11 categories of seed section 10, in its order and words.</value>
    public static Vocabulary<ConnectionCategoryKind> ConnectionCategories { get; } = new(
        "Connection category",
        "Seed section 10, \"Where the person is being connected to\"",
        new(ConnectionCategoryKind.MoneyAndWelfareRights, "Money/welfare rights"),
        new(ConnectionCategoryKind.HousingSupport, "Housing support"),
        new(ConnectionCategoryKind.StatutoryServices, "Statutory services"),
        new(ConnectionCategoryKind.EmploymentSupport, "Employment support"),
        new(ConnectionCategoryKind.PracticalSupport, "Practical support (e.g. aids/adaptations, food banks)"),
        new(ConnectionCategoryKind.ArtsBasedActivities, "Arts-based activities and groups"),
        new(ConnectionCategoryKind.AccessToNature, "Access to nature (such as gardening groups)"),
        new(ConnectionCategoryKind.PhysicalActivitySupport, "Physical activity support"),
        new(ConnectionCategoryKind.LocalNeighbourhoodGroups, "Local neighbourhood groups"),
        new(ConnectionCategoryKind.AdultLearningClasses, "Adult learning classes"),
        new(ConnectionCategoryKind.Other, "Other (please state)"));

    /// <summary>Gets the permissions a person gives about information about them.</summary>
    /// <value>Appendix 4 part two items 9 to 11, and need-to-know sharing (section 5 items 5 and 7).</value>
    public static Vocabulary<SharingPermission> SharingPermissions { get; } = new(
        "Sharing permission",
        "Seed section 5 items 5 and 7, and Appendix 4 part two, items 9 to 11",
        new(SharingPermission.ShareMyStory, "I am happy to share my personal story"),
        new(SharingPermission.SatisfactionSurvey, "I am willing to complete a satisfaction survey"),
        new(SharingPermission.OngoingDataCollectionAndEvaluation, "I am happy to participate in ongoing data collection and evaluation"),
        new(SharingPermission.NeedToKnowSharingWithConnectedServices, "Information about me may be shared with the groups and agencies I am connected to, on a need-to-know basis"));

    /// <summary>Gets the display name of a referral source.</summary>
    /// <param name="source">The referral source.</param>
    /// <returns>The human-readable name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="source"/> is not a named member.</exception>
    public static string GetDisplayName(this ReferralSourceKind source) => ReferralSources.GetDisplayName(source);

    /// <summary>Gets the display name of a referral reason.</summary>
    /// <param name="reason">The referral reason.</param>
    /// <returns>The human-readable name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not a named member.</exception>
    public static string GetDisplayName(this ReferralReason reason) => ReferralReasons.GetDisplayName(reason);

    /// <summary>Gets the display name of a connection category.</summary>
    /// <param name="category">The connection category.</param>
    /// <returns>The human-readable name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a named member.</exception>
    public static string GetDisplayName(this ConnectionCategoryKind category) => ConnectionCategories.GetDisplayName(category);

    /// <summary>Gets the display name of a sharing permission.</summary>
    /// <param name="permission">The permission.</param>
    /// <returns>The human-readable name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="permission"/> is not a named member.</exception>
    public static string GetDisplayName(this SharingPermission permission) => SharingPermissions.GetDisplayName(permission);
}
