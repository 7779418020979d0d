using FluentValidation;
using FluentValidation.Results;
using NodaTime;
using SocialPrescribing.Measures;

namespace SocialPrescribing.Measures.Tests;

public class ConfidenceSurveyTests
{
    private static readonly ConfidenceSurveySubmissionValidator Validator = new();

    private static ConfidenceSurveySubmission Valid() => new()
    {
        CompletedOn = new LocalDate(2026, 6, 30),
        PeopleConnected = 0,
        CopedWell = Agreement.Agree,
        CurrentVolunteers = 8,
        GapsInProvision = "  No men's group on the estate. ",
    };

    [Fact]
    public void Questions_AreSection12WordForWord()
    {
        Assert.Equal(6, ConfidenceSurveyQuestions.All.Count);
        Assert.Equal("How many people have been connected to your group/organisation by link workers over the past 6 months?", ConfidenceSurveyQuestions.All[0]);
        Assert.Contains("\u2018We have coped well with receiving new people through social prescribing link workers in the past 6 months.\u2019", ConfidenceSurveyQuestions.All[1], StringComparison.Ordinal);
        Assert.StartsWith("If you strongly disagree", ConfidenceSurveyQuestions.All[2], StringComparison.Ordinal);
        Assert.Equal("How many volunteers are currently involved in your group or organisation?", ConfidenceSurveyQuestions.All[3]);
        Assert.StartsWith("Are there any gaps in community provision", ConfidenceSurveyQuestions.All[4], StringComparison.Ordinal);
        Assert.StartsWith("What development support does your group require", ConfidenceSurveyQuestions.All[5], StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_CreatesResponse()
    {
        ConfidenceSurveyResponse response = ConfidenceSurveyResponse.Create(Valid());
        Assert.Equal(8, response.CurrentVolunteers);
        Assert.Equal("No men's group on the estate.", response.GapsInProvision);
        Assert.Null(response.DevelopmentSupportNeeded);
        Assert.Null(response.CouldHaveCopedWith);
        Assert.Equal("Confidence survey 2026-06-30: 0 connected, Agree, 8 volunteers", response.ToString());
    }

    [Fact]
    public void Question3_OnlyWithStronglyDisagree()
    {
        ConfidenceSurveySubmission submission = Valid();
        submission.CouldHaveCopedWith = 3;
        ValidationFailure failure = Assert.Single(Validator.Validate(submission).Errors);
        Assert.Equal(MeasuresErrorCodes.SurveyQuestion3WithoutStrongDisagreement, failure.ErrorCode);
        Assert.StartsWith("Question 3", failure.ErrorMessage, StringComparison.Ordinal);
        submission.CopedWell = Agreement.StronglyDisagree;
        Assert.True(Validator.Validate(submission).IsValid);
        Assert.Equal(3, ConfidenceSurveyResponse.Create(submission).CouldHaveCopedWith);
    }

    [Fact]
    public void EveryFailure_NamesTheQuestion()
    {
        var submission = new ConfidenceSurveySubmission
        {
            PeopleConnected = -1,
            CopedWell = (Agreement)0,
            CouldHaveCopedWith = -2,
            GapsInProvision = new string('x', ConfidenceSurveySubmissionValidator.MaxFreeTextLength + 1),
            DevelopmentSupportNeeded = new string('y', ConfidenceSurveySubmissionValidator.MaxFreeTextLength),
        };
        ValidationResult result = Validator.Validate(submission);
        Assert.Equal(
            [
                ("Completion date", MeasuresErrorCodes.SurveyDateRequired),
                ("Question 1", MeasuresErrorCodes.SurveyCountNegative),
                ("Question 2", MeasuresErrorCodes.SurveyCopedWellNotDefined),
                ("Question 3", MeasuresErrorCodes.SurveyCountNegative),
                ("Question 3", MeasuresErrorCodes.SurveyQuestion3WithoutStrongDisagreement),
                ("Question 4", MeasuresErrorCodes.SurveyAnswerRequired),
                ("Question 5", MeasuresErrorCodes.SurveyFreeTextTooLong),
            ],
            result.Errors.Select(e => (e.ErrorMessage.StartsWith("Completion", StringComparison.Ordinal) ? "Completion date" : e.ErrorMessage[..10], e.ErrorCode)));
        Assert.All(result.Errors, e => Assert.DoesNotContain("xxxx", e.ErrorMessage, StringComparison.Ordinal));
        Assert.Throws<ValidationException>(() => ConfidenceSurveyResponse.Create(submission));
        Assert.Throws<ArgumentNullException>(() => ConfidenceSurveyResponse.Create(null!));
    }

    [Fact]
    public void Unanswered_RequiredQuestions()
    {
        ValidationResult result = Validator.Validate(new ConfidenceSurveySubmission { CompletedOn = new LocalDate(2026, 1, 1) });
        Assert.Equal(3, result.Errors.Count(e => e.ErrorCode == MeasuresErrorCodes.SurveyAnswerRequired));
    }

    [Fact]
    public void Question2_KeepsTheSeedsInstruction()
    {
        // Seed section 12 prints "(Please tick one box below)" under question 2's statement.
        Assert.EndsWith("in the past 6 months.\u2019 (Please tick one box below)", ConfidenceSurveyQuestions.CopedWell, StringComparison.Ordinal);
    }
}
