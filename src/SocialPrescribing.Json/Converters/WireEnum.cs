using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialPrescribing.Json.Converters;

/// <summary>One enum's wire names: each defined member written as its own fixed camelCase string, read back by that string only.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class WireEnum<TEnum>
    where TEnum : struct, Enum
{
    private readonly TEnum[] _members;
    private readonly JsonEncodedText[] _names;

    /// <summary>Initializes a new instance of the <see cref="WireEnum{TEnum}"/> class.</summary>
    /// <param name="pairs">Every defined member with its wire name.</param>
    /// <exception cref="InvalidOperationException">A defined member has no name, or a member or name appears twice: a fault of this library, caught by its tests.</exception>
    internal WireEnum((TEnum Member, string Name)[] pairs)
    {
        TEnum[] defined = Enum.GetValues<TEnum>();
        bool complete = pairs.Length == defined.Length
            && defined.All(d => pairs.Count(p => EqualityComparer<TEnum>.Default.Equals(p.Member, d)) == 1)
            && pairs.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count() == pairs.Length;
        if (!complete)
        {
            throw new InvalidOperationException($"The wire names of {typeof(TEnum).Name} must name every defined member once.");
        }

        _members = [.. pairs.Select(p => p.Member)];
        // Names are this library's fixed ASCII strings, so the relaxed encoder is safe: it writes an age band "95+" as
        // it is (the default encoder would write "95\u002B"), and the bytes compared on reading are the unescaped name.
        _names = [.. pairs.Select(p => JsonEncodedText.Encode(p.Name, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping))];
        Entry = ConverterEntry.For(new WireEnumConverter(this));
    }

    /// <summary>Gets the converter that writes and reads these names, with its type information.</summary>
    internal ConverterEntry Entry { get; }

    /// <summary>Gets the wire name of a member.</summary>
    /// <param name="value">The member.</param>
    /// <returns>Its name.</returns>
    /// <exception cref="JsonException">The value is not a defined member.</exception>
    internal JsonEncodedText NameOf(TEnum value)
    {
        int i = Array.IndexOf(_members, value);
        return i >= 0 ? _names[i] : throw new JsonRuleException(JsonMessages.UndefinedEnum(typeof(TEnum).Name));
    }

    /// <summary>Reads a member from the string the reader is on.</summary>
    /// <param name="reader">The reader, on a string token.</param>
    /// <returns>The member.</returns>
    /// <exception cref="JsonException">The token is not a string, or no member has that name.</exception>
    internal TEnum Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
        {
            // A linear scan with ValueTextEquals: no string is allocated, and enums here have at most 32 members.
            for (int i = 0; i < _names.Length; i++)
            {
                if (reader.ValueTextEquals(_names[i].EncodedUtf8Bytes))
                {
                    return _members[i];
                }
            }
        }

        throw new JsonRuleException(JsonMessages.UnknownEnum(typeof(TEnum).Name));
    }

    private sealed class WireEnumConverter(WireEnum<TEnum> names) : JsonConverter<TEnum>
    {
        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => names.Read(ref reader);

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WriteStringValue(names.NameOf(value));

        public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => names.Read(ref reader);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WritePropertyName(names.NameOf(value));
    }
}
