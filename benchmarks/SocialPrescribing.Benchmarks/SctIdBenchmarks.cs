using BenchmarkDotNet.Attributes;
using SocialPrescribing.Testing;

namespace SocialPrescribing.Benchmarks;

/// <summary>
/// <see cref="SctId.TryParse(ReadOnlySpan{char}, out SctId)"/> against the obvious implementation
/// (regular expression, Substring, LINQ Verhoeff, <see cref="CoreReferenceImplementations.IsValidSctId"/>) on the same inputs.
/// </summary>
[MemoryDiagnoser]
public class SctIdBenchmarks
{
    [Params("22298006", "871731000000106", "871731000000107")]
    public string Input { get; set; } = "";

    [Benchmark(Baseline = true)]
    public bool TryParse_Obvious() => CoreReferenceImplementations.IsValidSctId(Input);

    [Benchmark]
    public bool TryParse_Library() => SctId.TryParse(Input, out _);
}
