using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Globalization;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>A row of an <see cref="OutcomeTable"/>: one label per row header (a PCN, a quarter) and one cell per column.</summary>
/// <remarks>
/// A table has at most one total row (<see cref="Total"/>), whose counts are the sum of the other rows' counts column by
/// column, except in a column made with <see cref="OutcomeColumn.NotAdditive"/>; the table checks it.
/// <see cref="ToString"/> shows the row's shape, not its labels or cells.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class OutcomeRow
{
    private OutcomeRow(ReadOnlyCollection<string> labels, ReadOnlyCollection<OutcomeCell> cells, bool isTotal)
    {
        Labels = labels;
        Cells = cells;
        IsTotal = isTotal;
    }

    /// <summary>Gets the row's labels, one per row header of its table.</summary>
    /// <value>Not null or blank.</value>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Gets the row's cells, one per column of its table, in column order.</summary>
    /// <value>No <see langword="default"/> cell.</value>
    public IReadOnlyList<OutcomeCell> Cells { get; }

    /// <summary>Gets a value indicating whether the row is its table's total row.</summary>
    /// <value><see langword="true"/> for a row made with <see cref="Total"/>.</value>
    public bool IsTotal { get; }

    /// <summary>Creates a row.</summary>
    /// <param name="labels">One label per row header, such as a PCN's name and a quarter; none null or blank.</param>
    /// <param name="cells">One cell per column; none <see langword="default"/>.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="labels"/> or <paramref name="cells"/> is null.</exception>
    /// <exception cref="ArgumentException">A label is null or blank, or a cell is <see langword="default"/>.</exception>
    public static OutcomeRow Create(IEnumerable<string> labels, IEnumerable<OutcomeCell> cells) => Make(labels, cells, isTotal: false);

    /// <summary>Creates the total row: in each additive count column, the sum of the other rows.</summary>
    /// <param name="labels">One label per row header, such as "All PCNs"; none null or blank.</param>
    /// <param name="cells">One cell per column; none <see langword="default"/>.</param>
    /// <returns>The total row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="labels"/> or <paramref name="cells"/> is null.</exception>
    /// <exception cref="ArgumentException">A label is null or blank, or a cell is <see langword="default"/>.</exception>
    public static OutcomeRow Total(IEnumerable<string> labels, IEnumerable<OutcomeCell> cells) => Make(labels, cells, isTotal: true);

    /// <summary>Describes the row's shape, not its labels or values.</summary>
    /// <returns>For example <c>OutcomeRow(2 labels, 7 cells)</c> or <c>OutcomeRow(total, 2 labels, 7 cells)</c>.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"OutcomeRow({(IsTotal ? "total, " : string.Empty)}{Labels.Count} labels, {Cells.Count} cells)");

    private static OutcomeRow Make(IEnumerable<string> labels, IEnumerable<OutcomeCell> cells, bool isTotal)
    {
        string[] labelArray = [.. Preconditions.CheckNotNull(labels, nameof(labels))];
        OutcomeCell[] cellArray = [.. Preconditions.CheckNotNull(cells, nameof(cells))];
        Preconditions.CheckArgument(Array.TrueForAll(labelArray, l => !string.IsNullOrWhiteSpace(l)), nameof(labels), OutcomesMessages.RowLabelsBlank);
        Preconditions.CheckArgument(Array.TrueForAll(cellArray, c => c.Kind != 0), nameof(cells), OutcomesMessages.RowCellsDefault);
        return new(Array.AsReadOnly(labelArray), Array.AsReadOnly(cellArray), isTotal);
    }
}
