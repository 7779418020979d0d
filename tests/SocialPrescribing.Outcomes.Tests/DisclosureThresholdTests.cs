using FsCheck.Xunit;

namespace SocialPrescribing.Outcomes.Tests;

/// <summary>"Suppress counts below k" with secondary suppression (docs/outcomes.md, "Disclosure control").</summary>
public sealed class DisclosureThresholdTests
{
    private static readonly string[] Group = ["Group"];

    private static int Threshold(byte b) => 2 + (b % 11);

    private static OutcomeRow Row(params long[] counts) => OutcomeRow.Create(Group, counts.Select(OutcomeCell.Count));

    private static OutcomeRow TotalRow(params long[] counts) => OutcomeRow.Total(["All"], counts.Select(OutcomeCell.Count));

    private static OutcomeColumn[] Family(int parts) => [.. Enumerable.Range(0, parts).Select(p => OutcomeColumn.PartOf("P" + p, "F")), OutcomeColumn.TotalOf("All", "F")];

    private static OutcomeTable Table(OutcomeColumn[] columns, params OutcomeRow[] rows) => OutcomeTable.Create("T", Group, columns, rows);

    private static string[][] Texts(PublishedTable table) => [.. table.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray())];

    /// <summary>The property: with the threshold policy no suppressed value can be derived from a row or column total (checked by exact elimination, not by the library's bridge search).</summary>
    [Property(Arbitrary = [typeof(TableArbitraries)], MaxTest = 300)]
    public void SuppressBelow_NoSuppressedCountFollowsFromTheTotals(GeneratedTable generated, byte k)
    {
        OutcomeTable table = generated.Table;
        PublishedTable published = DisclosurePolicy.SuppressBelow(Threshold(k)).Apply(table);
        Assert.Empty(DerivabilityOracle.DeterminedCells(table, (r, c) => published[r, c].IsSuppressed));
    }

    [Property(Arbitrary = [typeof(TableArbitraries)], MaxTest = 300)]
    public void SuppressBelow_EverySmallCountIsSuppressed_AndNoShownCountIsSmall(GeneratedTable generated, byte k)
    {
        int threshold = Threshold(k);
        OutcomeTable table = generated.Table;
        PublishedTable published = DisclosurePolicy.SuppressBelow(threshold).Apply(table);
        for (int r = 0; r < table.Rows.Count; r++)
        {
            for (int c = 0; c < table.Columns.Count; c++)
            {
                OutcomeCell cell = table[r, c];
                PublishedCell shown = published[r, c];
                switch (cell.Kind)
                {
                    case OutcomeCellKind.Count when cell.CountValue > 0 && cell.CountValue < threshold:
                        Assert.Equal(("*", CellControl.BelowThreshold), (shown.Text, shown.Control));
                        break;
                    case OutcomeCellKind.Count:
                        // Shown exactly (0 included: this library's choice), or suppressed to protect another count.
                        Assert.True(shown.Value == cell.CountValue || shown.Control == CellControl.SecondarySuppression, shown.ToString());
                        Assert.True(shown.Value is null or 0 || shown.Value >= threshold, shown.ToString());
                        break;
                    case OutcomeCellKind.Statistic:
                        Assert.Equal(cell.BasedOn < threshold, shown.Control == CellControl.FewValues);
                        break;
                }
            }
        }
    }

    /// <summary>A percentage shown under the threshold policy is exact, so it would reveal its numerator: it is shown only when its numerator and denominator are.</summary>
    [Property(Arbitrary = [typeof(TableArbitraries)], MaxTest = 300)]
    public void SuppressBelow_PercentageShownOnlyWithItsCounts(GeneratedTable generated, byte k)
    {
        int threshold = Threshold(k);
        OutcomeTable table = generated.Table;
        PublishedTable published = DisclosurePolicy.SuppressBelow(threshold).Apply(table);
        for (int r = 0; r < table.Rows.Count; r++)
        {
            for (int c = 0; c < table.Columns.Count; c++)
            {
                if (table[r, c].Kind != OutcomeCellKind.Percentage)
                {
                    continue;
                }

                OutcomeCell cell = table[r, c];
                OutcomeColumn column = table.Columns[c];
                bool countsShown = column.IsPercentage
                    ? !published[r, IndexOf(table, column.NumeratorColumn!)].IsSuppressed && !published[r, IndexOf(table, column.DenominatorColumn!)].IsSuppressed
                    : IsShown(cell.Numerator, threshold) && IsShown(cell.Denominator, threshold);
                Assert.Equal(countsShown, !published[r, c].IsSuppressed);
                if (countsShown)
                {
                    Assert.Equal(Math.Round(100m * cell.Numerator / cell.Denominator, cell.Decimals, MidpointRounding.AwayFromZero), published[r, c].Value);
                }
                else
                {
                    Assert.Equal(CellControl.FromControlledCells, published[r, c].Control);
                }
            }
        }
    }

    [Fact]
    public void SuppressBelow_LoneSmallPartInARow_SuppressesTheSmallestOtherPart()
    {
        // Row without a total row: 3 is alone in its row, so the smallest other count in the row goes too (20, not 25 or the total 48).
        PublishedTable published = DisclosurePolicy.SuppressBelow(5).Apply(Table(Family(3), Row(3, 20, 25, 48)));
        Assert.Equal([["*", "*", "25", "48"]], Texts(published));
        Assert.Equal([CellControl.BelowThreshold, CellControl.SecondarySuppression, CellControl.None, CellControl.None], published.Rows[0].Cells.Select(c => c.Control));
    }

    [Fact]
    public void SuppressBelow_PrefersAnyCountToAZero()
    {
        // The cheapest other cell by count is the 0, but suppressing a zero protects little: the 40 goes (this library's choice).
        PublishedTable published = DisclosurePolicy.SuppressBelow(5).Apply(Table(Family(3), Row(3, 0, 40, 43)));
        Assert.Equal([["*", "0", "*", "43"]], Texts(published));
    }

    [Fact]
    public void SuppressBelow_TwoByTwoWithMargins_SuppressesTheCheapestCycle()
    {
        // Worked by hand: the cycles through the 3 are A-B rows x parts 0-1 (12 + 15 + 10 = 37), through the total row
        // (15 + 25 + 10 = 50) or through the total column (12 + 27 + 13 = 52): the first is cheapest.
        OutcomeTable table = Table(Family(2), Row(3, 10, 13), Row(12, 15, 27), TotalRow(15, 25, 40));
        PublishedTable published = DisclosurePolicy.SuppressBelow(5).Apply(table);
        Assert.Equal([["*", "*", "13"], ["*", "*", "27"], ["15", "25", "40"]], Texts(published));
    }

    [Fact]
    public void SuppressBelow_CellsAlreadySuppressed_AreFreeOnTheCycle()
    {
        // Worked by hand: 3 and 4 are suppressed, and the 3 is the first bridge. Closing a cycle through it via row B
        // costs 20 + 10 = 30 (the 4 is already suppressed, so free); via row C it costs 11 + 11 + 10 = 32. Had the 4
        // cost its value, row B would cost 34 and row C would go.
        OutcomeTable table = Table(Family(2), Row(3, 10, 13), Row(4, 20, 24), Row(11, 11, 22), TotalRow(18, 41, 59));
        PublishedTable published = DisclosurePolicy.SuppressBelow(5).Apply(table);
        Assert.Equal([["*", "*", "13"], ["*", "*", "24"], ["11", "11", "22"], ["18", "41", "59"]], Texts(published));
        Assert.Empty(DerivabilityOracle.DeterminedCells(table, (r, c) => published[r, c].IsSuppressed));
    }

    [Fact]
    public void SuppressBelow_BridgesProtectedInRowMajorOrder()
    {
        // Worked by hand: 3 (row A) and 4 (row B) are bridges. A's comes first: its cheapest cycle runs through B's free 4
        // and the parts 10 and 30 (cost 40; through row C it costs 10 + 10 + 30 = 50), which protects both. Taking B's
        // first would close it through row C (10 + 10 + 10 = 30) and then suppress A's 30 as well: two cells more.
        OutcomeTable table = Table(Family(2), Row(3, 30, 33), Row(4, 10, 14), Row(10, 10, 20), TotalRow(17, 50, 67));
        PublishedTable published = DisclosurePolicy.SuppressBelow(5).Apply(table);
        Assert.Equal([["*", "*", "33"], ["*", "*", "14"], ["10", "10", "20"], ["17", "50", "67"]], Texts(published));
        Assert.Empty(DerivabilityOracle.DeterminedCells(table, (r, c) => published[r, c].IsSuppressed));
    }

    [Fact]
    public void SuppressBelow_TwoBridgesInOneRow_TheFirstIsProtectedFirst()
    {
        // Worked by hand: row A's 3 (column P0) and 4 (column P2) are each alone in their column. The 3 comes first: with
        // the 4 free, row B's 10 and 10 close one cycle through both (cost 20; row C's route costs 30 + 5 + 5 = 40).
        // Taking the 4 first would close it through row C (5 + 5 + 5 = 15), then still need a cycle for the 3.
        OutcomeTable table = Table(Family(3), Row(3, 5, 4, 12), Row(10, 10, 10, 30), Row(30, 5, 5, 40), TotalRow(43, 20, 19, 82));
        PublishedTable published = DisclosurePolicy.SuppressBelow(5).Apply(table);
        Assert.Equal([["*", "5", "*", "12"], ["*", "10", "*", "30"], ["30", "5", "5", "40"], ["43", "20", "19", "82"]], Texts(published));
        Assert.Empty(DerivabilityOracle.DeterminedCells(table, (r, c) => published[r, c].IsSuppressed));
    }

    [Fact]
    public void SuppressBelow_TwoPerLineIsNotEnough_TheJoiningCellIsProtected()
    {
        // Every line with a small cell has two or more (the rule of thumb is satisfied), but the cell joining the two
        // blocks follows from the totals (DisclosureOracleTests); the policy suppresses more until it does not.
        OutcomeTable table = DisclosureOracleTests.TwoBlocksJoined();
        PublishedTable published = DisclosurePolicy.SuppressBelow(5).Apply(table);
        Assert.All(DisclosureOracleTests.SmallCellsOf(table), p => Assert.Equal(CellControl.BelowThreshold, published[p.Row, p.Column].Control));
        Assert.Contains(published.Rows.SelectMany(r => r.Cells), c => c.Control == CellControl.SecondarySuppression);
        Assert.Empty(DerivabilityOracle.DeterminedCells(table, (r, c) => published[r, c].IsSuppressed));
    }

    [Fact]
    public void SuppressBelow_ColumnOutsideFamilies_ProtectedThroughTheTotalRow()
    {
        OutcomeColumn[] columns = [OutcomeColumn.Create("Referrals"), OutcomeColumn.NotAdditive("People")];
        OutcomeTable table = Table(columns, Row(3, 3), Row(40, 30), Row(50, 30), TotalRow(93, 55));
        Assert.Equal([["*", "*"], ["*", "30"], ["50", "30"], ["93", "55"]], Texts(DisclosurePolicy.SuppressBelow(5).Apply(table)));
    }

    [Fact]
    public void SuppressBelow_ZeroIsShown_AndAThresholdOfTwoSuppressesOnes()
    {
        OutcomeTable table = Table([OutcomeColumn.Create("Referrals")], Row(0), Row(1), Row(2));
        Assert.Equal([["0"], ["*"], ["2"]], Texts(DisclosurePolicy.SuppressBelow(2).Apply(table)));
    }

    [Fact]
    public void SuppressBelow_StatisticFromFewerValues_IsSuppressed()
    {
        OutcomeTable table = Table([OutcomeColumn.Create("Mean")], OutcomeRow.Create(Group, [OutcomeCell.Statistic(6.125m, 2, 9)]), OutcomeRow.Create(Group, [OutcomeCell.Statistic(6.125m, 2, 10)]));
        PublishedTable published = DisclosurePolicy.SuppressBelow(10).Apply(table);
        Assert.Equal([["*"], ["6.13"]], Texts(published));
        Assert.Equal(CellControl.FewValues, published[0, 0].Control);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(int.MinValue)]
    public void SuppressBelow_ThresholdBelowTwo_Throws(int threshold)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => DisclosurePolicy.SuppressBelow(threshold));
        Assert.Equal("threshold", e.ParamName);
        Assert.StartsWith(OutcomesMessages.ThresholdRange, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SuppressBelow_Description_StatesTheThreshold()
    {
        Assert.Equal(
            "Suppression of counts below 10: counts from 1 to 9 are suppressed (shown as *), and further counts are suppressed so that none can be worked out from a row or column total; 0 is shown as 0; a statistic computed from fewer than 10 values, and a percentage whose numerator or denominator is suppressed, are shown as *.",
            DisclosurePolicy.SuppressBelow(10).Description);
        Assert.Contains("a count of 1 is suppressed", DisclosurePolicy.SuppressBelow(2).Description, StringComparison.Ordinal);
    }

    private static bool IsShown(long count, int threshold) => count == 0 || count >= threshold;

    private static int IndexOf(OutcomeTable table, string column) => table.Columns.ToList().FindIndex(c => c.Name == column);
}
