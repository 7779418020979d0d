using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace SocialPrescribing.Json.Converters;

/// <summary>
/// Dates and instants in NodaTime's ISO patterns (<see cref="LocalDatePattern.Iso"/>, <see cref="InstantPattern.ExtendedIso"/>),
/// read and written without a string where the BCL's span-based <see cref="DateTime"/> parsing and formatting give exactly
/// the pattern's text: ISO dates in years 1 to 9999 and instants in whole ticks. Anything else (year 0, nanoseconds, text
/// the BCL refuses) goes through the NodaTime pattern itself, so the patterns decide what is valid. A date and an instant
/// are on every event; their strings were a third of what reading an event allocated (benchmarks/README.md).
/// </summary>
internal static class IsoText
{
    // "yyyy" and "MM", "dd", "HH", "mm", "ss" take exactly that many ASCII digits in ParseExact; ".FFFFFFF" takes an
    // optional fraction of up to 7 digits, and when formatting drops trailing zeros and the point, as NodaTime's
    // ";FFFFFFFFF" does. The quoted 'Z' is a literal: the text is UTC, as AssumeUniversal and AdjustToUniversal keep it.
    private const string DateFormat = "yyyy'-'MM'-'dd";
    private const string InstantFormat = "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF'Z'";
    private const DateTimeStyles Utc = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;

    private static readonly Instant FirstTick = Instant.FromDateTimeUtc(DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc));
    private static readonly Instant LastTick = Instant.FromDateTimeUtc(DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc));

    /// <summary>The longest date text written by either way.</summary>
    internal const int DateLength = 32;

    /// <summary>The longest instant text written by either way.</summary>
    internal const int InstantLength = 48;

    /// <summary>Parses an ISO date, as <see cref="LocalDatePattern.Iso"/> does.</summary>
    internal static bool TryParseDate(ReadOnlySpan<char> text, out LocalDate value)
    {
        if (DateTime.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime date))
        {
            value = LocalDate.FromDateTime(date);
            return true;
        }

        return LocalDatePattern.Iso.Parse(text.ToString()).TryGetValue(default, out value);
    }

    /// <summary>Formats an ISO date, as <see cref="LocalDatePattern.Iso"/> does.</summary>
    // Stryker disable once all : the guard only chooses the BCL's fast path; NodaTime's pattern gives the same result on either side of it (IsoTextTests), so its mutants are equivalent.
    internal static ReadOnlySpan<char> FormatDate(LocalDate value, Span<char> buffer)
        => value.Calendar == CalendarSystem.Iso && value.Year is >= 1 and <= 9999
            && value.ToDateTimeUnspecified().TryFormat(buffer, out int written, DateFormat, CultureInfo.InvariantCulture)
            ? buffer[..written]
            : LocalDatePattern.Iso.Format(value);

    /// <summary>Parses an instant, as <see cref="InstantPattern.ExtendedIso"/> does.</summary>
    internal static bool TryParseInstant(ReadOnlySpan<char> text, out Instant value)
    {
        // The BCL also takes a point with no digits ("...:00.Z"), which the pattern refuses: such text goes to the pattern.
        bool wholeSeconds = text.Length == 20;
        // Stryker disable once all : the guard only chooses the BCL's fast path; NodaTime's pattern gives the same result on either side of it (IsoTextTests), so its mutants are equivalent.
        bool fraction = text.Length is >= 22 and <= 28 && text[19] == '.';
        // Stryker disable once all : the guard only chooses the BCL's fast path; NodaTime's pattern gives the same result on either side of it (IsoTextTests), so its mutants are equivalent.
        if ((wholeSeconds || fraction) && DateTime.TryParseExact(text, InstantFormat, CultureInfo.InvariantCulture, Utc, out DateTime instant))
        {
            value = Instant.FromDateTimeUtc(instant);
            return true;
        }

        return InstantPattern.ExtendedIso.Parse(text.ToString()).TryGetValue(default, out value);
    }

    /// <summary>Formats an instant, as <see cref="InstantPattern.ExtendedIso"/> does.</summary>
    // Stryker disable once all : the guard only chooses the BCL's fast path; NodaTime's pattern gives the same result on either side of it (IsoTextTests), so its mutants are equivalent.
    internal static ReadOnlySpan<char> FormatInstant(Instant value, Span<char> buffer)
        => value >= FirstTick && value <= LastTick && Instant.FromUnixTimeTicks(value.ToUnixTimeTicks()) == value
            && value.ToDateTimeUtc().TryFormat(buffer, out int written, InstantFormat, CultureInfo.InvariantCulture)
            ? buffer[..written]
            : InstantPattern.ExtendedIso.Format(value);
}
