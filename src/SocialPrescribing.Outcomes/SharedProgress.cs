namespace SocialPrescribing.Outcomes;

/// <summary>
/// Progress told by worker threads: items read are added under a lock, and the total, divided by how many threads read
/// each item, is reported (still under the lock) when it passes a multiple of the interval; so reports come one at a
/// time and never go down, whichever thread makes them.
/// </summary>
/// <param name="progress">The caller's progress, or <see langword="null"/> to count nothing.</param>
/// <param name="interval">Report when the total passes a multiple of this.</param>
/// <param name="readersPerItem">How many threads read each item: 1 when the items are split between threads.</param>
internal sealed class SharedProgress(IProgress<long>? progress, int interval, int readersPerItem = 1)
{
    private readonly Lock _gate = new();
    private long _read;

    /// <summary>Adds items read by one thread.</summary>
    internal void Add(long items)
    {
        if (progress is null)
        {
            return;
        }

        lock (_gate)
        {
            long before = _read / readersPerItem;
            _read += items;
            long after = _read / readersPerItem;
            if (after / interval != before / interval)
            {
                progress.Report(after);
            }
        }
    }
}
