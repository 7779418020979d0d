using System.Text.Json;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Json.Tests;

public sealed class VersionTests
{
    private static readonly string Written = SocialPrescribingJson.Serialize(Journeys.EveryKind[1]);

    [Fact]
    public void EveryDocument_StartsWithItsSchemaVersion()
        => Assert.StartsWith("{\"schemaVersion\":1,", Written, StringComparison.Ordinal);

    [Fact]
    public void Event_AsADocument_CarriesItsKindThenItsSchemaVersion()
        => Assert.StartsWith("{\"kind\":\"referred\",\"schemaVersion\":1,", SocialPrescribingJson.Serialize(Journeys.EveryKind[1].Events[0]), StringComparison.Ordinal);

    [Fact]
    public void EventsInsideAnEpisode_CarryNoSchemaVersion()
        => Assert.Equal(2, Written.Split("schemaVersion").Length);

    [Theory]
    [InlineData(2)]
    [InlineData(int.MaxValue)]
    public void NewerVersion_IsRefusedWithTheVersionError(int version)
    {
        string newer = Written.Replace("\"schemaVersion\":1", $"\"schemaVersion\":{version}", StringComparison.Ordinal);

        UnsupportedSchemaVersionException e = Assert.Throws<UnsupportedSchemaVersionException>(() => SocialPrescribingJson.Deserialize<Episode>(newer));

        Assert.Equal(version, e.Version);
        Assert.Contains("newer than this library reads (1 to 1)", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void VersionBelowOne_IsRefusedWithTheVersionError(int version)
        => Assert.Throws<UnsupportedSchemaVersionException>(() => SocialPrescribingJson.Deserialize<Episode>(Written.Replace("\"schemaVersion\":1", $"\"schemaVersion\":{version}", StringComparison.Ordinal)));

    [Theory]
    [InlineData("{\"events\":[]}")]
    [InlineData("{\"schemaVersion\":\"1\",\"events\":[]}")]
    [InlineData("{\"schemaVersion\":1.5,\"events\":[]}")]
    [InlineData("[]")]
    public void MissingOrMalformedVersion_IsAJsonException(string json)
    {
        JsonException e = Assert.Throws<JsonException>(() => SocialPrescribingJson.Deserialize<Episode>(json));

        Assert.IsNotType<UnsupportedSchemaVersionException>(e);
        Assert.Contains("schemaVersion", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_AfterOtherProperties_IsFound()
    {
        string moved = "{\"events\":" + Written[(Written.IndexOf("[", StringComparison.Ordinal))..^1] + ",\"schemaVersion\":1}";

        Assert.Equal(Journeys.EveryKind[1], SocialPrescribingJson.Deserialize<Episode>(moved));
    }
}
