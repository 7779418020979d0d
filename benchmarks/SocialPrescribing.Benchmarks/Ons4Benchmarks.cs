using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using SocialPrescribing.Measures;
using SocialPrescribing.Measures.Ons4;
using SocialPrescribing.Testing;

namespace SocialPrescribing.Benchmarks;

/// <summary>ONS4 banding and change against the obvious implementations (table search with LINQ; dictionary of item changes).</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class Ons4Benchmarks
{
    private readonly Ons4Response _baseline = new(new LocalDate(2026, 1, 5), AssessmentOccasion.Baseline, Ons4Answer.Of(4), Ons4Answer.Of(5), Ons4Answer.Refused, Ons4Answer.Of(7));
    private readonly Ons4Response _followUp = new(new LocalDate(2026, 7, 5), AssessmentOccasion.FollowUp, Ons4Answer.Of(6), Ons4Answer.Of(5), Ons4Answer.Of(8), Ons4Answer.Of(3));

    /// <summary>Bands all 44 (item, rating) pairs, the obvious way.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Band")]
    public int Band_Obvious()
    {
        int sum = 0;
        foreach (Ons4Item item in Items)
        {
            for (int r = 0; r <= 10; r++)
            {
                sum += (int)ReferenceImplementations.Ons4BandOf(item, r);
            }
        }

        return sum;
    }

    /// <summary>Bands all 44 (item, rating) pairs with the library.</summary>
    [Benchmark]
    [BenchmarkCategory("Band")]
    public int Band_Library()
    {
        int sum = 0;
        foreach (Ons4Item item in Items)
        {
            for (int r = 0; r <= 10; r++)
            {
                sum += (int)Ons4Thresholds.BandOf(item, Ons4Rating.Create(r));
            }
        }

        return sum;
    }

    /// <summary>Describes the change between two responses, the obvious way.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Change")]
    public int Change_Obvious()
    {
        int improved = 0;
        foreach (var change in ReferenceImplementations.Ons4ChangeOf(_baseline, _followUp).Values)
        {
            improved += change.Improved ? 1 : 0;
        }

        return improved;
    }

    /// <summary>Describes the change between two responses with the library.</summary>
    [Benchmark]
    [BenchmarkCategory("Change")]
    public int Change_Library()
    {
        Ons4Change change = Ons4Change.Between(_baseline, _followUp);
        return (change.LifeSatisfaction.IsImprovement ? 1 : 0) + (change.Worthwhile.IsImprovement ? 1 : 0)
            + (change.Happiness.IsImprovement ? 1 : 0) + (change.Anxiety.IsImprovement ? 1 : 0);
    }

    private static readonly Ons4Item[] Items = Enum.GetValues<Ons4Item>();
}
