using NodaTime;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Outcomes.Tests;

/// <summary>
/// The contract of the aggregation entry points: arguments, options, and progress and cancellation "every
/// ProgressInterval episodes and at the end" (docs/outcomes.md, "How it computes").
/// </summary>
public sealed class EpisodeOutcomesApiTests
{
    private static readonly Episode One = EpisodeBuilder.Referred(new LocalDate(2026, 1, 5)).Episode;

    /// <summary>Three progress intervals of the same episode: enough to cancel at the first report and see whether the second comes.</summary>
    private static readonly Episode[] ThreeIntervals = [.. Enumerable.Repeat(One, 3 * EpisodeOutcomes.ProgressInterval)];

    [Fact]
    public void PracticeNetworks_CallersDictionaryChangedAfterwards_ChangesNothing()
    {
        var networks = new Dictionary<OdsCode, OdsCode> { [OdsCode.Parse("A81001")] = OdsCode.Parse("U12345") };
        var options = new EpisodeOutcomeOptions { PracticeNetworks = networks };
        networks[OdsCode.Parse("A81001")] = OdsCode.Parse("U99999");
        networks.Add(OdsCode.Parse("B82002"), OdsCode.Parse("U99999"));

        Assert.Equal(OdsCode.Parse("U12345"), Assert.Single(options.PracticeNetworks).Value);
        Assert.False(options.PracticeNetworks is IDictionary<OdsCode, OdsCode> { IsReadOnly: false });
    }

    [Fact]
    public void Aggregate_CancelledBeforeAFewEpisodes_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => EpisodeOutcomes.Aggregate([One, One, One], cancellationToken: cancelled.Token));
    }

    [Fact]
    public void Aggregate_CancelledDuringThePass_StopsAtTheNextCheck()
    {
        using var cancellation = new CancellationTokenSource();
        var reports = new List<long>();
        var progress = new CancelOnFirstReport(reports, cancellation);

        Assert.ThrowsAny<OperationCanceledException>(() => EpisodeOutcomes.Aggregate(ThreeIntervals, progress: progress, cancellationToken: cancellation.Token));
        Assert.Equal([EpisodeOutcomes.ProgressInterval], reports);
    }

    [Fact]
    public void AggregateParallel_CancelledDuringThePass_StopsAtTheNextCheck()
    {
        using var cancellation = new CancellationTokenSource();
        var reports = new List<long>();
        var progress = new CancelOnFirstReport(reports, cancellation);

        Assert.ThrowsAny<OperationCanceledException>(() => EpisodeOutcomes.AggregateParallel(ThreeIntervals, degreeOfParallelism: 1, progress: progress, cancellationToken: cancellation.Token));
        Assert.Equal([EpisodeOutcomes.ProgressInterval], reports);
    }

    [Fact]
    public void AggregateParallel_FewerEpisodesThanAnInterval_ReportsOnceAtTheEnd()
    {
        var reports = new List<long>();
        EpisodeOutcomeAggregate aggregate = EpisodeOutcomes.AggregateParallel([One, One, One, One, One], degreeOfParallelism: 1, progress: new CancelOnFirstReport(reports, null));
        Assert.Equal([5L], reports);
        Assert.Equal(5, aggregate.Episodes);
    }

    [Fact]
    public async Task NullEpisodes_AreRefusedByEveryEntryPoint()
    {
        Assert.Equal("episodes", Assert.Throws<ArgumentNullException>(() => EpisodeOutcomes.AggregateParallel(null!)).ParamName);
        Assert.Equal("episodes", (await Assert.ThrowsAsync<ArgumentNullException>(() => EpisodeOutcomes.AggregateAsync(null!))).ParamName);
    }

    [Fact]
    public void Aggregate_OptionsWithAnUnnamedPeriodKind_Throws()
        => Assert.Equal("options", Assert.Throws<ArgumentOutOfRangeException>(() => EpisodeOutcomes.Aggregate([], new EpisodeOutcomeOptions { PeriodKind = (PeriodKind)9 })).ParamName);

    [Fact]
    public void Options_FollowUpWindowInDays_IsAccepted_AndNullIsRefused()
    {
        // "A positive whole number of months and days": 84 days (12 weeks written as days) has no months, and is fine.
        var options = new EpisodeOutcomeOptions { FollowUpEarliest = Period.FromDays(84), FollowUpLatest = Period.FromDays(300) };
        Assert.Equal((Period.FromDays(84), Period.FromDays(300)), (options.FollowUpEarliest, options.FollowUpLatest));
        Assert.Equal(1, EpisodeOutcomes.Aggregate([One], options).Episodes);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => new EpisodeOutcomeOptions { FollowUpEarliest = null! }).ParamName);
    }

    /// <summary>Records reports as they are made (Progress&lt;T&gt; would post them later) and cancels on the first.</summary>
    private sealed class CancelOnFirstReport(List<long> reports, CancellationTokenSource? cancellation) : IProgress<long>
    {
        public void Report(long value)
        {
            lock (reports)
            {
                reports.Add(value);
            }

            cancellation?.Cancel();
        }
    }
}
