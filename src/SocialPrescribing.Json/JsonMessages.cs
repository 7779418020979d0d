using System.Globalization;

namespace SocialPrescribing.Json;

/// <summary>The words of every error this package gives: each names the rule broken, never the value read.</summary>
internal static partial class JsonMessages
{
    internal const string NhsNumber = "an NHS number is 10 digits with a valid modulus 11 check digit";
    internal const string SctId = "a SNOMED CT identifier is 6 to 18 digits with a valid Verhoeff check digit, partition and namespace";
    internal const string OdsCode = "an ODS code is 3 to 10 letters and digits in a known shape";
    internal const string EpisodeId = "an episode id is a non-empty GUID";
    internal const string LinkWorkerId = "a link worker id is 1 to 32 letters, digits, '-', '_' or '.'";
    internal const string LocalDate = "a date is ISO 8601 'uuuu-MM-dd'";
    internal const string Instant = "an instant is ISO 8601 UTC, 'uuuu-MM-ddTHH:mm:ss.FFFFFFFFFZ'";
    internal const string ZonedDateTime = "a zoned date and time is ISO 8601 with its offset and a TZDB zone id, 'uuuu-MM-ddTHH:mm:ss.FFFFFFFFF zone (offset)'";
    internal const string Duration = "a duration is '-H:mm:ss.FFFFFFFFF'";
    internal const string Ons4Answer = "an ONS4 answer is a whole number from 0 to 10, \"refused\" or \"notAsked\"";
    internal const string PamScore = "a PAM score is a number from 0.0 to 100.0 in tenths";
    internal const string Period = "a period is ISO 8601 in NodaTime's round-trip form, such as 'P6M' or 'P1Y2M3W4D'";

    internal static string ExpectedString(string rule) => Invariant($"Expected a JSON string: {rule}.");

    internal static string Invalid(string rule) => Invariant($"Not valid: {rule}.");

    internal static string UnknownEnum(string type) => Invariant($"Not a known {type}: expected one of its camelCase wire names (docs/json.md).");

    internal static string UndefinedEnum(string type) => Invariant($"The value is not a defined {type} and cannot be written.");

    internal const string KindMissing = "An event must carry its \"kind\" (docs/json.md, \"Episodes and events\").";

    internal const string UnknownProperty = "The object has a property this schema does not define: unknown properties are refused (docs/json.md, \"Hostile input and limits\").";

    internal const string NullDocument = "A document cannot be null.";

    internal static string MissingVersion => "A document must carry \"schemaVersion\" as its first level property, a whole number.";

    internal static string NewerVersion(int version, int newest)
        => Invariant($"The document's schema version {version} is newer than this library reads (1 to {newest}): upgrade SocialPrescribing.Json.");

    internal static string UnknownVersion(int version, int newest) => Invariant($"The document's schema version {version} is not one this library wrote (1 to {newest}).");

    internal static string NotInVersion(string what, int since, int version) => Invariant($"The document's schema version {version} cannot hold {what}: they came in version {since} (docs/json.md, \"Versions\").");

    internal static string Refused(string rule) => Invariant($"The document breaks a rule of the model: {rule}");

    internal static string TooLarge(long limit) => Invariant($"The document is larger than the limit of {limit} bytes (docs/json.md, \"Limits\").");

    internal static string TooMany(string what, int limit) => Invariant($"More than {limit} {what} (docs/json.md, \"Limits\").");

    internal static string LineFailed(long lineNumber, string reason) => Invariant($"Line {lineNumber}: {reason}");

    internal static string LineCut(long lineNumber) => Invariant($"Line {lineNumber} is cut short: the stream ended inside it; every line before it was read.");

    internal static string Flags(string type) => Invariant($"Not a set of {type}: expected an array of its camelCase flag names, each once (docs/json.md).");

    internal const string PeriodStart = "A period is written as its first day: the date is not the first day of a period of the document's kind.";

    internal const string FigureTooLarge = "A count or sum is larger than the figures can hold exactly.";

    internal const string ColumnRole = "A column has at most one role: partOf, totalOf, notAdditive, percentageOf (its numerator and denominator columns) or statisticOf.";

    internal const string CellParts = "A count cell carries its whole value; a statistic its value, decimals and basedOn; a percentage its numerator, denominator and decimals; a cell that does not apply nothing more.";

    internal const string PolicyKind = "A disclosure policy is exactly one of none (true), nhsDigitalHesEcds (a publication level) or suppressBelow (a threshold).";

    internal const string PersonKeysRepeated = "Person keys should not repeat in the first referrals.";

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
