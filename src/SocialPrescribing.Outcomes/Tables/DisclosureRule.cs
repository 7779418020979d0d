namespace SocialPrescribing.Outcomes;

/// <summary>How a <see cref="DisclosurePolicy"/> publishes counts and statistics, and protects suppressed counts (docs/outcomes.md, "Disclosure control").</summary>
/// <remarks>Percentages are the policy's own: each is computed from its numerator and denominator as this rule publishes them.</remarks>
internal abstract class DisclosureRule
{
    /// <summary>Gets the rule that shows every figure as computed.</summary>
    internal static DisclosureRule NoControl { get; } = new Exact();

    /// <summary>Publishes a count on its own (a total is a count: its own unrounded value).</summary>
    internal abstract PublishedCell Count(long value);

    /// <summary>Publishes a statistic.</summary>
    internal abstract PublishedCell Statistic(OutcomeCell cell);

    /// <summary>Says whether the rule can publish a cell as it is: its control, and a count's value, are ones the rule gives (for a published table read back).</summary>
    /// <remarks>Shown cells of every kind, and cells that do not apply, are allowed unless the rule says otherwise; nothing is suppressed by default.</remarks>
    internal virtual bool CanPublish(PublishedCell cell) => cell.Control is CellControl.None or CellControl.NotApplicable;

    /// <summary>Suppresses further counts where the rule needs it; none by default.</summary>
    internal virtual void Protect(OutcomeTable table, PublishedCell[][] cells)
    {
    }

    /// <summary>Shows a count as it is.</summary>
    private protected static PublishedCell ExactCount(long value) => PublishedCell.Shown(OutcomeCellKind.Count, value, 0, CellControl.None);

    /// <summary>Shows a statistic rounded to its decimal places.</summary>
    private protected static PublishedCell ExactStatistic(OutcomeCell cell) => PublishedCell.Shown(OutcomeCellKind.Statistic, cell.StatisticValue, cell.Decimals, CellControl.None);

    private sealed class Exact : DisclosureRule
    {
        internal override PublishedCell Count(long value) => ExactCount(value);

        internal override PublishedCell Statistic(OutcomeCell cell) => ExactStatistic(cell);
    }
}
