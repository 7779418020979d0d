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
}
