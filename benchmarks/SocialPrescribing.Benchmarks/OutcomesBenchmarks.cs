using BenchmarkDotNet.Attributes;
using SocialPrescribing.Outcomes;
using SocialPrescribing.Outcomes.Testing;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Benchmarks;

/// <summary>
/// A PCN-and-quarter dashboard (every column of <see cref="EpisodeOutcomeAggregate.ToTable"/>) over synthetic episodes
/// (<see cref="SyntheticEpisodes"/>, fixed seed): the obvious way with LINQ <c>GroupBy</c> and a query per column
/// (<see cref="ReferenceDashboard"/>), the limit (one hand-written loop reading only the dashboard's fields into plain
/// counters, <see cref="RawDashboard"/>), and the library in one pass and in parallel, each ending with the table.
/// The tests check that all three compute the same figures.
/// </summary>
[MemoryDiagnoser]
public class OutcomesBenchmarks
{
    private Episode[] _episodes = [];
    private EpisodeOutcomeOptions _options = EpisodeOutcomeOptions.Default;

    /// <summary>Gets or sets the number of episodes.</summary>
    [Params(100_000, 1_000_000)]
    public int Episodes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _episodes = [.. SyntheticEpisodes.Generate(Episodes, 2026)];
        _options = new EpisodeOutcomeOptions
        {
            Dimensions = OutcomeDimensions.PrimaryCareNetwork | OutcomeDimensions.Period,
            PeriodKind = PeriodKind.Quarter,
            PracticeNetworks = SyntheticEpisodes.PracticeNetworks,
        };
    }

    /// <summary>The obvious way: LINQ GroupBy, then a query per figure.</summary>
    [Benchmark(Baseline = true)]
    public int Dashboard_Linq() => ReferenceDashboard.For(_episodes, _options).Count + ReferenceDashboard.Total(_episodes, _options).Length;

    /// <summary>The limit: one loop summing only the dashboard's fields.</summary>
    [Benchmark]
    public int Dashboard_RawLoop() => RawDashboard.For(_episodes, SyntheticEpisodes.PracticeNetworks, PeriodKind.Quarter).Count;

    /// <summary>The library, one pass.</summary>
    [Benchmark]
    public int Dashboard_Library() => EpisodeOutcomes.Aggregate(_episodes, _options).ToTable().Rows.Count;

    /// <summary>The library, split over the machine's cores and merged.</summary>
    [Benchmark]
    public int Dashboard_LibraryParallel() => EpisodeOutcomes.AggregateParallel(_episodes, _options).ToTable().Rows.Count;
}
