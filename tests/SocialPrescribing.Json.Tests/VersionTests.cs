using System.Text.Json;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Json.Tests;

public sealed class VersionTests
{
    private static readonly string Written = SocialPrescribingJson.Serialize(Journeys.EveryKind[1]);

    [Fact]
    public void EveryDocument_StartsWithItsSchemaVersion()
        => Assert.StartsWith("{\"schemaVersion\":2,", Written, StringComparison.Ordinal);

    [Fact]
    public void Event_AsADocument_CarriesItsKindThenItsSchemaVersion()
        => Assert.StartsWith("{\"kind\":\"referred\",\"schemaVersion\":2,", SocialPrescribingJson.Serialize(Journeys.EveryKind[1].Events[0]), StringComparison.Ordinal);

    [Fact]
    public void EventsInsideAnEpisode_CarryNoSchemaVersion()
        => Assert.Equal(2, Written.Split("schemaVersion").Length);

    [Theory]
    [InlineData(3)]
    [InlineData(int.MaxValue)]
    public void NewerVersion_IsRefusedWithTheVersionError(int version)
    {
        string newer = Written.Replace("\"schemaVersion\":2", $"\"schemaVersion\":{version}", StringComparison.Ordinal);

        UnsupportedSchemaVersionException e = Assert.Throws<UnsupportedSchemaVersionException>(() => SocialPrescribingJson.Deserialize<Episode>(newer));

        Assert.Equal(version, e.Version);
        Assert.Contains("newer than this library reads (1 to 2)", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void VersionBelowOne_IsRefusedWithTheVersionError(int version)
        => Assert.Throws<UnsupportedSchemaVersionException>(() => SocialPrescribingJson.Deserialize<Episode>(Written.Replace("\"schemaVersion\":2", $"\"schemaVersion\":{version}", StringComparison.Ordinal)));

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
        string moved = "{\"events\":" + Written[(Written.IndexOf("[", StringComparison.Ordinal))..^1] + ",\"schemaVersion\":2}";

        Assert.Equal(Journeys.EveryKind[1], SocialPrescribingJson.Deserialize<Episode>(moved));
    }

    [Fact]
    public void Version1Document_WithAVersion2Field_IsRefused_NamingTheField()
    {
        string demographic = SocialPrescribingJson.Serialize(Journeys.EveryKind[^1]).Replace("\"schemaVersion\":2", "\"schemaVersion\":1", StringComparison.Ordinal);

        JsonException e = Assert.Throws<JsonException>(() => SocialPrescribingJson.Deserialize<Episode>(demographic));

        Assert.Contains("schema version 1 cannot hold demographics: they came in version 2", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("1956", e.Message, StringComparison.Ordinal);
        string recorded = SocialPrescribingJson.Serialize(Journeys.EveryKind[^1].Events[3]).Replace("\"schemaVersion\":2", "\"schemaVersion\":1", StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => SocialPrescribingJson.Deserialize<EpisodeEvent>(recorded));
        string coded = SocialPrescribingJson.Serialize(Journeys.EveryKind[^1].Events[^1]).Replace("\"schemaVersion\":2", "\"schemaVersion\":1", StringComparison.Ordinal);
        Assert.Contains("minimum dataset codes", Assert.Throws<JsonException>(() => SocialPrescribingJson.Deserialize<EpisodeEvent>(coded)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Version2Document_WithDemographics_ReadsBack()
    {
        Episode demographic = Journeys.EveryKind[^1];
        Episode read = SocialPrescribingJson.Deserialize<Episode>(SocialPrescribingJson.Serialize(demographic))!;
        Assert.Equal(demographic, read);
        Assert.Equal(EthnicCategory.BlackCaribbean, read.Demographics.EthnicCategory);
        Assert.Equal(AgeBand.From65To69, read.Demographics.AgeBand);
        Assert.Contains("\"ethnicCategory\":\"M\"", SocialPrescribingJson.Serialize(demographic), StringComparison.Ordinal);
    }

    [Fact]
    public void Version1Partial_WithDemographicGroups_IsRefused_Version2ReadsBack()
    {
        SocialPrescribing.Outcomes.EpisodeOutcomeAggregate partial = SocialPrescribing.Outcomes.EpisodeOutcomes.Aggregate(
            Journeys.EveryKind,
            new SocialPrescribing.Outcomes.EpisodeOutcomeOptions { Dimensions = SocialPrescribing.Outcomes.OutcomeDimensions.EthnicGroup | SocialPrescribing.Outcomes.OutcomeDimensions.AgeBand }, cancellationToken: TestContext.Current.CancellationToken);
        string written = SocialPrescribingJson.Serialize(partial);
        Assert.Contains("\"ethnicGroup\":\"blackOrBlackBritish\"", written, StringComparison.Ordinal);
        Assert.Equal(partial, SocialPrescribingJson.Deserialize<SocialPrescribing.Outcomes.EpisodeOutcomeAggregate>(written));

        string version1 = written.Replace("\"schemaVersion\":2", "\"schemaVersion\":1", StringComparison.Ordinal);
        JsonException e = Assert.Throws<JsonException>(() => SocialPrescribingJson.Deserialize<SocialPrescribing.Outcomes.EpisodeOutcomeAggregate>(version1));
        Assert.Contains("cannot hold demographic groups", e.Message, StringComparison.Ordinal);
    }
}
