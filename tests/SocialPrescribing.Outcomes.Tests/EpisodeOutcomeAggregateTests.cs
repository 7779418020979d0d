using NodaTime;

namespace SocialPrescribing.Outcomes.Tests;

/// <summary>Worked examples of a partial: rebuilding, merging, equality, the order of its groups and its table.</summary>
public sealed class EpisodeOutcomeAggregateTests
{
    private const OutcomeDimensions Everything = OutcomeDimensions.PrimaryCareNetwork | OutcomeDimensions.Practice | OutcomeDimensions.ReferralSource | OutcomeDimensions.Period;
    private static readonly OdsCode Pcn = OdsCode.Parse("U12345");
    private static readonly OdsCode PracticeA = OdsCode.Parse("A81001");
    private static readonly OdsCode PracticeB = OdsCode.Parse("B82002");
    private static readonly ReportingPeriod Q1 = ReportingPeriod.Containing(PeriodKind.Quarter, new LocalDate(2026, 4, 1));
    private static readonly ReportingPeriod Q2 = Q1.Next();

    private static KeyValuePair<OutcomeGroupKey, GroupOutcomes> Group(OutcomeGroupKey key, long episodes) => KeyValuePair.Create(key, new GroupOutcomes { Episodes = episodes });

    private static EpisodeOutcomeAggregate Empty(OutcomeDimensions dimensions, PeriodKind kind) => EpisodeOutcomeAggregate.Create(dimensions, kind, []);

    [Fact]
    public void Keys_InTheOrderOfAPublishedTable_WhateverTheOrderGiven()
    {
        // PCN (unknown first), then practice, then source (none first, then the enumeration's order: housing 9 before GP 13), then period.
        OutcomeGroupKey[] sorted =
        [
            new(null, PracticeA, null, Q2),
            new(Pcn, PracticeA, null, Q2),
            new(Pcn, PracticeA, ReferralSourceKind.HousingAssociation, Q2),
            new(Pcn, PracticeA, ReferralSourceKind.GpPractice, Q1),
            new(Pcn, PracticeA, ReferralSourceKind.GpPractice, Q2),
            new(Pcn, PracticeB, null, Q1),
        ];
        EpisodeOutcomeAggregate aggregate = EpisodeOutcomeAggregate.Create(Everything, PeriodKind.Quarter, sorted.Reverse().Select(k => Group(k, 1)));

        Assert.Equal(sorted, aggregate.Keys);
    }

    [Fact]
    public void Create_UnnamedOrNullArguments_AreRefused()
    {
        Assert.Equal("dimensions", Assert.Throws<ArgumentOutOfRangeException>(() => Empty((OutcomeDimensions)1024, PeriodKind.Quarter)).ParamName);
        Assert.Equal("periodKind", Assert.Throws<ArgumentOutOfRangeException>(() => Empty(OutcomeDimensions.None, (PeriodKind)0)).ParamName);
        Assert.Equal("groups", Assert.Throws<ArgumentNullException>(() => EpisodeOutcomeAggregate.Create(OutcomeDimensions.None, PeriodKind.Quarter, null!)).ParamName);
        Assert.Equal("groups", Assert.Throws<ArgumentNullException>(() => EpisodeOutcomeAggregate.Create(OutcomeDimensions.None, PeriodKind.Quarter, [KeyValuePair.Create(default(OutcomeGroupKey), (GroupOutcomes)null!)])).ParamName);
    }

    [Fact]
    public void Create_KeySettingOrMissingAPart_IsRefused()
    {
        // Grouped by practice only: the practice must be set, and nothing else.
        OutcomeGroupKey[] wrong = [default, new(Pcn, PracticeA, null, null), new(null, PracticeA, ReferralSourceKind.GpPractice, null), new(null, PracticeA, null, Q1)];
        foreach (OutcomeGroupKey key in wrong)
        {
            Assert.Equal("groups", Assert.Throws<ArgumentException>(() => EpisodeOutcomeAggregate.Create(OutcomeDimensions.Practice, PeriodKind.Quarter, [Group(key, 1)])).ParamName);
        }

        Assert.Single(EpisodeOutcomeAggregate.Create(OutcomeDimensions.Practice, PeriodKind.Quarter, [Group(new(null, PracticeA, null, null), 1)]).Keys);
    }

    [Fact]
    public void Merge_PeriodKindsDiffer_AllowedOnlyWhenNotGroupedByPeriod()
    {
        EpisodeOutcomeAggregate merged = EpisodeOutcomeAggregate.Merge(Empty(OutcomeDimensions.PrimaryCareNetwork, PeriodKind.Month), Empty(OutcomeDimensions.PrimaryCareNetwork, PeriodKind.Quarter));
        Assert.Equal(0, merged.Episodes);

        const OutcomeDimensions byPeriod = OutcomeDimensions.PrimaryCareNetwork | OutcomeDimensions.Period;
        Assert.Equal("second", Assert.Throws<ArgumentException>(() => EpisodeOutcomeAggregate.Merge(Empty(byPeriod, PeriodKind.Month), Empty(byPeriod, PeriodKind.Quarter))).ParamName);
        Assert.Equal("first", Assert.Throws<ArgumentNullException>(() => EpisodeOutcomeAggregate.Merge(null!, merged)).ParamName);
        Assert.Equal("second", Assert.Throws<ArgumentNullException>(() => EpisodeOutcomeAggregate.Merge(merged, null!)).ParamName);
    }

    [Fact]
    public void Equals_GroupingOrGroupsDifferent_IsFalse()
    {
        const OutcomeDimensions byPeriod = OutcomeDimensions.PrimaryCareNetwork | OutcomeDimensions.Period;
        var key = new OutcomeGroupKey(Pcn, null, null, Q1);
        EpisodeOutcomeAggregate two = EpisodeOutcomeAggregate.Create(byPeriod, PeriodKind.Quarter, [Group(key, 2)]);

        Assert.False(two.Equals(EpisodeOutcomeAggregate.Create(byPeriod, PeriodKind.Quarter, [Group(key, 3)])));                                       // same group, other figures
        Assert.False(two.Equals(EpisodeOutcomeAggregate.Create(byPeriod, PeriodKind.Quarter, [Group(key, 2), Group(new(Pcn, null, null, Q2), 1)]))); // one more group
        Assert.False(Empty(byPeriod, PeriodKind.Month).Equals(Empty(byPeriod, PeriodKind.Quarter)));                                                      // other period kind
        Assert.False(Empty(OutcomeDimensions.PrimaryCareNetwork, PeriodKind.Quarter).Equals(Empty(OutcomeDimensions.Practice, PeriodKind.Quarter)));     // other dimensions
        EqualityChecks.ClassLaws(two, EpisodeOutcomeAggregate.Create(byPeriod, PeriodKind.Quarter, [Group(key, 2)]), Empty(byPeriod, PeriodKind.Quarter), (a, b) => a == b, (a, b) => a != b);
    }

    [Fact]
    public void ToTable_TitleGiven_IsTheTablesTitle()
    {
        EpisodeOutcomeAggregate aggregate = Empty(OutcomeDimensions.PrimaryCareNetwork | OutcomeDimensions.Period, PeriodKind.Quarter);
        Assert.Equal("Outcomes by PCN, 2026/27", aggregate.ToTable("Outcomes by PCN, 2026/27").Title);
        Assert.Equal("Social prescribing outcomes (cohort) by PCN and period", aggregate.ToTable().Title);
        Assert.Equal("Social prescribing outcomes (cohort) for all", Empty(OutcomeDimensions.None, PeriodKind.Quarter).ToTable().Title);
        Assert.Equal("Social prescribing outcomes (cohort) by PCN, practice, referral source and period", Empty((OutcomeDimensions)15, PeriodKind.Month).ToTable().Title);
    }
}
