namespace SocialPrescribing.Analytics;

/// <summary>
/// Writes a file so that a crash never leaves a half-written file where a good one was: the content goes to a temporary
/// file in the same folder, is flushed to disk, and is then renamed over the target in one step (docs/analytics.md,
/// "Files are written safely"). A rename within one folder is atomic on the file systems .NET runs on, so a reader of
/// the target sees the old file or the new one, whole.
/// </summary>
internal static class SafeFile
{
    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>, safely.</summary>
    /// <param name="path">The file to write or replace.</param>
    /// <param name="write">Writes the whole content into the stream given.</param>
    /// <param name="cancellationToken">Stops the write; the target is then left as it was.</param>
    /// <returns>A task that completes when the new file is in place.</returns>
    internal static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full)!;
        string temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            // Stryker disable once Bitwise : the buffer's size sets how often the stream writes, not what it writes.
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                // Run off the caller's synchronization context: the file libraries' own awaits (Parquet.Net's) do not all set
                // ConfigureAwait(false), and would otherwise resume on it (a UI thread, an old ASP.NET request).
                await Task.Run(() => write(stream, cancellationToken), cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                // Stryker disable once Statement,Boolean : flushing to disk guards against a power cut, which no test can make; what a reader sees is the same without it.
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
