using System.Buffers;
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
    /// Aggregates rows on several threads. The people are shared out (a key's share is its hash modulo the number of
    /// threads): first each thread reads its own part of the rows once and lists each share's rows, then each thread
    /// counts the rows of one share, so no person is in two threads' partials and they join with no key looked up again
    /// (docs/outcomes.md, "Scaling out"). Each row is read twice in all, whatever the number of threads.
    /// </summary>
    /// <param name="rows">The rows of the extract.</param>
    /// <param name="periodKind">The length of the reporting periods.</param>
    /// <param name="degreeOfParallelism">
    /// At most this many threads, and never more than <see cref="Environment.ProcessorCount"/> (a thread without a core of
    /// its own would only add switching); by default <see cref="Environment.ProcessorCount"/>.
    /// </param>
    /// <param name="progress">
    /// Told the number of rows done (each row is read twice, to find its share and to count it: half the reads so far)
    /// when it passes each multiple of 65,536 (within 4,096 rows after it) and at the end; possibly from worker threads, but one call at a time and never a smaller number than before.
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
        // Two phases, each split over the threads (docs/outcomes.md, "Parallel"). First, each thread reads its contiguous
        // part of the rows once, hashes each key and lists the row numbers of each share of people. Then each thread
        // counts one share: the rows listed for it by every part, in the order of the rows, so its accumulator is the one
        // a pass over every row counting only that share would build. Every row is read twice in all, not once per thread.
        if (shares == 1)
        {
            return Aggregate(rows, periodKind, progress, cancellationToken);
        }

        var accumulators = new CodedActivityAccumulator[shares];
        var selected = new int[shares][][];
        var lengths = new int[shares][];
        long[] ignored = new long[shares];
        var counter = new SharedProgress(progress, CodedActivityAccumulator.ProgressInterval, 2); // each row read twice
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = shares, CancellationToken = cancellationToken };
        try
        {
            Parallel.For(0, shares, parallel, part => ignored[part] = Partition(rows, part, shares, selected, lengths, counter, cancellationToken));
            Parallel.For(0, shares, parallel, share =>
            {
                var accumulator = new CodedActivityAccumulator(periodKind);
                for (int part = 0; part < shares; part++)
                {
                    AddSelected(accumulator, rows, selected[part][share], lengths[part][share], counter, cancellationToken);
                }

                accumulators[share] = accumulator;
            });
        }
        catch (AggregateException e)
        {
            // A bad row is met by the thread whose part holds it; any exception a thread threw is the one to throw.
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
            throw;
        }
        finally
        {
            foreach (int[][]? lists in selected)
            {
                foreach (int[]? list in lists ?? [])
                {
                    if (list is not null)
                    {
                        ArrayPool<int>.Shared.Return(list);
                    }
                }
            }
        }

        accumulators[0].AddIgnored(ignored.Sum());
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

    /// <summary>
    /// The first phase on one thread: reads part <paramref name="part"/> of <paramref name="parts"/> of the rows, lists each
    /// share's row numbers (rented arrays, in <paramref name="selected"/>) and returns the rows ignored.
    /// </summary>
    private static long Partition(
        IReadOnlyList<CodedActivityRow> rows, int part, int parts, int[][][] selected, int[][] lengths, SharedProgress progress, CancellationToken cancellationToken)
    {
        int start = (int)((long)rows.Count * part / parts);
        int end = (int)((long)rows.Count * (part + 1) / parts);
        int[] shareOf = ArrayPool<int>.Shared.Rent(Math.Max(1, end - start));
        int[] counts = new int[parts];
        long ignored = 0;
        try
        {
            CodedActivityRow[]? array = rows as CodedActivityRow[];
            List<CodedActivityRow>? list = rows as List<CodedActivityRow>;
            for (int block = start; block < end; block += CodedActivityAccumulator.CancellationInterval)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int blockEnd = Math.Min(end, block + CodedActivityAccumulator.CancellationInterval);
                ReadOnlySpan<CodedActivityRow> span = array is not null ? array.AsSpan(block, blockEnd - block)
                    : list is not null ? CollectionsMarshal.AsSpan(list).Slice(block, blockEnd - block)
                    : default;
                long ignoredBefore = ignored;
                for (int i = block; i < blockEnd; i++)
                {
                    int share = span.IsEmpty ? CodedActivityAccumulator.ShareOfRow(rows[i], parts) : CodedActivityAccumulator.ShareOfRow(in span[i - block], parts);
                    shareOf[i - start] = share;
                    if (share < 0)
                    {
                        ignored++;
                    }
                    else
                    {
                        counts[share]++;
                    }
                }

                // An ignored row is not read again: count both its reads now.
                progress.Add(blockEnd - block + ignored - ignoredBefore);
            }

            var lists = new int[parts][];
            selected[part] = lists;
            for (int share = 0; share < parts; share++)
            {
                lists[share] = ArrayPool<int>.Shared.Rent(Math.Max(1, counts[share]));
            }

            int[] filled = new int[parts];
            for (int i = start; i < end; i++)
            {
                int share = shareOf[i - start];
                if (share >= 0)
                {
                    lists[share][filled[share]++] = i;
                }
            }

            lengths[part] = counts;
            return ignored;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(shareOf);
        }
    }

    /// <summary>The second phase: counts the listed rows of one share from one part, telling the shared progress every 4,096 rows.</summary>
    private static void AddSelected(
        CodedActivityAccumulator accumulator, IReadOnlyList<CodedActivityRow> rows, int[] selected, int length, SharedProgress progress, CancellationToken cancellationToken)
    {
        CodedActivityRow[]? array = rows as CodedActivityRow[];
        List<CodedActivityRow>? list = rows as List<CodedActivityRow>;
        for (int block = 0; block < length; block += CodedActivityAccumulator.CancellationInterval)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int blockEnd = Math.Min(length, block + CodedActivityAccumulator.CancellationInterval);
            ReadOnlySpan<CodedActivityRow> span = array ?? (list is not null ? CollectionsMarshal.AsSpan(list) : default);
            for (int j = block; j < blockEnd; j++)
            {
                int i = selected[j];
                if (span.IsEmpty)
                {
                    accumulator.AddCoded(rows[i]);
                }
                else
                {
                    accumulator.AddCoded(in span[i]);
                }
            }

            progress.Add(blockEnd - block);
        }
    }
}
