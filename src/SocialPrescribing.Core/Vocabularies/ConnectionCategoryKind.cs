namespace SocialPrescribing;

/// <summary>The 11 kinds of support a person is connected to, as seed section 10 lists them ("Where the person is being connected to").</summary>
/// <remarks>Zero is not a member. <see cref="Other"/> carries a description: see <see cref="ConnectionCategory"/>. Display names: <see cref="SocialPrescribingVocabularies.ConnectionCategories"/>.</remarks>
public enum ConnectionCategoryKind
{
    /// <summary>Money and welfare rights.</summary>
    MoneyAndWelfareRights = 1,

    /// <summary>Housing support.</summary>
    HousingSupport = 2,

    /// <summary>Statutory services.</summary>
    StatutoryServices = 3,

    /// <summary>Employment support.</summary>
    EmploymentSupport = 4,

    /// <summary>Practical support, such as aids and adaptations or food banks.</summary>
    PracticalSupport = 5,

    /// <summary>Arts-based activities and groups.</summary>
    ArtsBasedActivities = 6,

    /// <summary>Access to nature, such as gardening groups.</summary>
    AccessToNature = 7,

    /// <summary>Physical activity support.</summary>
    PhysicalActivitySupport = 8,

    /// <summary>Local neighbourhood groups.</summary>
    LocalNeighbourhoodGroups = 9,

    /// <summary>Adult learning classes.</summary>
    AdultLearningClasses = 10,

    /// <summary>Other ("please state"): the category carries a description.</summary>
    Other = 11,
}
