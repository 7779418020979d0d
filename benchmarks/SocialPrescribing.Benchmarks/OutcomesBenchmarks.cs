using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
using SocialPrescribing.Benchmarks.Baselines;
using SocialPrescribing.Outcomes;
using SocialPrescribing.Outcomes.Testing;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Benchmarks;

/// <summary>
/// A PCN-and-quarter dashboard (every cell of <see cref="EpisodeOutcomeAggregate.ToTable"/>, the total row included) over
/// synthetic episodes held in memory (<see cref="SyntheticEpisodes"/>, seed 2026), warm: the baseline a competent engineer
/// writes with LINQ (<see cref="LinqDashboard"/>: <c>GroupBy</c>, one pass per group, the total merged from the groups),
/// the limit (<see cref="RawDashboard"/>: one hand-written loop into plain counters), the library in one pass and in
/// parallel, and what an analyst would pick instead: DuckDB running docs/sql/pcn-quarter-dashboard.sql over the
/// episode-level Parquet (<see cref="DuckDashboard"/>), loaded into a DuckDB table (the warm counterpart of episodes in
/// memory, on every core and on one) and read from the file at each query. The tests check that the LINQ and raw
/// baselines compute the library's cells exactly (DashboardBaselineTests); the set-up prints a check of DuckDB's result.
/// </summary>
[MemoryDiagnoser]
public class OutcomesBenchmarks
{
    private Episode[] _episodes = [];
    private EpisodeOutcomeOptions _options = EpisodeOutcomeOptions.Default;
    private string _parquet = string.Empty;
    private DuckDBConnection? _table;
    private DuckDBConnection? _tableOneThread;
    private DuckDBConnection? _view;

    /// <summary>Gets or sets the number of episodes.</summary>
    [Params(100_000, 1_000_000)]
    public int Episodes { get; set; }

    /// <summary>The options of the dashboard: by PCN and quarter, with the synthetic practices' PCNs.</summary>
    internal static EpisodeOutcomeOptions DashboardOptions { get; } = new()
    {
        Dimensions = OutcomeDimensions.PrimaryCareNetwork | OutcomeDimensions.Period,
        PeriodKind = PeriodKind.Quarter,
        PracticeNetworks = SyntheticEpisodes.PracticeNetworks,
    };

    [GlobalSetup]
    public void Setup()
    {
        _episodes = [.. SyntheticEpisodes.Generate(Episodes, 2026)];
        _options = DashboardOptions;
        _parquet = Path.Combine(Path.GetTempPath(), $"outcomes-benchmark-{Environment.ProcessId}-{Episodes}.parquet");
        DuckDashboard.WriteParquetAsync(_parquet, Episodes, _options).GetAwaiter().GetResult();
        _table = DuckDashboard.Open(_parquet, load: true);
        _tableOneThread = DuckDashboard.Open(_parquet, load: true, threads: 1);
        _view = DuckDashboard.Open(_parquet, load: false);
        Console.WriteLine($"// Parquet {new FileInfo(_parquet).Length:N0} bytes; DuckDB agrees with the library (groups, episodes, FFT answered, PAM interval): {DuckDashboard.Agrees(DuckDashboard.Run(_view), _episodes, _options)}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _table?.Dispose();
        _tableOneThread?.Dispose();
        _view?.Dispose();
        File.Delete(_parquet);
    }

    /// <summary>The baseline a competent engineer writes: LINQ GroupBy, one pass over each group, the total merged from the groups.</summary>
    [Benchmark(Baseline = true)]
    public int Dashboard_Linq() => LinqDashboard.For(_episodes, _options).Groups.Count;

    /// <summary>The limit: one loop into plain counters, every cell of the library's table.</summary>
    [Benchmark]
    public int Dashboard_RawLoop() => RawDashboard.For(_episodes, _options).Groups.Count;

    /// <summary>The library, one pass, then the table.</summary>
    [Benchmark]
    public int Dashboard_Library() => EpisodeOutcomes.Aggregate(_episodes, _options).ToTable().Rows.Count;

    /// <summary>The library, split over the machine's cores and merged, then the table.</summary>
    [Benchmark]
    public int Dashboard_LibraryParallel() => EpisodeOutcomes.AggregateParallel(_episodes, _options).ToTable().Rows.Count;

    /// <summary>DuckDB over the episodes loaded into an in-memory table, on every core.</summary>
    [Benchmark]
    public int Dashboard_DuckDbTable() => DuckDashboard.Run(_table!).Count;

    /// <summary>DuckDB over the episodes loaded into an in-memory table, on one thread (beside the library's single pass).</summary>
    [Benchmark]
    public int Dashboard_DuckDbTableOneThread() => DuckDashboard.Run(_tableOneThread!).Count;

    /// <summary>DuckDB reading the Parquet file at each query (the file in the page cache), on every core.</summary>
    [Benchmark]
    public int Dashboard_DuckDbParquet() => DuckDashboard.Run(_view!).Count;
}
