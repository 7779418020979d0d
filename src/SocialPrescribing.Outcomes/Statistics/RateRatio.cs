using System.Diagnostics;
using System.Globalization;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// The ratio of a group's rate to a reference group's, with its 95% confidence interval by the log method.
/// </summary>
/// <remarks>
/// With a events in the group's population N₁ and b in the reference's N₂: ratio = (a/N₁) / (b/N₂), and the interval is
/// exp(ln ratio ± z √(1/a + 1/b)) with z = 1.959963984540054, the usual interval for a ratio of rates (Rothman,
/// Epidemiology: An Introduction, chapter 9; docs/demographics.md, "Rates"). With no events in either group the interval
/// is not given (the logarithm is not defined); with none in the reference the ratio is not given either.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class RateRatio
{
    private RateRatio(ProportionEstimate group, ProportionEstimate reference)
    {
        Group = group;
        Reference = reference;
        if (reference.Numerator == 0)
        {
            return;
        }

        double ratio = (double)group.Numerator / group.Denominator / ((double)reference.Numerator / reference.Denominator);
        Ratio = (decimal)ratio;
        if (group.Numerator > 0)
        {
            double spread = ProportionEstimate.Z95 * Math.Sqrt((1.0 / group.Numerator) + (1.0 / reference.Numerator));
            Log95 = new ConfidenceInterval((decimal)(ratio * Math.Exp(-spread)), (decimal)(ratio * Math.Exp(spread)));
        }
    }

    /// <summary>Gets the group's rate.</summary>
    /// <value>Its events and population.</value>
    public ProportionEstimate Group { get; }

    /// <summary>Gets the reference group's rate.</summary>
    /// <value>Its events and population.</value>
    public ProportionEstimate Reference { get; }

    /// <summary>Gets the ratio of the group's rate to the reference's.</summary>
    /// <value>0 or more; <see langword="null"/> when the reference has no events.</value>
    public decimal? Ratio { get; }

    /// <summary>Gets the 95% confidence interval of the ratio by the log method.</summary>
    /// <value><see langword="null"/> when either group has no events.</value>
    public ConfidenceInterval? Log95 { get; }

    /// <summary>Compares a group's rate with a reference group's.</summary>
    /// <param name="group">The group's events and population.</param>
    /// <param name="reference">The reference group's events and population.</param>
    /// <returns>The ratio and its interval.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="group"/> or <paramref name="reference"/> is null.</exception>
    public static RateRatio Create(ProportionEstimate group, ProportionEstimate reference)
        => new(Preconditions.CheckNotNull(group, nameof(group)), Preconditions.CheckNotNull(reference, nameof(reference)));

    /// <summary>Describes the ratio.</summary>
    /// <returns>For example <c>0.46 (95% CI 0.39 to 0.55, log method)</c>, or <c>no ratio (no events in the reference group)</c>.</returns>
    public override string ToString()
        => Ratio is not decimal r ? "no ratio (no events in the reference group)"
            : Log95 is ConfidenceInterval ci ? string.Create(CultureInfo.InvariantCulture, $"{r:0.00} (95% CI {ci.Lower:0.00} to {ci.Upper:0.00}, log method)")
            : string.Create(CultureInfo.InvariantCulture, $"{r:0.00} (no interval: no events in the group)");
}
