using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Json;

/// <summary>
/// JSON Lines: one document a line (an episode a line, for example), for files too large to hold as one document
/// (docs/json.md, "JSON Lines"). Reading streams: memory stays flat in the number of lines.
/// </summary>
/// <remarks>
/// <para>
/// Lines end with <c>\n</c> (a <c>\r</c> before it is dropped); blank lines are skipped; the last line may lack its
/// <c>\n</c>. A line that is not a valid document gives a <see cref="JsonException"/> whose message starts with
/// <c>Line N:</c> (counting from 1) and whose <see cref="JsonException.LineNumber"/> is N - 1; every line before it has
/// been yielded. A stream cut off inside its last line yields every whole line, then reports the cut line by its
/// number. Given <c>onBadLine</c>, a bad line is reported to it and skipped instead, and reading goes on.
/// </para>
/// <para>This class reads and writes streams only; writing a file safely (a temporary file renamed into place) is the caller's.</para>
/// </remarks>
public static class JsonLines
{
    private const int FlushAt = 64 * 1024;

    /// <summary>Writes one document a line.</summary>
    /// <typeparam name="T">A model this package writes.</typeparam>
    /// <param name="utf8Stream">The stream; left open.</param>
    /// <param name="values">The models, none null.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when every line is written and the stream flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Stream"/> or <paramref name="values"/> is null, or a value is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a model this package writes.</exception>
    public static async Task WriteAsync<T>(Stream utf8Stream, IAsyncEnumerable<T> values, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(utf8Stream, nameof(utf8Stream));
        Preconditions.CheckNotNull(values, nameof(values));
        using var lines = new LineWriter<T>();
        await foreach (T value in values.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (lines.Add(value))
            {
                await lines.FlushAsync(utf8Stream, cancellationToken).ConfigureAwait(false);
            }
        }

        await lines.FlushAsync(utf8Stream, cancellationToken).ConfigureAwait(false);
        await utf8Stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes one document a line.</summary>
    /// <typeparam name="T">A model this package writes.</typeparam>
    /// <param name="utf8Stream">The stream; left open.</param>
    /// <param name="values">The models, none null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Stream"/> or <paramref name="values"/> is null, or a value is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a model this package writes.</exception>
    public static void Write<T>(Stream utf8Stream, IEnumerable<T> values)
    {
        Preconditions.CheckNotNull(utf8Stream, nameof(utf8Stream));
        Preconditions.CheckNotNull(values, nameof(values));
        using var lines = new LineWriter<T>();
        foreach (T value in values)
        {
            if (lines.Add(value))
            {
                lines.Flush(utf8Stream);
            }
        }

        lines.Flush(utf8Stream);
        utf8Stream.Flush();
    }

    /// <summary>Reads one document a line, as the lines arrive.</summary>
    /// <typeparam name="T">A model this package writes.</typeparam>
    /// <param name="utf8Stream">The stream; left open.</param>
    /// <param name="onBadLine">Given, a bad line (or a cut last line) is reported to it and skipped; otherwise it is thrown.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The models, in the order of their lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Stream"/> is null.</exception>
    /// <exception cref="JsonException">A line is not a valid document of <typeparamref name="T"/> and <paramref name="onBadLine"/> is null, or a line is longer than <see cref="SocialPrescribingJson.MaxDocumentBytes"/>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a model this package writes.</exception>
    public static IAsyncEnumerable<T> ReadAsync<T>(Stream utf8Stream, Action<JsonException>? onBadLine = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(utf8Stream, nameof(utf8Stream));
        return Lines(utf8Stream, SocialPrescribingJson.GetTypeInfo<T>(), onBadLine, cancellationToken);

        static async IAsyncEnumerable<T> Lines(Stream stream, JsonTypeInfo<T> info, Action<JsonException>? onBadLine, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            using var lines = new LineReader<T>(info, onBadLine);
            bool more = true;
            while (more)
            {
                more = await lines.Buffer.ReadMoreAsync(stream, cancellationToken).ConfigureAwait(false);
                while (lines.Next(atEnd: !more, out T? value))
                {
                    if (value is not null)
                    {
                        yield return value;
                    }
                }
            }
        }
    }

    /// <summary>Reads one document a line, synchronously.</summary>
    /// <typeparam name="T">A model this package writes.</typeparam>
    /// <param name="utf8Stream">The stream; left open.</param>
    /// <param name="onBadLine">Given, a bad line (or a cut last line) is reported to it and skipped; otherwise it is thrown.</param>
    /// <returns>The models, in the order of their lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Stream"/> is null.</exception>
    /// <exception cref="JsonException">A line is not a valid document of <typeparamref name="T"/> and <paramref name="onBadLine"/> is null, or a line is longer than <see cref="SocialPrescribingJson.MaxDocumentBytes"/>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a model this package writes.</exception>
    public static IEnumerable<T> Read<T>(Stream utf8Stream, Action<JsonException>? onBadLine = null)
    {
        Preconditions.CheckNotNull(utf8Stream, nameof(utf8Stream));
        return Lines(utf8Stream, SocialPrescribingJson.GetTypeInfo<T>(), onBadLine);

        static IEnumerable<T> Lines(Stream stream, JsonTypeInfo<T> info, Action<JsonException>? onBadLine)
        {
            using var lines = new LineReader<T>(info, onBadLine);
            bool more = true;
            while (more)
            {
                more = lines.Buffer.ReadMore(stream);
                while (lines.Next(atEnd: !more, out T? value))
                {
                    if (value is not null)
                    {
                        yield return value;
                    }
                }
            }
        }
    }

    /// <summary>Splits the bytes read into lines and reads each; the one loop of <see cref="Read{T}"/> and <see cref="ReadAsync{T}"/>.</summary>
    private sealed class LineReader<T>(JsonTypeInfo<T> info, Action<JsonException>? onBadLine) : IDisposable
    {
        private long _lineNumber;
        private int _searched;

        internal BoundedBuffer Buffer { get; } = new(SocialPrescribingJson.MaxDocumentBytes);

        /// <summary>Takes the next whole line (or, at the end, what is left) from the buffer.</summary>
        /// <param name="atEnd">Whether the stream has ended: what is left is the last line.</param>
        /// <param name="value">The line's model; null for a blank or a bad line reported and skipped.</param>
        /// <returns><see langword="false"/> when no line is left in the buffer.</returns>
        internal bool Next(bool atEnd, out T? value)
        {
            value = default;
            ReadOnlySpan<byte> held = Buffer.Written;
            int end = held[_searched..].IndexOf((byte)'\n');
            if (end < 0)
            {
                _searched = held.Length;
                if (!atEnd || held.IsEmpty)
                {
                    return false;
                }

                Buffer.Consume(held.Length);
                _searched = 0;
                value = ReadLine(held, cut: true);
                return true;
            }

            end += _searched;
            ReadOnlySpan<byte> line = held[..end];
            value = ReadLine(line.EndsWith("\r"u8) ? line[..^1] : line, cut: false);
            Buffer.Consume(end + 1);
            _searched = 0;
            return true;
        }

        public void Dispose() => Buffer.Dispose();

        private T? ReadLine(ReadOnlySpan<byte> line, bool cut)
        {
            _lineNumber++;
            if (_lineNumber == 1 && line.StartsWith("\uFEFF"u8))
            {
                line = line[3..];
            }

            if (line.Trim(" \t\r"u8).IsEmpty)
            {
                return default;
            }

            try
            {
                // A whole line may arrive in one read, past the limit the buffer checks between reads.
                return line.Length > SocialPrescribingJson.MaxDocumentBytes
                    ? throw new JsonException(JsonMessages.TooLarge(SocialPrescribingJson.MaxDocumentBytes))
                    : JsonErrors.Deserialize(line, info);
            }
            catch (JsonException e)
            {
                string reason = cut ? JsonMessages.LineCut(_lineNumber) : JsonMessages.LineFailed(_lineNumber, e.Message);
                var error = new JsonException(reason, e.Path, _lineNumber - 1, e.BytePositionInLine);
                if (onBadLine is null)
                {
                    throw error;
                }

                onBadLine(error);
                return default;
            }
        }
    }

    /// <summary>Writes lines into a pooled buffer, flushed to the stream every 64 KiB.</summary>
    private sealed class LineWriter<T> : IDisposable
    {
        private readonly JsonTypeInfo<T> _info = SocialPrescribingJson.GetTypeInfo<T>();
        private readonly ArrayBufferWriter<byte> _buffer = new(FlushAt * 2);
        private readonly Utf8JsonWriter _writer;

        internal LineWriter() => _writer = new Utf8JsonWriter(_buffer);

        /// <summary>Adds one line.</summary>
        /// <returns>Whether the buffer should be flushed.</returns>
        internal bool Add(T value)
        {
            if (value is null)
            {
                throw new ArgumentNullException(nameof(value));
            }

            JsonSerializer.Serialize(_writer, value, _info);
            _writer.Flush();
            _writer.Reset();
            _buffer.GetSpan(1)[0] = (byte)'\n';
            _buffer.Advance(1);
            return _buffer.WrittenCount >= FlushAt;
        }

        internal async ValueTask FlushAsync(Stream stream, CancellationToken cancellationToken)
        {
            await stream.WriteAsync(_buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
            _buffer.Clear();
        }

        internal void Flush(Stream stream)
        {
            stream.Write(_buffer.WrittenSpan);
            _buffer.Clear();
        }

        public void Dispose() => _writer.Dispose();
    }
}
