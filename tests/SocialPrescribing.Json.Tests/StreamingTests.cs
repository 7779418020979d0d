using System.Text;
using System.Text.Json;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Json.Tests;

/// <summary>
/// Streams as a caller's are: arriving a few bytes at a time, buffered, larger than one buffer, exactly at the size
/// limit, awaited under a synchronization context; and the null arguments of every entry point.
/// </summary>
public sealed class StreamingTests
{
    private static readonly Episode Episode = Journeys.EveryKind[1];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>An episode document padded with trailing spaces (white space JSON allows) to exactly <paramref name="length"/> bytes.</summary>
    private static byte[] PaddedTo(int length)
    {
        byte[] document = SocialPrescribingJson.SerializeToUtf8Bytes(Episode);
        byte[] padded = new byte[length];
        padded.AsSpan().Fill((byte)' ');
        document.CopyTo(padded, 0);
        return padded;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public async Task Document_LargerThanOneBuffer_ArrivingInPieces_IsRead(int piece)
    {
        byte[] padded = PaddedTo(200 * 1024);

        Episode read = await SocialPrescribingJson.DeserializeAsync<Episode>(new TrickleStream(padded, piece), Token);

        Assert.Equal(Episode, read);
    }

    [Fact]
    public async Task Document_OfExactlyTheLimit_IsRead_AndOneByteMore_IsRefused()
    {
        byte[] atLimit = PaddedTo(SocialPrescribingJson.MaxDocumentBytes);
        Assert.Equal(Episode, SocialPrescribingJson.Deserialize<Episode>(atLimit));
        Assert.Equal(Episode, await SocialPrescribingJson.DeserializeAsync<Episode>(new MemoryStream(atLimit), Token));
        Assert.Equal(Episode, SocialPrescribingJson.Deserialize<Episode>(Encoding.UTF8.GetString(atLimit)));

        byte[] over = PaddedTo(SocialPrescribingJson.MaxDocumentBytes + 1);
        Assert.Contains("limit", Assert.Throws<JsonException>(() => SocialPrescribingJson.Deserialize<Episode>(over)).Message, StringComparison.Ordinal);
        Assert.Contains("limit", (await Assert.ThrowsAsync<JsonException>(async () => await SocialPrescribingJson.DeserializeAsync<Episode>(new MemoryStream(over), Token))).Message, StringComparison.Ordinal);
        Assert.Contains("limit", Assert.Throws<JsonException>(() => SocialPrescribingJson.Deserialize<Episode>(Encoding.UTF8.GetString(over))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonLinesLine_LongerThanTheLimit_IsRefused_WithoutReadingOn()
    {
        byte[] line = PaddedTo(SocialPrescribingJson.MaxDocumentBytes + 2);
        line[^1] = (byte)'\n';

        JsonException e = Assert.Throws<JsonException>(() => JsonLines.Read<Episode>(new MemoryStream(line)).ToList());

        Assert.Contains("limit", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Oracle: one line each, as <see cref="SocialPrescribingJson.Serialize{T}"/> writes it, then a newline; more than the 64 KiB written at once.</summary>
    [Fact]
    public async Task ManyLines_AreWrittenWhole_SynchronouslyAndAsynchronously()
    {
        Episode[] episodes = [.. Enumerable.Range(0, 400).Select(i => Journeys.EveryKind[i % Journeys.EveryKind.Count])];
        string expected = string.Concat(episodes.Select(e => SocialPrescribingJson.Serialize(e) + "\n"));
        Assert.True(expected.Length > 3 * 64 * 1024);

        var inner = new MemoryStream();
        using (var buffered = new BufferedStream(inner, 1 << 20))
        {
            JsonLines.Write(buffered, episodes);
            Assert.Equal(expected, Encoding.UTF8.GetString(inner.ToArray()));
        }

        var innerAsync = new MemoryStream();
        await using (var buffered = new BufferedStream(innerAsync, 1 << 20))
        {
            await JsonLines.WriteAsync(buffered, episodes.ToAsyncEnumerable(), Token);
            Assert.Equal(expected, Encoding.UTF8.GetString(innerAsync.ToArray()));
        }

        Assert.Equal(episodes, JsonLines.Read<Episode>(new TrickleStream(inner.ToArray(), 1000)));
        Assert.Equal(episodes, await JsonLines.ReadAsync<Episode>(new TrickleStream(inner.ToArray(), 1000), cancellationToken: Token).ToListAsync(Token));
    }

    /// <summary>Lines are gathered and handed to the stream 64 KiB or more at a time (the last write excepted), never a write a line.</summary>
    [Fact]
    public async Task ManyLines_ReachTheStreamInFewLargeWrites()
    {
        Episode[] episodes = [.. Enumerable.Range(0, 400).Select(i => Journeys.EveryKind[i % Journeys.EveryKind.Count])];
        long bytes = episodes.Sum(e => SocialPrescribingJson.SerializeToUtf8Bytes(e).Length + 1L);
        long atMost = (bytes / (64 * 1024)) + 1;

        var synchronous = new TrickleStream([], 1);
        JsonLines.Write(synchronous, episodes);
        var asynchronous = new TrickleStream([], 1);
        await JsonLines.WriteAsync(asynchronous, episodes.ToAsyncEnumerable(), Token);

        Assert.InRange(synchronous.Writes, 2, atMost);
        Assert.InRange(asynchronous.Writes, 2, atMost);
    }

    [Fact]
    public void JsonLines_WithWindowsLineEnds_AreRead()
    {
        string text = string.Concat(Journeys.EveryKind.Select(e => SocialPrescribingJson.Serialize(e) + "\r\n"));

        Assert.Equal(Journeys.EveryKind, JsonLines.Read<Episode>(new MemoryStream(Encoding.UTF8.GetBytes(text))));
    }

    /// <summary>A library must not resume on its caller's synchronization context (a UI thread, a classic ASP.NET request): no await of this package posts to it.</summary>
    [Fact]
    public async Task AsyncCalls_NeverResumeOnTheCallersContext()
    {
        byte[] document = PaddedTo(100 * 1024);
        byte[] lines = Encoding.UTF8.GetBytes(string.Concat(Journeys.EveryKind.Select(e => SocialPrescribingJson.Serialize(e) + "\n")));

        Assert.Equal(0, await CallerContext.PostsDuring(() => SocialPrescribingJson.DeserializeAsync<Episode>(new TrickleStream(document, 4096, Later.Reads | Later.Writes | Later.Flushes), Token).AsTask()));
        Assert.Equal(0, await CallerContext.PostsDuring(() => Collect(JsonLines.ReadAsync<Episode>(new TrickleStream(lines, 512, Later.Reads | Later.Writes | Later.Flushes), cancellationToken: Token))));
        Assert.Equal(0, await CallerContext.PostsDuring(() => JsonLines.WriteAsync(new TrickleStream([], 1, Later.Reads | Later.Writes | Later.Flushes), Slowly(Journeys.EveryKind), Token)));
        Assert.Equal(0, await CallerContext.PostsDuring(() => SocialPrescribingJson.SerializeAsync(new TrickleStream([], 1, Later.Reads | Later.Writes | Later.Flushes), Episode, Token)));

        // Values at hand, so the first await to wait is a write (one within the loop, past 64 KiB, or the last) or the flush.
        Episode[] many = [.. Enumerable.Range(0, 400).Select(i => Journeys.EveryKind[i % Journeys.EveryKind.Count])];
        Assert.Equal(0, await CallerContext.PostsDuring(() => JsonLines.WriteAsync(new TrickleStream([], 1, Later.Writes), many.ToAsyncEnumerable(), Token)));
        Assert.Equal(0, await CallerContext.PostsDuring(() => JsonLines.WriteAsync(new TrickleStream([], 1, Later.Writes), Journeys.EveryKind.ToAsyncEnumerable(), Token)));
        Assert.Equal(0, await CallerContext.PostsDuring(() => JsonLines.WriteAsync(new TrickleStream([], 1, Later.Flushes), Journeys.EveryKind.ToAsyncEnumerable(), Token)));

        static async Task Collect(IAsyncEnumerable<Episode> episodes)
        {
            await foreach (Episode _ in episodes.ConfigureAwait(false))
            {
            }
        }

        static async IAsyncEnumerable<Episode> Slowly(IEnumerable<Episode> episodes)
        {
            foreach (Episode e in episodes)
            {
                await Task.Delay(1).ConfigureAwait(false);
                yield return e;
            }
        }
    }

    [Fact]
    public async Task NullArguments_AreRefusedByName()
    {
        var stream = new MemoryStream();
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => SocialPrescribingJson.Serialize<Episode>(null!)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => SocialPrescribingJson.SerializeToUtf8Bytes<Episode>(null!)).ParamName);
        Assert.Equal("utf8Json", (await Assert.ThrowsAsync<ArgumentNullException>(() => SocialPrescribingJson.SerializeAsync(null!, Episode, Token))).ParamName);
        Assert.Equal("value", (await Assert.ThrowsAsync<ArgumentNullException>(() => SocialPrescribingJson.SerializeAsync<Episode>(stream, null!, Token))).ParamName);
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => SocialPrescribingJson.Deserialize<Episode>((string)null!)).ParamName);
        Assert.Equal("utf8Json", (await Assert.ThrowsAsync<ArgumentNullException>(async () => await SocialPrescribingJson.DeserializeAsync<Episode>(null!, Token))).ParamName);

        Assert.Equal("utf8Stream", Assert.Throws<ArgumentNullException>(() => JsonLines.Write<Episode>(null!, [])).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentNullException>(() => JsonLines.Write<Episode>(stream, null!)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => JsonLines.Write<Episode>(stream, [Episode, null!])).ParamName);
        Assert.Equal("utf8Stream", (await Assert.ThrowsAsync<ArgumentNullException>(() => JsonLines.WriteAsync(null!, Journeys.EveryKind.ToAsyncEnumerable(), Token))).ParamName);
        Assert.Equal("values", (await Assert.ThrowsAsync<ArgumentNullException>(() => JsonLines.WriteAsync<Episode>(stream, null!, Token))).ParamName);
        Assert.Equal("utf8Stream", Assert.Throws<ArgumentNullException>(() => JsonLines.Read<Episode>(null!)).ParamName);
        Assert.Equal("utf8Stream", Assert.Throws<ArgumentNullException>(() => JsonLines.ReadAsync<Episode>(null!, cancellationToken: Token)).ParamName);
    }

    /// <summary>Which asynchronous calls of a <see cref="TrickleStream"/> complete later, off the caller's context.</summary>
    [Flags]
    private enum Later
    {
        None = 0,
        Reads = 1,
        Writes = 2,
        Flushes = 4,
    }

    /// <summary>A stream that gives at most <c>piece</c> bytes a read and completes the asynchronous calls <c>later</c> says later; writes are kept and counted.</summary>
    private sealed class TrickleStream(byte[] content, int piece, Later later = Later.None) : Stream
    {
        private readonly MemoryStream _inner = new(content.Length == 0 ? [] : content, writable: false);
        private readonly MemoryStream _written = new();

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, Math.Min(count, piece));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await After(Later.Reads, cancellationToken).ConfigureAwait(false);
            return _inner.Read(buffer.Span[..Math.Min(buffer.Length, piece)]);
        }

        internal int Writes { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes++;
            _written.Write(buffer, offset, count);
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await After(Later.Writes, cancellationToken).ConfigureAwait(false);
            Writes++;
            _written.Write(buffer.Span);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            => WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async Task FlushAsync(CancellationToken cancellationToken) => await After(Later.Flushes, cancellationToken).ConfigureAwait(false);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        private Task After(Later call, CancellationToken cancellationToken) => (later & call) != 0 ? Task.Delay(1, cancellationToken) : Task.CompletedTask;

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
