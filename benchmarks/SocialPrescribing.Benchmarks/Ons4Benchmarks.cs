using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using SocialPrescribing.Measures;
using SocialPrescribing.Measures.Testing;

namespace SocialPrescribing.Benchmarks;

/// <summary>ONS4 banding and change against the obvious implementations (table search with LINQ; dictionary of item changes).</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class Ons4Benchmarks
{
    private readonly Ons4Response _baseline = new(new LocalDate(2026, 1, 5), AssessmentOccasion.Baseline, Ons4Answer.Create(4), Ons4Answer.Create(5), Ons4Answer.Refused, Ons4Answer.Create(7));
    private readonly Ons4Response _followUp = new(new LocalDate(2026, 7, 5), AssessmentOccasion.FollowUp, Ons4Answer.Create(6), Ons4Answer.Create(5), Ons4Answer.Create(8), Ons4Answer.Create(3));

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
                sum += (int)MeasuresReferenceImplementations.Ons4BandOf(item, r);
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
        int sum = 0;
        foreach (var change in MeasuresReferenceImplementations.Ons4ChangeOf(_baseline, _followUp).Values)
        {
            sum += Sum(change);
        }

        return sum;
    }

    /// <summary>Describes the change between two responses with the library.</summary>
    [Benchmark]
    [BenchmarkCategory("Change")]
    public int Change_Library()
    {
        // Reads everything the baseline computes (difference, direction, both bands), so the two do the same work.
        Ons4Change change = Ons4Change.Between(_baseline, _followUp);
        return Sum(change.LifeSatisfaction) + Sum(change.Worthwhile) + Sum(change.Happiness) + Sum(change.Anxiety);
    }

    private static int Sum(Ons4ItemChange c) => (c.IsImprovement ? 1 : 0) + (c.Difference ?? 0) + (int)(c.FromBand ?? 0) + (int)(c.ToBand ?? 0);

    private static int Sum((int? Difference, bool Improved, Ons4Band? FromBand, Ons4Band? ToBand) c)
        => (c.Improved ? 1 : 0) + (c.Difference ?? 0) + (int)(c.FromBand ?? 0) + (int)(c.ToBand ?? 0);

    private static readonly Ons4Item[] Items = Enum.GetValues<Ons4Item>();
}
