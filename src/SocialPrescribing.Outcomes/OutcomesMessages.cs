namespace SocialPrescribing.Outcomes;

/// <summary>Every message the Outcomes package produces, in one place so tests assert on the constant. None names a value that could identify a person.</summary>
internal static class OutcomesMessages
{
    internal const string DateNotIso = "Date should be in the ISO calendar.";
    internal const string NotAReportingPeriod = "Object should be a reporting period to be compared with one.";
    internal const string DefaultPeriod = "Reporting period should not be the default value.";
    internal const string LastPeriod = "Reporting period should not be the last of its kind the calendar holds to have a next one.";
    internal const string PeriodOutsideCalendar = "Date should fall in a financial year the calendar holds (from 1 April -9998 to 31 March 9999).";
    internal const string DefaultCodedActivityKey = "Coded activity key should not be the default value.";
    internal const string DefaultPublishedCell = "Published cell should not be the default value.";

    // Statistics and episode outcomes
    internal const string UnitsPerPoint = "Units per point should be 1 (ratings) or 10 (scores in tenths).";
    internal const string FollowUpWindow = "Follow-up period should be a positive whole number of months and days.";
    internal const string FollowUpOrder = "Options' follow-up periods should satisfy earliest <= target <= latest.";
    internal const string DifferentGrouping = "Aggregates should be grouped the same way (dimensions and period kind) to be merged.";
    internal const string NullEpisode = "Episodes should not contain null.";
    internal const string NullSurvey = "Survey responses should not contain null.";
    internal const string PairedChangeDirections = "Paired change's improved, unchanged and worsened pairs should add up to its count.";
    internal const string PairedChangeThreshold = "Paired change's pairs at or above the threshold should not exceed its count.";
    internal const string PairedChangeTransitions = "Paired change's transitions should be bands x bands counts, none negative, adding up to its count.";
    internal const string PairedChangeSums = "Paired change's sums should be ones that its count of pairs can have.";
    internal const string GroupKeyParts = "Group key should set exactly the parts the aggregate is grouped by.";
    internal const string DuplicateGroup = "Groups should not repeat a key.";
    internal const string DifferentMeasure = "Summaries should be of the same measure (same bands and units per point) to be merged.";
    // Activity figures and anonymous FFT answers
    internal const string NullResponse = "Anonymous FFT answers should not contain null.";
    internal const string FftServiceDefault = "FFT answer's service should not be the default ODS code.";
    internal const string FftMonthNotIso = "FFT answer's month should be in the ISO calendar.";
    internal const string FftFreeTextBlank = "FFT free-text answer should not be empty or white space.";
    internal const string FftFreeTextTooLong = "FFT free-text answer should be at most 2000 characters.";
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
    // Tables and disclosure control
    internal const string CountNegative = "Count should be zero or more.";
    internal const string DecimalsRange = "Decimals should be in range [0-10].";
    internal const string BasedOnNotPositive = "Number of values a statistic is computed from should be at least 1.";
    internal const string NumeratorNegative = "Numerator should be zero or more.";
    internal const string DenominatorNotPositive = "Denominator should be at least 1.";
    internal const string NumeratorAboveDenominator = "Numerator should be at most the denominator.";
    internal const string CellKindMismatch = "{0} applies only to a cell of kind {1}.";
    internal static readonly System.Text.CompositeFormat CellKindMismatchFormat = System.Text.CompositeFormat.Parse(CellKindMismatch);
    internal const string ColumnNameBlank = "Column name should not be blank.";
    internal const string FamilyNameBlank = "Family name should not be blank.";
    internal const string LinkedColumnBlank = "Numerator and denominator column names should not be blank.";
    internal const string SourceColumnsBlank = "Count columns a statistic is computed from should be at least one, none of them blank.";
    internal const string RowLabelsBlank = "Row labels should not be null or blank.";
    internal const string RowCellsDefault = "Row cells should be created cells, not the default value.";
    internal const string TitleBlank = "Table title should not be blank.";
    internal const string RowHeadersEmpty = "Row headers should name at least one header, none of them null or blank.";
    internal const string ColumnsEmpty = "Columns should list at least one column and no null entry.";
    internal const string RowsNull = "Rows should not hold null entries.";
    internal const string ColumnDuplicate = "Column '{0}' appears more than once; column names should be unique.";
    internal static readonly System.Text.CompositeFormat ColumnDuplicateFormat = System.Text.CompositeFormat.Parse(ColumnDuplicate);
    internal const string FamilyTotalNotOne = "Family '{0}' should have exactly one total column.";
    internal static readonly System.Text.CompositeFormat FamilyTotalNotOneFormat = System.Text.CompositeFormat.Parse(FamilyTotalNotOne);
    internal const string FamilyWithoutParts = "Family '{0}' should have at least one part column besides its total.";
    internal static readonly System.Text.CompositeFormat FamilyWithoutPartsFormat = System.Text.CompositeFormat.Parse(FamilyWithoutParts);
    internal const string SourceLinks = "Column '{0}' should name other columns of the table, none of them computed from other columns, as the counts it is computed from.";
    internal static readonly System.Text.CompositeFormat SourceLinksFormat = System.Text.CompositeFormat.Parse(SourceLinks);
    internal const string RowLabelCount = "Row at index {0} should have one label per row header.";
    internal static readonly System.Text.CompositeFormat RowLabelCountFormat = System.Text.CompositeFormat.Parse(RowLabelCount);
    internal const string RowCellCount = "Row at index {0} should have one cell per column.";
    internal static readonly System.Text.CompositeFormat RowCellCountFormat = System.Text.CompositeFormat.Parse(RowCellCount);
    internal const string TotalRowTwice = "A table should have at most one total row.";
    internal const string FamilyCellNotCount = "Column '{0}' belongs to family '{1}', so every cell in it should be a count.";
    internal static readonly System.Text.CompositeFormat FamilyCellNotCountFormat = System.Text.CompositeFormat.Parse(FamilyCellNotCount);
    internal const string PercentageCellKind = "Column '{0}' is a percentage column, so every cell in it should be a percentage or not applicable.";
    internal static readonly System.Text.CompositeFormat PercentageCellKindFormat = System.Text.CompositeFormat.Parse(PercentageCellKind);
    internal const string PercentageCellMismatch = "In the row at index {0}, the percentage in column '{1}' should have the counts in columns '{2}' and '{3}' as its numerator and denominator.";
    internal static readonly System.Text.CompositeFormat PercentageCellMismatchFormat = System.Text.CompositeFormat.Parse(PercentageCellMismatch);
    internal const string StatisticCellKind = "Column '{0}' is a statistic column, so every cell in it should be a statistic or not applicable.";
    internal static readonly System.Text.CompositeFormat StatisticCellKindFormat = System.Text.CompositeFormat.Parse(StatisticCellKind);
    internal const string StatisticSourcesNotCounts = "In the row at index {0}, the statistic in column '{1}' should have a count in every column it is computed from.";
    internal static readonly System.Text.CompositeFormat StatisticSourcesNotCountsFormat = System.Text.CompositeFormat.Parse(StatisticSourcesNotCounts);
    internal const string FamilyPartsNotTotal = "In the row at index {0}, the parts of family '{1}' should sum to its total column '{2}'.";
    internal static readonly System.Text.CompositeFormat FamilyPartsNotTotalFormat = System.Text.CompositeFormat.Parse(FamilyPartsNotTotal);
    internal const string TotalRowCellsNotCounts = "Column '{0}' has a count in the total row, so every row should have a count in it.";
    internal static readonly System.Text.CompositeFormat TotalRowCellsNotCountsFormat = System.Text.CompositeFormat.Parse(TotalRowCellsNotCounts);
    internal const string TotalRowNotSum = "In column '{0}', the total row should be the sum of the other rows.";
    internal static readonly System.Text.CompositeFormat TotalRowNotSumFormat = System.Text.CompositeFormat.Parse(TotalRowNotSum);
    internal const string ThresholdRange = "Threshold should be at least 2.";
    internal const string ColumnNotFound = "Column name should be the name of one of the table's columns.";
    internal const string PairsOfOneItem = "ONS4 changes should all be of the same item.";
}
