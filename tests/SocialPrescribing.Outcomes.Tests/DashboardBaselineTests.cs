using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialPrescribing.Outcomes.Testing;
using SocialPrescribing.Referrals;
using SocialPrescribing.Referrals.Testing;

namespace SocialPrescribing.Outcomes.Tests;

/// <summary>
/// The dashboard benchmark's baselines (<see cref="LinqDashboard"/>, <see cref="RawDashboard"/>) compute exactly the
/// library's cells: every group's row and the total row of <see cref="EpisodeOutcomeAggregate.ToTable"/>, cell for cell,
/// with no tolerance. A baseline that computed less would make the benchmark's ratios meaningless.
/// </summary>
public sealed class DashboardBaselineTests
{
    private static readonly Gen<EpisodeOutcomeOptions> Options =
        from kind in Gen.Elements(Enum.GetValues<PeriodKind>())
        from excludeLevel4 in ArbMap.Default.GeneratorFor<bool>()
        from mapped in ArbMap.Default.GeneratorFor<bool>()
        select new EpisodeOutcomeOptions
        {
            PeriodKind = kind,
            ExcludePamLevel4AtBaseline = excludeLevel4,
            PracticeNetworks = mapped ? new Dictionary<OdsCode, OdsCode> { [EpisodeScript.Practice] = EpisodeScript.Network } : new Dictionary<OdsCode, OdsCode>(),
        };

    [Property(MaxTest = 60)]
    public Property Baselines_AgreeWithLibrary() => Prop.ForAll(EpisodeOutcomesTests.EpisodeLists.ToArbitrary(), Options.ToArbitrary(), (episodes, options) =>
    {
        AssertSameCells(episodes, options, LinqDashboard.For(episodes, options), "LINQ");
        AssertSameCells(episodes, options, RawDashboard.For(episodes, options), "raw loop");
    });

    [Fact]
    public void Baselines_AgreeWithLibrary_SeededSample()
    {
        // A fixed sample of 2,000 generated episodes, the same on every run.
        Episode[] episodes = Gen.Frequency((1, EpisodeGenerators.EpisodesInEveryState), (1, EpisodeOutcomesTests.MeasuredEpisodes)).ArrayOf(2000).Sample(1, new Rnd(20261207UL), 1)[0];
        var options = new EpisodeOutcomeOptions { PeriodKind = PeriodKind.Month, ExcludePamLevel4AtBaseline = true };
        AssertSameCells(episodes, options, LinqDashboard.For(episodes, options), "LINQ");
        AssertSameCells(episodes, options, RawDashboard.For(episodes, options), "raw loop");
    }

    [Theory]
    [InlineData(PeriodKind.Quarter)]
    [InlineData(PeriodKind.FinancialYear)]
    public void Baselines_AgreeWithLibrary_SyntheticEpisodes(PeriodKind kind)
    {
        // Thousands of episodes with the shape of a real service: many waits, 40 PCNs, missing follow-ups.
        Episode[] episodes = [.. SyntheticEpisodes.Generate(5000, seed: 11)];
        Assert.True(episodes.Select(e => e.DaysToFirstContact).Where(d => d is not null).Distinct().Count() > 10);
        var options = new EpisodeOutcomeOptions { PracticeNetworks = SyntheticEpisodes.PracticeNetworks, PeriodKind = kind };
        AssertSameCells(episodes, options, LinqDashboard.For(episodes, options), "LINQ");
        AssertSameCells(episodes, options, RawDashboard.For(episodes, options), "raw loop");
    }

    [Fact]
    public void Linq_AgreesWithLibrary_ByAgeGenderAndDeprivation()
    {
        // The grouped benchmark's key (OutcomesByGroupBenchmarks): PCN, quarter, age band, stated gender, deprivation quintile.
        Episode[] episodes = [.. SyntheticEpisodes.Generate(3000, seed: 12)];
        var options = new EpisodeOutcomeOptions
        {
            Dimensions = OutcomeDimensions.PrimaryCareNetwork | OutcomeDimensions.Period | OutcomeDimensions.AgeBand | OutcomeDimensions.StatedGender | OutcomeDimensions.DeprivationQuintile,
            PracticeNetworks = SyntheticEpisodes.PracticeNetworks,
        };
        DashboardRows rows = LinqDashboard.For(episodes, options);
        Assert.True(rows.Groups.Count > 1000);
        AssertSameCells(episodes, options, rows, "LINQ");
    }

    [Fact]
    public void Baselines_AgreeWithLibrary_LongAndOutOfRangeWaits()
    {
        // Waits of 3, 4,500 and 9,999 days (beyond any fixed array of a few thousand days) and one of 10,001 (out of range).
        var referred = new NodaTime.LocalDate(1990, 1, 5);
        Episode[] episodes = [.. new[] { 3, 4_500, 9_999, ValueCounts.MaxValue + 1 }.Select(days => EpisodeBuilder.Referred(referred, waitDays: days).Episode)];
        var options = new EpisodeOutcomeOptions { Dimensions = OutcomeDimensions.PrimaryCareNetwork | OutcomeDimensions.Period };
        Assert.Equal(1, EpisodeOutcomes.Aggregate(episodes, options).Total().WaitingDays.OutOfRange);
        AssertSameCells(episodes, options, LinqDashboard.For(episodes, options), "LINQ");
        AssertSameCells(episodes, options, RawDashboard.For(episodes, options), "raw loop");
    }

    [Fact]
    public void AssertSameCells_CanFail()
    {
        // The check itself must catch a wrong cell.
        Episode[] episodes = [.. SyntheticEpisodes.Generate(300, seed: 3)];
        var options = new EpisodeOutcomeOptions { PracticeNetworks = SyntheticEpisodes.PracticeNetworks };
        DashboardRows rows = LinqDashboard.For(episodes, options);
        decimal?[] total = [.. rows.Total];
        total[^1] = total[^1] is decimal d ? d + 0.001m : 0m;
        Assert.ThrowsAny<Exception>(() => AssertSameCells(episodes, options, rows with { Total = total }, "changed"));
    }

    /// <summary>Checks every cell of every row against the library's table (PCN and period), exactly.</summary>
    private static void AssertSameCells(Episode[] episodes, EpisodeOutcomeOptions options, DashboardRows rows, string name)
    {
        EpisodeOutcomeAggregate aggregate = EpisodeOutcomes.Aggregate(episodes, new EpisodeOutcomeOptions
        {
            Dimensions = OutcomeDimensions.PrimaryCareNetwork | OutcomeDimensions.Period
                | (options.Dimensions & (OutcomeDimensions.AgeBand | OutcomeDimensions.StatedGender | OutcomeDimensions.DeprivationQuintile)),
            PeriodKind = options.PeriodKind,
            PracticeNetworks = options.PracticeNetworks,
            ExcludePamLevel4AtBaseline = options.ExcludePamLevel4AtBaseline,
        });
        OutcomeTable table = aggregate.ToTable();
        Assert.Equal(aggregate.Keys.Count, rows.Groups.Count);
        for (int r = 0; r < table.Rows.Count; r++)
        {
            bool total = r == aggregate.Keys.Count;
            decimal?[] want = total ? rows.Total : rows.Groups[aggregate.Keys[r]];
            Assert.Equal(table.Columns.Count, want.Length);
            for (int c = 0; c < table.Columns.Count; c++)
            {
                OutcomeCell cell = table[r, c];
                decimal? library = ValueOf(cell);
                Assert.True(library == want[c], $"row {r} ({(total ? "total" : aggregate.Keys[r])}), column {table.Columns[c].Name}: library {library}, {name} {want[c]}");
            }
        }
    }

    /// <summary>A cell as the baselines give it: a count, an unrounded statistic, a percentage as its fraction, or null where not applicable.</summary>
    internal static decimal? ValueOf(OutcomeCell cell) => cell.Kind switch
    {
        OutcomeCellKind.Count => cell.CountValue,
        OutcomeCellKind.Statistic => cell.StatisticValue,
        OutcomeCellKind.Percentage => (decimal)cell.Numerator / cell.Denominator,
        _ => null,
    };
}
