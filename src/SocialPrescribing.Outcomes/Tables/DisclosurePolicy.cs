using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Globalization;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// A rule for publishing an <see cref="OutcomeTable"/>: which figures are shown, rounded or suppressed, and the sentence
/// the published table states about it. Applied to results, never to raw data.
/// </summary>
/// <remarks>
/// <para>
/// The default is NHS Digital's disclosure control for Hospital Episode Statistics (HES) and the Emergency Care Data
/// Set (ECDS), in use since September 2018 (<see cref="NhsDigitalHesEcds"/>): none at national level; below it a count
/// from 1 to 7 is shown as <c>*</c> and every other count is rounded to the nearest 5 (0 stays 0), a total is rounded
/// from its unrounded value, a mean, median, percentile or confidence interval computed from 1 to 7 values is shown as
/// <c>*</c>, and a percentage is computed from the rounded numerator and denominator.
/// </para>
/// <para>
/// <see cref="SuppressBelow"/> suppresses counts below a threshold and then further counts (secondary suppression) so
/// that no suppressed count can be worked out from a row or column total. <see cref="None"/> shows everything and is
/// not for publication. Every policy computes a percentage from its numerator and denominator as the policy publishes
/// them, and suppresses it when either is suppressed. Rules, sources and this library's choices are in
/// docs/outcomes.md, "Disclosure control".
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads, and <see cref="Apply"/> may run on several threads at once.</threadsafety>
[DebuggerDisplay("{Description,nq}")]
public sealed class DisclosurePolicy
{
    private const string NhsDigital = "NHS Digital's disclosure control for Hospital Episode Statistics (HES) and the Emergency Care Data Set (ECDS), in use since September 2018";

    private readonly DisclosureRule _rule;

    private DisclosurePolicy(string description, DisclosureRule rule)
    {
        Description = description;
        _rule = rule;
    }

    /// <summary>Gets the policy that controls nothing: every figure as computed. Not for publication.</summary>
    /// <value>The policy; for checking a table before it is published, never for publishing it.</value>
    public static DisclosurePolicy None { get; } = new("No disclosure control: every figure is shown as computed. Not for publication.", DisclosureRule.NoControl);

    /// <summary>Gets the rule the policy applies.</summary>
    internal DisclosureRule Rule => _rule;

    /// <summary>Gets the sentence that states the policy on a published table.</summary>
    /// <value>One or two whole sentences naming the policy and its rules, the same in every culture.</value>
    public string Description { get; }

    /// <summary>Gets NHS Digital's disclosure control for HES and ECDS (September 2018) at a publication level: the library's default.</summary>
    /// <param name="level">
    /// <see cref="PublicationLevel.National"/> for figures for England as a whole, which the rule leaves as they are;
    /// <see cref="PublicationLevel.Subnational"/> for anything below.
    /// </param>
    /// <returns>The policy.</returns>
    /// <remarks>
    /// <para>
    /// Below national level: a count from 1 to 7 is shown as <c>*</c>; every other count is rounded to the nearest 5
    /// (no whole number is halfway between two multiples of 5: 8 becomes 10, 12 becomes 10, 13 becomes 15) and 0 stays 0.
    /// A total (a family's total column, the total row) is rounded from its own unrounded value, so it may differ from
    /// the sum of the rounded parts shown: parts 3, 4 and 9 are shown as <c>*</c>, <c>*</c> and <c>10</c>, their total
    /// 16 as <c>15</c>. A statistic computed from 1 to 7 values is shown as <c>*</c>: NHS Digital's rule names the mean,
    /// median and mode and leaves confidence intervals uncontrolled; this library applies it to every statistic,
    /// confidence interval bounds included (this library's choice, the stricter reading). A percentage is computed
    /// from the rounded numerator and denominator, and shown as <c>*</c> when either is.
    /// </para>
    /// <para>No secondary suppression: rounding every count is what protects the small ones.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a named member.</exception>
    public static DisclosurePolicy NhsDigitalHesEcds(PublicationLevel level)
    {
        Preconditions.CheckDefined(level, nameof(level));
        return level == PublicationLevel.National
            ? new(NhsDigital + ", at national level: counts, statistics and percentages are shown as computed, with no rounding or suppression.", DisclosureRule.NoControl)
            : new(
                NhsDigital + ", below national level: a count from 1 to 7 is shown as *, every other count is rounded to the nearest 5, and 0 is shown as 0; "
                + "a total is rounded from its unrounded value, so it may differ from the sum of the rounded figures shown; "
                + "a mean, median, percentile or confidence interval computed from 1 to 7 values is shown as *; "
                + "a percentage is computed from the rounded numerator and denominator, and is shown as * when either is.",
                RoundingRule.Instance);
    }

    /// <summary>Gets the policy that suppresses counts below a threshold, with secondary suppression.</summary>
    /// <param name="threshold">The smallest count shown; counts from 1 to <paramref name="threshold"/> - 1 are suppressed. At least 2.</param>
    /// <returns>The policy.</returns>
    /// <remarks>
    /// <para>
    /// A count from 1 to <paramref name="threshold"/> - 1 is shown as <c>*</c> (<see cref="CellControl.BelowThreshold"/>);
    /// 0 is shown (this library's choice, as NHS Digital's rule shows it: a zero names nobody). A statistic computed from
    /// fewer than <paramref name="threshold"/> values is shown as <c>*</c> (<see cref="CellControl.FewValues"/>).
    /// </para>
    /// <para>
    /// Then further counts are suppressed (<see cref="CellControl.SecondarySuppression"/>) until no suppressed count can be
    /// worked out exactly from the row and column totals: a family's parts and its total column, and the total row.
    /// Among the ways to protect a count the policy suppresses the cells with the smallest sum, using a zero only when
    /// nothing else will do, ties broken by position (this library's choice). Relations the table does not declare, such
    /// as two columns that happen to add up to a third outside a family, are not protected. Counts are shown exactly,
    /// so a percentage would reveal its numerator: it is shown as <c>*</c> when its numerator or denominator is suppressed.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is less than 2.</exception>
    public static DisclosurePolicy SuppressBelow(int threshold)
    {
        if (threshold < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), OutcomesMessages.ThresholdRange);
        }

        CultureInfo c = CultureInfo.InvariantCulture;
        string small = threshold == 2 ? "a count of 1 is" : string.Create(c, $"counts from 1 to {threshold - 1} are");
        return new(
            string.Create(c, $"Suppression of counts below {threshold}: {small} suppressed (shown as *), and further counts are suppressed so that none can be worked out from a row or column total; 0 is shown as 0; ")
            + string.Create(c, $"a statistic computed from fewer than {threshold} values, and a percentage whose numerator or denominator is suppressed, are shown as *."),
            new ThresholdRule(threshold));
    }

    /// <summary>Publishes a table under this policy.</summary>
    /// <param name="table">The table, with its unrounded figures.</param>
    /// <returns>The published table: every cell shown, rounded or suppressed with its reason, and this policy stated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public PublishedTable Apply(OutcomeTable table)
    {
        Preconditions.CheckNotNull(table, nameof(table));
        int columns = table.Columns.Count;
        var cells = new PublishedCell[table.Rows.Count][];
        for (int r = 0; r < cells.Length; r++)
        {
            cells[r] = new PublishedCell[columns];
            for (int c = 0; c < columns; c++)
            {
                OutcomeCell cell = table.Rows[r].Cells[c];
                cells[r][c] = cell.Kind switch
                {
                    OutcomeCellKind.Count => _rule.Count(cell.CountValue),
                    OutcomeCellKind.Statistic => _rule.Statistic(cell),
                    OutcomeCellKind.NotApplicable => PublishedCell.NotApplicable,
                    _ => default, // a percentage, once the counts are final
                };
            }
        }

        _rule.Protect(table, cells);
        for (int r = 0; r < cells.Length; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                OutcomeCell cell = table.Rows[r].Cells[c];
                ReadOnlyCollection<int> sources = table.Shape.SourcesOf[c];
                if (cell.Kind == OutcomeCellKind.Percentage)
                {
                    cells[r][c] = Percentage(
                        cell,
                        sources.Count > 0 ? cells[r][sources[0]] : _rule.Count(cell.Numerator),
                        sources.Count > 0 ? cells[r][sources[1]] : _rule.Count(cell.Denominator));
                }
                else if (cell.Kind == OutcomeCellKind.Statistic && !cells[r][c].IsSuppressed && sources.Any(s => cells[r][s].IsSuppressed))
                {
                    cells[r][c] = PublishedCell.Suppressed(OutcomeCellKind.Statistic, CellControl.FromControlledCells);
                }
            }
        }

        return new PublishedTable(table, [.. table.Rows.Select((row, r) => new PublishedRow(row, Array.AsReadOnly(cells[r])))], this);
    }

    /// <summary>Publishes one count on its own, without building a table (a headline figure in a report's text).</summary>
    /// <param name="count">The count, 0 or more, unrounded.</param>
    /// <returns>The count as this policy shows it: rounded, suppressed or exact, with the reason.</returns>
    /// <remarks>
    /// A count alone has no family and no total row, so no secondary suppression applies. Publishing several counts one
    /// by one that add up to another published count can reveal a suppressed one: publish related counts as a table
    /// (<see cref="Apply"/>), which protects them (docs/outcomes.md, "Disclosure control").
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public PublishedCell PublishCount(long count)
    {
        Preconditions.CheckArgumentRange(nameof(count), count, 0, long.MaxValue);
        return _rule.Count(count);
    }

    /// <summary>States the policy.</summary>
    /// <returns><see cref="Description"/>.</returns>
    public override string ToString() => Description;

    private static PublishedCell Percentage(OutcomeCell cell, PublishedCell numerator, PublishedCell denominator)
    {
        if (numerator.Value is not decimal n || denominator.Value is not decimal d)
        {
            return PublishedCell.Suppressed(OutcomeCellKind.Percentage, CellControl.FromControlledCells);
        }

        Debug.Assert(d > 0, "A published denominator is at least 1: 1 to 7 are suppressed or rounded to 10 or more.");
        CellControl control = numerator.Control == CellControl.Rounded || denominator.Control == CellControl.Rounded ? CellControl.Rounded : CellControl.None;
        return PublishedCell.Shown(OutcomeCellKind.Percentage, 100m * n / d, cell.Decimals, control);
    }
}
