using BenchmarkDotNet.Attributes;
using SocialPrescribing.Outcomes;
using SocialPrescribing.Outcomes.Testing;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Benchmarks;

/// <summary>
/// The dashboard of <see cref="OutcomesBenchmarks"/> broken down by who people are (issue 21): PCN × quarter × age band ×
/// stated gender × deprivation quintile over 1,000,000 synthetic episodes, warm. The baseline is the same LINQ
/// (<see cref="LinqDashboard"/>, grouping by the same key); the library in one pass and in parallel. Memory should stay
/// in proportion to the groups (thousands here, against 320 by PCN and quarter), never to the episodes.
/// </summary>
[MemoryDiagnoser]
public class OutcomesByGroupBenchmarks
{
    private Episode[] _episodes = [];

    /// <summary>Gets or sets the number of episodes.</summary>
    [Params(1_000_000)]
    public int Episodes { get; set; }

    /// <summary>The options: PCN, quarter, age band, stated gender and deprivation quintile.</summary>
    internal static EpisodeOutcomeOptions Options { get; } = new()
    {
        Dimensions = OutcomeDimensions.PrimaryCareNetwork | OutcomeDimensions.Period | OutcomeDimensions.AgeBand | OutcomeDimensions.StatedGender | OutcomeDimensions.DeprivationQuintile,
        PeriodKind = PeriodKind.Quarter,
        PracticeNetworks = SyntheticEpisodes.PracticeNetworks,
    };

    [GlobalSetup]
    public void Setup()
    {
        _episodes = [.. SyntheticEpisodes.Generate(Episodes, 2026)];
        EpisodeOutcomeAggregate aggregate = EpisodeOutcomes.Aggregate(_episodes, Options);
        Console.WriteLine($"// {aggregate.Keys.Count:N0} groups; LINQ's groups agree: {LinqDashboard.For(_episodes, Options).Groups.Count == aggregate.Keys.Count}");
    }

    /// <summary>The baseline: LINQ GroupBy on the five-part key, one pass over each group, the total merged from the groups.</summary>
    [Benchmark(Baseline = true)]
    public int ByGroup_Linq() => LinqDashboard.For(_episodes, Options).Groups.Count;

    /// <summary>The library: one pass, then the table.</summary>
    [Benchmark]
    public int ByGroup_Library() => EpisodeOutcomes.Aggregate(_episodes, Options).ToTable().Rows.Count;

    /// <summary>The library on every core, then the table.</summary>
    [Benchmark]
    public int ByGroup_LibraryParallel() => EpisodeOutcomes.AggregateParallel(_episodes, Options).ToTable().Rows.Count;
}
