using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;

namespace SocialPrescribing.Outcomes;

/// <summary>The relations disclosure control uses: the total row, the families of columns and the columns of each percentage's numerator and denominator.</summary>
/// <param name="TotalRow">The index of the total row; -1 when the table has none.</param>
/// <param name="Families">The families, in the order of their first column.</param>
/// <param name="NumeratorOf">For each column, the index of its numerator column; -1 unless it is a percentage column.</param>
/// <param name="DenominatorOf">For each column, the index of its denominator column; -1 unless it is a percentage column.</param>
internal sealed record TableShape(int TotalRow, ReadOnlyCollection<FamilyShape> Families, ReadOnlyCollection<int> NumeratorOf, ReadOnlyCollection<int> DenominatorOf)
{
    /// <summary>Works out the shape of the columns and rows, checking the columns (unique names, well-formed families, percentage links).</summary>
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

        int[] numerators = new int[columns.Length];
        int[] denominators = new int[columns.Length];
        for (int c = 0; c < columns.Length; c++)
        {
            numerators[c] = Linked(columns, index, c, columns[c].NumeratorColumn);
            denominators[c] = Linked(columns, index, c, columns[c].DenominatorColumn);
        }

        return new(Array.FindIndex(rows, r => r.IsTotal), families.AsReadOnly(), Array.AsReadOnly(numerators), Array.AsReadOnly(denominators));
    }

    /// <summary>Throws an <see cref="ArgumentException"/> with the formatted message unless the condition holds.</summary>
    internal static void Check(bool condition, string paramName, CompositeFormat format, params object?[] names)
    {
        if (!condition)
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, format, names), paramName);
        }
    }

    private static int Linked(OutcomeColumn[] columns, Dictionary<string, int> index, int c, string? name)
    {
        if (name is null)
        {
            return -1;
        }

        bool found = index.TryGetValue(name, out int linked);
        Check(found && linked != c && !columns[linked].IsPercentage, nameof(columns), OutcomesMessages.PercentageLinksFormat, columns[c].Name);
        return linked;
    }
}
