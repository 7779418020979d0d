using System.Diagnostics;
using System.Globalization;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// The lower and upper thresholds of an indicator on the share of a registered list referred to social prescribing,
/// such as the PCN Investment and Impact Fund indicator on referrals (see <c>docs/outcomes.md</c>, "Coded GP activity").
/// </summary>
/// <remarks>
/// <para>
/// The fund's thresholds change by contract year, so this library holds none: the analyst gives the year's figures
/// (this library's choice: no default claims a contract year). A share is compared exactly, as referred people against
/// threshold × list size, so a group exactly at a threshold is at it.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class IndicatorThresholds
{
    private const decimal PerThousand = 1000m;

    private IndicatorThresholds(decimal lowerShare, decimal upperShare)
    {
        LowerShare = lowerShare;
        UpperShare = upperShare;
    }

    /// <summary>Gets the lower threshold as a share of the list.</summary>
    /// <value>From 0 to 1, at most <see cref="UpperShare"/>; 0.0012 is 1.2 per 1,000.</value>
    public decimal LowerShare { get; }

    /// <summary>Gets the upper threshold as a share of the list.</summary>
    /// <value>From 0 to 1, at least <see cref="LowerShare"/>.</value>
    public decimal UpperShare { get; }

    /// <summary>Creates thresholds from shares of the list.</summary>
    /// <param name="lowerShare">The lower threshold, from 0 to 1.</param>
    /// <param name="upperShare">The upper threshold, from <paramref name="lowerShare"/> to 1.</param>
    /// <returns>The thresholds.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A share is outside [0-1].</exception>
    /// <exception cref="ArgumentException"><paramref name="lowerShare"/> is greater than <paramref name="upperShare"/>.</exception>
    public static IndicatorThresholds Create(decimal lowerShare, decimal upperShare)
    {
        Preconditions.CheckArgumentRange(nameof(lowerShare), lowerShare, 0m, 1m);
        Preconditions.CheckArgumentRange(nameof(upperShare), upperShare, 0m, 1m);
        Preconditions.CheckArgument(lowerShare <= upperShare, nameof(lowerShare), OutcomesMessages.CodedActivityThresholdOrder);
        return new(lowerShare, upperShare);
    }

    /// <summary>Creates thresholds from rates per 1,000 registered patients, as indicators are often published.</summary>
    /// <param name="lowerPerThousand">The lower threshold per 1,000, from 0 to 1000.</param>
    /// <param name="upperPerThousand">The upper threshold per 1,000, from <paramref name="lowerPerThousand"/> to 1000.</param>
    /// <returns>The thresholds, as shares: the rates divided by 1,000 (exact in <see cref="decimal"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A rate is outside [0-1000].</exception>
    /// <exception cref="ArgumentException"><paramref name="lowerPerThousand"/> is greater than <paramref name="upperPerThousand"/>.</exception>
    public static IndicatorThresholds FromPerThousand(decimal lowerPerThousand, decimal upperPerThousand)
    {
        Preconditions.CheckArgumentRange(nameof(lowerPerThousand), lowerPerThousand, 0m, PerThousand);
        Preconditions.CheckArgumentRange(nameof(upperPerThousand), upperPerThousand, 0m, PerThousand);
        Preconditions.CheckArgument(lowerPerThousand <= upperPerThousand, nameof(lowerPerThousand), OutcomesMessages.CodedActivityThresholdOrder);
        return new(lowerPerThousand / PerThousand, upperPerThousand / PerThousand);
    }

    /// <summary>Describes the thresholds.</summary>
    /// <returns>For example <c>lower 0.0012, upper 0.0016</c>, the same under every culture.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"lower {LowerShare}, upper {UpperShare}");

    /// <summary>Places a number of people referred from a list against the thresholds, exactly.</summary>
    internal IndicatorAttainment Assess(long referredPeople, long listSize)
        => referredPeople < LowerShare * listSize ? IndicatorAttainment.BelowLowerThreshold
            : referredPeople < UpperShare * listSize ? IndicatorAttainment.BetweenThresholds
            : IndicatorAttainment.AtOrAboveUpperThreshold;
}
