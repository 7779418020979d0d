using BenchmarkDotNet.Attributes;
using SocialPrescribing.Benchmarks.Baselines;
using SocialPrescribing.Json;
using SocialPrescribing.Outcomes;
using SocialPrescribing.Outcomes.Testing;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Benchmarks;

/// <summary>
/// The dashboard of <see cref="OutcomesBenchmarks"/>, cold: over episodes just read from a JSON Lines file, and DuckDB
/// opening the Parquet file afresh.
/// </summary>
/// <remarks>
/// Before each measured call of the LINQ baseline and the library (<see cref="IterationSetupAttribute"/>, so one call per
/// iteration) every episode is read afresh from the JSON Lines file written at set-up (<see cref="JsonLines.Read"/>):
/// objects nothing has touched since they were built, most of them long out of the processor's caches, as a job that
/// loads the episodes and reports sees them. The reading is not measured (the end-to-end measurement,
/// <c>-- --e2e N</c>, times it). DuckDB's cold call opens a new in-memory database, makes <c>episodes</c> a view over the
/// Parquet file and runs the query: everything it knows about the file is read in the call (the file itself is in the
/// operating system's page cache, as the JSON Lines file is for the others).
/// </remarks>
[MemoryDiagnoser]
public class OutcomesColdBenchmarks
{
    private string _jsonLines = string.Empty;
    private string _parquet = string.Empty;
    private Episode[] _fresh = [];

    /// <summary>Gets or sets the number of episodes.</summary>
    [Params(100_000, 1_000_000)]
    public int Episodes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string stem = Path.Combine(Path.GetTempPath(), $"outcomes-cold-{Environment.ProcessId}-{Episodes}");
        _jsonLines = stem + ".jsonl";
        _parquet = stem + ".parquet";
        using (FileStream file = File.Create(_jsonLines))
        {
            JsonLines.Write(file, SyntheticEpisodes.Generate(Episodes, 2026));
        }

        DuckDashboard.WriteParquetAsync(_parquet, Episodes, OutcomesBenchmarks.DashboardOptions).GetAwaiter().GetResult();
        Console.WriteLine($"// JSON Lines {new FileInfo(_jsonLines).Length:N0} bytes, Parquet {new FileInfo(_parquet).Length:N0} bytes");
    }

    /// <summary>Reads every episode afresh before each measured call of the LINQ baseline and the library.</summary>
    [IterationSetup(Targets = [nameof(ColdDashboard_Linq), nameof(ColdDashboard_Library)])]
    public void ReadEpisodes()
    {
        _fresh = [];
        GC.Collect();
        using FileStream file = new(_jsonLines, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        _fresh = [.. JsonLines.Read<Episode>(file)];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        File.Delete(_jsonLines);
        File.Delete(_parquet);
    }

    /// <summary>The LINQ baseline over episodes just read.</summary>
    [Benchmark(Baseline = true)]
    public int ColdDashboard_Linq() => LinqDashboard.For(_fresh, OutcomesBenchmarks.DashboardOptions).Groups.Count;

    /// <summary>The library over episodes just read.</summary>
    [Benchmark]
    public int ColdDashboard_Library() => EpisodeOutcomes.Aggregate(_fresh, OutcomesBenchmarks.DashboardOptions).ToTable().Rows.Count;

    /// <summary>DuckDB: a new database, a view over the Parquet file, the query.</summary>
    [Benchmark]
    public int ColdDashboard_DuckDbParquet()
    {
        using var connection = DuckDashboard.Open(_parquet, load: false);
        return DuckDashboard.Run(connection).Count;
    }
}
