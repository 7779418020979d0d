using System.Diagnostics;

namespace SocialPrescribing.Measures;

/// <summary>How a person's PAM score changed between two assessments: the difference, the levels, and whether it is a meaningful improvement.</summary>
/// <remarks>
/// A gain of 3 points or more is a meaningful improvement (<see cref="PamLevels.MeaningfulImprovement"/>). Swapping
/// the two scores negates the difference and swaps the levels. Allocates nothing.
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[DebuggerDisplay("{From} -> {To}")]
public readonly struct PamChange
{
    private PamChange(PamScore from, PamScore to)
    {
        From = from;
        To = to;
    }

    /// <summary>Gets the earlier score.</summary>
    /// <value>A PAM score.</value>
    public PamScore From { get; }

    /// <summary>Gets the later score.</summary>
    /// <value>A PAM score.</value>
    public PamScore To { get; }

    /// <summary>Gets the later score minus the earlier one.</summary>
    /// <value>-100.0 to 100.0.</value>
    public decimal Difference => DifferenceInTenths / 10m;

    /// <summary>Gets the later score minus the earlier one, in tenths of a point.</summary>
    /// <value>-1000 to 1000.</value>
    public int DifferenceInTenths => To.Tenths - From.Tenths;

    /// <summary>Gets the level of the earlier score.</summary>
    /// <value>Level 1 to 4.</value>
    public PamLevel FromLevel => From.Level;

    /// <summary>Gets the level of the later score.</summary>
    /// <value>Level 1 to 4.</value>
    public PamLevel ToLevel => To.Level;

    /// <summary>Gets whether the score rose, stayed the same or fell.</summary>
    /// <value>Improved, unchanged or worsened (never not comparable: both scores exist).</value>
    public ChangeDirection Direction => DifferenceInTenths switch
    {
        > 0 => ChangeDirection.Improved,
        < 0 => ChangeDirection.Worsened,
        _ => ChangeDirection.Unchanged,
    };

    /// <summary>Gets a value indicating whether the score rose by 3 points or more.</summary>
    /// <value><see langword="true"/> for a meaningful improvement.</value>
    public bool IsMeaningfulImprovement => DifferenceInTenths >= PamLevels.MeaningfulImprovementTenths;

    /// <summary>Describes the change from one score to another.</summary>
    /// <param name="from">The earlier score.</param>
    /// <param name="to">The later score.</param>
    /// <returns>The change.</returns>
    public static PamChange Between(PamScore from, PamScore to) => new(from, to);
}
