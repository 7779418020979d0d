namespace SocialPrescribing.Analytics;

/// <summary>The words of every error this package gives: each names the row, the column and the rule, never a cell's content.</summary>
internal static class AnalyticsMessages
{
    internal const string SecretTooShort = "The secret must be at least 32 bytes.";
    internal const string DateFormatRule = "The date format must write and read back a date (for example yyyy-MM-dd or dd/MM/yyyy).";
    internal const string SeparatorRule = "The separator must be a tab, the unit separator (U+001F) or a printable ASCII character other than a quote, a hash, a letter or a digit.";
    internal const string ColumnNameRule = "A column name must not be blank.";
    internal const string ReadOnce = "An extract is read once: open it again to read it again.";
    internal const string NoSuchColumn = "the header has no column of this name";
    internal const string TooFewColumns = "the row has fewer columns than the header";
    internal const string Practice = "a practice is an ODS code";
    internal const string PersonKey = "a person key is not blank";
    internal const string Code = "a code is a SNOMED CT identifier";
    internal const string Date = "a date is written in the extract's date format";
    internal const string NullEpisode = "The episodes must not contain null.";
    internal const string AgeBand = "an age band is written as its words (0-4 to 90-94, 95+; 0_4 as NHS Digital writes it)";
    internal const string StatedGender = "a stated gender is an NHS Data Dictionary code (1, 2, 9 or X)";
    internal const string EthnicCategory = "an ethnic category is an NHS Data Dictionary code (A to S, Z or 99)";
    internal const string DeprivationDecile = "a deprivation decile is a whole number from 1 to 10";
    internal const string MemberId = "a member row has an id";
    internal const string EffectiveTime = "an effective time is a date written yyyyMMdd";
    internal const string Active = "active is 1 or 0";
    internal const string Concept = "a concept is a SNOMED CT concept identifier";
    internal const string ReferenceSetId = "The reference set's id must be a SNOMED CT concept identifier.";
    internal const string Unreadable = "the file is not well-formed CSV (a quoted field is not closed, or a row is too long)";

    internal static string BadRow(long rowNumber, string column, string rule)
        => column.Length == 0 ? $"Row {rowNumber}: {rule}." : $"Row {rowNumber}, column '{column}': {rule}.";
}
