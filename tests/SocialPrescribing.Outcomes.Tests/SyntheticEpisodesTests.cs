using SocialPrescribing.Outcomes.Testing;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Outcomes.Tests;

public sealed class SyntheticEpisodesTests
{
    [Fact]
    public void Same_seed_same_episodes_and_the_promised_shape()
    {
        Episode[] episodes = [.. SyntheticEpisodes.Generate(5000, seed: 1)];
        Assert.Equal(episodes, SyntheticEpisodes.Generate(5000, seed: 1));
        Assert.NotEqual(episodes.Take(50), SyntheticEpisodes.Generate(50, seed: 2));

        var options = new EpisodeOutcomeOptions { Dimensions = OutcomeDimensions.PrimaryCareNetwork, PracticeNetworks = SyntheticEpisodes.PracticeNetworks };
        EpisodeOutcomeAggregate byNetwork = EpisodeOutcomes.Aggregate(episodes, options);
        long[] sizes = [.. byNetwork.Keys.Select(k => byNetwork[k].Episodes).Order()];
        Assert.Equal(40, sizes.Length);
        Assert.True(sizes[^1] > 10 * sizes[0], "PCNs of very different sizes");

        GroupOutcomes all = byNetwork.Total();
        Assert.InRange(all.Offered, 500, 1000);                        // about 15%
        Assert.InRange(all.ReferralSources[ReferralSourceKind.SelfReferral], 500, 1000);
        Assert.InRange(all.States[EpisodeState.Closed], 1500, 3000);
        Assert.True(all.States[EpisodeState.OnHold] > 50 && all.States[EpisodeState.Referred] > 100 && all.States[EpisodeState.Declined] > 100);
        Assert.True(all.Ons4Change(Measures.Ons4Item.LifeSatisfaction).Count < all.Ons4Baseline(Measures.Ons4Item.LifeSatisfaction).Count / 2 + 1000, "missing follow-ups");
        Assert.True(all.PamChange.Count > 100 && all.WaitingDays.Count > 2000 && all.Satisfaction.Total > 500);
        Assert.All(episodes, e => Assert.Null(e.Person.NhsNumber));
    }
}

public sealed class AllocationTests
{
    [Fact]
    public void Aggregating_allocates_for_groups_not_for_episodes()
    {
        Episode[] few = [.. SyntheticEpisodes.Generate(2_000, seed: 3)];
        Episode[] many = [.. few, .. few, .. few, .. few];
        var options = new EpisodeOutcomeOptions { PracticeNetworks = SyntheticEpisodes.PracticeNetworks };
        EpisodeOutcomes.Aggregate(many, options); // jitted

        // Each measured three times, keeping the least, so that a one-off allocation elsewhere in the process's first
        // moments (a cache filled, a type initialised) is not taken for a cost per episode.
        long fewBytes = long.MaxValue, manyBytes = long.MaxValue;
        EpisodeOutcomeAggregate? small = null, large = null;
        for (int attempt = 0; attempt < 3; attempt++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            small = EpisodeOutcomes.Aggregate(few, options);
            fewBytes = Math.Min(fewBytes, GC.GetAllocatedBytesForCurrentThread() - before);
            before = GC.GetAllocatedBytesForCurrentThread();
            large = EpisodeOutcomes.Aggregate(many, options);
            manyBytes = Math.Min(manyBytes, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        // Same groups, four times the episodes: the same allocation (the groups' counters), give or take a counter that grew.
        Assert.Equal(small!.Keys, large!.Keys);
        Assert.True(manyBytes >= fewBytes - 4096 && manyBytes <= fewBytes + (fewBytes / 10), $"few {fewBytes} many {manyBytes}");
    }

    /// <summary>
    /// Cold is what a server sees: aggregating episodes fresh from a store (replayed, never read before) allocates for the
    /// groups, not for the episodes, for both the cohort outcomes and the activity figures. Nothing an aggregation reads
    /// is built on first use: a replay leaves every list exactly sized.
    /// </summary>
    [Fact]
    public void Aggregating_freshly_replayed_episodes_allocates_for_groups_not_for_episodes()
    {
        EpisodeEvent[][] stored = [.. SyntheticEpisodes.Generate(2_000, seed: 3).Select(e => e.Events.ToArray())];
        Episode[] Fresh(int copies) => [.. Enumerable.Repeat(stored, copies).SelectMany(s => s).Select(events => Episode.Replay(events))];
        var options = new EpisodeOutcomeOptions { PracticeNetworks = SyntheticEpisodes.PracticeNetworks };
        var activityOptions = new ActivityOptions { PracticeNetworks = SyntheticEpisodes.PracticeNetworks };
        EpisodeOutcomes.Aggregate(Fresh(1), options); // jitted
        EpisodeActivity.Aggregate(Fresh(1), options: activityOptions);

        long fewOutcomes = long.MaxValue, manyOutcomes = long.MaxValue, fewActivity = long.MaxValue, manyActivity = long.MaxValue;
        for (int attempt = 0; attempt < 3; attempt++)
        {
            Episode[] few = Fresh(1), many = Fresh(4);
            fewOutcomes = Math.Min(fewOutcomes, Allocated(() => EpisodeOutcomes.Aggregate(few, options)));
            manyOutcomes = Math.Min(manyOutcomes, Allocated(() => EpisodeOutcomes.Aggregate(many, options)));
            few = Fresh(1);
            many = Fresh(4);
            fewActivity = Math.Min(fewActivity, Allocated(() => EpisodeActivity.Aggregate(few, options: activityOptions)));
            manyActivity = Math.Min(manyActivity, Allocated(() => EpisodeActivity.Aggregate(many, options: activityOptions)));
        }

        Assert.True(manyOutcomes >= fewOutcomes - 4096 && manyOutcomes <= fewOutcomes + (fewOutcomes / 10), $"outcomes: few {fewOutcomes} many {manyOutcomes}");
        Assert.True(manyActivity >= fewActivity - 4096 && manyActivity <= fewActivity + (fewActivity / 10), $"activity: few {fewActivity} many {manyActivity}");

        static long Allocated(Func<object> aggregate)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            object result = aggregate();
            long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.NotNull(result);
            return bytes;
        }
    }
}

public sealed class SyntheticCodedRowsTests
{
    [Fact]
    public void Same_seed_same_rows_and_the_promised_shape()
    {
        CodedActivityRow[] rows = [.. SyntheticCodedRows.Generate(30_000, seed: 1)];
        Assert.Equal(rows, SyntheticCodedRows.Generate(30_000, seed: 1));
        CodedActivityReport report = CodedActivity.Report(CodedActivity.Aggregate(rows, PeriodKind.Quarter), new CodedActivityOptions(SyntheticEpisodes.PracticeNetworks));
        Assert.InRange(report.IgnoredRows, 1_800, 3_000);                     // about 8% other codes
        CodedActivityFigures[] practices = [.. report.Groups.Where(g => g.Level == CodedActivityLevel.Practice)];
        Assert.True(practices.Sum(p => p.ReferredCodes) > practices.Sum(p => p.ReferredPeople), "people have several rows");
        Assert.Equal(8, report.Groups.Where(g => g.Level == CodedActivityLevel.PrimaryCareNetwork).Select(g => g.Period).Distinct().Count());
        Assert.Empty(report.UnmappedPractices);
    }
}
