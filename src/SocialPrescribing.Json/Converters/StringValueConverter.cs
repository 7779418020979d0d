using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialPrescribing.Json.Converters;

/// <summary>Reads text into a value through its own parser.</summary>
/// <typeparam name="T">The value.</typeparam>
/// <param name="text">The text, unescaped.</param>
/// <param name="value">The value, when the text is valid.</param>
/// <returns><see langword="true"/> when the text is valid.</returns>
internal delegate bool TryParseText<T>(ReadOnlySpan<char> text, out T value);

/// <summary>Gives a value's text, written into a buffer as long as the converter's longest valid string, or from elsewhere.</summary>
/// <typeparam name="T">The value.</typeparam>
/// <param name="value">The value.</param>
/// <param name="buffer">A buffer the text may be written into.</param>
/// <returns>The text: a slice of <paramref name="buffer"/> or any other.</returns>
internal delegate ReadOnlySpan<char> FormatText<in T>(T value, Span<char> buffer);

/// <summary>
/// A value written as one JSON string and read back through the value's own parser (identifiers, NodaTime values): the
/// one converter for every value whose wire form is text. A string that does not parse gives a <see cref="JsonException"/>
/// naming the rule, never the text. The text goes through a buffer on the stack both ways, so a value read or written
/// allocates no string of its own (a string per value was most of what reading an event allocated: benchmarks/README.md).
/// </summary>
/// <typeparam name="T">The value.</typeparam>
/// <param name="rule">What a valid string is, in words, for the error.</param>
/// <param name="maxLength">The longest valid string, in characters as written; longer input is refused before it is read.</param>
/// <param name="tryParse">The parser.</param>
/// <param name="format">The writer.</param>
internal sealed class StringValueConverter<T>(string rule, int maxLength, TryParseText<T> tryParse, FormatText<T> format) : JsonConverter<T>
{
    public override bool HandleNull => false;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonRuleException(JsonMessages.ExpectedString(rule));
        }

        // As escaped in the document, a valid string takes at most 6 bytes a character ("\uXXXX"); unescaped, it has at
        // most as many characters as those bytes, so the buffer below always holds it.
        long length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > maxLength * 6L)
        {
            throw new JsonRuleException(JsonMessages.Invalid(rule));
        }

        Span<char> text = stackalloc char[(int)length];
        int written = reader.CopyString(text);
        return tryParse(text[..written], out T value) ? value : throw new JsonRuleException(JsonMessages.Invalid(rule));
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        Span<char> buffer = stackalloc char[maxLength];
        writer.WriteStringValue(format(value, buffer));
    }
}
