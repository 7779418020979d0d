namespace SocialPrescribing;

/// <summary>The seed's vocabularies, each a <see cref="Vocabulary{TEnum}"/> with display names, and shortcuts to them.</summary>
/// <threadsafety>Static and immutable; safe to use from any thread.</threadsafety>
public static class SocialPrescribingVocabularies
{
    private const string JobDescription = "Seed section 4, sample job description, key responsibility 1";
    private const string Footnote9AndJobDescription = "Seed section 1, footnote 9, and section 4, sample job description, key responsibility 1";
    private const string WiderDeterminants = "Seed section 5 item 2: \"housing, food, access to green space, work and transport\"";
    private const string WhereConnected = "Seed section 10, \"Where the person is being connected to\"";

    /// <summary>Gets who can refer a person to a link worker.</summary>
    /// <value>
    /// Every agency the seed names, in the order of section 4's key responsibility 1: the PCN's members (GP practice or
    /// multi-disciplinary team, together or apart), then the agencies from 2020/21, wider multi-disciplinary teams among
    /// them; self-referral and other.
    /// </value>
    public static Vocabulary<ReferralSourceKind> ReferralSources { get; } = new(
        "Referral source",
        "Seed section 1 (footnote 9) and section 4, sample job description, key responsibility 1",
        new(ReferralSourceKind.GpPracticeOrPcnTeam, "GP practice or PCN multi-disciplinary team", $"Seed section 1: \"the PCN\u2019s members\" (also footnote 9); section 4, sample job description, key responsibility 1: \"PCNs\u2019 GP practices and multi-disciplinary team\""),
        new(ReferralSourceKind.GpPractice, "GP practice", $"{JobDescription}: \"PCNs\u2019 GP practices and multi-disciplinary team\"; key tasks: \"staff in GP practices within the local PCN\""),
        new(ReferralSourceKind.PcnMultiDisciplinaryTeam, "PCN multi-disciplinary team", $"{JobDescription}: \"PCNs\u2019 GP practices and multi-disciplinary team\""),
        new(ReferralSourceKind.Pharmacy, "Pharmacy", $"{Footnote9AndJobDescription}: \"pharmacies\""),
        new(ReferralSourceKind.WiderMultiDisciplinaryTeam, "Wider multi-disciplinary team", $"{JobDescription}: \"wider multi-disciplinary teams\"; section 1, footnote 9: \"multi-disciplinary teams\""),
        new(ReferralSourceKind.HospitalDischargeTeam, "Hospital discharge team", $"{Footnote9AndJobDescription}: \"hospital discharge teams\""),
        new(ReferralSourceKind.AlliedHealthProfessional, "Allied health professional", $"{Footnote9AndJobDescription}: \"allied health professionals\""),
        new(ReferralSourceKind.FireService, "Fire service", $"{Footnote9AndJobDescription}: \"fire service\""),
        new(ReferralSourceKind.Police, "Police", $"{Footnote9AndJobDescription}: \"police\""),
        new(ReferralSourceKind.JobCentre, "Job centre", $"{Footnote9AndJobDescription}: \"job centres\""),
        new(ReferralSourceKind.SocialCare, "Social care services", $"{Footnote9AndJobDescription}: \"social care services\""),
        new(ReferralSourceKind.HousingAssociation, "Housing association", $"{Footnote9AndJobDescription}: \"housing associations\""),
        new(ReferralSourceKind.VcseOrganisation, "Voluntary, community and social enterprise (VCSE) organisation", $"{Footnote9AndJobDescription}: \"voluntary, community and social enterprise (VCSE) organisations\""),
        new(ReferralSourceKind.SelfReferral, "Self-referral", "Seed section 1: \"supports self-referral\"; section 4, key tasks: \"encouraging self-referrals\"; section 5 item 6: \"I can refer myself to a link worker\""),
        new(ReferralSourceKind.Other, "Other agency", $"{JobDescription}: \"(list not exhaustive)\"; section 1, footnote 9: \"include but are not limited to\""));

    /// <summary>Gets why a person was referred.</summary>
    /// <value>
    /// The people section 1 says social prescribing supports, then the wider determinants of health of sections 4 and
    /// 5 (item 2), and other.
    /// </value>
    public static Vocabulary<ReferralReason> ReferralReasons { get; } = new(
        "Referral reason",
        "Seed section 1, \"Why social prescribing?\", section 4 sample job description, section 5 item 2, and section 10, \"Reasons for referral\"",
        new(ReferralReason.LonelinessOrIsolation, "Loneliness or isolation", "Seed section 1, \"Why social prescribing?\": people \"who are lonely or isolated\"; section 4, sample job description, key tasks: \"loneliness\""),
        new(ReferralReason.SupportWithMentalHealth, "Support with mental health", "Seed section 1, \"Why social prescribing?\": people \"who need support with their mental health\"; section 4, sample job description: \"(including support for mental health)\""),
        new(ReferralReason.LongTermConditions, "Long-term conditions", "Seed section 1, \"Why social prescribing?\": people \"with one or more long term conditions\"; section 4, sample job description: \"people with long term conditions\""),
        new(ReferralReason.ComplexSocialNeeds, "Complex social needs", "Seed section 1, \"Why social prescribing?\": people \"who have complex social needs which affect their wellbeing\""),
        new(ReferralReason.DebtAndMoney, "Debt and money", "Seed section 4, sample job description, purpose of the role: \"such as debt, poor housing and physical inactivity\"; section 5 item 2: \"not having enough food, money or secure housing\""),
        new(ReferralReason.Housing, "Housing", $"{WiderDeterminants}; section 4, sample job description: \"poor housing\""),
        new(ReferralReason.Unemployment, "Unemployment", $"Seed section 4, sample job description, key tasks: \"being unemployed\"; section 5 item 2: \"housing, food, access to green space, work and transport\""),
        new(ReferralReason.CaringResponsibilities, "Caring responsibilities", "Seed section 4, sample job description, key tasks: \"loneliness and caring responsibilities\""),
        new(ReferralReason.PhysicalInactivity, "Physical inactivity", "Seed section 4, sample job description, purpose of the role: \"such as debt, poor housing and physical inactivity\""),
        new(ReferralReason.Food, "Food", $"{WiderDeterminants} and \"not having enough food, money or secure housing\""),
        new(ReferralReason.AccessToGreenSpace, "Access to green space", WiderDeterminants),
        new(ReferralReason.Transport, "Transport", WiderDeterminants),
        new(ReferralReason.Other, "Other reason", "Seed section 1, \"Why social prescribing?\": social prescribing supports people \"including (but not exclusively)\" those listed"));

    /// <summary>Gets where a person is being connected to.</summary>
    /// <value>The 11 categories of seed section 10, in its order and words.</value>
    public static Vocabulary<ConnectionCategoryKind> ConnectionCategories { get; } = new(
        "Connection category",
        WhereConnected,
        new(ConnectionCategoryKind.MoneyAndWelfareRights, "Money/welfare rights", WhereConnected),
        new(ConnectionCategoryKind.HousingSupport, "Housing support", WhereConnected),
        new(ConnectionCategoryKind.StatutoryServices, "Statutory services", WhereConnected),
        new(ConnectionCategoryKind.EmploymentSupport, "Employment support", WhereConnected),
        new(ConnectionCategoryKind.PracticalSupport, "Practical support (e.g. aids/adaptations, food banks)", WhereConnected),
        new(ConnectionCategoryKind.ArtsBasedActivities, "Arts-based activities and groups", WhereConnected),
        new(ConnectionCategoryKind.AccessToNature, "Access to nature (such as gardening groups)", WhereConnected),
        new(ConnectionCategoryKind.PhysicalActivitySupport, "Physical activity support", WhereConnected),
        new(ConnectionCategoryKind.LocalNeighbourhoodGroups, "Local neighbourhood groups", WhereConnected),
        new(ConnectionCategoryKind.AdultLearningClasses, "Adult learning classes", WhereConnected),
        new(ConnectionCategoryKind.Other, "Other (please state)", WhereConnected));

    /// <summary>Gets the permissions a person gives about information about them.</summary>
    /// <value>Appendix 4 part two items 9 to 11, and need-to-know sharing (section 5 items 5 and 7).</value>
    public static Vocabulary<SharingPermission> SharingPermissions { get; } = new(
        "Sharing permission",
        "Seed section 5 items 5 and 7, and Appendix 4 part two, items 9 to 11",
        new(SharingPermission.ShareMyStory, "I am happy to share my personal story", "Seed Appendix 4, part two, item 9: \"I am happy to share my personal story?\""),
        new(SharingPermission.SatisfactionSurvey, "I am willing to complete a satisfaction survey", "Seed Appendix 4, part two, item 10: \"I am willing to complete a satisfaction survey?\""),
        new(SharingPermission.OngoingDataCollectionAndEvaluation, "I am happy to participate in ongoing data collection and evaluation", "Seed Appendix 4, part two, item 11: \"I am happy to participate in ongoing data collection and evaluation?\""),
        new(
            SharingPermission.NeedToKnowSharingWithConnectedServices,
            "Information about me may be shared with the groups and agencies I am connected to, on a need-to-know basis",
            "Seed section 5 item 5: \"only shared with the groups and agencies that I am connected to with my permission, on a \u2018need to know\u2019 basis\"; item 7: \"can only be shared with the community groups and agencies that I am connected to, with my permission, on a need-to-know basis\""));

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

    /// <summary>Gets the words for a person's answer to a sharing permission.</summary>
    /// <param name="answer">The answer.</param>
    /// <returns>"not asked", "given" or "declined".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="answer"/> is not a named member.</exception>
    public static string GetDisplayName(this ConsentAnswer answer) => answer switch
    {
        ConsentAnswer.NotAsked => "not asked",
        ConsentAnswer.Given => "given",
        ConsentAnswer.Declined => "declined",
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, Utility.Preconditions.EnumValueNotDefined),
    };
}
