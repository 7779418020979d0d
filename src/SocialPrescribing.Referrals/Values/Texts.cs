using System.Globalization;
using NodaTime;
using NodaTime.Text;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>Checks and formatting of text shared by the package: free text bounds, ids, ISO dates and invariant numbers.</summary>
internal static class Texts
{
    /// <summary>The longest short free text (PRSB Social Prescribing v1.1 bounds most free text at 150 characters).</summary>
    internal const int ShortText = 150;

    /// <summary>The longest text in the person's own words ("what changes took place").</summary>
    internal const int PersonsWords = 2000;

    /// <summary>The longest id of a care plan or a community group.</summary>
    internal const int IdLength = 64;

    /// <summary>Trims optional text and checks it is 1 to <paramref name="max"/> characters; null stays null.</summary>
    internal static string? Optional(string? text, string paramName, int max = ShortText)
        => text is null ? null : Required(text, paramName, max);

    /// <summary>Trims text and checks it is 1 to <paramref name="max"/> characters.</summary>
    internal static string Required(string? text, string paramName, int max = ShortText)
    {
        Preconditions.CheckNotNull(text, paramName);
        string trimmed = text.Trim();
        Preconditions.CheckArgument(trimmed.Length > 0 && trimmed.Length <= max, paramName, max == ShortText ? ReferralsMessages.ShortTextLength : ReferralsMessages.PersonsWordsLength);
        return trimmed;
    }

    /// <summary>Checks an id: 1 to 64 characters with no white space or control characters.</summary>
    internal static string Id(string? id, string paramName)
    {
        Preconditions.CheckNotNull(id, paramName);
        Preconditions.CheckArgument(id.Length is > 0 and <= IdLength && !id.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)), paramName, ReferralsMessages.IdShape);
        return id;
    }

    /// <summary>Checks an optional id.</summary>
    internal static string? OptionalId(string? id, string paramName) => id is null ? null : Id(id, paramName);

    /// <summary>Formats a date as ISO 8601 (<c>uuuu-MM-dd</c>).</summary>
    internal static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Formats an instant as extended ISO 8601 in UTC.</summary>
    internal static string Iso(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    /// <summary>Formats with the invariant culture.</summary>
    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
