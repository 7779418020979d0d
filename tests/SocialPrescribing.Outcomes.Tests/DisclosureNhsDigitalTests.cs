using System.Globalization;
using FsCheck.Xunit;

namespace SocialPrescribing.Outcomes.Tests;

/// <summary>NHS Digital's disclosure control for HES and ECDS, the default policy (docs/outcomes.md, "Disclosure control").</summary>
public sealed class DisclosureNhsDigitalTests
{
    private static readonly string[] Group = ["Group"];
    private static readonly DisclosurePolicy Subnational = DisclosurePolicy.NhsDigitalHesEcds(PublicationLevel.Subnational);
    private static readonly DisclosurePolicy National = DisclosurePolicy.NhsDigitalHesEcds(PublicationLevel.National);

    /// <summary>Oracle: of the five whole numbers from v - 2 to v + 2 exactly one is a multiple of 5, and it is the nearest (so there is never a tie).</summary>
    private static long NearestFive(long v) => Enumerable.Range(-2, 5).Select(d => v + d).Single(m => m % 5 == 0);

    /// <summary>Oracle: a count as the rule publishes it; null for <c>*</c>.</summary>
    private static long? Published(long v) => v switch { 0 => 0, <= 7 => null, _ => NearestFive(v) };

    private static OutcomeRow Row(params long[] counts) => OutcomeRow.Create(Group, counts.Select(OutcomeCell.Count));

    private static OutcomeTable Table(OutcomeColumn[] columns, params OutcomeRow[] rows) => OutcomeTable.Create("T", Group, columns, rows);

    private static OutcomeColumn[] Family(int parts) => [.. Enumerable.Range(0, parts).Select(p => OutcomeColumn.PartOf("P" + p, "F")), OutcomeColumn.TotalOf("All", "F")];

    private static string[][] Texts(PublishedTable table) => [.. table.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray())];

    private static IEnumerable<CellAt> Cells(OutcomeTable table)
        => from r in Enumerable.Range(0, table.Rows.Count) from c in Enumerable.Range(0, table.Columns.Count) select new CellAt(r, c);

    /// <summary>The property: below national level every published count is 0, <c>*</c> or a multiple of 5: 0 stays 0, 1 to 7 are <c>*</c>, the rest the nearest multiple of 5.</summary>
    [Property(Arbitrary = [typeof(TableArbitraries)])]
    public void NhsDigitalHesEcds_Subnational_EveryCountIsZeroStarOrAMultipleOfFive(GeneratedTable generated)
    {
        OutcomeTable table = generated.Table;
        PublishedTable published = Subnational.Apply(table);
        foreach (CellAt at in Cells(table).Where(a => table[a.Row, a.Column].Kind == OutcomeCellKind.Count))
        {
            long count = table[at.Row, at.Column].CountValue;
            PublishedCell shown = published[at.Row, at.Column];
            Assert.True(shown.Text == "0" || shown.Text == "*" || long.Parse(shown.Text, CultureInfo.InvariantCulture) % 5 == 0, shown.Text);
            Assert.Equal(Published(count), (long?)shown.Value);
            Assert.Equal(count switch { 0 => CellControl.None, <= 7 => CellControl.SmallCount, _ => CellControl.Rounded }, shown.Control);
        }
    }

    /// <summary>A total is computed from the unrounded values and then rounded, not summed from the rounded figures shown.</summary>
    [Property(Arbitrary = [typeof(TableArbitraries)])]
    public void NhsDigitalHesEcds_Subnational_TotalsAreRoundedFromTheUnroundedSums(GeneratedTable generated)
    {
        OutcomeTable table = generated.Table;
        PublishedTable published = Subnational.Apply(table);
        var columns = table.Columns.Select((column, index) => (column, index)).ToList();
        foreach (var total in columns.Where(x => x.column.IsFamilyTotal))
        {
            int[] parts = [.. columns.Where(x => x.column.Family == total.column.Family && !x.column.IsFamilyTotal).Select(x => x.index)];
            for (int r = 0; r < table.Rows.Count; r++)
            {
                Assert.Equal(Published(parts.Sum(p => table[r, p].CountValue)), (long?)published[r, total.index].Value);
            }
        }

        int totalRow = table.Rows.ToList().FindIndex(r => r.IsTotal);
        foreach (var x in columns.Where(x => totalRow >= 0 && x.column.IsAdditive && table[totalRow, x.index].Kind == OutcomeCellKind.Count))
        {
            long sum = Enumerable.Range(0, table.Rows.Count).Where(r => r != totalRow).Sum(r => table[r, x.index].CountValue);
            Assert.Equal(Published(sum), (long?)published[totalRow, x.index].Value);
        }
    }

    /// <summary>The property: no published statistic rests on 1 to 7 values.</summary>
    [Property(Arbitrary = [typeof(TableArbitraries)])]
    public void NhsDigitalHesEcds_Subnational_NoStatisticRestsOnOneToSevenValues(GeneratedTable generated)
    {
        OutcomeTable table = generated.Table;
        PublishedTable published = Subnational.Apply(table);
        foreach (CellAt at in Cells(table).Where(a => table[a.Row, a.Column].Kind == OutcomeCellKind.Statistic))
        {
            OutcomeCell cell = table[at.Row, at.Column];
            PublishedCell shown = published[at.Row, at.Column];
            if (cell.BasedOn <= 7)
            {
                Assert.Equal(("*", CellControl.FewValues), (shown.Text, shown.Control));
            }
            else if (table.Columns[at.Column].SourceColumns.Any(name => published[at.Row, table.Columns.ToList().FindIndex(c => c.Name == name)].IsSuppressed))
            {
                Assert.Equal(("*", CellControl.FromControlledCells), (shown.Text, shown.Control)); // computed from a count shown as *
            }
            else
            {
                Assert.Equal(Math.Round(cell.StatisticValue, cell.Decimals, MidpointRounding.AwayFromZero), shown.Value);
            }
        }
    }

    /// <summary>A percentage comes from the rounded numerator and denominator, and is <c>*</c> when either is.</summary>
    [Property(Arbitrary = [typeof(TableArbitraries)])]
    public void NhsDigitalHesEcds_Subnational_PercentagesComeFromTheRoundedCounts(GeneratedTable generated)
    {
        OutcomeTable table = generated.Table;
        PublishedTable published = Subnational.Apply(table);
        foreach (CellAt at in Cells(table).Where(a => table[a.Row, a.Column].Kind == OutcomeCellKind.Percentage))
        {
            OutcomeCell cell = table[at.Row, at.Column];
            PublishedCell shown = published[at.Row, at.Column];
            if (Published(cell.Numerator) is long n && Published(cell.Denominator) is long d)
            {
                Assert.Equal(Math.Round(100m * n / d, cell.Decimals, MidpointRounding.AwayFromZero), shown.Value);
                Assert.Equal(CellControl.Rounded, shown.Control);
            }
            else
            {
                Assert.Equal(("*", CellControl.FromControlledCells), (shown.Text, shown.Control));
            }
        }
    }

    /// <summary>At national level nothing is controlled: every figure is shown as computed.</summary>
    [Property(Arbitrary = [typeof(TableArbitraries)])]
    public void NhsDigitalHesEcds_National_ShowsEverything(GeneratedTable generated)
    {
        OutcomeTable table = generated.Table;
        PublishedTable published = National.Apply(table);
        foreach (CellAt at in Cells(table))
        {
            OutcomeCell cell = table[at.Row, at.Column];
            PublishedCell shown = published[at.Row, at.Column];
            decimal? expected = cell.Kind switch
            {
                OutcomeCellKind.Count => cell.CountValue,
                OutcomeCellKind.Statistic => Math.Round(cell.StatisticValue, cell.Decimals, MidpointRounding.AwayFromZero),
                OutcomeCellKind.Percentage => Math.Round(100m * cell.Numerator / cell.Denominator, cell.Decimals, MidpointRounding.AwayFromZero),
                _ => null,
            };
            Assert.Equal(expected, shown.Value);
            Assert.Equal(cell.Kind == OutcomeCellKind.NotApplicable ? CellControl.NotApplicable : CellControl.None, shown.Control);
        }
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "*")]
    [InlineData(7, "*")]
    [InlineData(8, "10")]
    [InlineData(10, "10")]
    [InlineData(12, "10")]
    [InlineData(13, "15")]
    [InlineData(17, "15")]
    [InlineData(18, "20")]
    [InlineData(1_000_002, "1000000")]
    [InlineData(long.MaxValue, "9223372036854775805")]
    public void NhsDigitalHesEcds_Subnational_RoundsACountToTheNearestFive(long count, string expected)
        => Assert.Equal(expected, Subnational.Apply(Table([OutcomeColumn.Create("N")], Row(count)))[0, 0].Text);

    [Fact]
    public void NhsDigitalHesEcds_Subnational_TotalIsRoundedFromItsUnroundedValue()
    {
        // Worked by hand: parts 3, 4 and 9 total 16; shown *, *, 10 and 15 (16 rounded), not the sum of what is shown.
        Assert.Equal([["*", "*", "10", "15"]], Texts(Subnational.Apply(Table(Family(3), Row(3, 4, 9, 16)))));

        // Three rows of 9 are each shown as 10; their total 27 is shown as 25, not 30.
        OutcomeTable rows = Table([OutcomeColumn.Create("N")], Row(9), Row(9), Row(9), OutcomeRow.Total(["All"], [OutcomeCell.Count(27)]));
        Assert.Equal([["10"], ["10"], ["10"], ["25"]], Texts(Subnational.Apply(rows)));
    }

    [Fact]
    public void NhsDigitalHesEcds_Subnational_PercentageFromTheRoundedCounts()
    {
        // Worked by hand: 23 of 58 is published as 25 of 60, so 41.7% (the unrounded 39.7% is not shown).
        OutcomeColumn[] columns = [OutcomeColumn.Create("Improved"), OutcomeColumn.Create("Pairs"), OutcomeColumn.PercentageOf("% improved", "Improved", "Pairs")];
        OutcomeTable table = Table(
            columns,
            OutcomeRow.Create(Group, [OutcomeCell.Count(23), OutcomeCell.Count(58), OutcomeCell.Percentage(23, 58)]),
            OutcomeRow.Create(Group, [OutcomeCell.Count(5), OutcomeCell.Count(40), OutcomeCell.Percentage(5, 40)]),
            OutcomeRow.Create(Group, [OutcomeCell.Count(0), OutcomeCell.Count(9), OutcomeCell.Percentage(0, 9)]),
            OutcomeRow.Create(Group, [OutcomeCell.Count(9), OutcomeCell.Count(9), OutcomeCell.Percentage(9, 9, 0)]));
        PublishedTable published = Subnational.Apply(table);
        Assert.Equal([["25", "60", "41.7"], ["*", "40", "*"], ["0", "10", "0.0"], ["10", "10", "100"]], Texts(published));
        Assert.Equal(CellControl.FromControlledCells, published[1, 2].Control);
        Assert.Equal(CellControl.Rounded, published[0, 2].Control);
    }

    [Fact]
    public void NhsDigitalHesEcds_Subnational_StatisticOnSevenValuesIsStarOnEightShown()
    {
        OutcomeTable table = Table(
            [OutcomeColumn.Create("Mean")],
            OutcomeRow.Create(Group, [OutcomeCell.Statistic(2.345m, 2, 7)]),
            OutcomeRow.Create(Group, [OutcomeCell.Statistic(2.345m, 2, 8)]),
            OutcomeRow.Create(Group, [OutcomeCell.Statistic(-2.345m, 2, 8)]),
            OutcomeRow.Create(Group, [OutcomeCell.Statistic(-0.004m, 2, 8)]),
            OutcomeRow.Create(Group, [OutcomeCell.Statistic(-0.5m, 0, 8)]));
        PublishedTable published = Subnational.Apply(table);
        Assert.Equal([["*"], ["2.35"], ["-2.35"], ["0.00"], ["-1"]], Texts(published));
        Assert.Equal(CellControl.FewValues, published[0, 0].Control);
        Assert.Equal(CellControl.None, published[1, 0].Control);
    }

    [Fact]
    public void NhsDigitalHesEcds_DocsExample_IsWhatTheDocsSay()
    {
        // docs/outcomes.md, "Disclosure control", the closing example.
        OutcomeTable table = OutcomeTable.Create(
            "Closed episodes by PCN, 2026/27 Q1",
            ["PCN"],
            [OutcomeColumn.PartOf("Moved away", "Closure"), OutcomeColumn.PartOf("Goals met", "Closure"), OutcomeColumn.TotalOf("All closed", "Closure")],
            [
                OutcomeRow.Create(["North"], [OutcomeCell.Count(3), OutcomeCell.Count(4), OutcomeCell.Count(7)]),
                OutcomeRow.Create(["South"], [OutcomeCell.Count(9), OutcomeCell.Count(30), OutcomeCell.Count(39)]),
                OutcomeRow.Total(["All"], [OutcomeCell.Count(12), OutcomeCell.Count(34), OutcomeCell.Count(46)]),
            ]);
        Assert.Equal([["*", "*", "*"], ["10", "30", "40"], ["10", "35", "45"]], Texts(Subnational.Apply(table)));
    }

    [Fact]
    public void NhsDigitalHesEcds_National_ShowsSmallCountsAsTheyAre()
        => Assert.Equal([["3", "4", "9", "16"]], Texts(National.Apply(Table(Family(3), Row(3, 4, 9, 16)))));

    [Fact]
    public void NhsDigitalHesEcds_Description_NamesTheRuleAndTheLevel()
    {
        Assert.Equal(
            "NHS Digital's disclosure control for Hospital Episode Statistics (HES) and the Emergency Care Data Set (ECDS), in use since September 2018, below national level: "
            + "a count from 1 to 7 is shown as *, every other count is rounded to the nearest 5, and 0 is shown as 0; a total is rounded from its unrounded value, so it may differ from the sum of the rounded figures shown; "
            + "a mean, median, percentile or confidence interval computed from 1 to 7 values is shown as *; a percentage is computed from the rounded numerator and denominator, and is shown as * when either is.",
            Subnational.Description);
        Assert.Equal(
            "NHS Digital's disclosure control for Hospital Episode Statistics (HES) and the Emergency Care Data Set (ECDS), in use since September 2018, at national level: counts, statistics and percentages are shown as computed, with no rounding or suppression.",
            National.Description);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void NhsDigitalHesEcds_UnnamedLevel_Throws(int level)
        => Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => DisclosurePolicy.NhsDigitalHesEcds((PublicationLevel)level)).ParamName);
}
