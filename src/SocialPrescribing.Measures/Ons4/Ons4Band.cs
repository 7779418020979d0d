namespace SocialPrescribing.Measures;

/// <summary>The ONS threshold bands for personal wellbeing ratings (ONS personal wellbeing thresholds; `docs/measures.md`).</summary>
/// <remarks>
/// Life satisfaction, worthwhile and happiness use <see cref="Low"/> to <see cref="VeryHigh"/>; anxiety uses
/// <see cref="VeryLow"/> to <see cref="High"/>. The values are ordered from the lowest ratings to the highest, so
/// they compare the same way the ratings do. See <see cref="Ons4Thresholds"/>.
/// </remarks>
public enum Ons4Band
{
    /// <summary>Anxiety 0-1.</summary>
    VeryLow = 1,

    /// <summary>Life satisfaction, worthwhile or happiness 0-4; anxiety 2-3.</summary>
    Low = 2,

    /// <summary>Life satisfaction, worthwhile or happiness 5-6; anxiety 4-5.</summary>
    Medium = 3,

    /// <summary>Life satisfaction, worthwhile or happiness 7-8; anxiety 6-10.</summary>
    High = 4,

    /// <summary>Life satisfaction, worthwhile or happiness 9-10.</summary>
    VeryHigh = 5,
}
