using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialPrescribing.Outcomes.Testing;
using SocialPrescribing.Referrals;
using SocialPrescribing.Referrals.Testing;

namespace SocialPrescribing.Outcomes.Tests;

/// <summary>Who is offered, referred and declines, by group: distinct people, rates with Wilson intervals and rate ratios.</summary>
public sealed class EquityTests
{
    private const OutcomeDimensions ByAgeAndGender = OutcomeDimensions.AgeBand | OutcomeDimensions.StatedGender;

    /// <summary>Groupings of PCN or practice, period, and up to every demographic part.</summary>
    private static readonly Gen<EpisodeOutcomeOptions> Options =
        from geography in Gen.Elements(OutcomeDimensions.None, OutcomeDimensions.PrimaryCareNetwork, OutcomeDimensions.Practice)
        from period in Gen.Elements(OutcomeDimensions.None, OutcomeDimensions.Period)
        from demographic in Gen.Choose(0, 63)
        from mapped in ArbMap.Default.GeneratorFor<bool>()
        select new EpisodeOutcomeOptions
        {
            Dimensions = geography | period | (OutcomeDimensions)(demographic << 4),
            PracticeNetworks = mapped ? new Dictionary<OdsCode, OdsCode> { [EpisodeScript.Practice] = EpisodeScript.Network } : new Dictionary<OdsCode, OdsCode>(),
        };

    /// <summary>Registered people at the scripts' practice (and one other) by age band and stated gender, some groups unrecorded.</summary>
    private static readonly Gen<RegisteredCount[]> Counts =
        (from practice in Gen.Elements(EpisodeScript.Practice, OdsCode.Parse("B99999"))
         from band in Gen.Elements(Enum.GetValues<AgeBand>()).Select(b => (AgeBand?)b).Or(Gen.Constant<AgeBand?>(null))
         from gender in Gen.Elements(Enum.GetValues<StatedGender>()).Select(g => (StatedGender?)g)
         from people in Gen.Choose(0, 5000)
         select new RegisteredCount(practice, new OutcomeGroupKey(null, null, null, null, band, gender), people)).ArrayOf();

    [Property(MaxTest = 100)]
    public Property People_agree_with_LINQ_group_by() => Prop.ForAll(EpisodeOutcomesTests.EpisodeLists.ToArbitrary(), Options.ToArbitrary(), Counts.ToArbitrary(), (episodes, options, counts) =>
    {
        RegisteredPopulation population = RegisteredPopulation.Create(ByAgeAndGender, counts);
        EquityReport report = EquityRates.Aggregate(episodes, options, population);
        var expected = episodes.GroupBy(e => ReferenceOutcomes.KeyOf(e, options)).ToDictionary(g => g.Key, g => g.ToList());
        bool covered = (options.Dimensions & ~(OutcomeDimensions.PrimaryCareNetwork | OutcomeDimensions.Practice | OutcomeDimensions.Period | ByAgeAndGender)) == 0;

        Assert.Equal(expected.Keys.OrderBy(k => k.ToString()), report.Keys.OrderBy(k => k.ToString()));
        Assert.Equal(covered, report.HasRates);
        foreach ((OutcomeGroupKey key, List<Episode> group) in expected)
        {
            EquityFigures got = report[key];
            Assert.Equal(People(group, Offered), got.PeopleOffered);
            Assert.Equal(People(group, Referred), got.PeopleReferred);
            Assert.Equal(People(group, Declined), got.PeopleDeclined);
            Assert.Equal(group.Count(Offered), got.Offers);
            Assert.Equal(group.Count(e => Offered(e) && Declined(e)), got.OffersDeclined);
            long? registered = covered ? Registered(counts, key, options) : null;
            Assert.Equal(registered, got.Registered);
            // Capped at the whole list: a group may count more people than its list holds.
            Assert.Equal(registered > 0 ? Math.Min(got.PeopleOffered, registered.Value) / (decimal)registered : null, got.OfferedRate?.Value);
            Assert.Equal(registered > 0 ? Math.Min(got.PeopleDeclined, registered.Value) / (decimal)registered : null, got.DeclinedRate?.Value);
        }

        Assert.Equal(People(episodes, Offered), report.Total.PeopleOffered);
        Assert.Equal(People(episodes, Declined), report.Total.PeopleDeclined);
        Assert.Equal(covered ? counts.Sum(c => c.People) : null, report.Total.Registered);
        OutcomeTable table = report.ToTable();
        Assert.Equal(report.Keys.Count + 1, table.Rows.Count);
        Assert.Equal(report.Keys.Sum(k => report[k].PeopleOffered), table.Rows[^1].Cells[table.Columns.ToList().FindIndex(c => c.Name == EquityReport.PeopleColumn(EquityRate.Offered))].CountValue);
    });

    /// <summary>Coded rows with demographics: a few people, practices and dates, the three codes and others.</summary>
    private static readonly Gen<CodedActivityRow[]> CodedRows =
        (from person in Gen.Choose(1, 12)
         from practice in Gen.Elements(EpisodeScript.Practice, OdsCode.Parse("B99999"))
         from code in Gen.Elements(SocialPrescribingConcepts.Offered.Id, SocialPrescribingConcepts.Declined.Id, SocialPrescribingConcepts.ReferralToService.Id, SctId.Create(930_001, SctIdComponentType.Concept))
         from day in Gen.Choose(0, 500)
         from band in Gen.Elements(Enum.GetValues<AgeBand>()).Select(b => (AgeBand?)b).Or(Gen.Constant<AgeBand?>(null))
         from decile in Gen.Elements(Enum.GetValues<DeprivationDecile>()).Select(d => (DeprivationDecile?)d).Or(Gen.Constant<DeprivationDecile?>(null))
         select CodedActivityRow.Create(practice, "P" + person.ToString(System.Globalization.CultureInfo.InvariantCulture), code, new NodaTime.LocalDate(2025, 4, 1).PlusDays(day))
            .WithDemographics(new PersonDemographics(ageBand: band, deprivationDecile: decile))).ArrayOf();

    [Property(MaxTest = 100)]
    public Property CodedRows_agree_with_LINQ_group_by() => Prop.ForAll(CodedRows.ToArbitrary(), Options.ToArbitrary(), (rows, options) =>
    {
        EquityReport report = EquityRates.AggregateCoded(rows, options);
        OutcomeDimensions d = options.Dimensions;
        var counted = rows.Where(r => r.Code == SocialPrescribingConcepts.Offered.Id || r.Code == SocialPrescribingConcepts.Declined.Id || r.Code == SocialPrescribingConcepts.ReferralToService.Id).ToList();
        var expected = counted.GroupBy(r => new OutcomeGroupKey(
            d.HasFlag(OutcomeDimensions.PrimaryCareNetwork) ? (options.PracticeNetworks.TryGetValue(r.Practice, out OdsCode n) ? n : null) : null,
            d.HasFlag(OutcomeDimensions.Practice) ? r.Practice : null,
            null,
            d.HasFlag(OutcomeDimensions.Period) ? ReportingPeriod.Containing(options.PeriodKind, r.Date) : null,
            d.HasFlag(OutcomeDimensions.AgeBand) ? r.Demographics.AgeBand : null,
            deprivationDecile: d.HasFlag(OutcomeDimensions.DeprivationDecile) ? r.Demographics.DeprivationDecile : null,
            deprivationQuintile: d.HasFlag(OutcomeDimensions.DeprivationQuintile) && r.Demographics.DeprivationDecile is DeprivationDecile x ? (DeprivationQuintile)(((int)x + 1) / 2) : null))
            .ToDictionary(g => g.Key, g => g.ToList());

        Assert.Equal(expected.Keys.OrderBy(k => k.ToString()), report.Keys.OrderBy(k => k.ToString()));
        foreach ((OutcomeGroupKey key, List<CodedActivityRow> group) in expected)
        {
            HashSet<string> offered = [.. group.Where(r => r.Code == SocialPrescribingConcepts.Offered.Id).Select(r => r.PersonKey)];
            HashSet<string> declined = [.. group.Where(r => r.Code == SocialPrescribingConcepts.Declined.Id).Select(r => r.PersonKey)];
            Assert.Equal(offered.Count, report[key].PeopleOffered);
            Assert.Equal(declined.Count, report[key].PeopleDeclined);
            Assert.Equal(group.Where(r => r.Code == SocialPrescribingConcepts.ReferralToService.Id).Select(r => r.PersonKey).Distinct().Count(), report[key].PeopleReferred);
            Assert.Equal(offered.Count(declined.Contains), report[key].OffersDeclined);
        }
    });

    [Fact]
    public void CodedReport_APersonInTwoGroups_TheTableAddsTheGroups()
    {
        OdsCode practice = EpisodeScript.Practice;
        CodedActivityRow[] rows =
        [
            CodedActivityRow.Create(practice, "P1", SocialPrescribingConcepts.Offered.Id, new NodaTime.LocalDate(2025, 5, 1)),
            CodedActivityRow.Create(practice, "P1", SocialPrescribingConcepts.Offered.Id, new NodaTime.LocalDate(2025, 8, 1)),
            CodedActivityRow.Create(practice, "P2", SocialPrescribingConcepts.Declined.Id, new NodaTime.LocalDate(2025, 8, 2)),
        ];

        EquityReport report = EquityRates.AggregateCoded(rows, new EpisodeOutcomeOptions { Dimensions = OutcomeDimensions.Period });
        OutcomeTable table = report.ToTable();

        Assert.Equal(1, report.Total.PeopleOffered);
        int offers = table.Columns.ToList().FindIndex(c => c.Name == "Offers");
        Assert.Equal(2, table.Rows[^1].Cells[offers].CountValue);
        Assert.Throws<ArgumentException>(() => rows[0].WithDemographics(new PersonDemographics(new NodaTime.LocalDate(2025, 5, 2))));
        Assert.Equal(new PersonDemographics(new NodaTime.LocalDate(2025, 5, 1)), rows[0].WithDemographics(new PersonDemographics(new NodaTime.LocalDate(2025, 5, 1))).Demographics);
        Assert.Throws<InvalidOperationException>(() => default(CodedActivityRow).WithDemographics(PersonDemographics.None));
    }

    [Fact]
    public async Task AggregateAsync_EqualsAggregate()
    {
        Episode[] episodes = [.. SyntheticEpisodes.Generate(500, 3)];
        var options = new EpisodeOutcomeOptions { Dimensions = OutcomeDimensions.EthnicGroup | OutcomeDimensions.Period };
        EquityReport once = EquityRates.Aggregate(episodes, options);
        EquityReport streamed = await EquityRates.AggregateAsync(episodes.ToAsyncEnumerable(), options, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(once.Keys, streamed.Keys);
        Assert.All(once.Keys, k => Assert.Equal(once[k].ToString(), streamed[k].ToString()));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => EquityRates.AggregateAsync(episodes.ToAsyncEnumerable(), options, cancellationToken: new CancellationToken(true)));
    }

    [Fact]
    public void IsNotRecorded_IsTheUnsetPartOfADimensionGroupedBy()
    {
        Episode[] episodes = [.. SyntheticEpisodes.Generate(800, 4)];
        EpisodeOutcomeAggregate aggregate = EpisodeOutcomes.Aggregate(episodes, new EpisodeOutcomeOptions { Dimensions = OutcomeDimensions.EthnicCategory | OutcomeDimensions.AgeBand });
        OutcomeGroupKey unknown = aggregate.Keys.First(k => k.EthnicCategory is null);

        Assert.True(aggregate.IsNotRecorded(unknown, OutcomeDimensions.EthnicCategory));
        Assert.False(aggregate.IsNotRecorded(aggregate.Keys.First(k => k.EthnicCategory is not null), OutcomeDimensions.EthnicCategory));
        Assert.False(aggregate.IsNotRecorded(unknown, OutcomeDimensions.DeprivationDecile)); // not grouped by it
        Assert.Equal("dimension", Assert.Throws<ArgumentOutOfRangeException>(() => aggregate.IsNotRecorded(unknown, OutcomeDimensions.Period)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => aggregate.IsNotRecorded(unknown, OutcomeDimensions.AgeBand | OutcomeDimensions.EthnicCategory));
    }

    [Fact]
    public void GroupKey_RefusesAGroupThatContradictsItsCategory()
    {
        Assert.Throws<ArgumentException>(() => new OutcomeGroupKey(null, null, null, null, ethnicCategory: EthnicCategory.Chinese, ethnicGroup: EthnicGroup.AsianOrAsianBritish));
        Assert.Throws<ArgumentException>(() => new OutcomeGroupKey(null, null, null, null, deprivationDecile: DeprivationDecile.Decile3, deprivationQuintile: DeprivationQuintile.Quintile1));
        Assert.Equal(EthnicGroup.OtherEthnicGroups, new OutcomeGroupKey(null, null, null, null, ethnicCategory: EthnicCategory.Chinese, ethnicGroup: EthnicGroup.OtherEthnicGroups).EthnicGroup);
        Assert.Equal("ageBand", Assert.Throws<ArgumentOutOfRangeException>(() => new OutcomeGroupKey(null, null, null, null, ageBand: (AgeBand)21)).ParamName);
    }

    [Fact]
    public void APersonWithTwoEpisodes_CountsOnce_AndInEachOfTwoGroups()
    {
        EpisodeScript first = EpisodeScript.Canonical(EpisodeState.Declined, EpisodeId.Create(Guid.Parse("00000000-0000-0000-0000-00000000e001")), new NodaTime.LocalDate(2025, 4, 7));
        EpisodeScript second = EpisodeScript.Canonical(EpisodeState.Declined, EpisodeId.Create(Guid.Parse("00000000-0000-0000-0000-00000000e002")), new NodaTime.LocalDate(2025, 8, 7));
        Episode[] episodes = [first.Episode!, second.Episode!];

        EquityReport byQuarter = EquityRates.Aggregate(episodes, new EpisodeOutcomeOptions { Dimensions = OutcomeDimensions.Period });
        EquityReport together = EquityRates.Aggregate(episodes, new EpisodeOutcomeOptions { Dimensions = OutcomeDimensions.None });

        Assert.Equal(2, byQuarter.Keys.Count);
        Assert.All(byQuarter.Keys, k => Assert.Equal(1, byQuarter[k].PeopleOffered));
        Assert.Equal(1, byQuarter.Total.PeopleOffered);
        Assert.Equal(1, together[default].PeopleDeclined);
        Assert.Equal(2, together[default].Offers);
        Assert.Equal(2, together[default].OffersDeclined);
    }

    [Theory]
    [InlineData(81, 263, 0.2553, 0.3662)] // Newcombe (1998), table I: the Wilson score interval.
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0000, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    [InlineData(0, 8, 0.0000, 0.3244)]
    [InlineData(8, 8, 0.6756, 1.0000)]
    public void Wilson_WorkedExamples(long x, long n, double lower, double upper)
    {
        ConfidenceInterval ci = ProportionEstimate.Create(x, n).Wilson95;
        Assert.Equal((decimal)lower, decimal.Round(ci.Lower, 4));
        Assert.Equal((decimal)upper, decimal.Round(ci.Upper, 4));
    }

    [Property]
    public void Wilson_HoldsTheProportion_WithinZeroAndOne(PositiveInt n, NonNegativeInt x)
    {
        long denominator = n.Get, numerator = x.Get % (denominator + 1);
        ProportionEstimate p = ProportionEstimate.Create(numerator, denominator);
        Assert.InRange(p.Wilson95.Lower, 0m, p.Value);
        Assert.InRange(p.Wilson95.Upper, p.Value, 1m);
        Assert.Equal(p.Value * 1000m, p.PerThousand);

        // Symmetry: the interval of the complement is the complement of the interval.
        ConfidenceInterval other = ProportionEstimate.Create(denominator - numerator, denominator).Wilson95;
        Assert.Equal(1.0, (double)(p.Wilson95.Lower + other.Upper), 9);
    }

    [Fact]
    public void Proportion_RefusesImpossibleCounts()
    {
        Assert.Equal("denominator", Assert.Throws<ArgumentOutOfRangeException>(() => ProportionEstimate.Create(0, 0)).ParamName);
        Assert.Equal("numerator", Assert.Throws<ArgumentOutOfRangeException>(() => ProportionEstimate.Create(5, 4)).ParamName);
        Assert.Equal("numerator", Assert.Throws<ArgumentOutOfRangeException>(() => ProportionEstimate.Create(-1, 4)).ParamName);
        Assert.Equal("81 of 263: 30.80% (95% CI 25.53% to 36.62%, Wilson)", ProportionEstimate.Create(81, 263).ToString());
    }

    [Fact]
    public void RateRatio_RothmansExample()
    {
        // Rothman, Epidemiology: An Introduction, table 9-2: 136 cancers in 22,050 person-years against 1,709 in 127,650;
        // the incidence rate ratio 0.46 with a 90% interval of 0.40 to 0.53 (published). The 95% interval is wider.
        RateRatio ratio = RateRatio.Create(ProportionEstimate.Create(136, 22_050), ProportionEstimate.Create(1_709, 127_650));
        Assert.Equal(0.46m, decimal.Round(ratio.Ratio!.Value, 2));
        double se = Math.Sqrt((1.0 / 136) + (1.0 / 1709));
        Assert.Equal(0.40, Math.Round((double)ratio.Ratio.Value * Math.Exp(-1.6448536269514722 * se), 2));
        Assert.Equal(0.53, Math.Round((double)ratio.Ratio.Value * Math.Exp(1.6448536269514722 * se), 2));
        Assert.Equal(0.3869m, decimal.Round(ratio.Log95!.Value.Lower, 4));
        Assert.Equal(0.5486m, decimal.Round(ratio.Log95.Value.Upper, 4));
        Assert.Equal("0.46 (95% CI 0.39 to 0.55, log method)", ratio.ToString());
    }

    [Fact]
    public void RateRatio_WithoutEvents_HasNoInterval()
    {
        RateRatio none = RateRatio.Create(ProportionEstimate.Create(0, 100), ProportionEstimate.Create(5, 100));
        Assert.Equal(0m, none.Ratio);
        Assert.Null(none.Log95);
        RateRatio noReference = RateRatio.Create(ProportionEstimate.Create(3, 100), ProportionEstimate.Create(0, 100));
        Assert.Null(noReference.Ratio);
        Assert.Null(noReference.Log95);
        Assert.Equal("no ratio (no events in the reference group)", noReference.ToString());
    }

    [Fact]
    public void Table_NamesTheMethods_AndSuppressesRatesWithTheirPeople()
    {
        Episode[] episodes = [.. SyntheticEpisodes.Generate(3000, 21)];
        var options = new EpisodeOutcomeOptions { Dimensions = OutcomeDimensions.DeprivationQuintile, PracticeNetworks = SyntheticEpisodes.PracticeNetworks };
        RegisteredCount[] counts =
        [
            .. SyntheticEpisodes.PracticeNetworks.Keys.SelectMany(p => Enum.GetValues<DeprivationDecile>().Select(d =>
                new RegisteredCount(p, new OutcomeGroupKey(null, null, null, null, deprivationDecile: d), 800))),
        ];
        EquityReport report = EquityRates.Aggregate(episodes, options, RegisteredPopulation.Create(OutcomeDimensions.DeprivationDecile, counts));
        var least = new OutcomeGroupKey(null, null, null, null, deprivationQuintile: DeprivationQuintile.Quintile5);

        OutcomeTable table = report.ToTable();

        Assert.True(report.HasRates);
        Assert.Contains(table.Columns, c => c.Name == "Offered per 1,000 registered: 95% CI lower (Wilson)");
        Assert.DoesNotContain(table.Columns, c => c.Name.Contains("ratio", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(new[] { "IMD quintile" }, table.RowHeaders);
        Assert.Contains(table.Rows, r => r.Labels[0] == "Not recorded");
        RateRatio? declined = report.Ratio(new OutcomeGroupKey(null, null, null, null, deprivationQuintile: DeprivationQuintile.Quintile1), least, EquityRate.Declined);
        Assert.True(declined!.Ratio > 1m); // the generator makes people who decline live in more deprived areas
        Assert.Null(EquityRates.Aggregate(episodes, options).Ratio(least, least, EquityRate.Offered)); // no rates without a population

        // Each rate goes with its people: wherever the policy suppresses the people, it suppresses the rate and its interval.
        PublishedTable published = DisclosurePolicy.SuppressBelow(40).Apply(table);
        int people = published.IndexOfColumn(EquityReport.PeopleColumn(EquityRate.Declined));
        int rate = published.IndexOfColumn(EquityReport.MeasureColumn(EquityRate.Declined, perRegistered: true));
        Assert.Contains(published.Rows, r => r.Cells[people].IsSuppressed);
        // (A group with no one registered, "Not recorded" here, has no rate at all: not applicable.)
        Assert.All(published.Rows, r => Assert.True(!r.Cells[people].IsSuppressed || (r.Cells[rate].Value is null && r.Cells[rate + 1].Value is null && r.Cells[rate + 2].Value is null)));
        Assert.Contains(published.Rows, r => r.Cells[people].IsSuppressed && r.Cells[rate].IsSuppressed);
        Assert.Empty(DerivabilityOracle.DeterminedCells(table, (r, c) => published[r, c].IsSuppressed));
    }

    [Theory]
    [InlineData(OutcomeDimensions.PrimaryCareNetwork | OutcomeDimensions.AgeBand | OutcomeDimensions.StatedGender | OutcomeDimensions.DeprivationQuintile)]
    [InlineData(OutcomeDimensions.PrimaryCareNetwork | OutcomeDimensions.Period | OutcomeDimensions.EthnicGroup | OutcomeDimensions.DeprivationDecile)]
    [InlineData(OutcomeDimensions.AgeBand | OutcomeDimensions.StatedGender | OutcomeDimensions.EthnicCategory | OutcomeDimensions.EthnicGroup | OutcomeDimensions.DeprivationQuintile)]
    public void ManyDimensions_NoSuppressedCellFollowsFromTheTotals(OutcomeDimensions dimensions)
    {
        // The dashboard broken down by several demographic parts: most cells small; secondary suppression must still
        // leave no suppressed count that the other cells and totals determine (the derivability oracle's check).
        Episode[] episodes = [.. SyntheticEpisodes.Generate(1500, 5)];
        var options = new EpisodeOutcomeOptions { Dimensions = dimensions, PracticeNetworks = SyntheticEpisodes.PracticeNetworks };
        OutcomeTable table = EpisodeOutcomes.Aggregate(episodes, options).ToTable();

        PublishedTable published = DisclosurePolicy.SuppressBelow(5).Apply(table);

        Assert.Empty(DerivabilityOracle.DeterminedCells(table, (r, c) => published[r, c].IsSuppressed));
        int suppressed = published.Rows.SelectMany(r => r.Cells).Count(c => c.IsSuppressed);
        Assert.True(suppressed > 0);
    }

    [Fact]
    public void Population_RefusesWhatItCannotHold()
    {
        Assert.Equal("splitBy", Assert.Throws<ArgumentException>(() => RegisteredPopulation.Create(OutcomeDimensions.Practice, [])).ParamName);
        Assert.Throws<ArgumentException>(() => RegisteredPopulation.Create(OutcomeDimensions.AgeBand, [new RegisteredCount(EpisodeScript.Practice, new OutcomeGroupKey(null, null, null, null, statedGender: StatedGender.Female), 10)]));
        Assert.Throws<ArgumentException>(() => RegisteredPopulation.Create(OutcomeDimensions.AgeBand, [new RegisteredCount(EpisodeScript.Practice, default, -1)]));
        Assert.Throws<ArgumentException>(() => RegisteredPopulation.Create(OutcomeDimensions.AgeBand, [new RegisteredCount(default, default, 1)]));
        RegisteredPopulation byCategory = RegisteredPopulation.Create(OutcomeDimensions.EthnicCategory | OutcomeDimensions.DeprivationDecile, []);
        Assert.True(byCategory.Covers(OutcomeDimensions.EthnicGroup | OutcomeDimensions.DeprivationQuintile | OutcomeDimensions.PrimaryCareNetwork));
        Assert.False(byCategory.Covers(OutcomeDimensions.AgeBand));
        Assert.False(byCategory.Covers(OutcomeDimensions.ReferralSource));
    }

    private static bool Offered(Episode e) => e.Events[0] is SocialPrescribingOffered;

    private static bool Referred(Episode e) => e.Events.Any(x => x is ReferralMade);

    private static bool Declined(Episode e) => e.Events.Any(x => x is PersonDeclined);

    private static long People(IEnumerable<Episode> episodes, Func<Episode, bool> which)
        => episodes.Where(which).Select(e => e.Person.NhsNumber?.ToString("D", null) ?? "local " + e.Person.LocalKey).Distinct().LongCount();

    private static long Registered(RegisteredCount[] counts, OutcomeGroupKey key, EpisodeOutcomeOptions options)
        => counts.Where(c =>
                (key.Practice is null || c.Practice == key.Practice)
                && (!options.Dimensions.HasFlag(OutcomeDimensions.PrimaryCareNetwork) || (options.PracticeNetworks.TryGetValue(c.Practice, out OdsCode n) && n == key.PrimaryCareNetwork))
                && (!options.Dimensions.HasFlag(OutcomeDimensions.AgeBand) || c.Group.AgeBand == key.AgeBand)
                && (!options.Dimensions.HasFlag(OutcomeDimensions.StatedGender) || c.Group.StatedGender == key.StatedGender))
            .Sum(c => c.People);
}

/// <summary>The equity table's cells, worked by hand, and the registered population's sums by every kind of part.</summary>
public sealed class EquityTableTests
{
    private static readonly OdsCode Practice = OdsCode.Parse("A81001");
    private static readonly OdsCode Other = OdsCode.Parse("B81002");
    private static readonly OdsCode Network = OdsCode.Parse("U12345");

    [Fact]
    public void Cells_AreTheRatesAndIntervals_WorkedByHand()
    {
        // Decile 1: people P1 and P2 offered, P1 declined; decile 10: P3 referred. 1,000 registered in decile 1, 4,000 in decile 10.
        CodedActivityRow[] rows =
        [
            Row("P1", SocialPrescribingConcepts.Offered.Id, DeprivationDecile.Decile1),
            Row("P1", SocialPrescribingConcepts.Declined.Id, DeprivationDecile.Decile1),
            Row("P2", SocialPrescribingConcepts.Offered.Id, DeprivationDecile.Decile2),
            Row("P3", SocialPrescribingConcepts.ReferralToService.Id, DeprivationDecile.Decile10),
        ];
        RegisteredPopulation population = RegisteredPopulation.Create(OutcomeDimensions.DeprivationDecile,
        [
            new RegisteredCount(Practice, Key(decile: DeprivationDecile.Decile1), 600),
            new RegisteredCount(Practice, Key(decile: DeprivationDecile.Decile2), 400),
            new RegisteredCount(Practice, Key(decile: DeprivationDecile.Decile10), 4000),
        ]);
        var options = new EpisodeOutcomeOptions { Dimensions = OutcomeDimensions.DeprivationQuintile };

        EquityReport report = EquityRates.AggregateCoded(rows, options, population);
        OutcomeTable table = report.ToTable();

        Assert.Equal("Social prescribing offers, referrals and declines by IMD quintile", table.Title);
        Assert.Equal("Mine", report.ToTable("Mine").Title);
        Assert.Equal("Equity: 2 groups, 2 people offered, with rates", report.ToString());
        Assert.Equal(["1 (most deprived 20%)", "5 (least deprived 20%)", "All"], table.Rows.Select(r => r.Labels[0]));
        decimal Stat(int row, string column) => table.Rows[row].Cells[Index(table, column)].StatisticValue;
        long Count(int row, string column) => table.Rows[row].Cells[Index(table, column)].CountValue;

        Assert.Equal(1000, Count(0, "Registered"));
        Assert.Equal(5000, Count(2, "Registered"));
        Assert.Equal(2, Count(0, "People offered"));
        Assert.Equal(2.00m, Stat(0, "Offered per 1,000 registered"));
        ConfidenceInterval wilson = ProportionEstimate.Create(2, 1000).Wilson95;
        Assert.Equal(decimal.Round(wilson.Lower * 1000m, 2), Stat(0, "Offered per 1,000 registered: 95% CI lower (Wilson)"));
        Assert.Equal(decimal.Round(wilson.Upper * 1000m, 2), Stat(0, "Offered per 1,000 registered: 95% CI upper (Wilson)"));
        Assert.Equal(0.25m, Stat(1, "Referred per 1,000 registered"));
        Assert.Equal(1000, table.Rows[0].Cells[Index(table, "Offered per 1,000 registered")].BasedOn);
        Assert.Equal(2, Count(0, "Offers"));
        Assert.Equal(1, Count(0, "Offers declined"));
        Assert.Equal(50.0m, table.Rows[0].Cells[Index(table, "Offers declined %")].Numerator * 100m / table.Rows[0].Cells[Index(table, "Offers declined %")].Denominator);
        ConfidenceInterval half = ProportionEstimate.Create(1, 2).Wilson95;
        Assert.Equal(decimal.Round(half.Lower * 100m, 1), Stat(0, "Offers declined %: 95% CI lower (Wilson)"));
        Assert.Equal(decimal.Round(half.Upper * 100m, 1), Stat(0, "Offers declined %: 95% CI upper (Wilson)"));
        Assert.Equal(OutcomeCellKind.NotApplicable, table.Rows[1].Cells[Index(table, "Offers declined %")].Kind);
        Assert.Equal(3, Count(2, "People offered") + Count(2, "People referred"));

        // Without the population: shares of the people in all groups, per cent.
        OutcomeTable shares = EquityRates.AggregateCoded(rows, options).ToTable();
        Assert.DoesNotContain(shares.Columns, c => c.Name == "Registered");
        Assert.Equal(100.00m, shares.Rows[0].Cells[Index(shares, "Share of people offered %")].StatisticValue);
        Assert.Equal(0.00m, shares.Rows[0].Cells[Index(shares, "Share of people referred %")].StatisticValue);
        Assert.Equal("Equity: 2 groups, 2 people offered, shares only", EquityRates.AggregateCoded(rows, options).ToString());
        Assert.Equal("People declined", EquityReport.PeopleColumn(EquityRate.Declined));
        Assert.Equal("Referred per 1,000 registered", EquityReport.MeasureColumn(EquityRate.Referred, perRegistered: true));
        Assert.Equal("Share of people declined %", EquityReport.MeasureColumn(EquityRate.Declined, perRegistered: false));
    }

    [Fact]
    public void Population_SumsCategoriesIntoGroups_AndPracticesIntoNetworks()
    {
        RegisteredPopulation population = RegisteredPopulation.Create(OutcomeDimensions.EthnicCategory | OutcomeDimensions.DeprivationDecile,
        [
            new RegisteredCount(Practice, Key(EthnicCategory.AsianIndian, DeprivationDecile.Decile1), 100),
            new RegisteredCount(Practice, Key(EthnicCategory.AsianPakistani, DeprivationDecile.Decile2), 30),
            new RegisteredCount(Other, Key(EthnicCategory.AsianIndian, DeprivationDecile.Decile1), 7),
            new RegisteredCount(Practice, Key(EthnicCategory.WhiteBritish, DeprivationDecile.Decile3), 50),
            new RegisteredCount(Practice, Key(EthnicCategory.AsianIndian, DeprivationDecile.Decile1), 1),
        ]);
        Episode[] none = [];
        var networks = new Dictionary<OdsCode, OdsCode> { [Practice] = Network };

        Assert.Equal(188, population.Total);
        Assert.Equal("Registered population: 188 people, split by EthnicCategory, DeprivationDecile", population.ToString());
        Dictionary<OutcomeGroupKey, long> byGroup = Registered(population, OutcomeDimensions.EthnicGroup | OutcomeDimensions.DeprivationQuintile, networks);
        Assert.Equal(138, byGroup[new OutcomeGroupKey(null, null, null, null, ethnicGroup: EthnicGroup.AsianOrAsianBritish, deprivationQuintile: DeprivationQuintile.Quintile1)]);
        Assert.Equal(50, byGroup[new OutcomeGroupKey(null, null, null, null, ethnicGroup: EthnicGroup.White, deprivationQuintile: DeprivationQuintile.Quintile2)]);
        Dictionary<OutcomeGroupKey, long> byCategory = Registered(population, OutcomeDimensions.EthnicCategory | OutcomeDimensions.DeprivationDecile, networks);
        Assert.Equal(108, byCategory[Key(EthnicCategory.AsianIndian, DeprivationDecile.Decile1)]);
        Dictionary<OutcomeGroupKey, long> byNetwork = Registered(population, OutcomeDimensions.PrimaryCareNetwork, networks);
        Assert.Equal(181, byNetwork[new OutcomeGroupKey(Network, null, null, null)]); // the other practice is in no known network
        Assert.Single(byNetwork);
        Dictionary<OutcomeGroupKey, long> byPractice = Registered(population, OutcomeDimensions.Practice, networks);
        Assert.Equal(7, byPractice[new OutcomeGroupKey(null, Other, null, null)]);

        // A population split by the groups themselves serves them.
        RegisteredPopulation byGroups = RegisteredPopulation.Create(OutcomeDimensions.EthnicGroup | OutcomeDimensions.DeprivationQuintile,
            [new RegisteredCount(Practice, new OutcomeGroupKey(null, null, null, null, ethnicGroup: EthnicGroup.Mixed, deprivationQuintile: DeprivationQuintile.Quintile4), 12)]);
        Assert.Equal(12, Registered(byGroups, OutcomeDimensions.EthnicGroup | OutcomeDimensions.DeprivationQuintile, networks).Values.Single());
    }

    [Fact]
    public void Population_RefusesKeysWithOtherParts_AndSumsPastACount()
    {
        Assert.Equal("counts", Assert.Throws<ArgumentNullException>(() => RegisteredPopulation.Create(OutcomeDimensions.None, null!)).ParamName);
        Assert.Throws<ArgumentException>(() => RegisteredPopulation.Create(OutcomeDimensions.None, [new RegisteredCount(Practice, new OutcomeGroupKey(Network, null, null, null), 1)]));
        Assert.Throws<ArgumentException>(() => RegisteredPopulation.Create(OutcomeDimensions.None, [new RegisteredCount(Practice, new OutcomeGroupKey(null, Practice, null, null), 1)]));
        Assert.Throws<ArgumentException>(() => RegisteredPopulation.Create(OutcomeDimensions.None, [new RegisteredCount(Practice, new OutcomeGroupKey(null, null, ReferralSourceKind.GpPractice, null), 1)]));
        Assert.Throws<ArgumentException>(() => RegisteredPopulation.Create(OutcomeDimensions.None, [new RegisteredCount(Practice, new OutcomeGroupKey(null, null, null, ReportingPeriod.Containing(PeriodKind.Quarter, new NodaTime.LocalDate(2025, 4, 1))), 1)]));
        Assert.Equal("counts", Assert.Throws<ArgumentException>(() => RegisteredPopulation.Create(OutcomeDimensions.None, [new RegisteredCount(Practice, default, long.MaxValue), new RegisteredCount(Practice, default, 1)])).ParamName);
        Assert.Equal(long.MaxValue, RegisteredPopulation.Create(OutcomeDimensions.None, [new RegisteredCount(Practice, default, long.MaxValue - 1), new RegisteredCount(Practice, default, 1)]).Total);
    }

    [Fact]
    public void Arguments_AreChecked()
    {
        Assert.Equal("episodes", Assert.Throws<ArgumentNullException>(() => EquityRates.Aggregate(null!)).ParamName);
        Assert.Equal("episodes", Assert.Throws<ArgumentException>(() => EquityRates.Aggregate([null!])).ParamName);
        Assert.Equal("rows", Assert.Throws<ArgumentNullException>(() => EquityRates.AggregateCoded(null!)).ParamName);
        Assert.Equal("rows", Assert.Throws<ArgumentException>(() => EquityRates.AggregateCoded([default(CodedActivityRow)])).ParamName);
        Assert.Equal("episodes", Assert.Throws<ArgumentNullException>(() => EquityRates.AggregateAsync(null!).GetAwaiter().GetResult()).ParamName);

        // Coded rows fall in the period of their date.
        EquityReport byQuarter = EquityRates.AggregateCoded(
            [Row("P1", SocialPrescribingConcepts.Offered.Id, DeprivationDecile.Decile1), Row("P1", SocialPrescribingConcepts.Offered.Id, DeprivationDecile.Decile1, new NodaTime.LocalDate(2025, 8, 1))],
            new EpisodeOutcomeOptions { Dimensions = OutcomeDimensions.Period });
        Assert.Equal(2, byQuarter.Keys.Count);
        Assert.All(byQuarter.Keys, k => Assert.NotNull(k.Period));
    }

    [Fact]
    public void ProportionEstimate_ComparesItsCounts_AndAllOfNIsExactlyOne()
    {
        ProportionEstimate a = ProportionEstimate.Create(3, 10);
        Assert.True(a == ProportionEstimate.Create(3, 10));
        Assert.False(a != ProportionEstimate.Create(3, 10));
        Assert.True(a != ProportionEstimate.Create(3, 11));
        Assert.True(a != ProportionEstimate.Create(4, 10));
        Assert.False(a == null);
        Assert.False(null == a);
        Assert.True((ProportionEstimate?)null == null);
        Assert.False(a.Equals((object?)null));
        Assert.Equal(a.GetHashCode(), ProportionEstimate.Create(3, 10).GetHashCode());
        Assert.Equal(1m, ProportionEstimate.Create(7, 7).Wilson95.Upper);
        Assert.Equal(0m, ProportionEstimate.Create(0, 7).Wilson95.Lower);
        Assert.True(ProportionEstimate.Create(6, 7).Wilson95.Upper < 1m);
    }

    private static Dictionary<OutcomeGroupKey, long> Registered(RegisteredPopulation population, OutcomeDimensions dimensions, Dictionary<OdsCode, OdsCode> networks)
    {
        // Read back through the public report: one person in each group, so each group's registered people show.
        var options = new EpisodeOutcomeOptions { Dimensions = dimensions, PracticeNetworks = networks };
        Assert.True(population.Covers(dimensions));
        var rows = new List<CodedActivityRow>();
        int n = 0;
        foreach (OdsCode practice in new[] { Practice, Other })
        {
            foreach (EthnicCategory category in Enum.GetValues<EthnicCategory>())
            {
                foreach (DeprivationDecile decile in Enum.GetValues<DeprivationDecile>())
                {
                    rows.Add(CodedActivityRow.Create(practice, "X" + n++.ToString(System.Globalization.CultureInfo.InvariantCulture), SocialPrescribingConcepts.Offered.Id, new NodaTime.LocalDate(2025, 5, 1))
                        .WithDemographics(new PersonDemographics(ethnicCategory: category, deprivationDecile: decile)));
                }
            }
        }

        EquityReport report = EquityRates.AggregateCoded(rows, options, population);
        return report.Keys.Where(k => report[k].Registered > 0).ToDictionary(k => k, k => report[k].Registered!.Value);
    }

    private static OutcomeGroupKey Key(EthnicCategory? category = null, DeprivationDecile? decile = null)
        => new(null, null, null, null, ethnicCategory: category, deprivationDecile: decile);

    private static CodedActivityRow Row(string person, SctId code, DeprivationDecile decile, NodaTime.LocalDate? on = null)
        => CodedActivityRow.Create(Practice, person, code, on ?? new NodaTime.LocalDate(2025, 5, 1)).WithDemographics(new PersonDemographics(deprivationDecile: decile));

    private static int Index(OutcomeTable table, string column) => table.Columns.ToList().FindIndex(c => c.Name == column);
}
