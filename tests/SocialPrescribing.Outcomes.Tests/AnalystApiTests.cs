using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SocialPrescribing.Measures;

namespace SocialPrescribing.Outcomes.Tests;

/// <summary>
/// What analysts asked for (issue #18): columns looked up by name, one count published without a table, a paired
/// change from their own pairs, and the unknown PCN addressed by key (docs/outcomes.md, "The dashboard").
/// </summary>
public sealed class AnalystApiTests
{
    private static OutcomeTable Small() => OutcomeTable.Create(
        "T",
        ["Group"],
        [OutcomeColumn.PartOf("Moved away", "Closure"), OutcomeColumn.PartOf("Goals met", "Closure"), OutcomeColumn.TotalOf("All closed", "Closure")],
        [OutcomeRow.Create(["North"], [OutcomeCell.Count(3), OutcomeCell.Count(9), OutcomeCell.Count(12)])]);

    [Fact]
    public void ColumnByName_FindsTheSameCellAsByIndex_OnBothTables()
    {
        OutcomeTable table = Small();
        PublishedTable published = DisclosurePolicy.NhsDigitalHesEcds(PublicationLevel.Subnational).Apply(table);

        Assert.Equal((1, 1), (table.IndexOfColumn("Goals met"), published.IndexOfColumn("Goals met")));
        Assert.Equal(table[0, 1], table[0, "Goals met"]);
        Assert.Equal(published[0, 2], published[0, "All closed"]);
        Assert.Equal("10", published[0, "Goals met"].Text);
    }

    [Fact]
    public void ColumnByName_UnknownOrDifferentCase_IsMinusOne_OrRefusedNamingTheParameter()
    {
        OutcomeTable table = Small();
        PublishedTable published = DisclosurePolicy.None.Apply(table);
        Assert.Equal((-1, -1, -1), (table.IndexOfColumn("goals met"), table.IndexOfColumn(null), published.IndexOfColumn("Nope")));
        ArgumentException e = Assert.Throws<ArgumentException>(() => table[0, "goals met"]);
        Assert.Equal(("column", OutcomesMessages.ColumnNotFound), (e.ParamName, e.Message.Split(" (")[0]));
        Assert.Equal("column", Assert.Throws<ArgumentException>(() => published[0, "Nope"]).ParamName);
        Assert.Equal("column", Assert.Throws<ArgumentNullException>(() => published[0, null!]).ParamName);
        Assert.Equal("row", Assert.Throws<ArgumentOutOfRangeException>(() => table[1, "Goals met"]).ParamName);
    }

    [Fact]
    public void EveryDashboardColumn_IsFoundByItsName()
    {
        OutcomeTable table = EpisodeOutcomes.Aggregate([]).ToTable();
        Assert.All(table.Columns.Select((c, i) => (c.Name, i)), x => Assert.Equal(x.i, table.IndexOfColumn(x.Name)));
    }

    [Theory]
    [InlineData(0, "0", CellControl.None)]
    [InlineData(3, "*", CellControl.SmallCount)]
    [InlineData(7, "*", CellControl.SmallCount)]
    [InlineData(8, "10", CellControl.Rounded)]
    [InlineData(12, "10", CellControl.Rounded)]
    [InlineData(13, "15", CellControl.Rounded)]
    public void PublishCount_NhsDigitalRule_AsInATable(long count, string text, CellControl control)
    {
        // Oracle: the same count as the only cell of a one-column table.
        DisclosurePolicy policy = DisclosurePolicy.NhsDigitalHesEcds(PublicationLevel.Subnational);
        PublishedCell alone = policy.PublishCount(count);
        Assert.Equal((text, control), (alone.Text, alone.Control));
        OutcomeTable one = OutcomeTable.Create("T", ["Group"], [OutcomeColumn.Create("N")], [OutcomeRow.Create(["A"], [OutcomeCell.Count(count)])]);
        Assert.Equal(policy.Apply(one)[0, 0], alone);
    }

    [Fact]
    public void PublishCount_BelowThreshold_IsSuppressed_AndNegativeIsRefused()
    {
        Assert.Equal(("*", CellControl.BelowThreshold), (DisclosurePolicy.SuppressBelow(5).PublishCount(4).Text, DisclosurePolicy.SuppressBelow(5).PublishCount(4).Control));
        Assert.Equal("5", DisclosurePolicy.SuppressBelow(5).PublishCount(5).Text);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => DisclosurePolicy.None.PublishCount(-1)).ParamName);
    }

    private static readonly Gen<(int From, int To)> PamPairs = Gen.Choose(0, 1000).Two();

    [Property]
    public Property FromPam_AgreesWithCountingThePairs() => Prop.ForAll(PamPairs.ArrayOf().ToArbitrary(), pairs =>
    {
        // Oracle: the pairs counted directly, in tenths.
        PairedChange change = PairedChange.FromPam(pairs.Select(p => PamChange.Between(PamScore.FromTenths(p.From), PamScore.FromTenths(p.To))));
        return change.Count == pairs.Length
            && change.SumOfChanges == pairs.Sum(p => (long)(p.To - p.From))
            && change.SumOfSquaredChanges == pairs.Sum(p => (long)(p.To - p.From) * (p.To - p.From))
            && change.Improved == pairs.Count(p => p.To > p.From) && change.Worsened == pairs.Count(p => p.To < p.From)
            && change.AtLeastThreshold == pairs.Count(p => p.To - p.From >= 30)
            && change.Bands == 4 && change.UnitsPerPoint == 10;
    });

    [Fact]
    public void FromOns4_FollowsTheItemsDirection_AndLeavesOutUnratedPairs()
    {
        // Anxiety 7 -> 3 is an improvement (Appendix 6); a refused follow-up cannot be compared.
        PairedChange anxiety = PairedChange.FromOns4([
            Ons4ItemChange.Between(Ons4Item.Anxiety, Ons4Answer.Create(7), Ons4Answer.Create(3)),
            Ons4ItemChange.Between(Ons4Item.Anxiety, Ons4Answer.Create(2), Ons4Answer.Create(4)),
            Ons4ItemChange.Between(Ons4Item.Anxiety, Ons4Answer.Create(5), Ons4Answer.Refused),
        ]);
        Assert.Equal((2L, -2L, 1L, 1L), (anxiety.Count, anxiety.SumOfChanges, anxiety.Improved, anxiety.Worsened));
        Assert.Equal(-1m, anxiety.MeanChange);
        Assert.Equal(1, anxiety.Transitions((int)Ons4Band.High, (int)Ons4Band.Low));
    }

    [Fact]
    public void FromOns4_EqualsTheAggregationsPairs()
    {
        EpisodeBuilder episode = EpisodeBuilder.Referred(new LocalDate(2026, 1, 5))
            .Ons4(new LocalDate(2026, 1, 6), life: 4, worthwhile: 5, happiness: 5, anxiety: 6)
            .Ons4(new LocalDate(2026, 7, 6), life: 7, worthwhile: 7, happiness: 7, anxiety: 3);
        GroupOutcomes g = EpisodeOutcomes.Aggregate([episode.Episode]).Total();
        Assert.Equal(g.Ons4Change(Ons4Item.Anxiety), PairedChange.FromOns4([Ons4ItemChange.Between(Ons4Item.Anxiety, Ons4Answer.Create(6), Ons4Answer.Create(3))]));
    }

    [Fact]
    public void FromOns4_MixedItemsOrNull_AreRefused()
    {
        Assert.Equal("changes", Assert.Throws<ArgumentException>(() => PairedChange.FromOns4([
            Ons4ItemChange.Between(Ons4Item.Anxiety, Ons4Answer.Create(7), Ons4Answer.Create(3)),
            Ons4ItemChange.Between(Ons4Item.Happiness, Ons4Answer.Create(7), Ons4Answer.Create(3))])).ParamName);
        Assert.Equal("changes", Assert.Throws<ArgumentNullException>(() => PairedChange.FromOns4(null!)).ParamName);
        Assert.Equal("changes", Assert.Throws<ArgumentNullException>(() => PairedChange.FromPam(null!)).ParamName);
    }

    [Fact]
    public void IsNetworkUnknown_OnlyWhenGroupedByPcnAndThePcnIsUnset()
    {
        var unset = new OutcomeGroupKey(null, null, null, null);
        var known = new OutcomeGroupKey(OdsCode.Parse("U12345"), null, null, null);
        EpisodeOutcomeAggregate byPcn = EpisodeOutcomeAggregate.Create(OutcomeDimensions.PrimaryCareNetwork, PeriodKind.Quarter, []);
        EpisodeOutcomeAggregate together = EpisodeOutcomeAggregate.Create(OutcomeDimensions.None, PeriodKind.Quarter, []);
        Assert.Equal((true, false, false), (byPcn.IsNetworkUnknown(unset), byPcn.IsNetworkUnknown(known), together.IsNetworkUnknown(unset)));
    }
}
