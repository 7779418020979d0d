using System.Diagnostics;
using System.Globalization;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// A proportion observed in a group (people offered among those registered, offers declined among offers made), with its
/// 95% confidence interval by the Wilson score method.
/// </summary>
/// <remarks>
/// <para>
/// The Wilson score interval without continuity correction (Wilson 1927; method 3 of Newcombe, "Two-sided confidence
/// intervals for the single proportion: comparison of seven methods", Statistics in Medicine 1998;17:857-872): with
/// p = x/n and z the standard normal's 0.975 quantile (1.959963984540054),
/// centre = (p + z²/2n) / (1 + z²/n) and half-width = z / (1 + z²/n) × √(p(1 − p)/n + z²/4n²). Unlike the simple
/// p ± z√(p(1 − p)/n), it stays within 0 to 1 and gives an interval for 0 of n (docs/demographics.md, "Rates").
/// </para>
/// <para>Counts only: nothing about a person.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class ProportionEstimate : IEquatable<ProportionEstimate>, System.Numerics.IEqualityOperators<ProportionEstimate, ProportionEstimate, bool>
{
    /// <summary>The standard normal distribution's 0.975 quantile, for two-sided 95% intervals.</summary>
    internal const double Z95 = 1.959963984540054;

    private ProportionEstimate(long numerator, long denominator)
    {
        Numerator = numerator;
        Denominator = denominator;
        double n = denominator, p = numerator / n, z2 = Z95 * Z95;
        double divisor = 1 + (z2 / n);
        double centre = (p + (z2 / (2 * n))) / divisor;
        double half = Z95 / divisor * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        // At 0 of n and n of n the bounds are exactly 0 and 1 (the formula leaves a rounding error of about 1e-17).
        Wilson95 = new ConfidenceInterval(numerator == 0 ? 0m : (decimal)(centre - half), numerator == denominator ? 1m : (decimal)(centre + half));
    }

    /// <summary>Gets how many had the property (people offered, offers declined).</summary>
    /// <value>0 to <see cref="Denominator"/>.</value>
    public long Numerator { get; }

    /// <summary>Gets how many there were (people registered, offers made).</summary>
    /// <value>1 or more.</value>
    public long Denominator { get; }

    /// <summary>Gets the proportion.</summary>
    /// <value><see cref="Numerator"/> / <see cref="Denominator"/>, from 0 to 1.</value>
    public decimal Value => (decimal)Numerator / Denominator;

    /// <summary>Gets the proportion per 1,000, as rates per registered population are published.</summary>
    /// <value><see cref="Value"/> × 1,000.</value>
    public decimal PerThousand => Value * 1000m;

    /// <summary>Gets the 95% confidence interval of the proportion, by the Wilson score method.</summary>
    /// <value>Bounds from 0 to 1 (multiply by 1,000 for a rate per 1,000).</value>
    public ConfidenceInterval Wilson95 { get; }

    /// <summary>Creates the estimate of a proportion.</summary>
    /// <param name="numerator">How many had the property: 0 to <paramref name="denominator"/>.</param>
    /// <param name="denominator">How many there were: 1 or more.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="denominator"/> is below 1, or <paramref name="numerator"/> is outside 0 to it.</exception>
    public static ProportionEstimate Create(long numerator, long denominator)
    {
        Preconditions.CheckArgumentRange(nameof(denominator), denominator, 1, long.MaxValue);
        Preconditions.CheckArgumentRange(nameof(numerator), numerator, 0, denominator);
        return new ProportionEstimate(numerator, denominator);
    }

    /// <summary>Compares two estimates by numerator and denominator.</summary>
    /// <param name="other">The estimate to compare with.</param>
    /// <returns><see langword="true"/> when both counts are equal.</returns>
    public bool Equals(ProportionEstimate? other) => other is not null && other.Numerator == Numerator && other.Denominator == Denominator;

    /// <summary>Compares two estimates for equality.</summary>
    /// <param name="left">The first estimate.</param>
    /// <param name="right">The second estimate.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(ProportionEstimate? left, ProportionEstimate? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two estimates for inequality.</summary>
    /// <param name="left">The first estimate.</param>
    /// <param name="right">The second estimate.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ProportionEstimate? left, ProportionEstimate? right) => !(left == right);

    /// <summary>Compares with an object.</summary>
    /// <param name="obj">The object.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal estimate.</returns>
    public override bool Equals(object? obj) => Equals(obj as ProportionEstimate);

    /// <summary>Gets a hash code from the counts.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    /// <summary>Describes the estimate.</summary>
    /// <returns>For example <c>81 of 263: 30.80% (95% CI 25.53% to 36.62%, Wilson)</c>.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Numerator} of {Denominator}: {Value:0.00%} (95% CI {Wilson95.Lower:0.00%} to {Wilson95.Upper:0.00%}, Wilson)");
}
