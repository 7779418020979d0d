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

    private PublishedTable(string title, IReadOnlyList<string> rowHeaders, IReadOnlyList<OutcomeColumn> columns, IReadOnlyList<PublishedRow> rows, DisclosurePolicy policy, TableShape shape)
    {
        Title = title;
        RowHeaders = rowHeaders;
        Columns = columns;
        Rows = rows;
        Policy = policy;
        Shape = shape;
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

    /// <summary>Rebuilds a published table from its parts, as read back from storage or sent (docs/outcomes.md, "Disclosure control").</summary>
    /// <param name="title">The title; not blank.</param>
    /// <param name="rowHeaders">The names of the row headers; at least one, none null or blank.</param>
    /// <param name="columns">The columns, with the rules of <see cref="OutcomeTable.Create"/>: at least one, unique names, well-formed families and links.</param>
    /// <param name="rows">
    /// The published rows: each with one label per row header and one cell per column, at most one total row; every cell
    /// of a family column a count, of a percentage column a percentage or not applicable, of a statistic column computed
    /// from counts a statistic or not applicable; and every cell one that <paramref name="policy"/> publishes (a count
    /// shown under NHS Digital's rule below national level is 0 or rounded, one shown under a threshold is 0 or at least
    /// the threshold, and a cell is suppressed only for a reason the policy gives).
    /// </param>
    /// <param name="policy">The policy the table was published under.</param>
    /// <returns>The table.</returns>
    /// <remarks>
    /// The unpublished figures are not in a published table, so the sums a <see cref="DisclosurePolicy"/> checks
    /// cannot be checked again: what can be checked is the table's shape and that each cell is one the policy gives.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument breaks the rule given for it; the message names the column, family or row index, never a value.</exception>
    public static PublishedTable Create(string title, IEnumerable<string> rowHeaders, IEnumerable<OutcomeColumn> columns, IEnumerable<PublishedRow> rows, DisclosurePolicy policy)
    {
        Preconditions.CheckNotBlank(title, nameof(title), OutcomesMessages.TitleBlank);
        string[] headers = [.. Preconditions.CheckNotNull(rowHeaders, nameof(rowHeaders))];
        OutcomeColumn[] columnArray = [.. Preconditions.CheckNotNull(columns, nameof(columns))];
        PublishedRow[] rowArray = [.. Preconditions.CheckNotNull(rows, nameof(rows))];
        Preconditions.CheckNotNull(policy, nameof(policy));
        Preconditions.CheckArgument(headers.Length > 0 && Array.TrueForAll(headers, h => !string.IsNullOrWhiteSpace(h)), nameof(rowHeaders), OutcomesMessages.RowHeadersEmpty);
        Preconditions.CheckArgument(columnArray.Length > 0 && Array.TrueForAll(columnArray, c => c is not null), nameof(columns), OutcomesMessages.ColumnsEmpty);
        Preconditions.CheckArgument(Array.TrueForAll(rowArray, r => r is not null), nameof(rows), OutcomesMessages.PublishedRowsNull);
        TableShape shape = TableShape.Of(columnArray, []) with { TotalRow = Array.FindIndex(rowArray, r => r.IsTotal) };
        for (int r = 0; r < rowArray.Length; r++)
        {
            TableShape.Check(rowArray[r].Labels.Count == headers.Length, nameof(rows), OutcomesMessages.RowLabelCountFormat, r);
            TableShape.Check(rowArray[r].Cells.Count == columnArray.Length, nameof(rows), OutcomesMessages.RowCellCountFormat, r);
        }

        Preconditions.CheckArgument(rowArray.Count(r => r.IsTotal) <= 1, nameof(rows), OutcomesMessages.TotalRowTwice);
        for (int c = 0; c < columnArray.Length; c++)
        {
            OutcomeColumn column = columnArray[c];
            foreach (PublishedRow row in rowArray)
            {
                OutcomeCellKind kind = row.Cells[c].Kind;
                TableShape.Check(column.Family is null || kind == OutcomeCellKind.Count, nameof(rows), OutcomesMessages.FamilyCellNotCountFormat, column.Name, column.Family);
                TableShape.Check(!column.IsPercentage || kind is OutcomeCellKind.Percentage or OutcomeCellKind.NotApplicable, nameof(rows), OutcomesMessages.PercentageCellKindFormat, column.Name);
                TableShape.Check(column.IsPercentage || column.SourceColumns.Count == 0 || kind is OutcomeCellKind.Statistic or OutcomeCellKind.NotApplicable, nameof(rows), OutcomesMessages.StatisticCellKindFormat, column.Name);
            }
        }

        for (int r = 0; r < rowArray.Length; r++)
        {
            for (int c = 0; c < columnArray.Length; c++)
            {
                TableShape.Check(policy.Rule.CanPublish(rowArray[r].Cells[c]), nameof(rows), OutcomesMessages.PublishedCellPolicyFormat, r, columnArray[c].Name);
            }
        }

        return new(title, Array.AsReadOnly(headers), Array.AsReadOnly(columnArray), Array.AsReadOnly(rowArray), policy, shape);
    }

    /// <summary>Describes the table's shape, not its title or figures.</summary>
    /// <returns>For example <c>PublishedTable(12 rows, 7 columns)</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"PublishedTable({Rows.Count} rows, {Columns.Count} columns)");
}
