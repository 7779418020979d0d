using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialPrescribing.Json.Converters;

/// <summary>Reads a string into a value through its own parser.</summary>
/// <typeparam name="T">The value.</typeparam>
/// <param name="text">The text, never null.</param>
/// <param name="value">The value, when the text is valid.</param>
/// <returns><see langword="true"/> when the text is valid.</returns>
internal delegate bool TryParseText<T>(string text, out T value);

/// <summary>
/// A value written as one JSON string and read back through the value's own parser (identifiers, NodaTime values): the
/// one converter for every value whose wire form is text. A string that does not parse gives a <see cref="JsonException"/>
/// naming the rule, never the text.
/// </summary>
/// <typeparam name="T">The value.</typeparam>
/// <param name="rule">What a valid string is, in words, for the error.</param>
/// <param name="maxLength">The longest valid string, in UTF-8 bytes as written; longer input is refused before it is read.</param>
/// <param name="tryParse">The parser.</param>
/// <param name="format">The writer.</param>
internal sealed class StringValueConverter<T>(string rule, int maxLength, TryParseText<T> tryParse, Func<T, string> format) : JsonConverter<T>
{
    public override bool HandleNull => false;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonRuleException(JsonMessages.ExpectedString(rule));
        }

        long length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > maxLength * 6L)
        {
            throw new JsonRuleException(JsonMessages.Invalid(rule));
        }

        string text = reader.GetString()!;
        return tryParse(text, out T value) ? value : throw new JsonRuleException(JsonMessages.Invalid(rule));
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(format(value));
}
