using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace SocialPrescribing.Json;

/// <summary>
/// Reads one document and gives every failure as a <see cref="JsonException"/> whose message starts with the JSON path
/// and never repeats the input: System.Text.Json quotes a bad token or an unknown property's name, so quoted fragments
/// of its messages are replaced by an ellipsis (docs/json.md, "Errors").
/// </summary>
internal static partial class JsonErrors
{
    internal static T Deserialize<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> info)
    {
        try
        {
            return JsonSerializer.Deserialize(utf8Json, info) ?? throw new JsonException(JsonMessages.NullDocument);
        }
        catch (JsonException e) when (e is not UnsupportedSchemaVersionException)
        {
            throw Clean(e);
        }
    }

    internal static T Deserialize<T>(ReadOnlySpan<char> json, JsonTypeInfo<T> info)
    {
        try
        {
            return JsonSerializer.Deserialize(json, info) ?? throw new JsonException(JsonMessages.NullDocument);
        }
        catch (JsonException e) when (e is not UnsupportedSchemaVersionException)
        {
            throw Clean(e);
        }
    }

    /// <summary>The exception with its message in this package's form: <c>$.path: what is wrong</c>, line and position kept.</summary>
    /// <param name="e">The exception thrown while reading.</param>
    /// <returns>A new exception.</returns>
    internal static JsonException Clean(JsonException e)
    {
        string message = e.Message;
        int pathAt = message.IndexOf(" Path: ", StringComparison.Ordinal);
        string reason = pathAt >= 0 ? message[..pathAt] : message;
        if (!reason.Contains("missing required properties", StringComparison.Ordinal))
        {
            reason = Quoted().Replace(reason, "'…'");
        }

        return new JsonException(JsonMessages.Invariant($"{e.Path ?? "$"}: {reason}"), e.Path, e.LineNumber, e.BytePositionInLine);
    }

    /// <summary>The <see cref="JsonException"/> for System.Text.Json's refusal of an object whose <c>"kind"</c> is missing: the path kept, the wire type's name left out.</summary>
    /// <param name="e">The exception.</param>
    /// <returns>A new exception.</returns>
    internal static JsonException FromNotSupported(NotSupportedException e)
    {
        Match path = PathIn().Match(e.Message);
        return new JsonException(JsonMessages.KindMissing, path.Success ? path.Groups[1].Value : null, null, null);
    }

    [GeneratedRegex(@"Path: (\S+) \|", RegexOptions.CultureInvariant)]
    private static partial Regex PathIn();

    /// <summary>
    /// A quoted fragment: from a quote that starts a word (at the start, or after a space or an opening bracket or
    /// punctuation) to the nearest quote that ends one, so an apostrophe inside a word ("the episode's") is kept, and a
    /// quoted value holding an apostrophe is replaced whole.
    /// </summary>
    [GeneratedRegex(@"(?<=^|[\s(\[{,:])'.*?'(?=$|[\s,.;:)\]}])", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Quoted();
}
