using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace SocialPrescribing.Json;

/// <summary>
/// Reads one document and gives every failure as a <see cref="JsonException"/> whose message starts with the JSON path
/// and never repeats the input: System.Text.Json quotes a bad token or an unknown property's name, so quoted fragments
/// of its messages are replaced by an ellipsis, and its names of wire types by the model's name (docs/json.md, "Errors").
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
        string reason = e.Message;
        string? path = e.Path;
        if (e is not JsonRuleException && reason.Contains("could not be mapped to any", StringComparison.Ordinal) && path is not null)
        {
            // The path ends in the unknown property's name, which is input: name its object instead.
            path = LastSegment().Replace(path, string.Empty);
            reason = JsonMessages.UnknownProperty;
        }
        else if (e is not JsonRuleException)
        {
            int pathAt = reason.IndexOf(" Path: ", StringComparison.Ordinal);
            reason = WireType().Replace(pathAt >= 0 ? reason[..pathAt] : reason, "$1");
            if (!reason.Contains("missing required properties", StringComparison.Ordinal))
            {
                reason = Scrub(reason);
            }
        }

        return new JsonException(JsonMessages.Invariant($"{path ?? "$"}: {reason}"), path, e.LineNumber, e.BytePositionInLine);
    }

    /// <summary>A message with each quoted fragment replaced by an ellipsis: quotes hold input (a value, a property or column name).</summary>
    /// <param name="message">The message.</param>
    /// <returns>The message without its quoted fragments.</returns>
    internal static string Scrub(string message) => Quoted().Replace(message, "'…'");

    /// <summary>The <see cref="JsonException"/> for System.Text.Json's refusal of an object whose <c>"kind"</c> is missing: the path kept, the wire type's name left out.</summary>
    /// <param name="e">The exception.</param>
    /// <returns>A new exception.</returns>
    internal static JsonException FromNotSupported(NotSupportedException e)
    {
        Match path = PathIn().Match(e.Message);
        return new JsonRuleException(JsonMessages.KindMissing, path.Success ? path.Groups[1].Value : null, null, null);
    }

    [GeneratedRegex(@"Path: (\S+) \|", RegexOptions.CultureInvariant)]
    private static partial Regex PathIn();

    [GeneratedRegex(@"SocialPrescribing\.Json\.Wire\.(\w+?)Wire\b", RegexOptions.CultureInvariant)]
    private static partial Regex WireType();

    [GeneratedRegex(@"(\.[^.\[]*|\['.*'\])$", RegexOptions.CultureInvariant)]
    private static partial Regex LastSegment();

    /// <summary>
    /// A quoted fragment: from a quote that starts a word (at the start, or after a space or an opening bracket or
    /// punctuation) to the nearest quote that ends one, so an apostrophe inside a word ("the episode's") is kept, and a
    /// quoted value holding an apostrophe is replaced whole.
    /// </summary>
    [GeneratedRegex(@"(?<=^|[\s(\[{,:])'.*?'(?=$|[\s,.;:)\]}])", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Quoted();
}

/// <summary>A <see cref="JsonException"/> whose message this package wrote: it names a rule and never the value, so it is passed on as it is.</summary>
internal sealed class JsonRuleException : JsonException
{
    internal JsonRuleException(string message)
        : base(message)
    {
    }

    internal JsonRuleException(string message, string? path, long? lineNumber, long? bytePositionInLine)
        : base(message, path, lineNumber, bytePositionInLine)
    {
    }
}
