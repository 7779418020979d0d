using BenchmarkDotNet.Attributes;
using NodaTime;
using SocialPrescribing.Referrals;
using SocialPrescribing.Referrals.Testing;

namespace SocialPrescribing.Benchmarks;

/// <summary>
/// The caseload for a date over 10,000 episodes fresh from a store (issue 19, "cold"), against the same caseload written
/// with LINQ (<see cref="ReferenceCaseload"/>) over the same fresh episodes.
/// </summary>
/// <remarks>
/// The episodes of <see cref="EpisodeBenchmarks"/>, stored as their events; before each measured call
/// (<see cref="IterationSetupAttribute"/>, so one call per iteration) all 10,000 are replayed afresh, so every call sees
/// episodes that nothing has asked anything yet, as a server does after loading them. The replay is not measured.
/// </remarks>
[MemoryDiagnoser]
public class CaseloadColdBenchmarks
{
    private EpisodeEvent[][] _stored = [];
    private Episode[] _fresh = [];
    private LocalDate _asOf;

    [GlobalSetup]
    public void Setup()
    {
        _stored = [.. EpisodeBenchmarks.CaseloadEpisodes().Select(e => e.Events.ToArray())];
        _asOf = EpisodeBenchmarks.CaseloadDate;
        Replay();
        Console.WriteLine(FormattableString.Invariant($"// {_fresh.Length} episodes: {Caseload.For(_fresh, _asOf).Entries.Count} entries, {Caseload.For(_fresh, _asOf, EpisodeScript.LinkWorkers[0]).Entries.Count} for LW-01"));
    }

    /// <summary>Replays every episode afresh before each measured call.</summary>
    [IterationSetup]
    public void Replay() => _fresh = [.. _stored.Select(events => Episode.Replay(events))];

    /// <summary>The obvious way over fresh episodes: one LINQ query per reason, each episode's schedule built on first use.</summary>
    /// <returns>The number of entries.</returns>
    [Benchmark(Baseline = true)]
    public int CaseloadCold_Linq() => ReferenceCaseload.For(_fresh, _asOf).Count;

    /// <summary>The library over fresh episodes.</summary>
    /// <returns>The number of entries.</returns>
    [Benchmark]
    public int CaseloadCold_Library() => Caseload.For(_fresh, _asOf).Entries.Count;

    /// <summary>The library for one link worker over fresh episodes: all scanned, a third listed.</summary>
    /// <returns>The number of entries.</returns>
    [Benchmark]
    public int CaseloadCold_OneLinkWorker() => Caseload.For(_fresh, _asOf, EpisodeScript.LinkWorkers[0]).Entries.Count;
}
