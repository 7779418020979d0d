using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using SocialPrescribing.Outcomes;

namespace SocialPrescribing.Json.Converters;

/// <summary>
/// One [Flags] enum's wire form: a JSON array of the fixed camelCase names of the flags set, in the table's order
/// (<c>[]</c> for none), read back by those names only; a name repeated, or one no flag has, is refused
/// (docs/json.md, "Enums").
/// </summary>
/// <typeparam name="TEnum">The enum: <see langword="int"/>-based, every named member other than zero a single bit.</typeparam>
internal sealed class WireFlags<TEnum>
    where TEnum : struct, Enum
{
    private readonly int[] _bits;
    private readonly JsonEncodedText[] _names;
    private readonly int _all;

    /// <summary>Initializes a new instance of the <see cref="WireFlags{TEnum}"/> class.</summary>
    /// <param name="pairs">Every named flag other than zero, with its wire name.</param>
    /// <exception cref="InvalidOperationException">The enum is not <see langword="int"/>-based, a member other than zero is not a single bit or has no name, or a member or name appears twice: a fault of this library, caught by its tests.</exception>
    internal WireFlags((TEnum Flag, string Name)[] pairs)
    {
        int[] defined = [.. Enum.GetValues<TEnum>().Select(Bits).Where(b => b != 0)];
        int[] bits = [.. pairs.Select(p => Bits(p.Flag))];
        bool complete = Enum.GetUnderlyingType(typeof(TEnum)) == typeof(int)
            && bits.Length == defined.Length && defined.All(d => bits.Count(b => b == d) == 1)
            && bits.All(b => b > 0 && (b & (b - 1)) == 0)
            && pairs.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count() == pairs.Length;
        if (!complete)
        {
            throw new InvalidOperationException($"The wire names of {typeof(TEnum).Name} must name every flag once, each a single bit.");
        }

        _bits = bits;
        _names = [.. pairs.Select(p => JsonEncodedText.Encode(p.Name))];
        _all = bits.Aggregate(0, (all, b) => all | b);
        Entry = ConverterEntry.For(new FlagsConverter(this));
    }

    /// <summary>Gets the converter that writes and reads these names, with its type information.</summary>
    internal ConverterEntry Entry { get; }

    private static int Bits(TEnum value) => Unsafe.As<TEnum, int>(ref value);

    private sealed class FlagsConverter(WireFlags<TEnum> flags) : JsonConverter<TEnum>
    {
        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException(JsonMessages.Flags(typeof(TEnum).Name));
            }

            int value = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                int bit = reader.TokenType == JsonTokenType.String ? Find(ref reader) : 0;
                if (bit == 0 || (value & bit) != 0)
                {
                    throw new JsonException(JsonMessages.Flags(typeof(TEnum).Name));
                }

                value |= bit;
            }

            return Unsafe.As<int, TEnum>(ref value);
        }

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
        {
            int bits = Bits(value);
            if ((bits & ~flags._all) != 0)
            {
                throw new JsonException(JsonMessages.UndefinedEnum(typeof(TEnum).Name));
            }

            writer.WriteStartArray();
            for (int i = 0; i < flags._bits.Length; i++)
            {
                if ((bits & flags._bits[i]) != 0)
                {
                    writer.WriteStringValue(flags._names[i]);
                }
            }

            writer.WriteEndArray();
        }

        private int Find(ref Utf8JsonReader reader)
        {
            for (int i = 0; i < flags._names.Length; i++)
            {
                if (reader.ValueTextEquals(flags._names[i].EncodedUtf8Bytes))
                {
                    return flags._bits[i];
                }
            }

            return 0;
        }
    }
}

/// <summary>The wire names of every [Flags] enum a document carries: fixed for ever, as <see cref="WireEnums"/>' are.</summary>
// Stryker disable all : static tables, built once per process, before any mutant is active: the MTP runner reuses its test host (stryker-net#3742); WireNameTests and the golden files pin every name.
internal static class WireFlagNames
{
    internal static readonly WireFlags<OutcomeDimensions> OutcomeDimensionsNames = new(
    [
        (OutcomeDimensions.PrimaryCareNetwork, "primaryCareNetwork"),
        (OutcomeDimensions.Practice, "practice"),
        (OutcomeDimensions.ReferralSource, "referralSource"),
        (OutcomeDimensions.Period, "period"),
        (OutcomeDimensions.AgeBand, "ageBand"),
        (OutcomeDimensions.StatedGender, "statedGender"),
        (OutcomeDimensions.EthnicCategory, "ethnicCategory"),
        (OutcomeDimensions.EthnicGroup, "ethnicGroup"),
        (OutcomeDimensions.DeprivationDecile, "deprivationDecile"),
        (OutcomeDimensions.DeprivationQuintile, "deprivationQuintile"),
    ]);

    internal static readonly WireFlags<ActivityDimensions> ActivityDimensionsNames = new(
    [
        (ActivityDimensions.PrimaryCareNetwork, "primaryCareNetwork"),
        (ActivityDimensions.Practice, "practice"),
        (ActivityDimensions.Period, "period"),
    ]);

    /// <summary>Gets the converter of every table above, with its type information.</summary>
    internal static IReadOnlyList<ConverterEntry> All { get; } =
    [
        OutcomeDimensionsNames.Entry,
        ActivityDimensionsNames.Entry,
    ];
}
