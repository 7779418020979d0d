using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialPrescribing.Measures;
using SocialPrescribing.Referrals;
using SocialPrescribing.Referrals.Testing;
using SocialPrescribing.Outcomes.Testing;

namespace SocialPrescribing.Outcomes.Tests;

public sealed class EpisodeOutcomesTests
{
    // Episodes followed for months: ONS4 and PAM taken weeks to months apart, so baselines pair with follow-ups
    // inside and outside the window; mixed with episodes in every state.
    internal static readonly Gen<Episode> MeasuredEpisodes =
        from id in EpisodeGenerators.Ids
        from first in Gen.Choose(0, 730).Select(EpisodeGenerators.Origin.PlusDays)
        from state in Gen.Elements(EpisodeState.Connected, EpisodeState.PlanAgreed, EpisodeState.FirstContactMade)
        from length in Gen.Choose(0, 12)
        from steps in Gen.Elements(EpisodeEventKind.Ons4Recorded, EpisodeEventKind.PamRecorded, EpisodeEventKind.ConnectionOutcomeRecorded, EpisodeEventKind.SatisfactionRecorded, EpisodeEventKind.Escalated, EpisodeEventKind.Closed)
            .SelectMany(kind => Gen.Choose(0, 140).SelectMany(days => Gen.Choose(0, 4095).Select(choice => new EpisodeCommand(kind, days, choice))))
            .ListOf(length)
        let script = EpisodeScript.Canonical(state, id, first).With([.. steps])
        where script.Episode is not null
        select script.Episode!;

    internal static readonly Gen<Episode[]> EpisodeLists = Gen.Frequency((1, EpisodeGenerators.EpisodesInEveryState), (1, MeasuredEpisodes)).ArrayOf();

    internal static readonly Gen<EpisodeOutcomeOptions> Options =
        from dimensions in Gen.Frequency((3, Gen.Choose(0, 15)), (2, Gen.Choose(0, 1023)))
        from kind in Gen.Elements(Enum.GetValues<PeriodKind>())
        from excludeLevel4 in ArbMap.Default.GeneratorFor<bool>()
        from mapped in ArbMap.Default.GeneratorFor<bool>()
        select new EpisodeOutcomeOptions
        {
            Dimensions = (OutcomeDimensions)dimensions,
            PeriodKind = kind,
            ExcludePamLevel4AtBaseline = excludeLevel4,
            PracticeNetworks = mapped ? new Dictionary<OdsCode, OdsCode> { [EpisodeScript.Practice] = EpisodeScript.Network } : new Dictionary<OdsCode, OdsCode>(),
        };

    [Property(MaxTest = 100)]
    public Property Figures_agree_with_LINQ_group_by() => Prop.ForAll(EpisodeLists.ToArbitrary(), Options.ToArbitrary(), (episodes, options) =>
    {
        EpisodeOutcomeAggregate aggregate = EpisodeOutcomes.Aggregate(episodes, options);
        Dictionary<OutcomeGroupKey, ReferenceOutcomes.Figures> expected = ReferenceOutcomes.For(episodes, options);
        Assert.Equal(expected.Keys.OrderBy(k => k.ToString()), aggregate.Keys.OrderBy(k => k.ToString()));
        foreach ((OutcomeGroupKey key, ReferenceOutcomes.Figures want) in expected)
        {
            GroupOutcomes got = aggregate[key];
            Assert.Equal(want.Episodes, got.Episodes);
            Assert.Equal(want.Offered, got.Offered);
            Assert.Equal(want.Declined, got.Declined);
            Assert.Equal(want.Referred, got.Referred);
            Assert.Equal(want.Closed, got.States[EpisodeState.Closed]);
            Assert.Equal(want.Connections, got.ConnectionCategories.Total);
            Assert.Equal(want.AttendedContacts, got.AttendedContacts);
            Assert.Equal(want.Waits.Length, got.WaitingDays.Count);
            if (want.Waits.Length > 0)
            {
                Assert.Equal(want.Waits[^1], got.WaitingDays.Max);
                Assert.Equal(want.Waits.Length % 2 == 1 ? want.Waits[want.Waits.Length / 2] : (want.Waits[(want.Waits.Length / 2) - 1] + want.Waits[want.Waits.Length / 2]) / 2m, got.WaitingDays.Median);
            }

            Assert.Equal(want.Ons4LifePairs, got.Ons4Change(Ons4Item.LifeSatisfaction).Count);
            Assert.Equal(want.Ons4LifeChangeSum, got.Ons4Change(Ons4Item.LifeSatisfaction).SumOfChanges);
            Assert.Equal(want.Ons4AnxietyImproved, got.Ons4Change(Ons4Item.Anxiety).Improved);
            Assert.Equal(want.PamPairs, got.PamChange.Count);
            Assert.Equal(want.PamGainsOf3, got.PamChange.AtLeastThreshold);
        }
    });

    [Property(MaxTest = 100)]
    public Property Counts_add_up_to_the_episodes() => Prop.ForAll(EpisodeLists.ToArbitrary(), Options.ToArbitrary(), (episodes, options) =>
    {
        EpisodeOutcomeAggregate aggregate = EpisodeOutcomes.Aggregate(episodes, options);
        GroupOutcomes total = aggregate.Total();
        return aggregate.Episodes == episodes.Length && total.Episodes == episodes.Length && total.States.Total == episodes.Length
            && total.ClosureReasons.Total == total.States[EpisodeState.Closed]
            && total.ReferralSources.Total == episodes.Count(e => e.Referral is not null)
            && total.ConnectionOutcomes.Total + total.ConnectionsWithoutOutcome == total.ConnectionCategories.Total
            && total.Satisfaction.Total == episodes.Count(e => e.Satisfaction is not null)
            && total.PamBaseline.Count == episodes.Count(e => e.PamAssessments.Length > 0)
            && total.EpisodesEscalated <= total.Episodes && total.Escalations == episodes.Sum(e => e.Escalations.Length);
    });

    [Property(MaxTest = 100)]
    public Property Split_and_merge_equals_one_pass() => Prop.ForAll(EpisodeLists.ToArbitrary(), Options.ToArbitrary(), Gen.Choose(0, 100).Two().ToArbitrary(), (episodes, options, cuts) =>
    {
        int i = episodes.Length * Math.Min(cuts.Item1, cuts.Item2) / 100, j = episodes.Length * Math.Max(cuts.Item1, cuts.Item2) / 100;
        EpisodeOutcomeAggregate whole = EpisodeOutcomes.Aggregate(episodes, options);
        EpisodeOutcomeAggregate a = EpisodeOutcomes.Aggregate(episodes[..i], options);
        EpisodeOutcomeAggregate b = EpisodeOutcomes.Aggregate(episodes[i..j], options);
        EpisodeOutcomeAggregate c = EpisodeOutcomes.Aggregate(episodes[j..], options);
        EpisodeOutcomeAggregate empty = EpisodeOutcomes.Aggregate([], options);
        return EpisodeOutcomeAggregate.Merge(EpisodeOutcomeAggregate.Merge(a, b), c).Equals(whole)
            && EpisodeOutcomeAggregate.Merge(a, EpisodeOutcomeAggregate.Merge(b, c)).Equals(whole)
            && EpisodeOutcomeAggregate.Merge(c, EpisodeOutcomeAggregate.Merge(b, a)).Equals(whole)
            && EpisodeOutcomeAggregate.Merge(whole, empty).Equals(whole) && EpisodeOutcomeAggregate.Merge(empty, whole).Equals(whole);
    });

    [Property(MaxTest = 50)]
    public Property Pairs_never_mix_two_episodes() => Prop.ForAll(EpisodeLists.ToArbitrary(), episodes =>
    {
        // Every generated episode is the same person, so pairing across episodes would change the figures:
        // the aggregate of all equals the merge of each episode aggregated alone.
        var options = new EpisodeOutcomeOptions { Dimensions = OutcomeDimensions.None };
        EpisodeOutcomeAggregate merged = episodes.Select(e => EpisodeOutcomes.Aggregate([e], options))
            .Aggregate(EpisodeOutcomes.Aggregate([], options), EpisodeOutcomeAggregate.Merge);
        return merged.Equals(EpisodeOutcomes.Aggregate(episodes, options));
    });

    [Property(MaxTest = 50)]
    public Property Parallel_and_async_equal_the_single_pass() => Prop.ForAll(EpisodeLists.ToArbitrary(), Options.ToArbitrary(), Gen.Choose(1, 4).ToArbitrary(), (episodes, options, degree) =>
    {
        EpisodeOutcomeAggregate single = EpisodeOutcomes.Aggregate(episodes, options);
        return EpisodeOutcomes.AggregateParallel(episodes, options, degree).Equals(single)
            && EpisodeOutcomes.AggregateAsync(episodes.ToAsyncEnumerable(), options).GetAwaiter().GetResult().Equals(single);
    });

    [Fact]
    public void The_generated_episodes_exercise_every_figure()
    {
        // Without pairs, waits and codes in the generated data the properties above would check nothing.
        Episode[] episodes = Gen.Frequency((1, EpisodeGenerators.EpisodesInEveryState), (1, MeasuredEpisodes)).ArrayOf(2000).Sample(1, new Rnd(20261210UL), 1)[0];
        GroupOutcomes total = EpisodeOutcomes.Aggregate(episodes, new EpisodeOutcomeOptions { Dimensions = OutcomeDimensions.None }).Total();
        Assert.True(total.Ons4Change(Ons4Item.LifeSatisfaction).Count > 10, total.Ons4Change(Ons4Item.LifeSatisfaction).ToString());
        Assert.True(total.PamChange.Count > 10, total.PamChange.ToString());
        Assert.True(total.WaitingDays.Count > 10 && total.Offered > 10 && total.Declined > 10 && total.Referred > 10, total.ToString());
        Assert.True(total.ConnectionOutcomes.Total > 10, "connection outcomes");
        Assert.True(total.Satisfaction.Total > 10, "satisfaction");
        Assert.True(total.Escalations > 10, "escalations");
    }

    [Fact]
    public void Progress_reaches_the_number_read_and_cancellation_stops_the_pass()
    {
        Episode[] episodes = EpisodeGenerators.EpisodesInEveryState.ArrayOf(EpisodeOutcomes.ProgressInterval + 10).Sample(1, new Rnd(20261211UL), 1)[0];
        var reports = new List<long>();
        EpisodeOutcomes.Aggregate(episodes, progress: new SyncProgress(reports));
        Assert.Equal([EpisodeOutcomes.ProgressInterval, episodes.Length], reports);

        // In parallel: reports one at a time, never going down, one per multiple of the interval passed, then the total.
        Episode[] more = [.. episodes, .. episodes, .. episodes];
        var parallel = new List<long>();
        EpisodeOutcomes.AggregateParallel(more, degreeOfParallelism: 2, progress: new SyncProgress(parallel));
        Assert.Equal(more.Length, parallel[^1]);
        Assert.Equal(parallel.Order(), parallel);
        Assert.Equal(more.Length / EpisodeOutcomes.ProgressInterval, parallel.Count - 1);
        for (int i = 0; i < parallel.Count - 1; i++)
        {
            // The report for multiple i + 1 comes from the add that passed it: less than one interval after it.
            Assert.InRange(parallel[i], (i + 1L) * EpisodeOutcomes.ProgressInterval, ((i + 2L) * EpisodeOutcomes.ProgressInterval) - 1);
        }

        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => EpisodeOutcomes.Aggregate(episodes, cancellationToken: cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => EpisodeOutcomes.AggregateParallel(episodes, cancellationToken: cancelled.Token));
    }

    [Fact]
    public void Bad_input_is_refused_with_the_parameter_named()
    {
        Assert.Equal("episodes", Assert.Throws<ArgumentNullException>(() => EpisodeOutcomes.Aggregate(null!)).ParamName);
        Assert.Equal("episodes", Assert.Throws<ArgumentException>(() => EpisodeOutcomes.Aggregate([null!])).ParamName);
        Assert.Equal("episodes", Assert.Throws<ArgumentException>(() => EpisodeOutcomes.AggregateParallel([null!, null!], degreeOfParallelism: 2)).ParamName);
        Assert.Equal("degreeOfParallelism", Assert.Throws<ArgumentOutOfRangeException>(() => EpisodeOutcomes.AggregateParallel([], degreeOfParallelism: 0)).ParamName);
        var backwards = new EpisodeOutcomeOptions { FollowUpEarliest = NodaTime.Period.FromMonths(8), FollowUpLatest = NodaTime.Period.FromMonths(7) };
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => EpisodeOutcomes.Aggregate([], backwards)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => new EpisodeOutcomeOptions { FollowUpLatest = NodaTime.Period.FromYears(1) }).ParamName);
        EpisodeOutcomeAggregate byPcn = EpisodeOutcomes.Aggregate([]);
        EpisodeOutcomeAggregate byPractice = EpisodeOutcomes.Aggregate([], new EpisodeOutcomeOptions { Dimensions = OutcomeDimensions.Practice });
        Assert.Equal("second", Assert.Throws<ArgumentException>(() => EpisodeOutcomeAggregate.Merge(byPcn, byPractice)).ParamName);
    }

    private sealed class SyncProgress(List<long> reports) : IProgress<long>
    {
        public void Report(long value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
