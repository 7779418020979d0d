namespace SocialPrescribing.Measures;

/// <summary>
/// Every error message the Measures package produces, in one place so tests assert on the constant (docs/conventions.md).
/// Messages name the field and the rule and never echo a person's answers.
/// </summary>
internal static class MeasuresMessages
{
    internal const string Ons4RatingRange = "ONS4 rating should be a whole number in range [0-10].";
    internal const string Ons4RefusedAndRated = "ONS4 item marked as refused should have no rating.";
    internal const string Ons4DateRequired = "ONS4 date asked is required.";
    internal const string Ons4OccasionRequired = "ONS4 occasion should be baseline or follow-up.";
    internal const string Ons4ItemNotDefined = "ONS4 item should be one of the four ONS4 items.";

    internal const string PamScoreRange = "PAM score should be in range [0.0-100.0].";
    internal const string PamScorePrecision = "PAM score should have at most one decimal place, as the licensed tool reports it.";
    internal const string PamFactNotDefined = "PAM eligibility fact should be recorded as yes, no or unknown.";

    internal const string PeriodNotPositiveDateOnly = "Period should be positive and have only date units (years, months, weeks, days).";
    internal const string EarlyMinimumNotShorter = "Early reassessment minimum should be shorter than the interval.";
    internal const string PeriodPastCalendar = "Period added to the start should give a date within the calendar (up to year 9999).";
    internal const string EndBeforeStart = "End date of a measurement schedule should not be before its start.";

    internal const string SurveyCountNegative = "should not be negative.";
    internal const string SurveyCopedWellRequired = "should be one of the five answers, from strongly agree to strongly disagree.";
    internal const string SurveyQuestion3OnlyWhenStronglyDisagree = "should be answered only when question 2 is strongly disagree.";
    internal const string SurveyFreeTextTooLong = "should be at most 2000 characters.";
    internal const string SurveyDateRequired = "should be given.";
}
