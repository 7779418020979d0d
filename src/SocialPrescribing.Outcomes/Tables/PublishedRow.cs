using System.Diagnostics;
using System.Globalization;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>A row of a <see cref="PublishedTable"/>: the labels of its <see cref="OutcomeRow"/> and its published cells.</summary>
/// <remarks><see cref="ToString"/> shows the row's shape, not its labels.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class PublishedRow
{
    internal PublishedRow(OutcomeRow row, IReadOnlyList<PublishedCell> cells)
    {
        Labels = row.Labels;
        IsTotal = row.IsTotal;
        Cells = cells;
    }

    private PublishedRow(IReadOnlyList<string> labels, IReadOnlyList<PublishedCell> cells, bool isTotal)
    {
        Labels = labels;
        Cells = cells;
        IsTotal = isTotal;
    }

    /// <summary>Gets the row's labels, one per row header of its table.</summary>
    /// <value>Not null or blank.</value>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Gets the row's published cells, one per column, in column order.</summary>
    /// <value>One cell per column.</value>
    public IReadOnlyList<PublishedCell> Cells { get; }

    /// <summary>Gets a value indicating whether the row is its table's total row.</summary>
    /// <value><see langword="true"/> for the total row.</value>
    public bool IsTotal { get; }

    /// <summary>Rebuilds a published row, as read back from a published table.</summary>
    /// <param name="labels">One label per row header; none null or blank.</param>
    /// <param name="cells">One published cell per column; none <see langword="default"/>.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="labels"/> or <paramref name="cells"/> is null.</exception>
    /// <exception cref="ArgumentException">A label is null or blank, or a cell is <see langword="default"/>.</exception>
    public static PublishedRow Create(IEnumerable<string> labels, IEnumerable<PublishedCell> cells) => Make(labels, cells, isTotal: false);

    /// <summary>Rebuilds a published table's total row, as read back from it.</summary>
    /// <param name="labels">One label per row header; none null or blank.</param>
    /// <param name="cells">One published cell per column; none <see langword="default"/>.</param>
    /// <returns>The total row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="labels"/> or <paramref name="cells"/> is null.</exception>
    /// <exception cref="ArgumentException">A label is null or blank, or a cell is <see langword="default"/>.</exception>
    public static PublishedRow Total(IEnumerable<string> labels, IEnumerable<PublishedCell> cells) => Make(labels, cells, isTotal: true);

    /// <summary>Describes the row's shape, not its labels.</summary>
    /// <returns>For example <c>PublishedRow(2 labels, 7 cells)</c> or <c>PublishedRow(total, 2 labels, 7 cells)</c>.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"PublishedRow({(IsTotal ? "total, " : string.Empty)}{Labels.Count} labels, {Cells.Count} cells)");

    private static PublishedRow Make(IEnumerable<string> labels, IEnumerable<PublishedCell> cells, bool isTotal)
    {
        string[] labelArray = [.. Preconditions.CheckNotNull(labels, nameof(labels))];
        PublishedCell[] cellArray = [.. Preconditions.CheckNotNull(cells, nameof(cells))];
        Preconditions.CheckArgument(Array.TrueForAll(labelArray, l => !string.IsNullOrWhiteSpace(l)), nameof(labels), OutcomesMessages.RowLabelsBlank);
        Preconditions.CheckArgument(Array.TrueForAll(cellArray, c => c.Kind != 0), nameof(cells), OutcomesMessages.PublishedRowCellsDefault);
        return new(Array.AsReadOnly(labelArray), Array.AsReadOnly(cellArray), isTotal);
    }
}
