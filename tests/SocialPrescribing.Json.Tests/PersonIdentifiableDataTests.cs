using System.Text.Json;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Json.Tests;

/// <summary>A JSON document is the data layer: it carries the NHS number in full (docs/json.md, "Values"). Errors never do.</summary>
public sealed class PersonIdentifiableDataTests
{
    private static readonly string Digits = Journeys.KnownNhsNumber.UnmaskedValue;

    [Fact]
    public void Episode_Document_CarriesTheNhsNumberInFull()
        => Assert.Contains($"\"nhsNumber\":\"{Digits}\"", SocialPrescribingJson.Serialize(Journeys.EveryKind[1]), StringComparison.Ordinal);

    [Fact]
    public void TracedEvent_Document_CarriesTheNhsNumberInFull()
        => Assert.Contains(Digits, SocialPrescribingJson.Serialize(Journeys.EveryKind[0].Events.OfType<NhsNumberTraced>().Single()), StringComparison.Ordinal);

    [Theory]
    [InlineData("\"events\":[", "\"events\":[[")]
    [InlineData("\"kind\":\"declined\"", "\"kind\":\"closed\"")]
    [InlineData("\"on\":\"2025-11-05\"", "\"on\":\"2025-11-01\"")]
    [InlineData("\"registeredPractice\":\"A81001\"", "\"registeredPractice\":9990000026")]
    [InlineData("\"nhsNumber\":\"9990000026\"", "\"nhsNumber\":9990000026")]
    [InlineData("\"nhsNumber\":\"9990000026\"", "\"nhsNumber\":\"9990000026\",\"nhsNumber\":\"9990000026\"")]
    [InlineData("\"nhsNumber\":\"9990000026\"", "\"nhsNumber\":\"9990000026\",\"9990000026\":1")]
    [InlineData("\"nhsNumber\":\"9990000026\"", "\"nhsNumber\":\"99900000260\"")]
    public void RefusedDocument_NeverShowsTheNhsNumber(string find, string replace)
    {
        string json = SocialPrescribingJson.Serialize(Journeys.EveryKind[1]).Replace(find, replace, StringComparison.Ordinal);

        JsonException e = Assert.Throws<JsonException>(() => SocialPrescribingJson.Deserialize<Episode>(json));

        Assert.DoesNotContain("9990000", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("9990000", e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Demographics_Document_CarriesTheDateOfBirth_TheModelsTextNever()
    {
        Episode episode = Journeys.EveryKind[^1];
        Assert.Contains("\"dateOfBirth\":\"1956-02-29\"", SocialPrescribingJson.Serialize(episode), StringComparison.Ordinal);

        // Every text a person or a log sees: the episode, its events, the referral, the demographics, the summary.
        string[] texts =
        [
            episode.ToString(), episode.Demographics.ToString(), episode.Referral!.ToString(),
            .. episode.Events.Select(e => e.ToString()),
            Outcomes.EpisodeOutcomes.Summarise(episode).ToString(),
        ];
        Assert.All(texts, t => Assert.DoesNotContain("1956", t, StringComparison.Ordinal));
        Assert.All(texts, t => Assert.DoesNotContain("Black", t, StringComparison.Ordinal));
        Assert.All(texts, t => Assert.DoesNotContain("Caribbean", t, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"dateOfBirth\":\"1956-02-29\"", "\"dateOfBirth\":\"1956-02-30\"")]
    [InlineData("\"dateOfBirth\":\"1956-02-29\"", "\"dateOfBirth\":\"1956-02-29\",\"ageBand\":\"65-69\"")]
    [InlineData("\"dateOfBirth\":\"1956-02-29\"", "\"dateOfBirth\":\"2056-02-29\"")]
    [InlineData("\"ethnicCategory\":\"M\"", "\"ethnicCategory\":\"Black\"")]
    [InlineData("\"ethnicCategory\":\"M\"", "\"ethnicCategory\":1956")]
    public void RefusedDemographics_NeverShowTheValue(string find, string replace)
    {
        string json = SocialPrescribingJson.Serialize(Journeys.EveryKind[^1]).Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(SocialPrescribingJson.Serialize(Journeys.EveryKind[^1]), json);

        JsonException e = Assert.Throws<JsonException>(() => SocialPrescribingJson.Deserialize<Episode>(json));

        Assert.DoesNotContain("1956", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("2056", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Black", e.Message, StringComparison.Ordinal);
    }
}
