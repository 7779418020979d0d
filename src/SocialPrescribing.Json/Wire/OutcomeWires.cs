using System.Text.Json.Serialization;
using NodaTime;
using SocialPrescribing.Measures;
using SocialPrescribing.Outcomes;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Json.Wire;

// The wire forms (schema version 1) of SocialPrescribing.Outcomes' partials and tables. A partial travels from a
// practice to a region and is merged there, so every count and sum is written as a whole number, in full: a partial
// read back merges exactly as it would in memory. Each is rebuilt through the model's own factories, which refuse
// figures that cannot come from an aggregation (docs/json.md, "Outcomes").

/// <summary>Counts per value of a small whole number (ratings, PAM tenths, days): each value seen, as a property name, with its count.</summary>
internal sealed record ValueCountsWire(Dictionary<int, long> Counts, long? OutOfRange = null)
{
    internal static ValueCountsWire From(ValueCounts v)
        => new(v.Entries.ToDictionary(e => e.Value, e => e.Count), v.OutOfRange == 0 ? null : v.OutOfRange);

    internal ValueCounts ToModel() => ValueCounts.FromEntries(Counts.Select(e => new ValueCount(e.Key, e.Value)), OutOfRange ?? 0);
}

/// <summary>Paired change's figures: its measure (bands, units per point), its sums in whole units and its transitions row by row.</summary>
internal sealed record PairedChangeWire(int Bands, int UnitsPerPoint, long Count, long SumOfChanges, long SumOfSquaredChanges, long Improved, long Unchanged, long Worsened, long AtLeastThreshold, long[] Transitions)
{
    internal static PairedChangeWire From(PairedChange p)
        => new(p.Bands, p.UnitsPerPoint, p.Count, p.SumOfChanges, p.SumOfSquaredChanges, p.Improved, p.Unchanged, p.Worsened, p.AtLeastThreshold, [.. p.TransitionCounts]);

    internal PairedChange ToModel() => PairedChange.Create(Bands, UnitsPerPoint, Count, SumOfChanges, SumOfSquaredChanges, Improved, Unchanged, Worsened, AtLeastThreshold, Transitions);
}

/// <summary>One ONS4 item's figures: baseline and follow-up ratings and the paired change.</summary>
internal sealed record Ons4ItemFiguresWire(ValueCountsWire Baseline, ValueCountsWire FollowUp, PairedChangeWire Change)
{
    internal static Ons4ItemFiguresWire From(GroupOutcomes g, Ons4Item item)
        => new(ValueCountsWire.From(g.Ons4Baseline(item)), ValueCountsWire.From(g.Ons4FollowUp(item)), PairedChangeWire.From(g.Ons4Change(item)));
}

/// <summary>The four ONS4 items' figures.</summary>
internal sealed record Ons4FiguresWire(Ons4ItemFiguresWire LifeSatisfaction, Ons4ItemFiguresWire Worthwhile, Ons4ItemFiguresWire Happiness, Ons4ItemFiguresWire Anxiety)
{
    internal static Ons4FiguresWire From(GroupOutcomes g)
        => new(Ons4ItemFiguresWire.From(g, Ons4Item.LifeSatisfaction), Ons4ItemFiguresWire.From(g, Ons4Item.Worthwhile), Ons4ItemFiguresWire.From(g, Ons4Item.Happiness), Ons4ItemFiguresWire.From(g, Ons4Item.Anxiety));
}

/// <summary>One group's cohort figures: counts, counts per enum member (by wire name), value counts and paired changes.</summary>
internal sealed record GroupOutcomesWire(
    long Episodes,
    long Offered,
    long Declined,
    long Referred,
    Dictionary<EpisodeState, long> States,
    Dictionary<ClosureReason, long> ClosureReasons,
    Dictionary<ReferralSourceKind, long> ReferralSources,
    Dictionary<ReferralReason, long> ReferralReasons,
    Dictionary<ConnectionCategoryKind, long> ConnectionCategories,
    Dictionary<ConnectionOutcome, long> ConnectionOutcomes,
    long ConnectionsWithoutOutcome,
    long AttendedContacts,
    long MinutesWithPeople,
    Dictionary<EscalationRecipient, long> EscalationsByRecipient,
    long EpisodesEscalated,
    ValueCountsWire WaitingDays,
    Dictionary<FriendsAndFamilyAnswer, long> Satisfaction,
    ValueCountsWire PamBaseline,
    PairedChangeWire PamChange,
    long PamPairsExcludedAtLevel4,
    Ons4FiguresWire Ons4)
{
    internal static GroupOutcomesWire From(GroupOutcomes g)
        => new(
            g.Episodes, g.Offered, g.Declined, g.Referred, Counts(g.States), Counts(g.ClosureReasons), Counts(g.ReferralSources), Counts(g.ReferralReasons),
            Counts(g.ConnectionCategories), Counts(g.ConnectionOutcomes), g.ConnectionsWithoutOutcome, g.AttendedContacts, g.MinutesWithPeople,
            Counts(g.EscalationsByRecipient), g.EpisodesEscalated, ValueCountsWire.From(g.WaitingDays), Counts(g.Satisfaction),
            ValueCountsWire.From(g.PamBaseline), PairedChangeWire.From(g.PamChange), g.PamPairsExcludedAtLevel4, Ons4FiguresWire.From(g));

    internal GroupOutcomes ToModel()
    {
        var figures = new GroupOutcomes
        {
            Episodes = Episodes,
            Offered = Offered,
            Declined = Declined,
            Referred = Referred,
            States = CategoryCounts<EpisodeState>.FromEntries(States),
            ClosureReasons = CategoryCounts<ClosureReason>.FromEntries(ClosureReasons),
            ReferralSources = CategoryCounts<ReferralSourceKind>.FromEntries(ReferralSources),
            ReferralReasons = CategoryCounts<ReferralReason>.FromEntries(ReferralReasons),
            ConnectionCategories = CategoryCounts<ConnectionCategoryKind>.FromEntries(ConnectionCategories),
            ConnectionOutcomes = CategoryCounts<ConnectionOutcome>.FromEntries(ConnectionOutcomes),
            ConnectionsWithoutOutcome = ConnectionsWithoutOutcome,
            AttendedContacts = AttendedContacts,
            MinutesWithPeople = MinutesWithPeople,
            EscalationsByRecipient = CategoryCounts<EscalationRecipient>.FromEntries(EscalationsByRecipient),
            EpisodesEscalated = EpisodesEscalated,
            WaitingDays = WaitingDays.ToModel(),
            Satisfaction = CategoryCounts<FriendsAndFamilyAnswer>.FromEntries(Satisfaction),
            PamBaseline = PamBaseline.ToModel(),
            PamChange = PamChange.ToModel(),
            PamPairsExcludedAtLevel4 = PamPairsExcludedAtLevel4,
        };
        return figures
            .WithOns4(Ons4Item.LifeSatisfaction, Ons4.LifeSatisfaction.Baseline.ToModel(), Ons4.LifeSatisfaction.FollowUp.ToModel(), Ons4.LifeSatisfaction.Change.ToModel())
            .WithOns4(Ons4Item.Worthwhile, Ons4.Worthwhile.Baseline.ToModel(), Ons4.Worthwhile.FollowUp.ToModel(), Ons4.Worthwhile.Change.ToModel())
            .WithOns4(Ons4Item.Happiness, Ons4.Happiness.Baseline.ToModel(), Ons4.Happiness.FollowUp.ToModel(), Ons4.Happiness.Change.ToModel())
            .WithOns4(Ons4Item.Anxiety, Ons4.Anxiety.Baseline.ToModel(), Ons4.Anxiety.FollowUp.ToModel(), Ons4.Anxiety.Change.ToModel());
    }

    /// <summary>The counts of the members counted, in the enum's order.</summary>
    internal static Dictionary<TEnum, long> Counts<TEnum>(CategoryCounts<TEnum> counts)
        where TEnum : struct, Enum
        => counts.Entries.ToDictionary(e => e.Key, e => e.Value);
}

/// <summary>One group of an episode outcome partial: its key's parts (the period as its first day) and its figures.</summary>
internal sealed record OutcomeGroupWire(
    [property: JsonPropertyOrder(1)] GroupOutcomesWire Figures,
    OdsCode? PrimaryCareNetwork = null,
    OdsCode? Practice = null,
    ReferralSourceKind? ReferralSource = null,
    LocalDate? Period = null,
    AgeBand? AgeBand = null,
    StatedGender? StatedGender = null,
    EthnicCategory? EthnicCategory = null,
    EthnicGroup? EthnicGroup = null,
    DeprivationDecile? DeprivationDecile = null,
    DeprivationQuintile? DeprivationQuintile = null);

/// <summary>An episode outcome partial: its grouping and its groups, in the order of a published table.</summary>
internal sealed record EpisodeOutcomeAggregateWire(OutcomeDimensions Dimensions, PeriodKind PeriodKind, OutcomeGroupWire[] Groups) : IVersioned
{
    [JsonPropertyOrder(-1)]
    public int? SchemaVersion { get; init; }

    internal static EpisodeOutcomeAggregateWire From(EpisodeOutcomeAggregate a)
        => new(a.Dimensions, a.PeriodKind, [.. a.Keys.Select(k => new OutcomeGroupWire(
            GroupOutcomesWire.From(a[k]), k.PrimaryCareNetwork, k.Practice, k.ReferralSource, k.Period?.Start, k.AgeBand, k.StatedGender, k.EthnicCategory, k.EthnicGroup, k.DeprivationDecile, k.DeprivationQuintile))]);

    /// <summary>The demographic dimensions, which came in schema version 2.</summary>
    private const OutcomeDimensions Demographic = OutcomeDimensions.AgeBand | OutcomeDimensions.StatedGender | OutcomeDimensions.EthnicCategory
        | OutcomeDimensions.EthnicGroup | OutcomeDimensions.DeprivationDecile | OutcomeDimensions.DeprivationQuintile;

    internal EpisodeOutcomeAggregate ToModel(int version)
        => version < 2 && ((Dimensions & Demographic) != 0 || Groups.Any(g => g.AgeBand is not null || g.StatedGender is not null || g.EthnicCategory is not null || g.EthnicGroup is not null || g.DeprivationDecile is not null || g.DeprivationQuintile is not null))
            ? throw new ArgumentException(JsonMessages.NotInVersion("demographic groups", 2, version))
            : EpisodeOutcomeAggregate.Create(Dimensions, PeriodKind, Groups.Select(g => KeyValuePair.Create(
            new OutcomeGroupKey(g.PrimaryCareNetwork, g.Practice, g.ReferralSource, Periods.Starting(PeriodKind, g.Period), g.AgeBand, g.StatedGender, g.EthnicCategory, g.EthnicGroup, g.DeprivationDecile, g.DeprivationQuintile),
            g.Figures.ToModel())));
}

/// <summary>One group's activity figures: time with people to the tick, as a duration.</summary>
internal sealed record ActivityFiguresWire(
    long AttendedContacts,
    Duration TimeWithPeople,
    long ConnectionsMade,
    Dictionary<EscalationRecipient, long> EscalationsByRecipient,
    Dictionary<ClosureReason, long> ClosureReasons,
    long Ons4Taken,
    long PamTaken,
    Dictionary<FriendsAndFamilyAnswer, long> Satisfaction,
    long AnonymousAnswers)
{
    internal static ActivityFiguresWire From(ActivityFigures f)
        => new(f.AttendedContacts, f.TimeWithPeople, f.ConnectionsMade, GroupOutcomesWire.Counts(f.EscalationsByRecipient), GroupOutcomesWire.Counts(f.ClosureReasons),
            f.Ons4Taken, f.PamTaken, GroupOutcomesWire.Counts(f.Satisfaction), f.AnonymousAnswers);

    internal ActivityFigures ToModel()
        => ActivityFigures.Create(
            AttendedContacts, TimeWithPeople, ConnectionsMade, CategoryCounts<EscalationRecipient>.FromEntries(EscalationsByRecipient), CategoryCounts<ClosureReason>.FromEntries(ClosureReasons),
            Ons4Taken, PamTaken, CategoryCounts<FriendsAndFamilyAnswer>.FromEntries(Satisfaction), AnonymousAnswers);
}

/// <summary>One group of an activity partial.</summary>
internal sealed record ActivityGroupWire([property: JsonPropertyOrder(1)] ActivityFiguresWire Figures, OdsCode? PrimaryCareNetwork = null, OdsCode? Practice = null, LocalDate? Period = null);

/// <summary>An activity partial: its grouping and its groups, in the order of a published table.</summary>
internal sealed record ActivityAggregateWire(ActivityDimensions Dimensions, PeriodKind PeriodKind, ActivityGroupWire[] Groups) : IVersioned
{
    [JsonPropertyOrder(-1)]
    public int? SchemaVersion { get; init; }

    internal static ActivityAggregateWire From(ActivityAggregate a)
        => new(a.Dimensions, a.PeriodKind, [.. a.Keys.Select(k => new ActivityGroupWire(ActivityFiguresWire.From(a[k]), k.PrimaryCareNetwork, k.Practice, k.Period?.Start))]);

    internal ActivityAggregate ToModel()
        => ActivityAggregate.Create(Dimensions, PeriodKind, Groups.Select(g => KeyValuePair.Create(
            new ActivityGroupKey(g.PrimaryCareNetwork, g.Practice, Periods.Starting(PeriodKind, g.Period)),
            g.Figures.ToModel())));
}

/// <summary>A referred person's first referral date in a practice group, by person key.</summary>
internal sealed record FirstReferralWire(string Person, LocalDate On);

/// <summary>One practice in one period of a coded activity partial: the rows of each code and the people behind them, keys in ordinal order.</summary>
internal sealed record CodedActivityGroupWire(
    OdsCode Practice,
    LocalDate Period,
    long OfferedCodes,
    long DeclinedCodes,
    long ReferredCodes,
    string[] OfferedPeople,
    string[] DeclinedPeople,
    FirstReferralWire[] FirstReferrals)
{
    internal static CodedActivityGroupWire From(CodedActivityPracticeGroup g)
        => new(
            g.Practice, g.Period.Start, g.OfferedCodes, g.DeclinedCodes, g.ReferredCodes,
            [.. g.OfferedPeople.Order(StringComparer.Ordinal)],
            [.. g.DeclinedPeople.Order(StringComparer.Ordinal)],
            [.. g.FirstReferrals.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => new FirstReferralWire(f.Key, f.Value))]);

    internal CodedActivityPracticeGroup ToModel(PeriodKind kind)
    {
        var firsts = new Dictionary<string, LocalDate>(FirstReferrals.Length, StringComparer.Ordinal);
        foreach (FirstReferralWire first in FirstReferrals)
        {
            if (!firsts.TryAdd(first.Person, first.On))
            {
                throw new ArgumentException(JsonMessages.PersonKeysRepeated);
            }
        }

        return CodedActivityPracticeGroup.Create(Practice, Periods.Starting(kind, Period), OfferedCodes, DeclinedCodes, ReferredCodes, OfferedPeople, DeclinedPeople, firsts);
    }
}

/// <summary>A coded activity partial: its period kind, the rows ignored and its practice groups (pseudonymised person keys included).</summary>
internal sealed record CodedActivityPartialWire(PeriodKind PeriodKind, long IgnoredRows, CodedActivityGroupWire[] Groups) : IVersioned
{
    [JsonPropertyOrder(-1)]
    public int? SchemaVersion { get; init; }

    internal static CodedActivityPartialWire From(CodedActivityPartial p) => new(p.Kind, p.IgnoredRows, [.. p.Groups.Select(CodedActivityGroupWire.From)]);

    internal CodedActivityPartial ToModel() => CodedActivityPartial.Create(PeriodKind, IgnoredRows, Groups.Select(g => g.ToModel(PeriodKind)));
}

/// <summary>A column: its name and at most one role; none is a count column in no family.</summary>
internal sealed record ColumnWire(string Name, string? PartOf = null, string? TotalOf = null, bool? NotAdditive = null, string[]? PercentageOf = null, string[]? StatisticOf = null)
{
    internal static ColumnWire From(OutcomeColumn c)
        => c.IsPercentage ? new(c.Name, PercentageOf: [c.NumeratorColumn!, c.DenominatorColumn!])
            : c.SourceColumns.Count > 0 ? new(c.Name, StatisticOf: [.. c.SourceColumns])
            : c.Family is string family ? (c.IsFamilyTotal ? new(c.Name, TotalOf: family) : new(c.Name, PartOf: family))
            : new(c.Name, NotAdditive: c.IsAdditive ? null : true);

    internal OutcomeColumn ToModel()
    {
        int roles = (PartOf is null ? 0 : 1) + (TotalOf is null ? 0 : 1) + (NotAdditive == true ? 1 : 0) + (PercentageOf is null ? 0 : 1) + (StatisticOf is null ? 0 : 1);
        if (roles > 1 || PercentageOf is { Length: not 2 })
        {
            throw new ArgumentException(JsonMessages.ColumnRole);
        }

        return PartOf is string part ? OutcomeColumn.PartOf(Name, part)
            : TotalOf is string total ? OutcomeColumn.TotalOf(Name, total)
            : PercentageOf is string[] pair ? OutcomeColumn.PercentageOf(Name, pair[0], pair[1])
            : StatisticOf is string[] sources ? OutcomeColumn.StatisticOf(Name, sources)
            : NotAdditive == true ? OutcomeColumn.NotAdditive(Name)
            : OutcomeColumn.Create(Name);
    }
}

/// <summary>An unpublished cell: a count, a statistic with its decimals and the number of values behind it, a percentage as its numerator and denominator, or not applicable.</summary>
internal sealed record OutcomeCellWire(OutcomeCellKind Kind, decimal? Value = null, int? Decimals = null, long? BasedOn = null, long? Numerator = null, long? Denominator = null)
{
    internal static OutcomeCellWire From(OutcomeCell c) => c.Kind switch
    {
        OutcomeCellKind.Count => new(c.Kind, c.CountValue),
        OutcomeCellKind.Statistic => new(c.Kind, c.StatisticValue, c.Decimals, c.BasedOn),
        OutcomeCellKind.Percentage => new(c.Kind, Decimals: c.Decimals, Numerator: c.Numerator, Denominator: c.Denominator),
        _ => new(c.Kind),
    };

    internal OutcomeCell ToModel() => (Kind, Value, Decimals, BasedOn, Numerator, Denominator) switch
    {
        (OutcomeCellKind.Count, decimal v, null, null, null, null) when decimal.Truncate(v) == v && v is >= long.MinValue and <= long.MaxValue => OutcomeCell.Count((long)v),
        (OutcomeCellKind.Statistic, decimal v, int d, long n, null, null) => OutcomeCell.Statistic(v, d, n),
        (OutcomeCellKind.Percentage, null, int d, null, long n, long of) => OutcomeCell.Percentage(n, of, d),
        (OutcomeCellKind.NotApplicable, null, null, null, null, null) => OutcomeCell.NotApplicable,
        _ => throw new ArgumentException(JsonMessages.CellParts),
    };
}

/// <summary>A row of an unpublished table; <c>"total"</c> marks the total row.</summary>
internal sealed record OutcomeRowWire(string[] Labels, OutcomeCellWire[] Cells, [property: JsonPropertyOrder(-1)] bool? Total = null)
{
    internal static OutcomeRowWire From(OutcomeRow r) => new([.. r.Labels], [.. r.Cells.Select(OutcomeCellWire.From)], r.IsTotal ? true : null);

    internal OutcomeRow ToModel()
        => Total == true ? OutcomeRow.Total(Labels, Cells.Select(c => c.ToModel())) : OutcomeRow.Create(Labels, Cells.Select(c => c.ToModel()));
}

/// <summary>A table before disclosure control.</summary>
internal sealed record OutcomeTableWire(string Title, string[] RowHeaders, ColumnWire[] Columns, OutcomeRowWire[] Rows) : IVersioned
{
    [JsonPropertyOrder(-1)]
    public int? SchemaVersion { get; init; }

    internal static OutcomeTableWire From(OutcomeTable t)
        => new(t.Title, [.. t.RowHeaders], [.. t.Columns.Select(ColumnWire.From)], [.. t.Rows.Select(OutcomeRowWire.From)]);

    internal OutcomeTable ToModel()
        => OutcomeTable.Create(Title, RowHeaders, Columns.Select(c => c.ToModel()), Rows.Select(r => r.ToModel()));
}

/// <summary>A published cell: its kind, the value shown (absent when suppressed or not applicable), its text and why.</summary>
internal sealed record PublishedCellWire([property: JsonPropertyOrder(-2)] OutcomeCellKind Kind, string Text, CellControl Control, [property: JsonPropertyOrder(-1)] decimal? Value = null)
{
    internal static PublishedCellWire From(PublishedCell c) => new(c.Kind, c.Text, c.Control, c.Value);

    internal PublishedCell ToModel() => PublishedCell.Create(Kind, Value, Text, Control);
}

/// <summary>A row of a published table; <c>"total"</c> marks the total row.</summary>
internal sealed record PublishedRowWire(string[] Labels, PublishedCellWire[] Cells, [property: JsonPropertyOrder(-1)] bool? Total = null)
{
    internal static PublishedRowWire From(PublishedRow r) => new([.. r.Labels], [.. r.Cells.Select(PublishedCellWire.From)], r.IsTotal ? true : null);

    internal PublishedRow ToModel()
        => Total == true ? PublishedRow.Total(Labels, Cells.Select(c => c.ToModel())) : PublishedRow.Create(Labels, Cells.Select(c => c.ToModel()));
}

/// <summary>
/// The disclosure policy a table was published under, by its factory and parameter, with the sentence it states for
/// readers without this library; on reading, the policy is rebuilt from its factory and states this release's sentence.
/// </summary>
internal sealed record PolicyWire([property: JsonPropertyOrder(1)] string Description, bool? None = null, PublicationLevel? NhsDigitalHesEcds = null, int? SuppressBelow = null)
{
    private static readonly string NationalText = DisclosurePolicy.NhsDigitalHesEcds(PublicationLevel.National).Description;
    private static readonly string SubnationalText = DisclosurePolicy.NhsDigitalHesEcds(PublicationLevel.Subnational).Description;
    private const string ThresholdStart = "Suppression of counts below ";

    /// <summary>The factory a policy came from, found by the sentence it states (every policy comes from one of three factories).</summary>
    internal static PolicyWire From(DisclosurePolicy p)
    {
        string text = p.Description;
        if (text == DisclosurePolicy.None.Description)
        {
            return new(text, None: true);
        }

        if (text == NationalText || text == SubnationalText)
        {
            return new(text, NhsDigitalHesEcds: text == NationalText ? PublicationLevel.National : PublicationLevel.Subnational);
        }

        int end = text.IndexOf(':', StringComparison.Ordinal);
        return text.StartsWith(ThresholdStart, StringComparison.Ordinal) && end > ThresholdStart.Length
            && int.TryParse(text.AsSpan(ThresholdStart.Length, end - ThresholdStart.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int threshold)
            && threshold >= 2 && DisclosurePolicy.SuppressBelow(threshold).Description == text
            ? new(text, SuppressBelow: threshold)
            // Stryker disable once all : unreachable: every policy comes from one of the three factories above.
            : throw new ArgumentException("A disclosure policy this library does not define cannot be written.", nameof(p));
    }

    internal DisclosurePolicy ToModel() => (None, NhsDigitalHesEcds, SuppressBelow) switch
    {
        (true, null, null) => DisclosurePolicy.None,
        (null, PublicationLevel level, null) => DisclosurePolicy.NhsDigitalHesEcds(level),
        (null, null, int threshold) => DisclosurePolicy.SuppressBelow(threshold),
        _ => throw new ArgumentException(JsonMessages.PolicyKind),
    };
}

/// <summary>A table after disclosure control: what is published, and the policy it was published under; never the unpublished figures.</summary>
internal sealed record PublishedTableWire(string Title, string[] RowHeaders, ColumnWire[] Columns, PolicyWire Policy, PublishedRowWire[] Rows) : IVersioned
{
    [JsonPropertyOrder(-1)]
    public int? SchemaVersion { get; init; }

    internal static PublishedTableWire From(PublishedTable t)
        => new(t.Title, [.. t.RowHeaders], [.. t.Columns.Select(ColumnWire.From)], PolicyWire.From(t.Policy), [.. t.Rows.Select(PublishedRowWire.From)]);

    internal PublishedTable ToModel()
        => PublishedTable.Create(Title, RowHeaders, Columns.Select(c => c.ToModel()), Rows.Select(r => r.ToModel()), Policy.ToModel());
}

/// <summary>Reporting periods on the wire: written as their first day, read with the document's period kind.</summary>
internal static class Periods
{
    /// <summary>The period of a kind that starts on a date.</summary>
    /// <exception cref="ArgumentException">The date is not the first day of a period of that kind, or outside the calendar.</exception>
    internal static ReportingPeriod Starting(PeriodKind kind, LocalDate start)
    {
        ReportingPeriod period = ReportingPeriod.Containing(kind, start);
        return period.Start == start ? period : throw new ArgumentException(JsonMessages.PeriodStart);
    }

    /// <summary>The period of a kind that starts on a date, when one is given.</summary>
    internal static ReportingPeriod? Starting(PeriodKind kind, LocalDate? start) => start is LocalDate day ? Starting(kind, day) : null;
}
