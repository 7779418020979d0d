using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Xunit;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Json.Tests;

/// <summary>Damaged documents give a value or a <see cref="JsonException"/>, never another exception, and never repeat what they read.</summary>
public sealed class HostileInputTests
{
    public enum Damage
    {
        Truncate,
        Flip,
        Insert,
    }

    [Property(MaxTest = 500)]
    public bool DamagedEpisode_GivesAnEpisodeOrAJsonException(Episode episode, NonNegativeInt at, byte value, Damage damage)
    {
        byte[] bytes = SocialPrescribingJson.SerializeToUtf8Bytes(episode);
        byte[] damaged = Apply(bytes, at.Get % (bytes.Length + 1), value, damage);
        return ReadsOrRefusesQuietly<Episode>(damaged, episode.Person.NhsNumber);
    }

    [Property(MaxTest = 500)]
    public bool DamagedEvent_GivesAnEventOrAJsonException(Episode episode, NonNegativeInt which, NonNegativeInt at, byte value, Damage damage)
    {
        EpisodeEvent e = episode.Events[which.Get % episode.Events.Length];
        byte[] bytes = SocialPrescribingJson.SerializeToUtf8Bytes(e);
        byte[] damaged = Apply(bytes, at.Get % (bytes.Length + 1), value, damage);
        return ReadsOrRefusesQuietly<EpisodeEvent>(damaged, episode.Person.NhsNumber);
    }

    [Property(MaxTest = 200)]
    public bool DamagedJsonLines_GiveEpisodesOrAJsonException(Episode[] episodes, NonNegativeInt at, byte value, Damage damage)
    {
        var stream = new MemoryStream();
        JsonLines.Write(stream, episodes);
        byte[] bytes = stream.ToArray();
        byte[] damaged = Apply(bytes, at.Get % (bytes.Length + 1), value, damage);
        try
        {
            _ = JsonLines.Read<Episode>(new MemoryStream(damaged)).Count();
            return true;
        }
        catch (JsonException)
        {
            return true;
        }
    }

    [Fact]
    public void ByteOrderMark_AtTheStart_IsAccepted()
    {
        Episode episode = Journeys.EveryKind[1];
        byte[] withMark = [.. Encoding.UTF8.Preamble, .. SocialPrescribingJson.SerializeToUtf8Bytes(episode)];

        Assert.Equal(episode, SocialPrescribingJson.Deserialize<Episode>(withMark));
        Assert.Equal(episode, SocialPrescribingJson.Deserialize<Episode>("\uFEFF" + SocialPrescribingJson.Serialize(episode)));
        Assert.Equal([episode], JsonLines.Read<Episode>(new MemoryStream(withMark)));
    }

    [Fact]
    public void Nesting_DeeperThanTheLimit_IsRefused()
    {
        string deep = "{\"schemaVersion\":1,\"events\":" + new string('[', 40) + new string(']', 40) + "}";

        JsonException e = Assert.Throws<JsonException>(() => SocialPrescribingJson.Deserialize<Episode>(deep));

        Assert.Contains("depth", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Document_LargerThanTheLimit_IsRefusedBeforeItIsRead()
    {
        byte[] huge = new byte[SocialPrescribingJson.MaxDocumentBytes + 1];

        JsonException e = Assert.Throws<JsonException>(() => SocialPrescribingJson.Deserialize<Episode>(huge));

        Assert.Contains("limit", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stream_LargerThanTheLimit_IsRefused()
    {
        var huge = new MemoryStream(new byte[SocialPrescribingJson.MaxDocumentBytes + 10]);

        await Assert.ThrowsAsync<JsonException>(async () => await SocialPrescribingJson.DeserializeAsync<Episode>(huge, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void NullDocument_IsRefused()
        => Assert.Throws<JsonException>(() => SocialPrescribingJson.Deserialize<Episode>("null"));

    [Fact]
    public void InvalidUtf8_InAString_IsAJsonException()
    {
        byte[] bytes = SocialPrescribingJson.SerializeToUtf8Bytes(Journeys.EveryKind[0]);
        int at = Encoding.UTF8.GetString(bytes).IndexOf("Community choir", StringComparison.Ordinal);
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;

        Assert.Throws<JsonException>(() => SocialPrescribingJson.Deserialize<Episode>(bytes));
    }

    internal static byte[] Apply(byte[] bytes, int at, byte value, Damage damage) => damage switch
    {
        Damage.Truncate => bytes[..at],
        Damage.Flip when at < bytes.Length => [.. bytes[..at], value, .. bytes[(at + 1)..]],
        _ => [.. bytes[..at], value, .. bytes[at..]],
    };

    private static bool ReadsOrRefusesQuietly<T>(byte[] damaged, NhsNumber? known)
    {
        try
        {
            _ = SocialPrescribingJson.Deserialize<T>(damaged);
            return true;
        }
        catch (JsonException e)
        {
            return known is not NhsNumber n || !e.Message.Contains(n.UnmaskedValue, StringComparison.Ordinal);
        }
    }
}
