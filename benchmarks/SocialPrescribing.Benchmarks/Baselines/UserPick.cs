using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;
using SocialPrescribing.Json.Converters;
using SocialPrescribing.Json.Wire;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Benchmarks.Baselines;

/// <summary>
/// What a user writing their own DTOs would pick instead of the Json package: System.Text.Json's reflection-based
/// serializer with NodaTime.Serialization.SystemTextJson's converters for NodaTime values, and identifiers read and
/// written through strings with their own <c>TryParse</c> and <c>ToString</c>, the way a converter is usually written.
/// Enums, ONS4 answers and PAM scores keep the package's converters, so the documents are the same bytes.
/// </summary>
internal static class UserPick
{
    internal static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(WireOptions.Options) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        options.Converters.Clear();
        Type[] replaced = [typeof(NhsNumber), typeof(SctId), typeof(OdsCode), typeof(EpisodeId), typeof(LinkWorkerId), typeof(LocalDate), typeof(Instant), typeof(ZonedDateTime), typeof(Duration), typeof(Period)];
        foreach (ConverterEntry entry in ValueConverters.All.Where(e => !replaced.Contains(e.Type)))
        {
            options.Converters.Add(entry.Converter);
        }

        options.Converters.Add(new Text<NhsNumber>(NhsNumber.TryParse, n => n.UnmaskedValue));
        options.Converters.Add(new Text<SctId>(SctId.TryParse, id => id.ToString()));
        options.Converters.Add(new Text<OdsCode>(OdsCode.TryParse, code => code.ToString()));
        options.Converters.Add(new Text<EpisodeId>(EpisodeId.TryParse, id => id.ToString()));
        options.Converters.Add(new Text<LinkWorkerId>(LinkWorkerId.TryCreate, id => id.Value));
        options.Converters.Add(NodaConverters.LocalDateConverter);
        options.Converters.Add(NodaConverters.InstantConverter);
        options.Converters.Add(new NodaPatternConverter<ZonedDateTime>(ZonedDateTimePattern.ExtendedFormatOnlyIso.WithZoneProvider(DateTimeZoneProviders.Tzdb)));
        options.Converters.Add(NodaConverters.DurationConverter);
        options.Converters.Add(NodaConverters.RoundtripPeriodConverter);
        options.MakeReadOnly();
        return options;
    }

    private delegate bool TryParse<T>(string text, out T value);

    private sealed class Text<T>(TryParse<T> parse, Func<T, string> format) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => parse(reader.GetString()!, out T value) ? value : throw new JsonException("Not a valid value.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(format(value));
    }
}
