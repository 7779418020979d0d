using BenchmarkDotNet.Attributes;
using SocialPrescribing.Measures;
using SocialPrescribing.Measures.Testing;

namespace SocialPrescribing.Benchmarks;

/// <summary>PAM level of every score 0.0-100.0 against the obvious implementation (LINQ over a table of lower bounds).</summary>
[MemoryDiagnoser]
public class PamBenchmarks
{
    private readonly PamScore[] _scores = Enumerable.Range(0, PamScore.MaxTenths + 1).Select(PamScore.FromTenths).ToArray();

    /// <summary>Levels all 1001 scores, the obvious way.</summary>
    [Benchmark(Baseline = true)]
    public int Level_Obvious()
    {
        int sum = 0;
        foreach (PamScore score in _scores)
        {
            sum += (int)MeasuresReferenceImplementations.PamLevelOf(score.Value);
        }

        return sum;
    }

    /// <summary>Levels all 1001 scores with the library.</summary>
    [Benchmark]
    public int Level_Library()
    {
        int sum = 0;
        foreach (PamScore score in _scores)
        {
            sum += (int)score.Level;
        }

        return sum;
    }
}
