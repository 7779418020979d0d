using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hl7.Fhir.Model;
using NodaTime;
using NodaTime.Text;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Fhir;

/// <summary>The small conversions both directions share: dates, instants, identifiers, references, codings, resource ids.</summary>
internal static class FhirValues
{
    /// <summary>The meta of a resource that declares UK Core's profile of its type.</summary>
    public static Meta UkCore(string resource) => new() { Profile = [FhirUris.Profile(resource)] };

    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static bool TryDate(string? text, out LocalDate date)
    {
        date = default;
        return text is { Length: 10 } && LocalDatePattern.Iso.Parse(text).TryGetValue(default, out date);
    }

    public static FhirDateTime DateTime(LocalDate date) => new(Date(date));

    /// <summary>An instant in FHIR's form, to the tick (FHIR and .NET both hold 100 ns).</summary>
    public static DateTimeOffset Instant(NodaTime.Instant instant) => instant.ToDateTimeOffset();

    public static string InstantText(NodaTime.Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    public static string DateTimeOf(ZonedDateTime when) => OffsetDateTimePattern.Rfc3339.Format(when.ToOffsetDateTime());

    public static bool TryDateTimeOf(string? text, out OffsetDateTime when)
    {
        when = default;
        return text is not null && OffsetDateTimePattern.Rfc3339.Parse(text).TryGetValue(default, out when);
    }

    public static Identifier Ods(OdsCode code) => new(FhirUris.OdsOrganisationCode, code.ToString());

    public static ResourceReference OrganisationByOds(OdsCode code, string? display = null)
        => new() { Type = "Organization", Identifier = Ods(code), Display = display };

    public static ResourceReference LinkWorker(LinkWorkerId id)
        => new() { Type = "Practitioner", Identifier = new Identifier(FhirUris.LinkWorker, id.Value) };

    public static Coding Snomed(SctId id, string? display = null) => new(FhirUris.Snomed, id.ToString(), display);

    public static CodeableConcept Concept<T>(T value, string? text = null)
        where T : struct, Enum
        => new() { Coding = [FhirCodes<T>.Coding(value)], Text = text };

    public static Coding Coding<T>(T value)
        where T : struct, Enum
        => FhirCodes<T>.Coding(value);

    public static CodeableConcept Text(string text) => new() { Text = text };

    /// <summary>A duration in seconds, to the tick.</summary>
    public static decimal Seconds(NodaTime.Duration duration) => duration.BclCompatibleTicks / 10_000_000m;

    /// <summary>Seconds back to a duration, to the tick.</summary>
    /// <exception cref="OverflowException">Too many seconds for a duration.</exception>
    public static NodaTime.Duration FromSeconds(decimal seconds) => NodaTime.Duration.FromTicks(decimal.ToInt64(decimal.Round(seconds * 10_000_000m)));

    /// <summary>
    /// A name-based UUID (RFC 9562 version 5, SHA-1) of the episode and a resource's local name: the same episode
    /// always gives the same <c>fullUrl</c>s, so bundles compare as files.
    /// </summary>
    public static string Urn(EpisodeId episode, string localName)
    {
        Span<byte> name = stackalloc byte[16 + Encoding.UTF8.GetMaxByteCount(localName.Length)];
        episode.Value.TryWriteBytes(name, bigEndian: true, out _);
        int length = 16 + Encoding.UTF8.GetBytes(localName, name[16..]);
        Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // RFC 9562 names SHA-1 for version 5 UUIDs; nothing here is a secret.
        SHA1.HashData(name[..length], hash);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return "urn:uuid:" + new Guid(hash[..16], bigEndian: true).ToString();
    }
}
