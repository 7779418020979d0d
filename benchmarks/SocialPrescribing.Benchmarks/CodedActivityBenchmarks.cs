using BenchmarkDotNet.Attributes;
using SocialPrescribing.Outcomes;
using SocialPrescribing.Outcomes.Testing;

namespace SocialPrescribing.Benchmarks;

/// <summary>
/// Offered, declined and referred counts and distinct people per practice, PCN and quarter from a synthetic GP extract
/// (<see cref="SyntheticCodedRows"/>, fixed seed): LINQ <c>GroupBy</c> (<see cref="CodedActivityReference"/>), the limit
/// (a raw loop over practice and quarter only, <see cref="RawCodedActivity"/>), and the library in one pass and in parallel,
/// each with the report; then the two aggregations alone, so the parallel overload is compared with the single pass
/// directly (the report after either is the same sequential step).
/// </summary>
[MemoryDiagnoser]
public class CodedActivityBenchmarks
{
    private CodedActivityRow[] _rows = [];
    private CodedActivityOptions _options = CodedActivityOptions.Default;
    private Dictionary<OdsCode, int> _listSizes = [];

    /// <summary>Gets or sets the number of rows.</summary>
    [Params(100_000, 1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _rows = [.. SyntheticCodedRows.Generate(Rows, 2026)];
        _listSizes = SyntheticEpisodes.PracticeNetworks.Keys.ToDictionary(p => p, p => 8_000);
        _options = new CodedActivityOptions(SyntheticEpisodes.PracticeNetworks, _listSizes);
    }

    /// <summary>The obvious way: LINQ GroupBy per practice and PCN and quarter, then a query per figure.</summary>
    [Benchmark(Baseline = true)]
    public int Extract_Linq() => CodedActivityReference.Figures(_rows, PeriodKind.Quarter, SyntheticEpisodes.PracticeNetworks, _listSizes, null).Count;

    /// <summary>The limit: one loop counting codes and distinct referred people per practice and quarter.</summary>
    [Benchmark]
    public int Extract_RawLoop() => RawCodedActivity.For(_rows).Count;

    /// <summary>The library, one pass, then the report at practice and PCN level.</summary>
    [Benchmark]
    public int Extract_Library() => CodedActivity.Report(CodedActivity.Aggregate(_rows, PeriodKind.Quarter), _options).Groups.Count;

    /// <summary>The library, split over the machine's cores and merged, then the report.</summary>
    [Benchmark]
    public int Extract_LibraryParallel() => CodedActivity.Report(CodedActivity.AggregateParallel(_rows, PeriodKind.Quarter), _options).Groups.Count;

    /// <summary>The single pass alone, without the report.</summary>
    [Benchmark]
    public long Aggregate_SinglePass() => CodedActivity.Aggregate(_rows, PeriodKind.Quarter).RowsRead;

    /// <summary>The parallel overload alone, without the report.</summary>
    [Benchmark]
    public long Aggregate_Parallel() => CodedActivity.AggregateParallel(_rows, PeriodKind.Quarter).RowsRead;
}
