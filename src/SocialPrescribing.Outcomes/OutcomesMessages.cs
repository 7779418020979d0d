namespace SocialPrescribing.Outcomes;

/// <summary>Every message the Outcomes package produces, in one place so tests assert on the constant. None names a value that could identify a person.</summary>
internal static class OutcomesMessages
{
    internal const string DateNotIso = "Date should be in the ISO calendar.";
    internal const string NotAReportingPeriod = "Object should be a reporting period to be compared with one.";
    internal const string DefaultPeriod = "Reporting period should not be the default value.";

    // Statistics and episode outcomes
    internal const string UnitsPerPoint = "Units per point should be 1 (ratings) or 10 (scores in tenths).";
    internal const string FollowUpWindow = "Follow-up period should be a positive whole number of months and days.";
    internal const string FollowUpOrder = "Options' follow-up periods should satisfy earliest <= target <= latest.";
    internal const string DifferentGrouping = "Aggregates should be grouped the same way (dimensions and period kind) to be merged.";
    internal const string NullEpisode = "Episodes should not contain null.";
    internal const string DegreeOfParallelism = "Degree of parallelism should be 1 to 64.";
    internal const string DifferentMeasure = "Summaries should be of the same measure (same bands and units per point) to be merged.";
    // Coded GP activity
    internal const string CodedActivityPracticeDefault = "Practice should not be the default ODS code.";
    internal const string CodedActivityPersonKeyBlank = "Person key should not be null, empty or white space.";
    internal const string CodedActivityCodeDefault = "Code should not be the default SCTID.";
    internal const string CodedActivityRowDefault = "Coded activity rows should not hold the default row.";
    internal const string CodedActivityRowFromDefault = "Coded activity row should not be the default value.";
    internal const string CodedActivityKindMismatch = "Partials should have the same period kind to merge.";
    internal const string CodedActivityNoPartials = "Partials should hold at least one partial to merge.";
    internal const string CodedActivityNullPartial = "Partials should not hold null.";
    internal const string CodedActivityGroupKind = "Every group's period should be of the partial's period kind.";
    internal const string CodedActivityGroupRepeated = "Groups should not repeat a practice and period.";
    internal const string CodedActivityGroupNull = "Groups should not hold null.";
    internal const string CodedActivityGroupEmpty = "A practice group should hold at least one code.";
    internal const string CodedActivityPeopleBlank = "Person keys should not be null, empty or white space.";
    internal const string CodedActivityPeopleRepeated = "Person keys should not repeat.";
    internal const string CodedActivityCodesAndPeople = "Each code count should be at least the number of people with that code, and zero only when no one has it.";
    internal const string CodedActivityReferralOutsidePeriod = "First referral dates should be in the ISO calendar and fall in the group's period.";
    internal const string CodedActivityMapDefault = "Practice to PCN map should not hold the default ODS code.";
    internal const string CodedActivityListSizesDefault = "List sizes should not be given for the default ODS code.";
    internal const string CodedActivityListSize = "List sizes should be at least 1.";
    internal const string CodedActivityThresholdOrder = "Lower threshold should not be greater than the upper threshold.";
    internal const string CodedActivityLevelDefault = "Organisation should not be the default ODS code.";
    internal const string CodedActivityKeyCompare = "Object should be a CodedActivityKey to compare with one.";
}
