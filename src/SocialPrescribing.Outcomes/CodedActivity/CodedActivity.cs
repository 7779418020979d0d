using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// Aggregates coded GP activity, the rows of a GP system extract, into offered, declined and referred counts and
/// distinct people per practice and period, merges the partials, and reports them per practice and PCN with the share of
/// the registered list referred (seed section 10; see <c>docs/outcomes.md</c>, "Coded GP activity").
/// </summary>
/// <remarks>
/// <para>
/// The three codes are those of <see cref="SocialPrescribingConcepts"/>, which seed section 10 asks GPs and staff making
/// referrals to use "as flags for activity"; 871731000000106 alone counts in the PCN indicator on referrals
/// (<c>docs/core.md</c>). Rows with any other code are counted as ignored.
/// </para>
/// <para>
/// Aggregation is one pass with no allocation per row beyond the growth of the people and their marks, which take memory in
/// proportion to the distinct people of each practice and period. Progress is reported every 65,536 rows read and once
/// at the end with the total; the cancellation token is checked every 4,096 rows and before the first.
/// </para>
/// </remarks>
/// <threadsafety>Stateless; every member is safe to call from any thread. A partial is immutable.</threadsafety>
public static class CodedActivity
{
    /// <summary>Aggregates rows in one pass.</summary>
    /// <param name="rows">The rows of the extract.</param>
    /// <param name="periodKind">The length of the reporting periods.</param>
    /// <param name="progress">Told the number of rows read every 65,536 rows and at the end; on the calling thread.</param>
    /// <param name="cancellationToken">Stops the pass.</param>
    /// <returns>The partial of the rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="periodKind"/> is not a named member.</exception>
    /// <exception cref="ArgumentException"><paramref name="rows"/> holds <c>default(CodedActivityRow)</c>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static CodedActivityPartial Aggregate(
        IEnumerable<CodedActivityRow> rows,
        PeriodKind periodKind,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Preconditions.CheckDefined(periodKind, nameof(periodKind));
        cancellationToken.ThrowIfCancellationRequested();
        var accumulator = new CodedActivityAccumulator(periodKind);
        long read;
        if (rows is CodedActivityRow[] array)
        {
            read = AddSpan(accumulator, array, 0, progress, cancellationToken);
        }
        else if (rows is List<CodedActivityRow> list)
        {
            read = AddSpan(accumulator, CollectionsMarshal.AsSpan(list), 0, progress, cancellationToken);
        }
        else
        {
            read = 0;
            foreach (CodedActivityRow row in rows)
            {
                accumulator.Add(in row);
                Tick(ref read, progress, cancellationToken);
            }
        }

        progress?.Report(read);
        return accumulator.ToPartial();
    }

    /// <summary>Aggregates rows read asynchronously, in one pass.</summary>
    /// <param name="rows">The rows of the extract, as they arrive.</param>
    /// <param name="periodKind">The length of the reporting periods.</param>
    /// <param name="progress">Told the number of rows read every 65,536 rows and at the end.</param>
    /// <param name="cancellationToken">Stops the pass; also passed to the enumerator.</param>
    /// <returns>The partial of the rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null (thrown at once, not by the task).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="periodKind"/> is not a named member (thrown at once).</exception>
    /// <exception cref="ArgumentException"><paramref name="rows"/> holds <c>default(CodedActivityRow)</c> (from the task).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (from the task).</exception>
    public static Task<CodedActivityPartial> AggregateAsync(
        IAsyncEnumerable<CodedActivityRow> rows,
        PeriodKind periodKind,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Preconditions.CheckDefined(periodKind, nameof(periodKind));
        return AggregateAsyncCore(rows, periodKind, progress, cancellationToken);
    }

    /// <summary>
    /// Aggregates rows on several threads. The people are shared out: each thread reads every row and counts those of its
    /// own people (a key's share is its hash modulo the number of threads), so no person is in two threads' partials and
    /// they join with no key looked up again (docs/outcomes.md, "Scaling out").
    /// </summary>
    /// <param name="rows">The rows of the extract.</param>
    /// <param name="periodKind">The length of the reporting periods.</param>
    /// <param name="degreeOfParallelism">
    /// At most this many threads, and never more than <see cref="Environment.ProcessorCount"/> (every thread reads every
    /// row, so a thread without a core of its own would only add reading); by default <see cref="Environment.ProcessorCount"/>.
    /// </param>
    /// <param name="progress">
    /// Told the number of rows read, averaged over the threads, when it passes each multiple of 65,536 (within 4,096 rows
    /// after it) and at the end; possibly from worker threads, but one call at a time and never a smaller number than before.
    /// </param>
    /// <param name="cancellationToken">Stops every thread.</param>
    /// <returns>The partial of the rows: exactly what <see cref="Aggregate"/> gives for the same rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="periodKind"/> is not a named member, or <paramref name="degreeOfParallelism"/> is less than 1.
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="rows"/> holds <c>default(CodedActivityRow)</c>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static CodedActivityPartial AggregateParallel(
        IReadOnlyList<CodedActivityRow> rows,
        PeriodKind periodKind,
        int? degreeOfParallelism = null,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Preconditions.CheckDefined(periodKind, nameof(periodKind));
        int threads = degreeOfParallelism ?? Environment.ProcessorCount;
        Preconditions.CheckArgumentRange(nameof(degreeOfParallelism), threads, 1, int.MaxValue);
        cancellationToken.ThrowIfCancellationRequested();

        return AggregateShares(rows, periodKind, Math.Min(threads, Environment.ProcessorCount), progress, cancellationToken);
    }

    /// <summary>
    /// The parallel pass with a given number of shares of people, each on its own thread; called by
    /// <see cref="AggregateParallel"/> after its checks, and by the tests with more shares than this machine has cores.
    /// </summary>
    internal static CodedActivityPartial AggregateShares(
        IReadOnlyList<CodedActivityRow> rows, PeriodKind periodKind, int shares, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var accumulators = new CodedActivityAccumulator[shares];
        var counter = new SharedProgress(progress, CodedActivityAccumulator.ProgressInterval, shares);
        try
        {
            Parallel.For(
                0,
                shares,
                new ParallelOptions { MaxDegreeOfParallelism = shares, CancellationToken = cancellationToken },
                share =>
                {
                    var accumulator = new CodedActivityAccumulator(periodKind);
                    AddShare(accumulator, rows, share, shares, counter, cancellationToken);
                    accumulators[share] = accumulator;
                });
        }
        catch (AggregateException e)
        {
            // Every thread reads every row, so each meets the same bad row: the first thread's exception is the one to throw.
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
            throw;
        }

        progress?.Report(rows.Count);
        return CodedActivityAccumulator.ToPartial(accumulators);
    }

    /// <summary>Merges two partials into the partial of all their rows.</summary>
    /// <param name="left">A partial.</param>
    /// <param name="right">A partial of the same <see cref="CodedActivityPartial.Kind"/>.</param>
    /// <returns>
    /// A new partial: counts added, sets of people united, each person's first referral the earlier of the two. Merging is
    /// associative and commutative, with <see cref="CodedActivityPartial.Empty"/> as identity; neither input changes.
    /// </returns>
    /// <exception cref="ArgumentNullException">A partial is null.</exception>
    /// <exception cref="ArgumentException">The partials group by different period kinds.</exception>
    public static CodedActivityPartial Merge(CodedActivityPartial left, CodedActivityPartial right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return Merge([left, right]);
    }

    /// <summary>Merges any number of partials into the partial of all their rows, copying each once.</summary>
    /// <param name="partials">At least one partial, all of the same <see cref="CodedActivityPartial.Kind"/>.</param>
    /// <returns>A new partial; no input changes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partials"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="partials"/> is empty (so there is no period kind), holds null, or holds partials of different period kinds.
    /// </exception>
    public static CodedActivityPartial Merge(IEnumerable<CodedActivityPartial> partials)
    {
        ArgumentNullException.ThrowIfNull(partials);
        CodedActivityAccumulator? accumulator = null;
        foreach (CodedActivityPartial partial in partials)
        {
            Preconditions.CheckArgument(partial is not null, nameof(partials), OutcomesMessages.CodedActivityNullPartial);
            accumulator ??= new CodedActivityAccumulator(partial.Kind);
            Preconditions.CheckArgument(partial.Kind == accumulator.Kind, nameof(partials), OutcomesMessages.CodedActivityKindMismatch);
            accumulator.AddFrom(partial);
        }

        Preconditions.CheckArgument(accumulator is not null, nameof(partials), OutcomesMessages.CodedActivityNoPartials);
        return accumulator.ToPartial();
    }

    /// <summary>Computes the figures of a partial per practice and per PCN, with list shares and the indicator's attainment.</summary>
    /// <param name="partial">The aggregated (and possibly merged) activity.</param>
    /// <param name="options">The PCN map, list sizes and thresholds.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partial"/> or <paramref name="options"/> is null.</exception>
    public static CodedActivityReport Report(CodedActivityPartial partial, CodedActivityOptions options)
    {
        ArgumentNullException.ThrowIfNull(partial);
        ArgumentNullException.ThrowIfNull(options);
        return CodedActivityReport.Build(partial, options);
    }

    private static async Task<CodedActivityPartial> AggregateAsyncCore(
        IAsyncEnumerable<CodedActivityRow> rows, PeriodKind periodKind, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var accumulator = new CodedActivityAccumulator(periodKind);
        long read = 0;
        await foreach (CodedActivityRow row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            accumulator.Add(in row);
            Tick(ref read, progress, cancellationToken);
        }

        progress?.Report(read);
        return accumulator.ToPartial();
    }

    /// <summary>Counts a row read; every 4,096 rows checks cancellation, every 65,536 reports progress.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Tick(ref long read, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        read++;
        if ((read & (CodedActivityAccumulator.CancellationInterval - 1)) == 0)
        {
            Checkpoint(read, progress, cancellationToken);
        }
    }

    private static void Checkpoint(long read, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if ((read & (CodedActivityAccumulator.ProgressInterval - 1)) == 0)
        {
            progress?.Report(read);
        }
    }

    /// <summary>Adds a span in blocks of 4,096 rows, checking between blocks; returns the rows read so far.</summary>
    private static long AddSpan(CodedActivityAccumulator accumulator, ReadOnlySpan<CodedActivityRow> rows, long read, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        while (!rows.IsEmpty)
        {
            int block = Math.Min(rows.Length, CodedActivityAccumulator.CancellationInterval);
            accumulator.AddRange(rows[..block]);
            rows = rows[block..];
            read += block;
            if (block == CodedActivityAccumulator.CancellationInterval)
            {
                Checkpoint(read, progress, cancellationToken);
            }
        }

        return read;
    }

    /// <summary>Counts one share of people from every row of a list on a worker thread, telling the shared progress every 4,096 rows.</summary>
    private static void AddShare(CodedActivityAccumulator accumulator, IReadOnlyList<CodedActivityRow> rows, int share, int shares, SharedProgress progress, CancellationToken cancellationToken)
    {
        for (int start = 0; start < rows.Count; start += CodedActivityAccumulator.CancellationInterval)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int end = Math.Min(rows.Count, start + CodedActivityAccumulator.CancellationInterval);
            switch (rows)
            {
                case CodedActivityRow[] array:
                    accumulator.AddShare(array.AsSpan(start, end - start), share, shares);
                    break;
                case List<CodedActivityRow> list:
                    accumulator.AddShare(CollectionsMarshal.AsSpan(list).Slice(start, end - start), share, shares);
                    break;
                default:
                    for (int i = start; i < end; i++)
                    {
                        CodedActivityRow row = rows[i];
                        accumulator.AddShare(new ReadOnlySpan<CodedActivityRow>(in row), share, shares);
                    }

                    break;
            }

            progress.Add(end - start);
        }
    }
}
