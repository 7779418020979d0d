namespace SocialPrescribing.Outcomes;

/// <summary>Every message the Outcomes package produces, in one place so tests assert on the constant. None names a value that could identify a person.</summary>
internal static class OutcomesMessages
{
    internal const string DateNotIso = "Date should be in the ISO calendar.";
    internal const string DefaultPeriod = "Reporting period should not be the default value.";

    // Statistics and episode outcomes
    internal const string UnitsPerPoint = "Units per point should be 1 (ratings) or 10 (scores in tenths).";
    internal const string FollowUpWindow = "Follow-up period should be a positive whole number of months and days.";
    internal const string FollowUpOrder = "Options' follow-up periods should satisfy earliest <= target <= latest.";
    internal const string DifferentGrouping = "Aggregates should be grouped the same way (dimensions and period kind) to be merged.";
    internal const string NullEpisode = "Episodes should not contain null.";
    internal const string DegreeOfParallelism = "Degree of parallelism should be 1 to 64.";
    internal const string DifferentMeasure = "Summaries should be of the same measure (same bands and units per point) to be merged.";
}
