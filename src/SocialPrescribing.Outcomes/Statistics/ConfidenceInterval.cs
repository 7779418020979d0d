using System.Globalization;

namespace SocialPrescribing.Outcomes;

/// <summary>A two-sided confidence interval for a mean.</summary>
/// <remarks><c>default(ConfidenceInterval)</c> is the valid interval from 0 to 0 (a mean of no change known exactly); every member is safe on it.</remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
/// <param name="Lower">The lower bound.</param>
/// <param name="Upper">The upper bound; at least <paramref name="Lower"/>.</param>
[System.Diagnostics.DebuggerDisplay("{ToString(),nq}")]
public readonly record struct ConfidenceInterval(decimal Lower, decimal Upper) : System.Numerics.IEqualityOperators<ConfidenceInterval, ConfidenceInterval, bool>
{
    /// <summary>Describes the interval with two decimal places, e.g. <c>1.04 to 4.96</c>.</summary>
    /// <returns>The bounds, the same under every culture.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Lower:0.00} to {Upper:0.00}");
}
