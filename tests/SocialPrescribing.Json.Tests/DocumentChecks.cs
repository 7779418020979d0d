using System.Text.Json;

namespace SocialPrescribing.Json.Tests;

/// <summary>The checks every document's tests make: it round-trips, it is written the same twice, and a refused document's message starts with the path and never repeats the bad value.</summary>
internal static class DocumentChecks
{
    /// <summary>Writes and reads a value, and checks the value read describes as the value written.</summary>
    /// <typeparam name="T">The model.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="describe">A structural projection of the model (for models without equality), or its own <c>ToString</c> of its equality.</param>
    /// <returns><see langword="true"/>; a difference fails the assertion with both projections.</returns>
    internal static bool RoundTrips<T>(T value, Func<T, string> describe)
    {
        T back = SocialPrescribingJson.Deserialize<T>(SocialPrescribingJson.Serialize(value));
        Assert.Equal(describe(value), describe(back));
        return true;
    }

    /// <summary>Writes a value, reads it, and writes it again: the bytes are the same.</summary>
    /// <typeparam name="T">The model.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when the bytes are the same.</returns>
    internal static bool WrittenTwiceTheSame<T>(T value)
    {
        byte[] first = SocialPrescribingJson.SerializeToUtf8Bytes(value);
        byte[] again = SocialPrescribingJson.SerializeToUtf8Bytes(SocialPrescribingJson.Deserialize<T>(first));
        Assert.Equal(System.Text.Encoding.UTF8.GetString(first), System.Text.Encoding.UTF8.GetString(again));
        Assert.Empty(EmptyOptionalParts(first));
        return first.AsSpan().SequenceEqual(again);
    }

    /// <summary>
    /// The properties a document writes as an empty list (an array, or the texts of an answer) or an empty person
    /// although the wire form omits them when empty: every list but those that are always written, listed here.
    /// </summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The paths of those properties; none for a document in its canonical form.</returns>
    internal static IEnumerable<string> EmptyOptionalParts(byte[] utf8Json)
    {
        var found = new List<string>();
        Walk(System.Text.Json.Nodes.JsonNode.Parse(utf8Json), found);
        return found;

        static void Walk(System.Text.Json.Nodes.JsonNode? node, List<string> found)
        {
            IEnumerable<System.Text.Json.Nodes.JsonNode?> children = node switch
            {
                System.Text.Json.Nodes.JsonObject o => o.Select(p => p.Value),
                System.Text.Json.Nodes.JsonArray a => a,
                _ => [],
            };
            foreach (System.Text.Json.Nodes.JsonNode? child in children)
            {
                bool empty = child is System.Text.Json.Nodes.JsonArray { Count: 0 }
                    || (child is System.Text.Json.Nodes.JsonObject { Count: 0 } && child.GetPropertyName() is "texts" or "person");
                if (empty && child!.Parent is System.Text.Json.Nodes.JsonObject && !AlwaysWritten.Contains(child.GetPropertyName()))
                {
                    found.Add(child.GetPath());
                }

                Walk(child, found);
            }
        }
    }

    /// <summary>The properties written even when empty: a required list, or a set of flags whose empty set means "none".</summary>
    private static readonly HashSet<string> AlwaysWritten = new(StringComparer.Ordinal)
    {
        "actionsAgreed", "answers", "columns", "declinedPeople", "dimensions", "firstReferrals", "goalReviews", "groups", "offeredPeople", "ons4Dates",
        "pamDates", "results", "ruledOutBy", "stillUnknown", "supportTakenUpDates",
    };

    /// <summary>Reads a document that must be refused, and checks the message.</summary>
    /// <typeparam name="T">The model.</typeparam>
    /// <param name="json">The document.</param>
    /// <param name="path">The JSON path the message starts with.</param>
    /// <param name="badValue">The bad value, which the message must not repeat.</param>
    /// <returns>The exception.</returns>
    internal static JsonException Refused<T>(string json, string path, string badValue)
    {
        JsonException e = Assert.Throws<JsonException>(() => SocialPrescribingJson.Deserialize<T>(json));
        Assert.StartsWith(path + ": ", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(badValue, e.Message, StringComparison.Ordinal);
        return e;
    }

    /// <summary>A JSON document from single-quoted text, for readable examples: every <c>'</c> becomes <c>"</c>.</summary>
    /// <param name="text">The document with single quotes.</param>
    /// <returns>The document.</returns>
    internal static string Quoted(string text) => text.Replace('\'', '"');
}
