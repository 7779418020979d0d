using System.Buffers;
using System.Text.Json;

namespace SocialPrescribing.Json;

/// <summary>A growable byte buffer from the shared pool that refuses to grow past a limit: one document or one JSON Lines line at a time.</summary>
/// <param name="limit">The most bytes it may hold.</param>
internal sealed class BoundedBuffer(int limit) : IDisposable
{
    private byte[] _bytes = ArrayPool<byte>.Shared.Rent(Math.Min(limit, 64 * 1024));
    private int _start;
    private int _end;

    /// <summary>Gets the bytes held.</summary>
    internal ReadOnlySpan<byte> Written => _bytes.AsSpan(_start, _end - _start);

    /// <summary>Reads a stream to its end.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>A task that completes at the end of the stream.</returns>
    /// <exception cref="JsonException">The stream holds more than the limit.</exception>
    internal async ValueTask FillAsync(Stream stream, CancellationToken cancellationToken)
    {
        while (await ReadMoreAsync(stream, cancellationToken).ConfigureAwait(false))
        {
        }
    }

    /// <summary>Reads the next bytes of a stream after those held.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns><see langword="false"/> at the end of the stream.</returns>
    /// <exception cref="JsonException">More than the limit would be held.</exception>
    internal async ValueTask<bool> ReadMoreAsync(Stream stream, CancellationToken cancellationToken)
    {
        MakeRoom();
        int read = await stream.ReadAsync(_bytes.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        _end += read;
        return read > 0;
    }

    /// <summary>Reads the next bytes of a stream after those held, synchronously.</summary>
    /// <param name="stream">The stream.</param>
    /// <returns><see langword="false"/> at the end of the stream.</returns>
    /// <exception cref="JsonException">More than the limit would be held.</exception>
    internal bool ReadMore(Stream stream)
    {
        MakeRoom();
        int read = stream.Read(_bytes.AsSpan(_end));
        _end += read;
        return read > 0;
    }

    /// <summary>Drops the first bytes held (a line already read).</summary>
    /// <param name="count">How many.</param>
    internal void Consume(int count) => _start += count;

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = [];
    }

    /// <summary>
    /// Moves what is held to the front, refuses to go on once more than the limit is held (the pool may lend a larger array
    /// than asked), and grows the buffer when it is full, up to the limit (plus one byte, so that one more than the limit shows).
    /// </summary>
    private void MakeRoom()
    {
        int held = _end - _start;
        if (_start > 0)
        {
            _bytes.AsSpan(_start, held).CopyTo(_bytes);
            _start = 0;
            _end = held;
        }

        if (held > limit)
        {
            throw new JsonException(JsonMessages.TooLarge(limit));
        }

        if (_end == _bytes.Length)
        {
            byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)_bytes.Length * 2, (long)limit + 1));
            _bytes.AsSpan(0, held).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = larger;
        }
    }
}
