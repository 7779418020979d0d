using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Xunit;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Json.Tests;

public sealed class JsonLinesTests
{
    [Property(MaxTest = 100)]
    public bool Episodes_RoundTrip_InOrder(Episode[] episodes)
    {
        var stream = new MemoryStream();
        JsonLines.Write(stream, episodes);
        stream.Position = 0;
        return JsonLines.Read<Episode>(stream).SequenceEqual(episodes);
    }

    [Property(MaxTest = 50)]
    public async Task<bool> Episodes_RoundTrip_Asynchronously(Episode[] episodes)
    {
        var stream = new MemoryStream();
        await JsonLines.WriteAsync(stream, episodes.ToAsyncEnumerable());
        stream.Position = 0;
        List<Episode> read = await JsonLines.ReadAsync<Episode>(stream).ToListAsync();
        return read.SequenceEqual(episodes);
    }

    /// <summary>
    /// Oracle: the lines before the cut are those whose newline survives; the rest, unless empty or exactly one whole
    /// line without its newline, is the cut line, reported by its number.
    /// </summary>
    [Property(MaxTest = 200)]
    public bool StreamCutShort_YieldsEveryWholeLine_ThenReportsTheCutLine(NonEmptyArray<Episode> episodes, NonNegativeInt cutAt)
    {
        var stream = new MemoryStream();
        JsonLines.Write(stream, episodes.Get);
        byte[] all = stream.ToArray();
        int cut = cutAt.Get % (all.Length + 1);
        byte[] kept = all[..cut];
        int whole = kept.Count(b => b == (byte)'\n');
        int lastNewline = Array.LastIndexOf(kept, (byte)'\n');
        int restLength = kept.Length - lastNewline - 1;
        bool restIsOneWholeLine = restLength > 0 && cut < all.Length && all[cut] == (byte)'\n';

        var read = new List<Episode>();
        JsonException? reported = null;
        try
        {
            read.AddRange(JsonLines.Read<Episode>(new MemoryStream(kept)));
        }
        catch (JsonException e)
        {
            reported = e;
        }

        int expectedRead = whole + (restIsOneWholeLine ? 1 : 0);
        bool cutReported = restLength > 0 && !restIsOneWholeLine;
        return read.SequenceEqual(episodes.Get.Take(expectedRead))
            && (cutReported
                ? reported is not null && reported.Message.StartsWith($"Line {whole + 1} is cut short", StringComparison.Ordinal) && reported.LineNumber == whole
                : reported is null);
    }

    [Fact]
    public void BadLine_WithAReporter_IsReportedAndSkipped()
    {
        Episode first = Journeys.EveryKind[1];
        Episode third = Journeys.EveryKind[2];
        string text = SocialPrescribingJson.Serialize(first) + "\r\n\n{\"schemaVersion\":1,\"events\":[]}\n" + SocialPrescribingJson.Serialize(third);
        var errors = new List<JsonException>();

        List<Episode> read = JsonLines.Read<Episode>(new MemoryStream(Encoding.UTF8.GetBytes(text)), errors.Add).ToList();

        Assert.Equal([first, third], read);
        JsonException error = Assert.Single(errors);
        Assert.StartsWith("Line 3: ", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.LineNumber);
    }

    [Fact]
    public void BadLine_WithoutAReporter_ThrowsAfterTheLinesBefore()
    {
        string text = SocialPrescribingJson.Serialize(Journeys.EveryKind[1]) + "\n{\"schemaVersion\":1,\"events\":[]}\n";
        var read = new List<Episode>();

        JsonException e = Assert.Throws<JsonException>(() => read.AddRange(JsonLines.Read<Episode>(new MemoryStream(Encoding.UTF8.GetBytes(text)))));

        Assert.Equal([Journeys.EveryKind[1]], read);
        Assert.StartsWith("Line 2: ", e.Message, StringComparison.Ordinal);
    }
}
