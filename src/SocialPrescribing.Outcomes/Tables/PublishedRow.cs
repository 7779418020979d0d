using System.Diagnostics;
using System.Globalization;

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

    /// <summary>Gets the row's labels, one per row header of its table.</summary>
    /// <value>Not null or blank.</value>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Gets the row's published cells, one per column, in column order.</summary>
    /// <value>One cell per column.</value>
    public IReadOnlyList<PublishedCell> Cells { get; }

    /// <summary>Gets a value indicating whether the row is its table's total row.</summary>
    /// <value><see langword="true"/> for the total row.</value>
    public bool IsTotal { get; }

    /// <summary>Describes the row's shape, not its labels.</summary>
    /// <returns>For example <c>PublishedRow(2 labels, 7 cells)</c> or <c>PublishedRow(total, 2 labels, 7 cells)</c>.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"PublishedRow({(IsTotal ? "total, " : string.Empty)}{Labels.Count} labels, {Cells.Count} cells)");
}
