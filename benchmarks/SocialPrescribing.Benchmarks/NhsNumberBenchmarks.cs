using BenchmarkDotNet.Attributes;
using SocialPrescribing.Testing;

namespace SocialPrescribing.Benchmarks;

/// <summary>
/// <see cref="NhsNumber.TryParse(ReadOnlySpan{char}, out NhsNumber)"/> against the obvious implementation
/// (string Replace, LINQ, <see cref="CoreReferenceImplementations.IsValidNhsNumber"/>) on the same inputs.
/// </summary>
[MemoryDiagnoser]
public class NhsNumberBenchmarks
{
    [Params("9990000026", "999 000 0026", "9990000027")]
    public string Input { get; set; } = "";

    [Benchmark(Baseline = true)]
    public bool TryParse_Obvious() => CoreReferenceImplementations.IsValidNhsNumber(Input);

    [Benchmark]
    public bool TryParse_Library() => NhsNumber.TryParse(Input, out _);
}
