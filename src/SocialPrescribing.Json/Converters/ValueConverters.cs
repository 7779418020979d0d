using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using SocialPrescribing.Measures;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Json.Converters;

/// <summary>
/// The converters of every value written as one JSON token: identifiers as strings (the NHS number in full: a JSON
/// document is the data layer, docs/json.md), NodaTime values in NodaTime's own ISO patterns, ONS4 answers and PAM scores
/// as numbers. Written here rather than taken from NodaTime.Serialization.SystemTextJson, whose package is not trimming-
/// or AOT-annotated: each of these reads through the value's own parser and nothing else.
/// </summary>
internal static class ValueConverters
{
    private static readonly ZonedDateTimePattern ZonedPattern = ZonedDateTimePattern.ExtendedFormatOnlyIso.WithZoneProvider(DateTimeZoneProviders.Tzdb);

    /// <summary>Gets every converter of this class, of <see cref="WireEnums"/> and of <see cref="WireFlagNames"/>.</summary>
    // Stryker disable once all : a static table, built once per process, before any mutant is active: the MTP runner reuses its test host (stryker-net#3742); every converter is exercised by the round-trip tests.
    internal static IReadOnlyList<ConverterEntry> All { get; } =
    [
        Text<NhsNumber>(JsonMessages.NhsNumber, 12, NhsNumber.TryParse, (n, buffer) => Formatted(n, buffer, "D")),
        Text<SctId>(JsonMessages.SctId, 18, SctId.TryParse, (id, buffer) => Formatted(id, buffer, default)),
        Text<OdsCode>(JsonMessages.OdsCode, 10, OdsCode.TryParse, (code, _) => code.ToString()),
        Text(JsonMessages.EpisodeId, 38, (ReadOnlySpan<char> text, out EpisodeId id) => EpisodeId.TryCreate(Guid.TryParse(text, out Guid guid) ? guid : Guid.Empty, out id), (id, buffer) => Formatted(id.Value, buffer, "D")),
        Text(JsonMessages.LinkWorkerId, LinkWorkerId.MaxLength, (ReadOnlySpan<char> text, out LinkWorkerId id) => LinkWorkerId.TryCreate(text.ToString(), out id), (id, _) => id.Value),
        Text<LocalDate>(JsonMessages.LocalDate, IsoText.DateLength, IsoText.TryParseDate, IsoText.FormatDate),
        Text<Instant>(JsonMessages.Instant, IsoText.InstantLength, IsoText.TryParseInstant, IsoText.FormatInstant),
        Iso(JsonMessages.ZonedDateTime, 128, ZonedPattern),
        Iso(JsonMessages.Duration, 48, DurationPattern.JsonRoundtrip),
        Iso(JsonMessages.Period, 64, PeriodPattern.Roundtrip),
        ConverterEntry.For(new Ons4AnswerConverter()),
        ConverterEntry.For(new PamScoreConverter()),
        .. WireEnums.All,
        .. WireFlagNames.All,
    ];

    private static ConverterEntry Text<T>(string rule, int maxLength, TryParseText<T> tryParse, FormatText<T> format)
        => ConverterEntry.For(new StringValueConverter<T>(rule, maxLength, tryParse, format));

    private static ConverterEntry Iso<T>(string rule, int maxLength, IPattern<T> pattern)
        => Text(rule, maxLength, (ReadOnlySpan<char> text, out T value) => pattern.Parse(text.ToString()).TryGetValue(default!, out value), (value, _) => pattern.Format(value));

    private static ReadOnlySpan<char> Formatted<T>(T value, Span<char> buffer, ReadOnlySpan<char> format)
        where T : ISpanFormattable
    {
        bool fits = value.TryFormat(buffer, out int written, format, CultureInfo.InvariantCulture);
        Debug.Assert(fits, "The buffer is as long as the longest valid value.");
        return buffer[..written];
    }

    /// <summary>An ONS4 answer: its rating as a number, or <c>"refused"</c> / <c>"notAsked"</c>.</summary>
    private sealed class Ons4AnswerConverter : JsonConverter<Ons4Answer>
    {
        // Stryker disable once all : a static name, built once per process, before any mutant is active: the MTP runner reuses its test host (stryker-net#3742); MeasuresJsonTests reads and writes it.
        private static readonly JsonEncodedText Refused = JsonEncodedText.Encode("refused");
        // Stryker disable once all : a static name, built once per process, before any mutant is active: the MTP runner reuses its test host (stryker-net#3742); MeasuresJsonTests reads and writes it.
        private static readonly JsonEncodedText NotAsked = JsonEncodedText.Encode("notAsked");

        public override Ons4Answer Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int rating) && Ons4Rating.TryCreate(rating, out Ons4Rating valid))
            {
                return Ons4Answer.FromRating(valid);
            }

            if (reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(Refused.EncodedUtf8Bytes))
            {
                return Ons4Answer.Refused;
            }

            return reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(NotAsked.EncodedUtf8Bytes)
                ? Ons4Answer.NotAsked
                : throw new JsonRuleException(JsonMessages.Invalid(JsonMessages.Ons4Answer));
        }

        public override void Write(Utf8JsonWriter writer, Ons4Answer value, JsonSerializerOptions options)
        {
            if (value.TryGetRating(out Ons4Rating rating))
            {
                writer.WriteNumberValue(rating.Value);
            }
            else
            {
                writer.WriteStringValue(value.Kind == Ons4AnswerKind.Refused ? Refused : NotAsked);
            }
        }
    }

    /// <summary>A PAM score as a number with one decimal place.</summary>
    private sealed class PamScoreConverter : JsonConverter<PamScore>
    {
        public override PamScore Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out decimal value) && PamScore.TryCreate(value, out PamScore score)
                ? score
                : throw new JsonRuleException(JsonMessages.Invalid(JsonMessages.PamScore));

        public override void Write(Utf8JsonWriter writer, PamScore value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Value);
    }
}
