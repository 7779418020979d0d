namespace SocialPrescribing;

/// <summary>
/// The decile of the English Index of Multiple Deprivation of where a person lives, as the caller gives it: decile 1
/// holds the most deprived 10% of small areas nationally, decile 10 the least deprived (MHCLG, English indices of
/// deprivation). The library ships no postcode or area lookup (<c>docs/demographics.md</c>, "Deprivation").
/// </summary>
/// <remarks>Zero is not a member. <see cref="DemographicCodes.GetQuintile"/> gives the quintile.</remarks>
public enum DeprivationDecile
{
    /// <summary>Decile 1: the most deprived 10% of areas.</summary>
    Decile1 = 1,

    /// <summary>Decile 2.</summary>
    Decile2 = 2,

    /// <summary>Decile 3.</summary>
    Decile3 = 3,

    /// <summary>Decile 4.</summary>
    Decile4 = 4,

    /// <summary>Decile 5.</summary>
    Decile5 = 5,

    /// <summary>Decile 6.</summary>
    Decile6 = 6,

    /// <summary>Decile 7.</summary>
    Decile7 = 7,

    /// <summary>Decile 8.</summary>
    Decile8 = 8,

    /// <summary>Decile 9.</summary>
    Decile9 = 9,

    /// <summary>Decile 10: the least deprived 10% of areas.</summary>
    Decile10 = 10,
}

/// <summary>
/// The quintile of the Index of Multiple Deprivation: deciles 1 and 2 make quintile 1 (the most deprived 20% of areas,
/// NHS England's "Core20"), and so on to quintile 5.
/// </summary>
/// <remarks>Zero is not a member.</remarks>
public enum DeprivationQuintile
{
    /// <summary>Quintile 1: the most deprived 20% of areas (deciles 1 and 2).</summary>
    Quintile1 = 1,

    /// <summary>Quintile 2 (deciles 3 and 4).</summary>
    Quintile2 = 2,

    /// <summary>Quintile 3 (deciles 5 and 6).</summary>
    Quintile3 = 3,

    /// <summary>Quintile 4 (deciles 7 and 8).</summary>
    Quintile4 = 4,

    /// <summary>Quintile 5: the least deprived 20% of areas (deciles 9 and 10).</summary>
    Quintile5 = 5,
}
