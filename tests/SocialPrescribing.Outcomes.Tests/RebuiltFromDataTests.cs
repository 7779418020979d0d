using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SocialPrescribing.Outcomes.Testing;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Outcomes.Tests;

/// <summary>
/// Activity partials and published tables rebuilt from their parts, as a region reads them back from storage
/// (docs/outcomes.md, "Scaling out" and "Disclosure control"): equal to what they were read from, and refused when the
/// parts cannot come from an aggregation or a policy.
/// </summary>
public class RebuiltFromDataTests
{
    private static readonly OdsCode Pcn = OdsCode.Parse("U10000");
    private static readonly OdsCode Practice = OdsCode.Parse("B81001");
    private static readonly ReportingPeriod Quarter = ReportingPeriod.Containing(PeriodKind.Quarter, new LocalDate(2025, 4, 1));

    private static Gen<ActivityAggregate> Activity =>
        from count in Gen.Choose(0, 60)
        from seed in Gen.Choose(0, 10_000)
        from dimensions in Gen.Choose(0, 7)
        from kind in Gen.Elements(Enum.GetValues<PeriodKind>())
        select EpisodeActivity.Aggregate(
            SyntheticEpisodes.Generate(count, seed),
            [FriendsAndFamilyResponse.Create(Practice, new YearMonth(2025, 5), FriendsAndFamilyAnswer.Good)],
            new ActivityOptions { Dimensions = (ActivityDimensions)dimensions, PeriodKind = kind, PracticeNetworks = SyntheticEpisodes.PracticeNetworks });

    private static Gen<DisclosurePolicy> Policies => Gen.OneOf(
        Gen.Elements(DisclosurePolicy.None, DisclosurePolicy.NhsDigitalHesEcds(PublicationLevel.National), DisclosurePolicy.NhsDigitalHesEcds(PublicationLevel.Subnational)),
        Gen.Choose(2, 20).Select(DisclosurePolicy.SuppressBelow));

    [Property]
    public Property ActivityAggregate_FromItsParts_IsEqual() => Prop.ForAll(Activity.ToArbitrary(), aggregate =>
    {
        ActivityAggregate rebuilt = ActivityAggregate.Create(aggregate.Dimensions, aggregate.PeriodKind, aggregate.Keys.Select(k => KeyValuePair.Create(k, Rebuild(aggregate[k]))));
        return rebuilt == aggregate && rebuilt.Keys.SequenceEqual(aggregate.Keys);
    });

    [Property]
    public Property PublishedTable_FromItsParts_IsEqual() => Prop.ForAll(Activity.ToArbitrary(), Policies.ToArbitrary(), (aggregate, policy) =>
    {
        PublishedTable published = policy.Apply(aggregate.ToTable());
        PublishedTable rebuilt = PublishedTable.Create(
            published.Title,
            published.RowHeaders,
            published.Columns,
            published.Rows.Select(r => (r.IsTotal ? (Func<IEnumerable<string>, IEnumerable<PublishedCell>, PublishedRow>)PublishedRow.Total : PublishedRow.Create)(
                r.Labels, r.Cells.Select(c => PublishedCell.Create(c.Kind, c.Value, c.Text, c.Control)))),
            published.Policy);
        return Describe(rebuilt) == Describe(published);
    });

    [Fact]
    public void ActivityFigures_Create_KeepsTimeToTheTick()
    {
        ActivityFigures figures = Figures(contacts: 2, time: Duration.FromTicks(36_000_000_001));
        Assert.Equal(Duration.FromTicks(36_000_000_001), figures.TimeWithPeople);
        Assert.Equal(60, figures.MinutesWithPeople);
    }

    public static TheoryData<string, string, Func<object>> Refusals => new()
    {
        { "attendedContacts", "Value should be in range", () => Figures(contacts: -1) },
        { "timeWithPeople", OutcomesMessages.ActivityTimeWithPeople, () => Figures(time: Duration.FromMinutes(-1)) },
        { "timeWithPeople", OutcomesMessages.ActivityTimeWithPeople, () => Figures(contacts: 1, time: Duration.FromHours(24) + Duration.FromTicks(1)) },
        { "timeWithPeople", OutcomesMessages.ActivityTimeWithPeople, () => Figures(time: Duration.FromNanoseconds(150)) },
        { "timeWithPeople", OutcomesMessages.ActivityTimeWithPeople, () => Figures(contacts: long.MaxValue, time: Duration.MaxValue) },
        { "anonymousAnswers", OutcomesMessages.ActivityAnonymousAnswers, () => Figures(anonymous: 2) },
        { "connectionsMade", "Value should be in range", () => ActivityFigures.Create(0, Duration.Zero, -1, new(), new(), 0, 0, new(), 0) },
        { "ons4Taken", "Value should be in range", () => ActivityFigures.Create(0, Duration.Zero, 0, new(), new(), -1, 0, new(), 0) },
        { "pamTaken", "Value should be in range", () => ActivityFigures.Create(0, Duration.Zero, 0, new(), new(), 0, -1, new(), 0) },
        { "anonymousAnswers", "Value should be in range", () => ActivityFigures.Create(0, Duration.Zero, 0, new(), new(), 0, 0, new(), -1) },
        { "escalationsByRecipient", "Value cannot be null", () => ActivityFigures.Create(0, Duration.Zero, 0, null!, new(), 0, 0, new(), 0) },
        { "closureReasons", "Value cannot be null", () => ActivityFigures.Create(0, Duration.Zero, 0, new(), null!, 0, 0, new(), 0) },
        { "satisfaction", "Value cannot be null", () => ActivityFigures.Create(0, Duration.Zero, 0, new(), new(), 0, 0, null!, 0) },
        { "groups", "Value cannot be null", () => ActivityAggregate.Create(ActivityDimensions.None, PeriodKind.Quarter, null!) },
        { "groups", "Value cannot be null", () => ActivityAggregate.Create(ActivityDimensions.None, PeriodKind.Quarter, [KeyValuePair.Create<ActivityGroupKey, ActivityFigures>(default, null!)]) },
        { "groups", OutcomesMessages.ActivityGroupKeyParts, () => ActivityAggregate.Create(ActivityDimensions.PrimaryCareNetwork, PeriodKind.Quarter, [Group(new ActivityGroupKey(Pcn, Practice, null))]) },
        { "first", "Value cannot be null", () => ActivityAggregate.Merge(null!, Empty) },
        { "second", "Value cannot be null", () => ActivityAggregate.Merge(Empty, null!) },
        { "control", SocialPrescribing.Utility.Preconditions.EnumValueNotDefined, () => PublishedCell.Create(OutcomeCellKind.Count, 5m, "5", (CellControl)99) },
        { "dimensions", "Value should be in range", () => ActivityAggregate.Create((ActivityDimensions)8, PeriodKind.Quarter, []) },
        { "periodKind", SocialPrescribing.Utility.Preconditions.EnumValueNotDefined, () => ActivityAggregate.Create(ActivityDimensions.None, 0, []) },
        { "groups", OutcomesMessages.ActivityGroupKeyParts, () => ActivityAggregate.Create(ActivityDimensions.Practice, PeriodKind.Quarter, [Group(new ActivityGroupKey(Pcn, Practice, null))]) },
        { "groups", OutcomesMessages.ActivityGroupKeyParts, () => ActivityAggregate.Create(ActivityDimensions.Period, PeriodKind.Month, [Group(new ActivityGroupKey(null, null, Quarter))]) },
        { "groups", OutcomesMessages.ActivityGroupKeyParts, () => ActivityAggregate.Create(ActivityDimensions.Period, PeriodKind.Quarter, [Group(default)]) },
        { "groups", OutcomesMessages.DuplicateGroup, () => ActivityAggregate.Create(ActivityDimensions.None, PeriodKind.Quarter, [Group(default), Group(default)]) },
        { "text", OutcomesMessages.PublishedCellNotApplicable, () => PublishedCell.Create(OutcomeCellKind.NotApplicable, 0m, "n/a", CellControl.NotApplicable) },
        { "text", OutcomesMessages.PublishedCellSuppressed, () => PublishedCell.Create(OutcomeCellKind.Count, null, "*", CellControl.FewValues) },
        { "text", OutcomesMessages.PublishedCellSuppressed, () => PublishedCell.Create(OutcomeCellKind.Statistic, null, "-", CellControl.FewValues) },
        { "text", OutcomesMessages.PublishedCellShown, () => PublishedCell.Create(OutcomeCellKind.Count, 15m, "15.0", CellControl.None) },
        { "text", OutcomesMessages.PublishedCellShown, () => PublishedCell.Create(OutcomeCellKind.Statistic, 2.345m, "2.35", CellControl.None) },
        { "text", OutcomesMessages.PublishedCellShown, () => PublishedCell.Create(OutcomeCellKind.Statistic, 2.5m, "2.5", CellControl.Rounded) },
        { "text", OutcomesMessages.PublishedCellShown, () => PublishedCell.Create(OutcomeCellKind.Percentage, 40m, "40.00000000000", CellControl.None) },
        { "value", OutcomesMessages.PublishedCellRange, () => PublishedCell.Create(OutcomeCellKind.Count, -5m, "-5", CellControl.None) },
        { "value", OutcomesMessages.PublishedCellRange, () => PublishedCell.Create(OutcomeCellKind.Count, 12m, "12", CellControl.Rounded) },
        { "value", OutcomesMessages.PublishedCellRange, () => PublishedCell.Create(OutcomeCellKind.Percentage, 100.1m, "100.1", CellControl.None) },
        { "kind", SocialPrescribing.Utility.Preconditions.EnumValueNotDefined, () => PublishedCell.Create(0, null, "*", CellControl.SmallCount) },
        { "cells", OutcomesMessages.PublishedRowCellsDefault, () => PublishedRow.Create(["A"], [default]) },
        { "labels", OutcomesMessages.RowLabelsBlank, () => PublishedRow.Create([" "], [Shown(1)]) },
        { "rows", "Row at index 0 should have one cell per column.", () => Table(DisclosurePolicy.None, PublishedRow.Create(["A"], [Shown(1)])) },
        { "rows", "Row at index 1 should have one label per row header.", () => Table(DisclosurePolicy.None, Row(1, 1), PublishedRow.Create(["A", "B"], [Shown(1), Shown(1)])) },
        { "rows", OutcomesMessages.TotalRowTwice, () => Table(DisclosurePolicy.None, Total(2, 2), Total(2, 2)) },
        { "rows", "Column 'All' belongs to family 'Family', so every cell in it should be a count.", () => Table(DisclosurePolicy.None, PublishedRow.Create(["A"], [Shown(1), PublishedCell.Create(OutcomeCellKind.Statistic, 1m, "1", CellControl.None)])) },
        { "rows", "In the row at index 0, the cell in column 'Part' is not one the table's disclosure policy publishes.", () => Table(DisclosurePolicy.SuppressBelow(5), Row(3, 10)) },
        { "rows", "In the row at index 0, the cell in column 'Part' is not one the table's disclosure policy publishes.", () => Table(DisclosurePolicy.NhsDigitalHesEcds(PublicationLevel.Subnational), Row(3, 10)) },
        { "rows", "In the row at index 0, the cell in column 'Part' is not one the table's disclosure policy publishes.", () => Table(DisclosurePolicy.None, PublishedRow.Create(["A"], [PublishedCell.Create(OutcomeCellKind.Count, null, "*", CellControl.SmallCount), Shown(10)])) },
        { "columns", "Column 'Part' appears more than once; column names should be unique.", () => PublishedTable.Create("T", ["Group"], [OutcomeColumn.Create("Part"), OutcomeColumn.Create("Part")], [], DisclosurePolicy.None) },
        { "title", OutcomesMessages.TitleBlank, () => PublishedTable.Create(" ", ["Group"], [OutcomeColumn.Create("Part")], [], DisclosurePolicy.None) },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Create_Refused(string parameter, string message, Func<object> create)
    {
        ArgumentException e = Assert.ThrowsAny<ArgumentException>(() => create());
        Assert.Equal(parameter, e.ParamName);
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ActivityFigures_Create_AcceptsTheLongestTimeInTicks()
    {
        ActivityFigures figures = ActivityFigures.Create(long.MaxValue, Duration.FromTicks(long.MaxValue), 0, new(), new(), 0, 0, new(), 0);
        Assert.Equal(Duration.FromTicks(long.MaxValue), figures.TimeWithPeople);
    }

    public static TheoryData<string, Func<ActivityFigures>> ChangedFigures => new()
    {
        { "attended contacts", () => ActivityFigures.Create(2, Duration.FromMinutes(30), 1, Escalations(1), Closures(1), 1, 1, Answers(1), 0) },
        { "time with people", () => ActivityFigures.Create(1, Duration.FromMinutes(31), 1, Escalations(1), Closures(1), 1, 1, Answers(1), 0) },
        { "connections made", () => ActivityFigures.Create(1, Duration.FromMinutes(30), 2, Escalations(1), Closures(1), 1, 1, Answers(1), 0) },
        { "escalations", () => ActivityFigures.Create(1, Duration.FromMinutes(30), 1, Escalations(2), Closures(1), 1, 1, Answers(1), 0) },
        { "closures", () => ActivityFigures.Create(1, Duration.FromMinutes(30), 1, Escalations(1), Closures(2), 1, 1, Answers(1), 0) },
        { "ONS4 taken", () => ActivityFigures.Create(1, Duration.FromMinutes(30), 1, Escalations(1), Closures(1), 2, 1, Answers(1), 0) },
        { "PAM taken", () => ActivityFigures.Create(1, Duration.FromMinutes(30), 1, Escalations(1), Closures(1), 1, 2, Answers(1), 0) },
        { "answers", () => ActivityFigures.Create(1, Duration.FromMinutes(30), 1, Escalations(1), Closures(1), 1, 1, Answers(2), 0) },
        { "anonymous answers", () => ActivityFigures.Create(1, Duration.FromMinutes(30), 1, Escalations(1), Closures(1), 1, 1, Answers(1), 1) },
    };

    [Theory]
    [MemberData(nameof(ChangedFigures))]
    public void ActivityFigures_ThatDifferInOneFigure_AreNotEqual(string figure, Func<ActivityFigures> changed)
    {
        ActivityFigures original = ActivityFigures.Create(1, Duration.FromMinutes(30), 1, Escalations(1), Closures(1), 1, 1, Answers(1), 0);
        ActivityFigures same = ActivityFigures.Create(1, Duration.FromMinutes(30), 1, Escalations(1), Closures(1), 1, 1, Answers(1), 0);
        Assert.True(original == same && !(original != same) && original.Equals((object)same), figure);
        Assert.False(original == changed() || !(original != changed()) || original.Equals((object)changed()), figure);
        Assert.False(original == null || null == original || !(null != original));
        Assert.True((ActivityFigures?)null == null);
    }

    [Fact]
    public void ActivityAggregates_ThatDifferInGroupingOrGroups_AreNotEqual()
    {
        ActivityAggregate byQuarter = ActivityAggregate.Create(ActivityDimensions.Period, PeriodKind.Quarter, [Group(new ActivityGroupKey(null, null, Quarter))]);
        ActivityAggregate same = ActivityAggregate.Create(ActivityDimensions.Period, PeriodKind.Quarter, [Group(new ActivityGroupKey(null, null, Quarter))]);
        ActivityAggregate otherKind = ActivityAggregate.Create(ActivityDimensions.None, PeriodKind.Month, [Group(default)]);
        ActivityAggregate otherKindSameDimensions = ActivityAggregate.Create(ActivityDimensions.None, PeriodKind.Quarter, [Group(default)]);
        ActivityAggregate otherGroups = ActivityAggregate.Create(ActivityDimensions.Period, PeriodKind.Quarter, [Group(new ActivityGroupKey(null, null, Quarter.Next()))]);
        ActivityAggregate otherDimensions = ActivityAggregate.Create(ActivityDimensions.Practice, PeriodKind.Quarter, [Group(new ActivityGroupKey(null, Practice, null))]);
        Assert.True(byQuarter == same && !(byQuarter != same));
        Assert.False(otherKind == otherKindSameDimensions);
        Assert.False(byQuarter == otherGroups || byQuarter == otherDimensions || byQuarter == null || null == byQuarter);
        Assert.True(byQuarter != null && (ActivityAggregate?)null == null);
    }

    [Fact]
    public void ActivityGroupKeys_ThatDifferInOnePart_AreNotEqual()
    {
        var key = new ActivityGroupKey(Pcn, Practice, Quarter);
        Assert.True(key == new ActivityGroupKey(Pcn, Practice, Quarter) && !(key != new ActivityGroupKey(Pcn, Practice, Quarter)));
        Assert.True(key != new ActivityGroupKey(Pcn, Practice, Quarter.Next()));
        Assert.True(key != new ActivityGroupKey(Pcn, null, Quarter));
        Assert.True(key != new ActivityGroupKey(null, Practice, Quarter));
    }

    [Fact]
    public void PublishedCells_ThatDifferInOnePart_AreNotEqual()
    {
        PublishedCell cell = PublishedCell.Create(OutcomeCellKind.Count, 10m, "10", CellControl.Rounded);
        Assert.Equal(cell, PublishedCell.Create(OutcomeCellKind.Count, 10m, "10", CellControl.Rounded));
        Assert.NotEqual(cell, PublishedCell.Create(OutcomeCellKind.Count, 10m, "10", CellControl.None));
        Assert.NotEqual(cell, PublishedCell.Create(OutcomeCellKind.Count, 15m, "15", CellControl.Rounded));
        Assert.NotEqual(PublishedCell.Create(OutcomeCellKind.Count, null, "*", CellControl.SmallCount), PublishedCell.Create(OutcomeCellKind.Statistic, null, "*", CellControl.FewValues));
        Assert.NotEqual(PublishedCell.Create(OutcomeCellKind.Statistic, 10m, "10", CellControl.None), PublishedCell.Create(OutcomeCellKind.Count, 10m, "10", CellControl.None));
    }

    [Fact]
    public void PublishedTable_UnderItsPolicy_IsAccepted()
    {
        PublishedTable table = Table(DisclosurePolicy.NhsDigitalHesEcds(PublicationLevel.Subnational), PublishedRow.Create(["A"], [PublishedCell.Create(OutcomeCellKind.Count, null, "*", CellControl.SmallCount), PublishedCell.Create(OutcomeCellKind.Count, 10m, "10", CellControl.Rounded)]));
        Assert.Equal("*", table[0, "Part"].Text);
        Assert.True(table[0, "Part"].IsSuppressed);
    }

    private static ActivityFigures Figures(long contacts = 1, Duration? time = null, long anonymous = 0)
        => ActivityFigures.Create(contacts, time ?? Duration.FromMinutes(30), 0, new(), new(), 0, 0, CategoryCounts<FriendsAndFamilyAnswer>.FromEntries([KeyValuePair.Create(FriendsAndFamilyAnswer.Good, 1L)]), anonymous);

    private static ActivityAggregate Empty => ActivityAggregate.Create(ActivityDimensions.None, PeriodKind.Quarter, []);

    private static CategoryCounts<EscalationRecipient> Escalations(long count) => CategoryCounts<EscalationRecipient>.FromEntries([KeyValuePair.Create(EscalationRecipient.Gp, count)]);

    private static CategoryCounts<ClosureReason> Closures(long count) => CategoryCounts<ClosureReason>.FromEntries([KeyValuePair.Create(ClosureReason.GoalsMet, count)]);

    private static CategoryCounts<FriendsAndFamilyAnswer> Answers(long count) => CategoryCounts<FriendsAndFamilyAnswer>.FromEntries([KeyValuePair.Create(FriendsAndFamilyAnswer.Good, count)]);

    private static KeyValuePair<ActivityGroupKey, ActivityFigures> Group(ActivityGroupKey key) => KeyValuePair.Create(key, Figures());

    private static ActivityFigures Rebuild(ActivityFigures f)
        => ActivityFigures.Create(f.AttendedContacts, f.TimeWithPeople, f.ConnectionsMade, f.EscalationsByRecipient, f.ClosureReasons, f.Ons4Taken, f.PamTaken, f.Satisfaction, f.AnonymousAnswers);

    private static PublishedCell Shown(long count) => PublishedCell.Create(OutcomeCellKind.Count, count, count.ToString(System.Globalization.CultureInfo.InvariantCulture), CellControl.None);

    private static PublishedRow Row(long part, long all) => PublishedRow.Create(["A"], [Shown(part), Shown(all)]);

    private static PublishedRow Total(long part, long all) => PublishedRow.Total(["All"], [Shown(part), Shown(all)]);

    private static PublishedTable Table(DisclosurePolicy policy, params PublishedRow[] rows)
        => PublishedTable.Create("T", ["Group"], [OutcomeColumn.PartOf("Part", "Family"), OutcomeColumn.TotalOf("All", "Family")], rows, policy);

    private static string Describe(PublishedTable t)
        => string.Join(
            "\n",
            [t.Title, string.Join("|", t.RowHeaders), string.Join("|", t.Columns), t.Policy.Description,
             .. t.Rows.Select(r => (r.IsTotal ? "total " : string.Empty) + string.Join("|", r.Labels) + ": " + string.Join("|", r.Cells.Select(c => $"{c.Kind} {c.Value} {c.Text} {c.Control}")))]);
}
