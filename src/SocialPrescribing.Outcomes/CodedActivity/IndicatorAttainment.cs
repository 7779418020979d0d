namespace SocialPrescribing.Outcomes;

/// <summary>
/// Where a group's share of the registered list referred stands against the indicator's lower and upper thresholds
/// (see <c>docs/outcomes.md</c>, "Coded GP activity").
/// </summary>
public enum IndicatorAttainment
{
    /// <summary>The share is below the lower threshold.</summary>
    BelowLowerThreshold = 1,

    /// <summary>The share is at or above the lower threshold and below the upper one.</summary>
    BetweenThresholds = 2,

    /// <summary>The share is at or above the upper threshold.</summary>
    AtOrAboveUpperThreshold = 3,
}
