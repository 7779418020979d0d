using System.Diagnostics;
using System.Globalization;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// A table after disclosure control, ready to be written out: the title, row headers and columns of its
/// <see cref="OutcomeTable"/>, its published rows, and the policy applied, which the table states.
/// </summary>
/// <remarks>
/// Made by <see cref="DisclosurePolicy.Apply"/>. Whoever writes the table out (to CSV or Parquet) writes
/// <see cref="DisclosurePolicy.Description"/> of <see cref="Policy"/> with it, so a reader knows what was rounded or
/// suppressed and why (docs/outcomes.md, "Disclosure control").
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class PublishedTable
{
    internal PublishedTable(OutcomeTable table, IReadOnlyList<PublishedRow> rows, DisclosurePolicy policy)
    {
        Title = table.Title;
        RowHeaders = table.RowHeaders;
        Columns = table.Columns;
        Rows = rows;
        Policy = policy;
        Shape = table.Shape;
    }

    /// <summary>Gets the table's title.</summary>
    /// <value>Not blank.</value>
    public string Title { get; }

    /// <summary>Gets the names of the row headers.</summary>
    /// <value>At least one; each row has one label per header.</value>
    public IReadOnlyList<string> RowHeaders { get; }

    /// <summary>Gets the columns, in order.</summary>
    /// <value>At least one, with unique names.</value>
    public IReadOnlyList<OutcomeColumn> Columns { get; }

    /// <summary>Gets the published rows, in the order of the table's rows.</summary>
    /// <value>One published row per row of the table.</value>
    public IReadOnlyList<PublishedRow> Rows { get; }

    /// <summary>Gets the disclosure control policy applied, whose <see cref="DisclosurePolicy.Description"/> the published table states.</summary>
    /// <value>The policy.</value>
    public DisclosurePolicy Policy { get; }

    /// <summary>Gets the names and links of the table's columns.</summary>
    internal TableShape Shape { get; }

    /// <summary>Gets the index of the column with a name.</summary>
    /// <param name="name">The column's name, compared ordinally (as documented in docs/outcomes.md for the dashboard).</param>
    /// <returns>The index in <see cref="Columns"/>, or -1 when no column has the name. Never throws.</returns>
    public int IndexOfColumn(string? name) => name is not null && Shape.ColumnIndex.TryGetValue(name, out int c) ? c : -1;

    /// <summary>Gets the published cell at a row and a column named.</summary>
    /// <param name="row">The row's index in <see cref="Rows"/>.</param>
    /// <param name="column">The column's name, compared ordinally.</param>
    /// <value>The cell.</value>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is outside the table.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="column"/> is null.</exception>
    /// <exception cref="ArgumentException">No column has the name <paramref name="column"/>.</exception>
    public PublishedCell this[int row, string column] => this[row, Shape.ColumnNamed(column, nameof(column))];

    /// <summary>Gets the published cell at a row and column.</summary>
    /// <param name="row">The row's index in <see cref="Rows"/>.</param>
    /// <param name="column">The column's index in <see cref="Columns"/>.</param>
    /// <value>The cell.</value>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> or <paramref name="column"/> is outside the table.</exception>
    public PublishedCell this[int row, int column]
    {
        get
        {
            Preconditions.CheckArgumentRange(nameof(row), row, 0, Rows.Count - 1);
            Preconditions.CheckArgumentRange(nameof(column), column, 0, Columns.Count - 1);
            return Rows[row].Cells[column];
        }
    }

    /// <summary>Describes the table's shape, not its title or figures.</summary>
    /// <returns>For example <c>PublishedTable(12 rows, 7 columns)</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"PublishedTable({Rows.Count} rows, {Columns.Count} columns)");
}
