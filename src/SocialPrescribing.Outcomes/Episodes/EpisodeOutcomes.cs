using NodaTime;
using SocialPrescribing.Referrals;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// Aggregates episodes into outcomes per group in one pass: from a sequence, an asynchronous stream, or a list split
/// across threads (seed sections 10 and 11; docs/outcomes.md).
/// </summary>
/// <remarks>
/// <para>
/// Every overload gives exactly the same <see cref="EpisodeOutcomeAggregate"/> for the same episodes: the figures are
/// counts and sums, so the order episodes arrive in and how they are split do not matter. Memory is in proportion to
/// the groups, never to the episodes.
/// </para>
/// <para>
/// Progress is reported as the number of episodes read, every <see cref="ProgressInterval"/> episodes and once at the
/// end. Cancellation is checked at the same points and throws <see cref="OperationCanceledException"/>.
/// </para>
/// <para>
/// A figure outside what a counter holds (a wait of more than <see cref="ValueCounts.MaxValue"/> days) never ends the
/// pass: it is counted in <see cref="ValueCounts.OutOfRange"/> and shown in the table's "Waits out of range" column
/// (docs/outcomes.md, "Episodes"). The only exceptions are those each overload documents.
/// </para>
/// </remarks>
/// <threadsafety>Safe to call from several threads at once.</threadsafety>
public static class EpisodeOutcomes
{
    /// <summary>How many episodes are read between progress reports and cancellation checks.</summary>
    public const int ProgressInterval = 4096;

    private static readonly LocalDate Reference = new(2000, 1, 1);

    /// <summary>Aggregates a sequence of episodes in one pass.</summary>
    /// <param name="episodes">The episodes; read once.</param>
    /// <param name="options">Grouping and pairing; <see langword="null"/> for <see cref="EpisodeOutcomeOptions.Default"/>.</param>
    /// <param name="progress">Receives the number of episodes read so far; optional.</param>
    /// <param name="cancellationToken">Stops the pass.</param>
    /// <returns>The outcomes per group.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="episodes"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="episodes"/> contains null, or the options' follow-up window is not earliest &lt;= target &lt;= latest.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static EpisodeOutcomeAggregate Aggregate(IEnumerable<Episode> episodes, EpisodeOutcomeOptions? options = null, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(episodes, nameof(episodes));
        var pass = new Pass(CheckOptions(options));
        foreach (Episode episode in episodes)
        {
            pass.Read(episode, nameof(episodes), progress, cancellationToken);
        }

        return pass.Finish(progress, cancellationToken);
    }

    /// <summary>Aggregates an asynchronous stream of episodes in one pass (for episodes read from a file or a database).</summary>
    /// <param name="episodes">The episodes; read once.</param>
    /// <param name="options">Grouping and pairing; <see langword="null"/> for <see cref="EpisodeOutcomeOptions.Default"/>.</param>
    /// <param name="progress">Receives the number of episodes read so far; optional.</param>
    /// <param name="cancellationToken">Stops the pass; also passed to the stream.</param>
    /// <returns>The outcomes per group.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="episodes"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="episodes"/> contains null, or the options' follow-up window is not earliest &lt;= target &lt;= latest.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<EpisodeOutcomeAggregate> AggregateAsync(IAsyncEnumerable<Episode> episodes, EpisodeOutcomeOptions? options = null, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(episodes, nameof(episodes));
        var pass = new Pass(CheckOptions(options));
        await foreach (Episode episode in episodes.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            pass.Read(episode, nameof(episodes), progress, cancellationToken);
        }

        return pass.Finish(progress, cancellationToken);
    }

    /// <summary>Aggregates a list of episodes on several threads: splits it into contiguous parts, aggregates each, and merges the partials.</summary>
    /// <param name="episodes">The episodes.</param>
    /// <param name="options">Grouping and pairing; <see langword="null"/> for <see cref="EpisodeOutcomeOptions.Default"/>.</param>
    /// <param name="degreeOfParallelism">How many parts, 1 to 64; <see langword="null"/> for <see cref="Environment.ProcessorCount"/> (at most 64).</param>
    /// <param name="progress">
    /// Receives the number of episodes read when it passes each multiple of <see cref="ProgressInterval"/>, and at the end;
    /// possibly from worker threads, but one call at a time and never a smaller number than before. Optional.
    /// </param>
    /// <param name="cancellationToken">Stops every part.</param>
    /// <returns>The outcomes per group: equal to <see cref="Aggregate"/> over the same episodes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="episodes"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="episodes"/> contains null, or the options' follow-up window is not earliest &lt;= target &lt;= latest.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degreeOfParallelism"/> is outside 1 to 64.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static EpisodeOutcomeAggregate AggregateParallel(IReadOnlyList<Episode> episodes, EpisodeOutcomeOptions? options = null, int? degreeOfParallelism = null, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(episodes, nameof(episodes));
        int parts = degreeOfParallelism ?? Math.Min(Environment.ProcessorCount, 64);
        Preconditions.CheckArgumentRange(nameof(degreeOfParallelism), parts, 1, 64);
        EpisodeOutcomeOptions checkedOptions = CheckOptions(options);
        int count = episodes.Count;
        parts = Math.Max(1, Math.Min(parts, count));
        var passes = new Pass[parts];
        var shared = new SharedProgress(progress, ProgressInterval);
        try
        {
            Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts, CancellationToken = cancellationToken }, part =>
            {
                var pass = new Pass(checkedOptions);
                int end = (int)((long)count * (part + 1) / parts);
                int sinceReport = 0;
                for (int i = (int)((long)count * part / parts); i < end; i++)
                {
                    pass.Add(episodes[i], nameof(episodes));
                    if (++sinceReport == ProgressInterval)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        shared.Add(sinceReport);
                        sinceReport = 0;
                    }
                }

                shared.Add(sinceReport);
                passes[part] = pass;
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0 && e.InnerExceptions.All(x => x is ArgumentException or OperationCanceledException))
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(count);
        Pass merged = passes[0];
        for (int p = 1; p < parts; p++)
        {
            merged.Add(passes[p]);
        }

        return merged.ToAggregate();
    }

    /// <summary>Summarises one episode as the aggregation counts it: one row of the episode-level table (docs/outcomes.md, "One row per episode").</summary>
    /// <param name="episode">The episode.</param>
    /// <param name="options">The period kind, networks and pairing; <see langword="null"/> for <see cref="EpisodeOutcomeOptions.Default"/> (grouping does not apply to one episode).</param>
    /// <returns>The episode's figures, without the person.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="episode"/> is null.</exception>
    /// <exception cref="ArgumentException">The options' follow-up window is not earliest &lt;= target &lt;= latest.</exception>
    public static EpisodeSummary Summarise(Episode episode, EpisodeOutcomeOptions? options = null)
    {
        Preconditions.CheckNotNull(episode, nameof(episode));
        options = CheckOptions(options);
        return new EpisodeSummary(episode, options, FollowUpRule.Of(options));
    }

    /// <summary>The date an episode started, which places it in a period: its referral's, else its offer's, else its first event's.</summary>
    internal static LocalDate StartedOn(Episode episode) => episode.Referral?.ReferredOn ?? episode.OfferedOn ?? episode.Events[0].On;

    /// <summary>The person's age band on the date the episode started (<see cref="StartedOn"/>), or null when age is not recorded.</summary>
    /// <remarks>Never throws: the episode's rules refuse a date of birth after its start.</remarks>
    internal static AgeBand? AgeBandOf(Episode episode) => episode.Demographics.AgeBandOn(StartedOn(episode));

    /// <summary>An episode's primary care network: its referral's, else its practice's in the options; null when neither says.</summary>
    internal static OdsCode? NetworkOf(Episode episode, EpisodeOutcomeOptions options)
        => episode.Referral?.PrimaryCareNetwork ?? (options.PracticeNetworks.TryGetValue(episode.RegisteredPractice, out OdsCode known) ? known : null);

    /// <summary>The group an episode is counted in under the options' dimensions.</summary>
    internal static OutcomeGroupKey KeyOf(Episode episode, EpisodeOutcomeOptions options)
    {
        OutcomeDimensions dimensions = options.Dimensions;
        if (dimensions == OutcomeDimensions.None)
        {
            return default;
        }

        return OutcomeGroupKey.Of(
            dimensions,
            (dimensions & OutcomeDimensions.PrimaryCareNetwork) != 0 ? NetworkOf(episode, options) : null,
            episode.RegisteredPractice,
            episode.Referral?.Referrer.Kind,
            (dimensions & OutcomeDimensions.Period) != 0 ? ReportingPeriod.Containing(options.PeriodKind, StartedOn(episode)) : null,
            episode.Demographics,
            StartedOn(episode));
    }

    internal static EpisodeOutcomeOptions CheckOptions(EpisodeOutcomeOptions? options)
    {
        options ??= EpisodeOutcomeOptions.Default;
        Preconditions.CheckDefined(options.PeriodKind, nameof(options));
        LocalDate earliest = Reference.Plus(options.FollowUpEarliest);
        LocalDate target = Reference.Plus(options.FollowUpTarget);
        LocalDate latest = Reference.Plus(options.FollowUpLatest);
        Preconditions.CheckArgument(earliest <= target && target <= latest, nameof(options), OutcomesMessages.FollowUpOrder);
        return options;
    }

    /// <summary>One pass's groups.</summary>
    private sealed class Pass(EpisodeOutcomeOptions options)
    {
        private readonly Dictionary<OutcomeGroupKey, GroupOutcomes> _groups = [];
        private readonly FollowUpRule _followUp = FollowUpRule.Of(options);
        private readonly OutcomeDimensions _dimensions = options.Dimensions;
        private long _read;

        internal void Add(Episode? episode, string paramName)
        {
            Preconditions.CheckArgument(episode is not null, paramName, OutcomesMessages.NullEpisode);
            OutcomeGroupKey key = KeyOf(episode, options);
            if (!_groups.TryGetValue(key, out GroupOutcomes? group))
            {
                group = new GroupOutcomes();
                _groups.Add(key, group);
            }

            group.Add(episode, _followUp, options.ExcludePamLevel4AtBaseline);
        }

        internal void Add(Pass other) => GroupFigures.AddInto(_groups, other._groups);

        /// <summary>Adds one episode of a sequential pass, reporting progress and checking cancellation every <see cref="ProgressInterval"/>.</summary>
        internal void Read(Episode? episode, string paramName, IProgress<long>? progress, CancellationToken cancellationToken)
        {
            Add(episode, paramName);
            if (++_read % ProgressInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(_read);
            }
        }

        /// <summary>Ends a sequential pass: a last cancellation check and progress report.</summary>
        internal EpisodeOutcomeAggregate Finish(IProgress<long>? progress, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(_read);
            return ToAggregate();
        }

        internal EpisodeOutcomeAggregate ToAggregate() => new(_dimensions, options.PeriodKind, _groups);
    }
}
