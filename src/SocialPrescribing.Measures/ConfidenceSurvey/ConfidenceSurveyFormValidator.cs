using System.Linq.Expressions;
using FluentValidation;

namespace SocialPrescribing.Measures;

/// <summary>Checks a <see cref="ConfidenceSurveyForm"/>: every failure names the question and the rule, with a stable code.</summary>
/// <remarks>
/// <para>
/// Rules (seed section 12): the group is named (this library's choice, so a group surveyed twice counts once), the
/// completion date and questions 1, 2 and 4 are answered; counts (questions 1, 3 and 4)
/// are not negative; question 3 is answered only after "strongly disagree" to question 2; the free-text answers
/// (questions 5 and 6) are at most <see cref="MaxFreeTextLength"/> characters. Messages never repeat what was entered.
/// </para>
/// </remarks>
/// <threadsafety>Immutable once constructed; safe to share between threads.</threadsafety>
public sealed class ConfidenceSurveyFormValidator : AbstractValidator<ConfidenceSurveyForm>
{
    /// <summary>The longest free-text answer, in characters (this library's bound; the seed's "free text box" has none).</summary>
    public const int MaxFreeTextLength = 2000;

    private const string Question1 = "Question 1 (people connected in the past 6 months)";
    private const string Question2 = "Question 2 (we have coped well)";
    private const string Question3 = "Question 3 (how many new people you could have coped with)";
    private const string Question4 = "Question 4 (volunteers currently involved)";
    private const string Question5 = "Question 5 (gaps in community provision)";
    private const string Question6 = "Question 6 (development support needed)";
    private const string CompletionDate = "Completion date";
    private const string Group = "Community group identifier";

    /// <summary>Creates the validator.</summary>
    public ConfidenceSurveyFormValidator()
    {
        RuleFor(s => string.IsNullOrWhiteSpace(s.GroupId) ? 0 : 1).GreaterThan(0)
            .OverridePropertyName(nameof(ConfidenceSurveyForm.GroupId)).WithName(Group)
            .WithMessage(MeasuresMessages.RequiredTemplate).WithErrorCode(MeasuresErrorCodes.SurveyGroupRequired);
        RuleFor(s => s.CompletedOn).NotNull().WithName(CompletionDate)
            .WithMessage(MeasuresMessages.RequiredTemplate).WithErrorCode(MeasuresErrorCodes.SurveyDateRequired);

        CountRules(s => s.PeopleConnected, Question1, required: true);
        RuleFor(s => s.CopedWell).NotNull().WithName(Question2)
            .WithMessage(MeasuresMessages.AnswerRequiredTemplate).WithErrorCode(MeasuresErrorCodes.SurveyAnswerRequired);
        RuleFor(s => s.CopedWell).IsInEnum().WithName(Question2)
            .WithMessage(MeasuresMessages.SurveyCopedWellNotDefinedTemplate).WithErrorCode(MeasuresErrorCodes.SurveyCopedWellNotDefined);
        CountRules(s => s.CouldHaveCopedWith, Question3, required: false);
        RuleFor(s => s.CouldHaveCopedWith).Null().When(s => s.CopedWell != AgreementLevel.StronglyDisagree).WithName(Question3)
            .WithMessage(MeasuresMessages.SurveyQuestion3OnlyWhenStronglyDisagreeTemplate).WithErrorCode(MeasuresErrorCodes.SurveyQuestion3WithoutStrongDisagreement);
        CountRules(s => s.CurrentVolunteers, Question4, required: true);
        FreeTextRule(s => s.GapsInProvision, nameof(ConfidenceSurveyForm.GapsInProvision), Question5);
        FreeTextRule(s => s.DevelopmentSupportNeeded, nameof(ConfidenceSurveyForm.DevelopmentSupportNeeded), Question6);
    }

    /// <summary>Gets a shared instance.</summary>
    /// <value>A validator with the rules above.</value>
    internal static ConfidenceSurveyFormValidator Instance { get; } = new();

    private void CountRules(Expression<Func<ConfidenceSurveyForm, int?>> count, string name, bool required)
    {
        if (required)
        {
            RuleFor(count).NotNull().WithName(name)
                .WithMessage(MeasuresMessages.AnswerRequiredTemplate).WithErrorCode(MeasuresErrorCodes.SurveyAnswerRequired);
        }

        RuleFor(count).GreaterThanOrEqualTo(0).WithName(name)
            .WithMessage(MeasuresMessages.CountNegativeTemplate).WithErrorCode(MeasuresErrorCodes.SurveyCountNegative);
    }

    /// <summary>
    /// Checks the length of a free-text answer. The rule is on the length, never on the text: FluentValidation puts the
    /// value a rule checks in <c>ValidationFailure.AttemptedValue</c>, and the text may be about people.
    /// </summary>
    private void FreeTextRule(Func<ConfidenceSurveyForm, string?> text, string propertyName, string name)
        => RuleFor(s => text(s) == null ? 0 : text(s)!.Length).LessThanOrEqualTo(MaxFreeTextLength)
            .OverridePropertyName(propertyName).WithName(name)
            .WithMessage(MeasuresMessages.FreeTextTooLongTemplate).WithErrorCode(MeasuresErrorCodes.SurveyFreeTextTooLong);
}
