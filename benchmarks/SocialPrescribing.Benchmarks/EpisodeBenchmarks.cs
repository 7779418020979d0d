using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using SocialPrescribing.Referrals;
using SocialPrescribing.Referrals.Testing;

namespace SocialPrescribing.Benchmarks;

/// <summary>
/// Building and replaying an episode of 50 events; and the caseload for a date over 1,000 and 10,000 episodes, against
/// the same caseload written with LINQ (<see cref="ReferenceCaseload"/>), each pair in its own category with its own baseline.
/// </summary>
/// <remarks>
/// The episodes are made once, deterministically (seeded), from scripts of commands like the tests' generators, event by
/// event: what such an episode computes for a caseload on first use, the set-up computes while it prints how many entries
/// each caseload lists (to read beside Allocated), so the measured iterations are warm, the steady state of a service
/// asking for caseloads day after day over episodes it keeps. <see cref="CaseloadColdBenchmarks"/> measures episodes
/// fresh from a store.
/// </remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class EpisodeBenchmarks
{
    private static readonly EpisodeEventKind[] Kinds =
    [
        EpisodeEventKind.ContactRecorded, EpisodeEventKind.ContactRecorded, EpisodeEventKind.ContactRecorded,
        EpisodeEventKind.Accepted, EpisodeEventKind.Accepted, EpisodeEventKind.ConnectionMade, EpisodeEventKind.ConnectionMade,
        EpisodeEventKind.ConnectionOutcomeRecorded, EpisodeEventKind.ConnectionOutcomeRecorded, EpisodeEventKind.PlanAgreed,
        EpisodeEventKind.Ons4Recorded, EpisodeEventKind.Ons4Recorded, EpisodeEventKind.PamRecorded, EpisodeEventKind.PamEligibilityRecorded,
        EpisodeEventKind.ReviewStarted, EpisodeEventKind.ReviewCompleted, EpisodeEventKind.Reassigned, EpisodeEventKind.PutOnHold,
        EpisodeEventKind.Resumed, EpisodeEventKind.PermissionsRecorded, EpisodeEventKind.Escalated, EpisodeEventKind.Closed,
    ];

    private EpisodeEvent[] _fiftyEvents = [];
    private Episode[] _episodes = [];
    private Episode[] _firstThousand = [];
    private LocalDate _asOf;

    [GlobalSetup]
    public void Setup()
    {
        // 50 events: to a connection, then contacts, measures and outcomes that every connected episode accepts.
        EpisodeEventKind[] cycle = [EpisodeEventKind.ContactRecorded, EpisodeEventKind.Ons4Recorded, EpisodeEventKind.ConnectionOutcomeRecorded, EpisodeEventKind.PamRecorded, EpisodeEventKind.PermissionsRecorded];
        EpisodeScript fifty = EpisodeScript.Canonical(EpisodeState.Connected, EpisodeId.Create(new Guid("0f8fad5b-d9cb-469f-a165-70867728950e")), new LocalDate(2026, 1, 5))
            .With([.. Enumerable.Range(0, 45).Select(i => new EpisodeCommand(cycle[i % cycle.Length], 3, cycle[i % cycle.Length] == EpisodeEventKind.ConnectionOutcomeRecorded ? 3 * (i % 4) : i))]);
        _fiftyEvents = [.. fifty.Episode!.Events];
        if (_fiftyEvents.Length != 50)
        {
            throw new InvalidOperationException("The 50-event script should apply every event.");
        }

        _episodes = CaseloadEpisodes();
        _firstThousand = _episodes[..1_000];
        _asOf = CaseloadDate;
        foreach (Episode[] episodes in new[] { _firstThousand, _episodes })
        {
            // The figures the write-up puts beside Allocated: what was scanned and what was listed.
            Console.WriteLine(FormattableString.Invariant($"// {episodes.Length} episodes: {Caseload.For(episodes, _asOf).Entries.Count} entries, {Caseload.For(episodes, _asOf, EpisodeScript.LinkWorkers[0]).Entries.Count} for LW-01"));
        }
    }

    /// <summary>The fold, one <see cref="Episode.Apply"/> at a time, as a service records an episode.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Episode")]
    public Episode Build_FiftyEvents()
    {
        Episode episode = Episode.Start(_fiftyEvents[0]).Episode!;
        for (int i = 1; i < _fiftyEvents.Length; i++)
        {
            episode = episode.Apply(_fiftyEvents[i]).Episode!;
        }

        return episode;
    }

    /// <summary>Rebuilding the episode from its stored events.</summary>
    [Benchmark]
    [BenchmarkCategory("Episode")]
    public Episode Replay_FiftyEvents() => Episode.Replay(_fiftyEvents);

    /// <summary>The obvious way: one LINQ query per reason, asking each episode's schedule afresh.</summary>
    /// <param name="episodes">How many of the episodes to look at: the first 1,000 or all 10,000.</param>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Caseload")]
    [Arguments(1_000)]
    [Arguments(10_000)]
    public int Caseload_Linq(int episodes) => ReferenceCaseload.For(First(episodes), _asOf).Count;

    /// <summary>The library: one pass over the episodes' state and the next measures computed for each.</summary>
    /// <param name="episodes">How many of the episodes to look at: the first 1,000 or all 10,000.</param>
    [Benchmark]
    [BenchmarkCategory("Caseload")]
    [Arguments(1_000)]
    [Arguments(10_000)]
    public int Caseload_Summaries(int episodes) => Caseload.For(First(episodes), _asOf).Entries.Count;

    /// <summary>The library for one link worker's caseload over the same episodes: all scanned, a third listed.</summary>
    /// <param name="episodes">How many of the episodes to look at: the first 1,000 or all 10,000.</param>
    [Benchmark]
    [BenchmarkCategory("Caseload")]
    [Arguments(1_000)]
    [Arguments(10_000)]
    public int Caseload_OneLinkWorker(int episodes) => Caseload.For(First(episodes), _asOf, EpisodeScript.LinkWorkers[0]).Entries.Count;

    /// <summary>Gets the date the caseloads are for: 1 July 2026, between the first contact and the latest measure of many episodes.</summary>
    internal static LocalDate CaseloadDate { get; } = new(2026, 7, 1);

    /// <summary>The 10,000 episodes of the caseload benchmarks, made deterministically (seed 2026) from scripts of up to 30 random commands after a referral.</summary>
    /// <returns>The episodes, built event by event.</returns>
    internal static Episode[] CaseloadEpisodes()
    {
        var random = new Random(2026);
        var episodes = new Episode[10_000];
        for (int i = 0; i < episodes.Length; i++)
        {
            var commands = new List<EpisodeCommand> { new(EpisodeEventKind.Referred, 0, random.Next(4096)) };
            int length = random.Next(0, 30);
            for (int j = 0; j < length; j++)
            {
                commands.Add(new EpisodeCommand(Kinds[random.Next(Kinds.Length)], random.Next(0, 20), random.Next(4096)));
            }

            var id = EpisodeId.Create(new Guid(i + 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1));
            episodes[i] = new EpisodeScript(id, new LocalDate(2025, 1, 1).PlusDays(random.Next(0, 540)), commands).Episode!;
        }

        return episodes;
    }

    private Episode[] First(int episodes) => episodes == _episodes.Length ? _episodes : _firstThousand;
}
