namespace SocialPrescribing.Measures;

/// <summary>
/// The stable error codes the Measures validators give each failure (<c>ValidationFailure.ErrorCode</c>), so that a
/// form can react to a rule without matching message text.
/// </summary>
public static class MeasuresErrorCodes
{
    /// <summary>An ONS4 rating is outside [0-10].</summary>
    public const string Ons4RatingOutOfRange = "Ons4.RatingOutOfRange";

    /// <summary>An ONS4 item is marked refused but also has a rating.</summary>
    public const string Ons4RefusedAndRated = "Ons4.RefusedAndRated";

    /// <summary>An ONS4 response has no date asked.</summary>
    public const string Ons4DateRequired = "Ons4.DateRequired";

    /// <summary>An ONS4 response is not marked baseline or follow-up.</summary>
    public const string Ons4OccasionRequired = "Ons4.OccasionRequired";

    /// <summary>A PAM eligibility fact is not yes, no or unknown.</summary>
    public const string PamFactNotDefined = "Pam.FactNotDefined";

    /// <summary>A confidence survey count (question 1, 3 or 4) is negative.</summary>
    public const string SurveyCountNegative = "ConfidenceSurvey.CountNegative";

    /// <summary>A required confidence survey question (1, 2 or 4) is unanswered.</summary>
    public const string SurveyAnswerRequired = "ConfidenceSurvey.AnswerRequired";

    /// <summary>Confidence survey question 2 is not one of its five answers.</summary>
    public const string SurveyCopedWellNotDefined = "ConfidenceSurvey.CopedWellNotDefined";

    /// <summary>Confidence survey question 3 is answered although question 2 is not strongly disagree.</summary>
    public const string SurveyQuestion3WithoutStrongDisagreement = "ConfidenceSurvey.Question3WithoutStrongDisagreement";

    /// <summary>A confidence survey free-text answer (question 5 or 6) is too long.</summary>
    public const string SurveyFreeTextTooLong = "ConfidenceSurvey.FreeTextTooLong";

    /// <summary>A confidence survey does not name the community group it is from.</summary>
    public const string SurveyGroupRequired = "ConfidenceSurvey.GroupRequired";

    /// <summary>A confidence survey has no completion date.</summary>
    public const string SurveyDateRequired = "ConfidenceSurvey.DateRequired";
}
