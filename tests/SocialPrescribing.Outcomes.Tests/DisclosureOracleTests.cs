using System.Numerics;

namespace SocialPrescribing.Outcomes.Tests;

/// <summary>A suppressed cell, by row and column index.</summary>
/// <param name="Row">The row's index.</param>
/// <param name="Column">The column's index.</param>
public readonly record struct CellAt(int Row, int Column);

/// <summary>
/// The test oracle for secondary suppression, independent of the library's bridge search: writes the table's totals as
/// linear equations over the suppressed counts (the shown counts are known) and solves them exactly by Gaussian
/// elimination over the rationals (whole-number rows kept reduced by their gcd), then lists the suppressed counts the
/// equations pin down.
/// </summary>
/// <remarks>
/// The equations come from the table as documented: in every row, a family's parts minus its total column is 0; where
/// the table has a total row, in every additive column whose total-row cell is a count, the other rows minus the total
/// row is 0. An unknown is determined exactly when no solution of the homogeneous system moves it: after full
/// reduction, when its column has a pivot and the pivot's row is 0 in every free column.
/// </remarks>
internal static class DerivabilityOracle
{
    internal static IReadOnlyList<CellAt> DeterminedCells(OutcomeTable table, Func<int, int, bool> suppressed)
    {
        var unknowns = new Dictionary<CellAt, int>();
        for (int r = 0; r < table.Rows.Count; r++)
        {
            for (int c = 0; c < table.Columns.Count; c++)
            {
                if (table[r, c].Kind == OutcomeCellKind.Count && suppressed(r, c))
                {
                    unknowns.Add(new CellAt(r, c), unknowns.Count);
                }
            }
        }

        var equations = new List<BigInteger[]>();
        void Equation(IEnumerable<(CellAt Cell, int Sign)> terms)
        {
            var row = new BigInteger[unknowns.Count];
            foreach ((CellAt cell, int sign) in terms)
            {
                if (unknowns.TryGetValue(cell, out int j))
                {
                    row[j] += sign;
                }
            }

            equations.Add(row);
        }

        foreach (IGrouping<string, int> family in Enumerable.Range(0, table.Columns.Count).Where(c => table.Columns[c].Family is not null).GroupBy(c => table.Columns[c].Family!))
        {
            for (int r = 0; r < table.Rows.Count; r++)
            {
                int row = r;
                Equation(family.Select(c => (new CellAt(row, c), table.Columns[c].IsFamilyTotal ? -1 : 1)));
            }
        }

        int total = table.Rows.ToList().FindIndex(r => r.IsTotal);
        if (total >= 0)
        {
            for (int c = 0; c < table.Columns.Count; c++)
            {
                if (table.Columns[c].IsAdditive && table[total, c].Kind == OutcomeCellKind.Count)
                {
                    int column = c;
                    Equation(Enumerable.Range(0, table.Rows.Count).Select(r => (new CellAt(r, column), r == total ? -1 : 1)));
                }
            }
        }

        int[] pivotRowOf = Reduce(equations, unknowns.Count);
        int[] free = [.. Enumerable.Range(0, unknowns.Count).Where(j => pivotRowOf[j] < 0)];
        return [.. unknowns.Where(u => pivotRowOf[u.Value] >= 0 && free.All(f => equations[pivotRowOf[u.Value]][f].IsZero)).Select(u => u.Key)];
    }

    /// <summary>Reduces the rows in place so each pivot column is zero outside its pivot row; returns each column's pivot row, or -1.</summary>
    private static int[] Reduce(List<BigInteger[]> m, int columns)
    {
        int[] pivotRowOf = Enumerable.Repeat(-1, columns).ToArray();
        int next = 0;
        for (int j = 0; j < columns && next < m.Count; j++)
        {
            int found = m.FindIndex(next, row => !row[j].IsZero);
            if (found < 0)
            {
                continue;
            }

            (m[next], m[found]) = (m[found], m[next]);
            for (int i = 0; i < m.Count; i++)
            {
                if (i != next && !m[i][j].IsZero)
                {
                    BigInteger a = m[next][j];
                    BigInteger b = m[i][j];
                    m[i] = Normalise([.. m[i].Zip(m[next], (x, y) => (x * a) - (y * b))]);
                }
            }

            pivotRowOf[j] = next++;
        }

        return pivotRowOf;
    }

    private static BigInteger[] Normalise(BigInteger[] row)
    {
        BigInteger gcd = row.Aggregate(BigInteger.Zero, BigInteger.GreatestCommonDivisor);
        return gcd <= 1 ? row : [.. row.Select(x => x / gcd)];
    }
}

/// <summary>The oracle finds what the totals give away, and nothing more (so the threshold property can fail).</summary>
public sealed class DisclosureOracleTests
{
    private static readonly string[] Group = ["Group"];

    private static OutcomeRow Row(params long[] counts) => OutcomeRow.Create(Group, counts.Select(OutcomeCell.Count));

    private static OutcomeRow TotalRow(params long[] counts) => OutcomeRow.Total(["All"], counts.Select(OutcomeCell.Count));

    private static OutcomeColumn[] Family(int parts) => [.. Enumerable.Range(0, parts).Select(p => OutcomeColumn.PartOf("P" + p, "F")), OutcomeColumn.TotalOf("All", "F")];

    private static OutcomeTable Table(OutcomeColumn[] columns, params OutcomeRow[] rows) => OutcomeTable.Create("T", Group, columns, rows);

    private static IReadOnlyList<CellAt> Determined(OutcomeTable table, params CellAt[] suppressed)
        => DerivabilityOracle.DeterminedCells(table, (r, c) => suppressed.Contains(new CellAt(r, c)));

    [Fact]
    public void DeterminedCells_LonePartInARow_IsDetermined()
    {
        OutcomeTable table = Table(Family(2), Row(3, 20, 23));
        Assert.Equal([new CellAt(0, 0)], Determined(table, new CellAt(0, 0)));
        Assert.Empty(Determined(table, new CellAt(0, 0), new CellAt(0, 1)));
    }

    [Fact]
    public void DeterminedCells_CycleThroughTheMargins_IsNotDetermined()
    {
        OutcomeTable table = Table(Family(2), Row(3, 10, 13), Row(12, 15, 27), TotalRow(15, 25, 40));
        CellAt[] three = [new CellAt(0, 0), new CellAt(0, 1), new CellAt(1, 0)];
        Assert.Equal(three, Determined(table, three)); // an L of three: each is alone in a row or a column
        Assert.Empty(Determined(table, new CellAt(0, 0), new CellAt(0, 1), new CellAt(1, 0), new CellAt(1, 1)));
    }

    [Fact]
    public void DeterminedCells_TwoPerLineWithABridge_FindsTheBridge()
    {
        // Two 2x2 blocks of suppressed cells joined by one more: every row and column with a suppressed cell has at least
        // two, which the "two per line" rule of thumb accepts, yet the joining cell follows from the totals.
        OutcomeTable table = TwoBlocksJoined();
        CellAt[] pattern = SmallCellsOf(table);
        Assert.Equal(9, pattern.Length);
        Assert.All(pattern, p => Assert.True(pattern.Count(q => q.Row == p.Row) >= 2 && pattern.Count(q => q.Column == p.Column) >= 2));
        Assert.Equal([new CellAt(0, 2)], Determined(table, pattern));
    }

    [Fact]
    public void DeterminedCells_ColumnOutsideFamilies_OnlyThroughTheTotalRow()
    {
        OutcomeTable withTotal = Table([OutcomeColumn.Create("Referrals")], Row(3), Row(40), TotalRow(43));
        Assert.Equal([new CellAt(0, 0)], Determined(withTotal, new CellAt(0, 0)));
        Assert.Empty(Determined(withTotal, new CellAt(0, 0), new CellAt(1, 0)));

        OutcomeTable distinct = Table([OutcomeColumn.NotAdditive("People")], Row(3), Row(40), TotalRow(41));
        Assert.Empty(Determined(distinct, new CellAt(0, 0)));
        Assert.Empty(Determined(Table([OutcomeColumn.Create("Referrals")], Row(3), Row(40)), new CellAt(0, 0)));
    }

    /// <summary>Four rows and four parts with a total column and a total row; the small cells (1 to 4) make two 2x2 blocks joined at row 0, part 2.</summary>
    internal static OutcomeTable TwoBlocksJoined()
    {
        long[][] parts =
        [
            [1, 2, 2, 20],
            [3, 4, 30, 40],
            [50, 60, 1, 2],
            [70, 80, 3, 4],
        ];
        OutcomeRow[] rows = [.. parts.Select(p => Row([.. p, p.Sum()]))];
        long[] totals = [.. Enumerable.Range(0, 5).Select(c => rows.Sum(r => r.Cells[c].CountValue))];
        return Table(Family(4), [.. rows, TotalRow(totals)]);
    }

    internal static CellAt[] SmallCellsOf(OutcomeTable table)
        => [.. from r in Enumerable.Range(0, table.Rows.Count)
               from c in Enumerable.Range(0, table.Columns.Count)
               where table[r, c].Kind == OutcomeCellKind.Count && table[r, c].CountValue is > 0 and < 5
               select new CellAt(r, c)];
}
