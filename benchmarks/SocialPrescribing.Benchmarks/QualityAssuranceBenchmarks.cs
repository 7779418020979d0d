using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using SocialPrescribing.QualityAssurance;

namespace SocialPrescribing.Benchmarks;

/// <summary>
/// The menu query ("safe to connect today" for one need) over 2,000 groups and the due list over 2,000 agreements,
/// each against the obvious LINQ version in the same run.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class QualityAssuranceBenchmarks
{
    private static readonly LocalDate Today = new(2026, 11, 25);
    private CommunityGroup[] _groups = [];
    private CommunityGroupMenu _menu = null!;
    private GroupSchedule[] _agreements = [];

    [Params(2000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2019);
        ConnectionCategoryKind[] kinds = Enum.GetValues<ConnectionCategoryKind>();
        _agreements = Enumerable.Range(0, Count).Select(i =>
        {
            GroupSchedule a = GroupSchedule.Create($"G-{i}", Today.PlusDays(-random.Next(0, 500)), random.Next(4) == 0);
            if (random.Next(10) == 0)
            {
                a = a.WithLeadershipChange(a.SignedOn.PlusDays(random.Next(0, 300)));
            }

            return random.Next(2) == 0 ? a.WithCatchUp(a.SignedOn.PlusDays(random.Next(0, 200))) : a;
        }).ToArray();
        _groups = _agreements.Select((a, i) =>
        {
            var group = new CommunityGroup(a.GroupId, "Group " + i, OrganisationKind.SmallVolunteerLedGroup,
                [kinds[random.Next(kinds.Length)], kinds[random.Next(kinds.Length)]], "Weekly", "Reception");
            group = random.Next(5) == 0 ? group : group.WithSchedule(a);
            return random.Next(8) == 0 ? group.WithCapacity(new CapacityReport(false, 0, Today, CapacitySource.CatchUp)) : group;
        }).ToArray();
        _menu = new CommunityGroupMenu(_groups);
    }

    /// <summary>The obvious way: filter the whole list with LINQ, twice.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Menu")]
    public int Menu_Obvious()
    {
        var serving = _groups.Where(g => g.Categories.Contains(ConnectionCategoryKind.PhysicalActivitySupport));
        var offered = serving.Where(g => g.ReasonLeftOutOn(Today) is null).ToList();
        var leftOut = serving.Select(g => (Group: g, Reason: g.ReasonLeftOutOn(Today))).Where(x => x.Reason is not null).ToList();
        return offered.Count + leftOut.Count;
    }

    /// <summary>The library: the category index, one pass.</summary>
    [Benchmark]
    [BenchmarkCategory("Menu")]
    public int Menu_Library()
    {
        MenuAnswer answer = _menu.SafeToConnect(ConnectionCategoryKind.PhysicalActivitySupport, Today);
        return answer.Offered.Count + answer.LeftOut.Count;
    }

    /// <summary>The obvious way: SelectMany and a stable OrderBy on the due date (the library's order).</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("DueList")]
    public int DueList_Obvious()
        => _agreements.SelectMany(a => a.DueOn(Today)).OrderBy(d => d.DueOn).ToList().Count;

    /// <summary>The library: one list, one sort.</summary>
    [Benchmark]
    [BenchmarkCategory("DueList")]
    public int DueList_Library() => GroupSchedule.DueList(_agreements, Today).Count;
}
