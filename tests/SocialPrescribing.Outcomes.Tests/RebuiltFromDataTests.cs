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
    public void PublishedTable_UnderItsPolicy_IsAccepted()
    {
        PublishedTable table = Table(DisclosurePolicy.NhsDigitalHesEcds(PublicationLevel.Subnational), PublishedRow.Create(["A"], [PublishedCell.Create(OutcomeCellKind.Count, null, "*", CellControl.SmallCount), PublishedCell.Create(OutcomeCellKind.Count, 10m, "10", CellControl.Rounded)]));
        Assert.Equal("*", table[0, "Part"].Text);
        Assert.True(table[0, "Part"].IsSuppressed);
    }

    private static ActivityFigures Figures(long contacts = 1, Duration? time = null, long anonymous = 0)
        => ActivityFigures.Create(contacts, time ?? Duration.FromMinutes(30), 0, new(), new(), 0, 0, CategoryCounts<FriendsAndFamilyAnswer>.FromEntries([KeyValuePair.Create(FriendsAndFamilyAnswer.Good, 1L)]), anonymous);

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
