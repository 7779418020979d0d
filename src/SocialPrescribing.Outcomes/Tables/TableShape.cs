using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>The relations disclosure control uses: the total row, the families of columns and the count columns each derived column is computed from.</summary>
/// <param name="TotalRow">The index of the total row; -1 when the table has none.</param>
/// <param name="Families">The families, in the order of their first column.</param>
/// <param name="ColumnIndex">Each column's index by its name (ordinal).</param>
/// <param name="SourcesOf">
/// For each column, the indexes of the count columns it is computed from (<see cref="OutcomeColumn.SourceColumns"/>):
/// numerator then denominator for a percentage column; empty for a column computed from none.
/// </param>
internal sealed record TableShape(int TotalRow, ReadOnlyCollection<FamilyShape> Families, ReadOnlyCollection<ReadOnlyCollection<int>> SourcesOf, IReadOnlyDictionary<string, int> ColumnIndex)
{
    /// <summary>Works out the shape of the columns and rows, checking the columns (unique names, well-formed families, links to source columns).</summary>
    /// <exception cref="ArgumentException">The columns break a rule; the parameter is <c>columns</c>.</exception>
    internal static TableShape Of(OutcomeColumn[] columns, OutcomeRow[] rows)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int c = 0; c < columns.Length; c++)
        {
            Check(index.TryAdd(columns[c].Name, c), nameof(columns), OutcomesMessages.ColumnDuplicateFormat, columns[c].Name);
        }

        var families = new List<FamilyShape>();
        foreach (IGrouping<string, int> family in Enumerable.Range(0, columns.Length).Where(c => columns[c].Family is not null).GroupBy(c => columns[c].Family!, StringComparer.Ordinal))
        {
            int[] totals = [.. family.Where(c => columns[c].IsFamilyTotal)];
            int[] parts = [.. family.Where(c => !columns[c].IsFamilyTotal)];
            Check(totals.Length == 1, nameof(columns), OutcomesMessages.FamilyTotalNotOneFormat, family.Key);
            Check(parts.Length > 0, nameof(columns), OutcomesMessages.FamilyWithoutPartsFormat, family.Key);
            families.Add(new FamilyShape(family.Key, Array.AsReadOnly(parts), totals[0]));
        }

        var sources = new ReadOnlyCollection<int>[columns.Length];
        for (int c = 0; c < columns.Length; c++)
        {
            int column = c;
            sources[c] = Array.AsReadOnly(columns[c].SourceColumns.Select(name => Linked(columns, index, column, name)).ToArray());
        }

        return new(Array.FindIndex(rows, r => r.IsTotal), families.AsReadOnly(), Array.AsReadOnly(sources), index);
    }

    /// <summary>Throws an <see cref="ArgumentException"/> with the formatted message unless the condition holds.</summary>
    /// <summary>Gets a column's index by name, or throws naming the parameter.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No column has the name.</exception>
    internal int ColumnNamed(string name, string paramName)
    {
        Preconditions.CheckNotNull(name, paramName);
        return ColumnIndex.TryGetValue(name, out int c) ? c : throw new ArgumentException(OutcomesMessages.ColumnNotFound, paramName);
    }

    internal static void Check(bool condition, string paramName, CompositeFormat format, params object?[] names)
    {
        if (!condition)
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, format, names), paramName);
        }
    }

    private static int Linked(OutcomeColumn[] columns, Dictionary<string, int> index, int c, string name)
    {
        bool found = index.TryGetValue(name, out int linked);
        Check(found && linked != c && columns[linked].SourceColumns.Count == 0, nameof(columns), OutcomesMessages.SourceLinksFormat, columns[c].Name);
        return linked;
    }
}
