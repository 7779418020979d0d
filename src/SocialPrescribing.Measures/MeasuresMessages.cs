namespace SocialPrescribing.Measures;

/// <summary>
/// Every error message the Measures package produces, in one place so tests assert on the constant (docs/conventions.md).
/// Messages name the field and the rule and never echo a person's answers.
/// </summary>
internal static class MeasuresMessages
{
    internal const string Ons4RatingRange = "ONS4 rating should be a whole number in range [0-10].";
    internal const string Ons4ItemNotDefined = "ONS4 item should be one of the four ONS4 items.";

    internal const string PamScoreRange = "PAM score should be in range [0.0-100.0].";
    internal const string PamScorePrecision = "PAM score should have at most one decimal place, as the licensed tool reports it.";
    internal const string PamFactListedTwice = "Each PAM eligibility fact should be listed once, either as ruling PAM out or as unknown.";

    internal const string PeriodNotPositiveDateOnly = "Period should be positive and have only date units (years, months, weeks, days).";
    internal const string EarlyMinimumNotShorter = "Early reassessment minimum should be shorter than the interval.";
    internal const string PeriodPastCalendar = "Period added to the start should give a date within the calendar (up to year 9999).";
    internal const string EndBeforeStart = "End date of a measurement schedule should not be before its start.";

    // Validator templates: whole sentences in which FluentValidation puts the name given with WithName(...) for
    // {PropertyName} (and the rule's bound for {ComparisonValue}); never {PropertyValue}, which could be what a person wrote.
    internal const string RequiredTemplate = "{PropertyName} should be given.";
    internal const string AnswerRequiredTemplate = "{PropertyName} should be answered.";
    internal const string CountNegativeTemplate = "{PropertyName} should not be negative.";
    internal const string FreeTextTooLongTemplate = "{PropertyName} should be at most {ComparisonValue} characters.";
    internal const string SurveyCopedWellNotDefinedTemplate = "{PropertyName} should be one of the five answers, from strongly agree to strongly disagree.";
    internal const string SurveyQuestion3OnlyWhenStronglyDisagreeTemplate = "{PropertyName} should be answered only when question 2 is strongly disagree.";
    internal const string Ons4RatingRangeTemplate = "{PropertyName} should be a whole number in range [0-10].";
    internal const string Ons4RefusedAndRatedTemplate = "{PropertyName} is marked as refused, so it should have no rating.";
    internal const string Ons4OccasionTemplate = "{PropertyName} should be baseline or follow-up.";
    internal const string PamFactNotDefinedTemplate = "{PropertyName} should be recorded as yes, no or unknown.";
}
