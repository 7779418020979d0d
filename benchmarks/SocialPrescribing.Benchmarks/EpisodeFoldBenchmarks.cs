using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using SocialPrescribing.Benchmarks.Baselines;
using SocialPrescribing.Outcomes.Testing;
using SocialPrescribing.Referrals;
using SocialPrescribing.Referrals.Testing;

namespace SocialPrescribing.Benchmarks;

/// <summary>
/// The episode fold (issue 19): replaying and building one episode of 10 to 4,050 events, and replaying 100,000
/// synthetic episodes kept in a list as a loader keeps them; each against the fold as it was before
/// (<see cref="PreviousFold"/>), the baseline, in the same run.
/// </summary>
/// <remarks>
/// <para>
/// <c>Fold</c>: one busy episode (<see cref="EpisodeScript.Busy"/>: contacts, ONS4, news of a connection, PAM,
/// permissions, connections and complaints in turn) of each length. <c>Replay_*</c> rebuild it from its events;
/// <c>Build_Library</c> applies them one by one (<see cref="Episode.Start"/>, then <see cref="Episode.Apply"/> on each
/// result) as <see cref="EpisodeRecorder"/> does. The previous fold's replay was exactly that chain of applies, so
/// <c>Replay_Previous</c> stands for its build too. Allocated includes neither the events nor the input array.
/// </para>
/// <para>
/// <c>ReplayMany</c>: the events of 100,000 episodes of <see cref="SyntheticEpisodes"/> (seed 2026: offers, referrals
/// not accepted or waiting, episodes at every stage, about 60% closed; 7.7 events on average), each replayed and added
/// to a list. The set-up checks that both folds give the same state and events for every episode.
/// </para>
/// </remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class EpisodeFoldBenchmarks
{
    private readonly Dictionary<int, EpisodeEvent[]> _busy = [];
    private EpisodeEvent[][] _stored = [];

    /// <summary>Makes the busy episodes (for the <c>Fold</c> category).</summary>
    [GlobalSetup(Targets = [nameof(Replay_Previous), nameof(Replay_Library), nameof(Build_Library)])]
    public void SetupFold()
    {
        var id = EpisodeId.Create(new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"));
        foreach (int events in new[] { 10, 100, 1_000, 4_050 })
        {
            _busy[events] = [.. EpisodeScript.Busy(id, new LocalDate(2026, 1, 5), events).Events];
            Check(_busy[events]);
        }
    }

    /// <summary>Makes the synthetic episodes' events (for the <c>ReplayMany</c> category).</summary>
    [GlobalSetup(Targets = [nameof(ReplayMany_Previous), nameof(ReplayMany_Library)])]
    public void SetupMany()
    {
        _stored = [.. SyntheticEpisodes.Generate(100_000, 2026).Select(e => e.Events.ToArray())];
        foreach (EpisodeEvent[] events in _stored)
        {
            Check(events);
        }

        long total = _stored.Sum(e => (long)e.Length);
        Console.WriteLine(FormattableString.Invariant($"// {_stored.Length} synthetic episodes, {total} events, {(double)total / _stored.Length:F2} events an episode"));
    }

    /// <summary>The previous fold: each event copies the state record and the lists it appends to.</summary>
    /// <param name="events">How many events the episode has.</param>
    /// <returns>The episode.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Fold")]
    [Arguments(10)]
    [Arguments(100)]
    [Arguments(1_000)]
    [Arguments(4_050)]
    public PreviousFold.PreviousEpisode Replay_Previous(int events) => PreviousFold.Replay(_busy[events]);

    /// <summary>The library's replay: one state folded in place, lists sized once, one episode.</summary>
    /// <param name="events">How many events the episode has.</param>
    /// <returns>The episode.</returns>
    [Benchmark]
    [BenchmarkCategory("Fold")]
    [Arguments(10)]
    [Arguments(100)]
    [Arguments(1_000)]
    [Arguments(4_050)]
    public Episode Replay_Library(int events) => Episode.Replay(_busy[events]);

    /// <summary>The library event by event: each apply shares its parent's lists and appends to them.</summary>
    /// <param name="events">How many events the episode has.</param>
    /// <returns>The episode.</returns>
    [Benchmark]
    [BenchmarkCategory("Fold")]
    [Arguments(10)]
    [Arguments(100)]
    [Arguments(1_000)]
    [Arguments(4_050)]
    public Episode Build_Library(int events)
    {
        EpisodeEvent[] all = _busy[events];
        Episode episode = Episode.Start(all[0]).Episode!;
        for (int i = 1; i < all.Length; i++)
        {
            episode = episode.Apply(all[i]).Episode!;
        }

        return episode;
    }

    /// <summary>100,000 synthetic episodes through the previous fold, kept in a list.</summary>
    /// <returns>The episodes.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("ReplayMany")]
    public List<PreviousFold.PreviousEpisode> ReplayMany_Previous()
    {
        var episodes = new List<PreviousFold.PreviousEpisode>(_stored.Length);
        foreach (EpisodeEvent[] events in _stored)
        {
            episodes.Add(PreviousFold.Replay(events));
        }

        return episodes;
    }

    /// <summary>100,000 synthetic episodes through the library's replay, kept in a list.</summary>
    /// <returns>The episodes.</returns>
    [Benchmark]
    [BenchmarkCategory("ReplayMany")]
    public List<Episode> ReplayMany_Library()
    {
        var episodes = new List<Episode>(_stored.Length);
        foreach (EpisodeEvent[] events in _stored)
        {
            episodes.Add(Episode.Replay(events));
        }

        return episodes;
    }

    /// <summary>Both folds give the same state and events, and the library's replay equals its build.</summary>
    private static void Check(EpisodeEvent[] events)
    {
        PreviousFold.PreviousEpisode previous = PreviousFold.Replay(events);
        Episode replayed = Episode.Replay(events);
        if (previous.State != replayed.State || !previous.Data.Events.SequenceEqual(replayed.Events) || previous.Data.AttendedContactCount != replayed.AttendedContactCount
            || previous.Data.Connections.Length != replayed.Connections.Length || previous.Data.CodedEntries.Length != replayed.CodedEntries.Length)
        {
            throw new InvalidOperationException("The previous fold and the library's should give the same episode.");
        }
    }
}
