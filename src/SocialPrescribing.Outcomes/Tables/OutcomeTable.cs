using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// A table of outcome figures before disclosure control: a title, row headers, columns and rows of cells, with its
/// totals checked. A <see cref="DisclosurePolicy"/> turns it into the <see cref="PublishedTable"/> that is written out.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Create"/> checks that the table adds up, because disclosure control relies on it: in every row the parts
/// of each family (<see cref="OutcomeColumn.PartOf"/>) sum to the family's total column, and the total row, if any, is
/// the sum of the other rows in every additive count column. A percentage column names the count columns of its
/// numerator and denominator, and its cells must agree with them; a statistic column computed from counts
/// (<see cref="OutcomeColumn.StatisticOf"/>) names their columns. A table that does not add up is refused with an
/// <see cref="ArgumentException"/> naming the column, family or row index, never a cell's value.
/// </para>
/// <para>
/// The table holds unpublished figures: <see cref="ToString"/> shows only its shape (docs/outcomes.md,
/// "Disclosure control").
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class OutcomeTable
{
    private OutcomeTable(string title, ReadOnlyCollection<string> rowHeaders, ReadOnlyCollection<OutcomeColumn> columns, ReadOnlyCollection<OutcomeRow> rows, TableShape shape)
    {
        Title = title;
        RowHeaders = rowHeaders;
        Columns = columns;
        Rows = rows;
        Shape = shape;
    }

    /// <summary>Gets the table's title.</summary>
    /// <value>Not blank.</value>
    public string Title { get; }

    /// <summary>Gets the names of the row headers, such as "PCN" and "Quarter".</summary>
    /// <value>At least one; each row has one label per header.</value>
    public IReadOnlyList<string> RowHeaders { get; }

    /// <summary>Gets the columns, in order.</summary>
    /// <value>At least one, with unique names.</value>
    public IReadOnlyList<OutcomeColumn> Columns { get; }

    /// <summary>Gets the rows, in order; the total row, if any, where it was given.</summary>
    /// <value>Zero or more rows, at most one of them a total row.</value>
    public IReadOnlyList<OutcomeRow> Rows { get; }

    /// <summary>Gets the relations between columns and rows that disclosure control uses.</summary>
    internal TableShape Shape { get; }

    /// <summary>Gets the index of the column with a name.</summary>
    /// <param name="name">The column's name, compared ordinally (as documented in docs/outcomes.md for the dashboard).</param>
    /// <returns>The index in <see cref="Columns"/>, or -1 when no column has the name. Never throws.</returns>
    public int IndexOfColumn(string? name) => name is not null && Shape.ColumnIndex.TryGetValue(name, out int c) ? c : -1;

    /// <summary>Gets the cell at a row and a column named.</summary>
    /// <param name="row">The row's index in <see cref="Rows"/>.</param>
    /// <param name="column">The column's name, compared ordinally.</param>
    /// <value>The cell.</value>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is outside the table.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="column"/> is null.</exception>
    /// <exception cref="ArgumentException">No column has the name <paramref name="column"/>.</exception>
    public OutcomeCell this[int row, string column] => this[row, Shape.ColumnNamed(column, nameof(column))];

    /// <summary>Gets the cell at a row and column.</summary>
    /// <param name="row">The row's index in <see cref="Rows"/>.</param>
    /// <param name="column">The column's index in <see cref="Columns"/>.</param>
    /// <value>The cell.</value>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> or <paramref name="column"/> is outside the table.</exception>
    public OutcomeCell this[int row, int column]
    {
        get
        {
            Preconditions.CheckArgumentRange(nameof(row), row, 0, Rows.Count - 1);
            Preconditions.CheckArgumentRange(nameof(column), column, 0, Columns.Count - 1);
            return Rows[row].Cells[column];
        }
    }

    /// <summary>Creates a table, checking that it adds up.</summary>
    /// <param name="title">The title; not blank.</param>
    /// <param name="rowHeaders">The names of the row headers; at least one, none null or blank.</param>
    /// <param name="columns">
    /// The columns; at least one, with unique names, each family with one total and at least one part, each percentage or
    /// statistic column computed from counts naming other columns of the table that are computed from none.
    /// </param>
    /// <param name="rows">
    /// The rows: each with one label per row header and one cell per column, at most one total row; every cell of a
    /// family column a count, and the parts summing to the total; every cell of a percentage column a percentage of the
    /// counts in its numerator and denominator columns, or not applicable; every cell of a statistic column computed from
    /// counts a statistic, with a count in each column it names, or not applicable; where the total row has a count in an additive
    /// column, every row has a count there and the total row is their sum.
    /// </param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// An argument breaks the rule given for it; the message names the column, family or row index, never a value.
    /// </exception>
    public static OutcomeTable Create(string title, IEnumerable<string> rowHeaders, IEnumerable<OutcomeColumn> columns, IEnumerable<OutcomeRow> rows)
    {
        Preconditions.CheckNotBlank(title, nameof(title), OutcomesMessages.TitleBlank);
        string[] headers = [.. Preconditions.CheckNotNull(rowHeaders, nameof(rowHeaders))];
        OutcomeColumn[] columnArray = [.. Preconditions.CheckNotNull(columns, nameof(columns))];
        OutcomeRow[] rowArray = [.. Preconditions.CheckNotNull(rows, nameof(rows))];
        Preconditions.CheckArgument(headers.Length > 0 && Array.TrueForAll(headers, h => !string.IsNullOrWhiteSpace(h)), nameof(rowHeaders), OutcomesMessages.RowHeadersEmpty);
        Preconditions.CheckArgument(columnArray.Length > 0 && Array.TrueForAll(columnArray, c => c is not null), nameof(columns), OutcomesMessages.ColumnsEmpty);
        Preconditions.CheckArgument(Array.TrueForAll(rowArray, r => r is not null), nameof(rows), OutcomesMessages.RowsNull);
        TableShape shape = TableShape.Of(columnArray, rowArray);
        CheckRows(headers.Length, columnArray, rowArray, shape);
        return new(title, Array.AsReadOnly(headers), Array.AsReadOnly(columnArray), Array.AsReadOnly(rowArray), shape);
    }

    /// <summary>Describes the table's shape, not its title or figures.</summary>
    /// <returns>For example <c>OutcomeTable(12 rows, 7 columns, with a total row)</c>.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"OutcomeTable({Rows.Count} rows, {Columns.Count} columns{(Shape.TotalRow >= 0 ? ", with a total row" : string.Empty)})");

    private static void CheckRows(int headerCount, OutcomeColumn[] columns, OutcomeRow[] rows, TableShape shape)
    {
        for (int r = 0; r < rows.Length; r++)
        {
            Check(rows[r].Labels.Count == headerCount, OutcomesMessages.RowLabelCountFormat, r);
            Check(rows[r].Cells.Count == columns.Length, OutcomesMessages.RowCellCountFormat, r);
        }

        Preconditions.CheckArgument(rows.Count(r => r.IsTotal) <= 1, nameof(rows), OutcomesMessages.TotalRowTwice);
        for (int c = 0; c < columns.Length; c++)
        {
            OutcomeColumn column = columns[c];
            if (column.Family is not null)
            {
                Check(Array.TrueForAll(rows, r => r.Cells[c].Kind == OutcomeCellKind.Count), OutcomesMessages.FamilyCellNotCountFormat, column.Name, column.Family);
            }

            if (column.IsPercentage)
            {
                CheckPercentages(rows, c, column, shape.SourcesOf[c][0], shape.SourcesOf[c][1]);
            }
            else if (column.SourceColumns.Count > 0)
            {
                CheckStatistics(rows, c, column, shape.SourcesOf[c]);
            }

            if (shape.TotalRow >= 0 && column.IsAdditive && rows[shape.TotalRow].Cells[c].Kind == OutcomeCellKind.Count)
            {
                Check(Array.TrueForAll(rows, r => r.Cells[c].Kind == OutcomeCellKind.Count), OutcomesMessages.TotalRowCellsNotCountsFormat, column.Name);
                Int128 sum = 0;
                for (int r = 0; r < rows.Length; r++)
                {
                    sum += r == shape.TotalRow ? 0 : rows[r].Cells[c].CountValue;
                }

                Check(sum == rows[shape.TotalRow].Cells[c].CountValue, OutcomesMessages.TotalRowNotSumFormat, column.Name);
            }
        }

        foreach (FamilyShape family in shape.Families)
        {
            for (int r = 0; r < rows.Length; r++)
            {
                Int128 sum = 0;
                foreach (int part in family.Parts)
                {
                    sum += rows[r].Cells[part].CountValue;
                }

                Check(sum == rows[r].Cells[family.Total].CountValue, OutcomesMessages.FamilyPartsNotTotalFormat, r, family.Name, columns[family.Total].Name);
            }
        }
    }

    private static void CheckPercentages(OutcomeRow[] rows, int c, OutcomeColumn column, int numerator, int denominator)
    {
        for (int r = 0; r < rows.Length; r++)
        {
            OutcomeCell cell = rows[r].Cells[c];
            Check(cell.Kind is OutcomeCellKind.Percentage or OutcomeCellKind.NotApplicable, OutcomesMessages.PercentageCellKindFormat, column.Name);
            if (cell.Kind == OutcomeCellKind.Percentage)
            {
                OutcomeCell n = rows[r].Cells[numerator];
                OutcomeCell d = rows[r].Cells[denominator];
                bool agrees = n.Kind == OutcomeCellKind.Count && d.Kind == OutcomeCellKind.Count && n.CountValue == cell.Numerator && d.CountValue == cell.Denominator;
                Check(agrees, OutcomesMessages.PercentageCellMismatchFormat, r, column.Name, column.NumeratorColumn, column.DenominatorColumn);
            }
        }
    }

    private static void CheckStatistics(OutcomeRow[] rows, int c, OutcomeColumn column, IReadOnlyList<int> sources)
    {
        for (int r = 0; r < rows.Length; r++)
        {
            OutcomeRow row = rows[r];
            Check(row.Cells[c].Kind is OutcomeCellKind.Statistic or OutcomeCellKind.NotApplicable, OutcomesMessages.StatisticCellKindFormat, column.Name);
            bool fromCounts = row.Cells[c].Kind != OutcomeCellKind.Statistic || sources.All(s => row.Cells[s].Kind == OutcomeCellKind.Count);
            Check(fromCounts, OutcomesMessages.StatisticSourcesNotCountsFormat, r, column.Name);
        }
    }

    private static void Check(bool condition, CompositeFormat format, params object?[] names)
        => TableShape.Check(condition, "rows", format, names);
}
