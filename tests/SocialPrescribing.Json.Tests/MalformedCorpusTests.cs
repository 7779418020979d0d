using System.Text.Json;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Json.Tests;

/// <summary>
/// A corpus of malformed documents (Documents/malformed), each made from the approved declined episode by one change,
/// with the path and the words of the error it must give. No message repeats what it read.
/// </summary>
public sealed class MalformedCorpusTests
{
    [Theory]
    [InlineData("bad-check-digit", "$.events[0].referral.person.nhsNumber", "modulus 11 check digit")]
    [InlineData("unknown-enum-name", "$.events[0].referral.urgency", "Not a known Urgency")]
    [InlineData("missing-required-property", "$.events[1]", "missing required properties including: 'on'")]
    [InlineData("unknown-property", "$.events[1]", "a property this schema does not define")]
    [InlineData("duplicate-property", "$.events[1].kind", "contains a duplicate")]
    [InlineData("number-out-of-range", "$.events[1].number", "could not be converted to PersonDeclined")]
    [InlineData("wrong-type", "$.events[1].on", "Expected a JSON string: a date is ISO 8601")]
    [InlineData("events-of-two-episodes", "$", "Event 1 (Declined) could not be applied: A decline cannot be recorded: the event names another episode.")]
    [InlineData("events-out-of-numbering", "$", "its number is not the episode's next")]
    [InlineData("events-out-of-recorded-order", "$", "it was recorded before the latest event of the episode")]
    [InlineData("unknown-event-kind", "$.events[1]", "unrecognized type discriminator")]
    [InlineData("rule-of-the-model", "$", "events[0]: Referral should have at least one reason. (Parameter '…')")]
    [InlineData("null-where-a-value-is-needed", "$.events[0].referral.registeredPractice", "could not be converted to SocialPrescribing.OdsCode")]
    [InlineData("truncated", "$", "reached end of data")]
    [InlineData("not-json", "$", "is an invalid JSON literal")]
    [InlineData("date-that-does-not-exist", "$.events[1].on", "a date is ISO 8601")]
    public void Malformed_GivesTheErrorNamingPathAndRule(string name, string path, string words)
    {
        byte[] bytes = File.ReadAllBytes(Golden.Path("malformed", name + ".json"));

        JsonException e = Assert.Throws<JsonException>(() => SocialPrescribingJson.Deserialize<Episode>(bytes));

        Assert.StartsWith(path, e.Message, StringComparison.Ordinal);
        Assert.Contains(words, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("999000002", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("extremelyUrgent", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("colour", e.Message.Replace(path, string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("teleported", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("2025-11-31", e.Message, StringComparison.Ordinal);
    }
}
