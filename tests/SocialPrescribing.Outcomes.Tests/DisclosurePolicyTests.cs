using System.Globalization;
using FsCheck.Xunit;
using SocialPrescribing.Testing;

namespace SocialPrescribing.Outcomes.Tests;

/// <summary>What every policy does: each controlled cell says why, the table states the policy, the text is culture-invariant.</summary>
public sealed class DisclosurePolicyTests
{
    private static readonly string[] Group = ["Group"];

    private static DisclosurePolicy PolicyFor(byte choice) => (choice % 4) switch
    {
        0 => DisclosurePolicy.None,
        1 => DisclosurePolicy.NhsDigitalHesEcds(PublicationLevel.National),
        2 => DisclosurePolicy.NhsDigitalHesEcds(PublicationLevel.Subnational),
        _ => DisclosurePolicy.SuppressBelow(2 + (choice % 11)),
    };

    /// <summary>The rule: a controlled cell says why it is controlled, never a silent 0; a shown value is its text.</summary>
    [Property(Arbitrary = [typeof(TableArbitraries)], MaxTest = 400)]
    public void Apply_EveryControlledCellSaysWhy(GeneratedTable generated, byte choice)
    {
        OutcomeTable table = generated.Table;
        PublishedTable published = PolicyFor(choice).Apply(table);
        for (int r = 0; r < table.Rows.Count; r++)
        {
            for (int c = 0; c < table.Columns.Count; c++)
            {
                OutcomeCell cell = table[r, c];
                PublishedCell shown = published[r, c];
                Assert.Equal(cell.Kind, shown.Kind);
                if (shown.Value is decimal value)
                {
                    Assert.True(shown.Control is CellControl.None or CellControl.Rounded, shown.ToString());
                    Assert.Equal(value, decimal.Parse(shown.Text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
                    Assert.False(shown.IsSuppressed);
                }
                else if (cell.Kind == OutcomeCellKind.NotApplicable)
                {
                    Assert.Equal(("n/a", CellControl.NotApplicable, false), (shown.Text, shown.Control, shown.IsSuppressed));
                }
                else
                {
                    Assert.Equal(("*", true), (shown.Text, shown.IsSuppressed));
                    Assert.False(shown.Control is CellControl.None or CellControl.Rounded or CellControl.NotApplicable, shown.ToString());
                }

                if (cell.Kind == OutcomeCellKind.Count && shown.Text == "0")
                {
                    Assert.Equal(0, cell.CountValue); // a shown 0 is a count of zero
                }
            }
        }
    }

    /// <summary>A statistic computed from counts of the table would reveal them: under every policy it is shown only when all of them are.</summary>
    [Property(Arbitrary = [typeof(TableArbitraries)], MaxTest = 400)]
    public void Apply_StatisticFromCounts_ShownOnlyWhenTheyAre(GeneratedTable generated, byte choice)
    {
        OutcomeTable table = generated.Table;
        PublishedTable published = PolicyFor(choice).Apply(table);
        PublishedTable exact = DisclosurePolicy.None.Apply(table);
        for (int c = 0; c < table.Columns.Count; c++)
        {
            int[] sources = [.. table.Columns[c].SourceColumns.Select(name => table.Columns.ToList().FindIndex(x => x.Name == name))];
            for (int r = 0; r < table.Rows.Count && !table.Columns[c].IsPercentage && sources.Length > 0; r++)
            {
                PublishedCell shown = published[r, c];
                if (sources.Any(s => published[r, s].IsSuppressed))
                {
                    Assert.True(shown.IsSuppressed, shown.ToString());
                    Assert.True(shown.Control is CellControl.FromControlledCells or CellControl.FewValues, shown.ToString());
                }
                else
                {
                    Assert.True(shown.Control != CellControl.FromControlledCells, shown.ToString());
                    Assert.True(shown.IsSuppressed || shown == exact[r, c], shown.ToString());
                }
            }
        }
    }

    [Fact]
    public void Apply_ContactsPerEpisode_SuppressedWithItsCounts()
    {
        // Worked by hand: 2.5 contacts per episode over 12 episodes gives 30 contacts. Under the threshold policy the
        // 3 contacts in row B are suppressed, so the mean there would reveal them; under NHS Digital's rule 30 shown as
        // 30 and 12 shown as 10 give nothing exact, but row B's 3 contacts are *, and so is its mean.
        OutcomeColumn[] columns = [OutcomeColumn.Create("Contacts"), OutcomeColumn.Create("Episodes"), OutcomeColumn.StatisticOf("Per episode", "Contacts", "Episodes")];
        OutcomeTable table = OutcomeTable.Create(
            "T",
            Group,
            columns,
            [
                OutcomeRow.Create(["A"], [OutcomeCell.Count(30), OutcomeCell.Count(12), OutcomeCell.Statistic(2.5m, 1, 12)]),
                OutcomeRow.Create(["B"], [OutcomeCell.Count(3), OutcomeCell.Count(12), OutcomeCell.Statistic(0.25m, 2, 12)]),
            ]);
        Assert.Equal(["30", "12", "2.5", "*", "12", "*"], DisclosurePolicy.SuppressBelow(5).Apply(table).Rows.SelectMany(r => r.Cells).Select(c => c.Text));
        Assert.Equal(["30", "10", "2.5", "*", "10", "*"], DisclosurePolicy.NhsDigitalHesEcds(PublicationLevel.Subnational).Apply(table).Rows.SelectMany(r => r.Cells).Select(c => c.Text));
        Assert.Equal(CellControl.FromControlledCells, DisclosurePolicy.SuppressBelow(5).Apply(table)[1, 2].Control);
    }

    /// <summary>The published table keeps the table's shape and states the policy applied.</summary>
    [Property(Arbitrary = [typeof(TableArbitraries)])]
    public void Apply_KeepsTheShape_AndStatesThePolicy(GeneratedTable generated, byte choice)
    {
        OutcomeTable table = generated.Table;
        DisclosurePolicy policy = PolicyFor(choice);
        PublishedTable published = policy.Apply(table);
        Assert.Same(policy, published.Policy);
        Assert.Equal(table.Title, published.Title);
        Assert.Equal(table.RowHeaders, published.RowHeaders);
        Assert.Equal(table.Columns, published.Columns);
        Assert.Equal(table.Rows.Select(r => (r.IsTotal, string.Join("|", r.Labels))), published.Rows.Select(r => (r.IsTotal, string.Join("|", r.Labels))));
        Assert.All(published.Rows, r => Assert.Equal(table.Columns.Count, r.Cells.Count));
        Assert.Equal(policy.Description, policy.ToString());
    }

    [Fact]
    public void Description_NamesEachPolicy()
    {
        Assert.Contains("NHS Digital", DisclosurePolicy.NhsDigitalHesEcds(PublicationLevel.Subnational).Description, StringComparison.Ordinal);
        Assert.Contains("below national level", DisclosurePolicy.NhsDigitalHesEcds(PublicationLevel.Subnational).Description, StringComparison.Ordinal);
        Assert.Contains("at national level", DisclosurePolicy.NhsDigitalHesEcds(PublicationLevel.National).Description, StringComparison.Ordinal);
        Assert.StartsWith("Suppression of counts below 7:", DisclosurePolicy.SuppressBelow(7).Description, StringComparison.Ordinal);
        Assert.Equal("No disclosure control: every figure is shown as computed. Not for publication.", DisclosurePolicy.None.Description);
    }

    [Fact]
    public void None_ShowsEveryFigureAsComputed()
    {
        OutcomeTable table = OutcomeTable.Create(
            "T",
            Group,
            [OutcomeColumn.Create("N"), OutcomeColumn.Create("Mean"), OutcomeColumn.Create("%"), OutcomeColumn.Create("Change")],
            [OutcomeRow.Create(Group, [OutcomeCell.Count(1), OutcomeCell.Statistic(7.125m, 2, 1), OutcomeCell.Percentage(1, 3), OutcomeCell.NotApplicable])]);
        PublishedTable published = DisclosurePolicy.None.Apply(table);
        Assert.Equal(["1", "7.13", "33.3", "n/a"], published.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal([CellControl.None, CellControl.None, CellControl.None, CellControl.NotApplicable], published.Rows[0].Cells.Select(c => c.Control));
    }

    [Fact]
    public void Apply_NullTable_Throws()
        => Assert.Equal("table", Assert.Throws<ArgumentNullException>(() => DisclosurePolicy.None.Apply(null!)).ParamName);

    /// <summary>Every text a published table carries is the same under tr-TR, ar-SA and en-GB as under the invariant culture.</summary>
    [Property(Arbitrary = [typeof(TableArbitraries)], MaxTest = 50)]
    public void Apply_TextIsTheSameInEveryCulture(GeneratedTable generated, byte choice)
    {
        DisclosurePolicy policy = PolicyFor(choice);
        Assert.Empty(TestCultures.Differences(() =>
        {
            PublishedTable published = policy.Apply(generated.Table);
            return string.Join(
                "|",
                published.Rows.SelectMany(r => r.Cells).Select(c => c.Text + " " + c)
                    .Append(policy.Description)
                    .Append(published.ToString())
                    .Append(published.Rows[0].ToString())
                    .Append(generated.Table.ToString())
                    .Append(generated.Table.Rows[0].ToString())
                    .Concat(generated.Table.Columns.Select(c => c.ToString()))
                    .Concat(generated.Table.Rows[0].Cells.Select(c => c.ToString())));
        }));
    }

    [Fact]
    public void Descriptions_AreTheSameInEveryCulture()
        => Assert.Empty(TestCultures.Differences(() => string.Join(
            "|",
            DisclosurePolicy.SuppressBelow(1000).Description,
            DisclosurePolicy.NhsDigitalHesEcds(PublicationLevel.Subnational).Description,
            DisclosurePolicy.None.Description)));
}
