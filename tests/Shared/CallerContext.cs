namespace SocialPrescribing.Tests.Shared;

/// <summary>
/// Checks that a library's awaits never resume on the caller's synchronization context (each is
/// <c>ConfigureAwait(false)</c>): a context that counts what is posted to it is installed while the call starts, and
/// stays installed on every continuation posted to it.
/// </summary>
internal static class CallerContext
{
    /// <summary>Counts the continuations posted to a context installed while <paramref name="start"/> runs, and while they run.</summary>
    /// <param name="start">Starts the asynchronous call.</param>
    /// <returns>0 when nothing came back to the caller's context.</returns>
    internal static async Task<int> PostsDuring(Func<Task> start)
    {
        var context = new CountingContext();
        SynchronizationContext? previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(context);
        Task task;
        try
        {
            task = start();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }

        await task;
        return context.Posts;
    }

    private sealed class CountingContext : SynchronizationContext
    {
        private int _posts;

        internal int Posts => Volatile.Read(ref _posts);

        public override void Post(SendOrPostCallback d, object? state)
        {
            Interlocked.Increment(ref _posts);
            ThreadPool.QueueUserWorkItem(_ =>
            {
                SetSynchronizationContext(this);
                d(state);
            });
        }
    }
}
