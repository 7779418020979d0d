using FluentValidation;
using FluentValidation.Results;
using NodaTime;
using SocialPrescribing.Measures;

namespace SocialPrescribing.Measures.Tests;

public class ConfidenceSurveyTests
{
    // Built per test (xunit makes a new instance for each), not cached in a static field, so that every test runs the
    // validator's constructor and mutation testing can switch its rules on and off.
    private readonly ConfidenceSurveyFormValidator _validator = new();

    private static ConfidenceSurveyForm Valid() => new()
    {
        GroupId = " VCSE-014 ",
        CompletedOn = new LocalDate(2026, 6, 30),
        PeopleConnected = 0,
        CopedWell = AgreementLevel.Agree,
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
        Assert.Equal("VCSE-014", response.GroupId);
        Assert.Equal("Confidence survey of VCSE-014 2026-06-30: 0 connected, Agree, 8 volunteers", response.ToString());
    }

    [Fact]
    public void Question3_OnlyWithStronglyDisagree()
    {
        ConfidenceSurveyForm submission = Valid();
        submission.CouldHaveCopedWith = 3;
        ValidationFailure failure = Assert.Single(_validator.Validate(submission).Errors);
        Assert.Equal(MeasuresErrorCodes.SurveyQuestion3WithoutStrongDisagreement, failure.ErrorCode);
        Assert.StartsWith("Question 3", failure.ErrorMessage, StringComparison.Ordinal);
        submission.CopedWell = AgreementLevel.StronglyDisagree;
        Assert.True(_validator.Validate(submission).IsValid);
        Assert.Equal(3, ConfidenceSurveyResponse.Create(submission).CouldHaveCopedWith);
    }

    [Fact]
    public void EveryFailure_NamesTheQuestion()
    {
        var submission = new ConfidenceSurveyForm
        {
            PeopleConnected = -1,
            CopedWell = (AgreementLevel)0,
            CouldHaveCopedWith = -2,
            GapsInProvision = new string('x', ConfidenceSurveyFormValidator.MaxFreeTextLength + 1),
            DevelopmentSupportNeeded = new string('y', ConfidenceSurveyFormValidator.MaxFreeTextLength),
        };
        ValidationResult result = _validator.Validate(submission);
        Assert.Equal(
            [
                ("Community ", MeasuresErrorCodes.SurveyGroupRequired),
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
        Assert.Equal("form", Assert.Throws<ArgumentNullException>(() => ConfidenceSurveyResponse.Create(null!)).ParamName);
    }

    [Fact]
    public void Unanswered_RequiredQuestions()
    {
        // Section 12: questions 1, 2 and 4 are asked of every group; 3 only after "strongly disagree"; 5 and 6 are optional.
        ValidationResult result = _validator.Validate(new ConfidenceSurveyForm { GroupId = "VCSE-014", CompletedOn = new LocalDate(2026, 1, 1) });
        Assert.Equal(
            [
                (nameof(ConfidenceSurveyForm.PeopleConnected), MeasuresErrorCodes.SurveyAnswerRequired, "Question 1 (people connected in the past 6 months) should be answered."),
                (nameof(ConfidenceSurveyForm.CopedWell), MeasuresErrorCodes.SurveyAnswerRequired, "Question 2 (we have coped well) should be answered."),
                (nameof(ConfidenceSurveyForm.CurrentVolunteers), MeasuresErrorCodes.SurveyAnswerRequired, "Question 4 (volunteers currently involved) should be answered."),
            ],
            result.Errors.Select(e => (e.PropertyName, e.ErrorCode, e.ErrorMessage)));
    }

    [Fact]
    public void CompletionDate_Required()
    {
        ConfidenceSurveyForm submission = Valid();
        submission.CompletedOn = null;
        ValidationFailure failure = Assert.Single(_validator.Validate(submission).Errors);
        Assert.Equal(
            (nameof(ConfidenceSurveyForm.CompletedOn), MeasuresErrorCodes.SurveyDateRequired, MessageTemplates.Fill(MeasuresMessages.RequiredTemplate, "Completion date")),
            (failure.PropertyName, failure.ErrorCode, failure.ErrorMessage));
    }

    public static TheoryData<string, AgreementLevel> Counts => new()
    {
        { nameof(ConfidenceSurveyForm.PeopleConnected), AgreementLevel.Agree },
        { nameof(ConfidenceSurveyForm.CouldHaveCopedWith), AgreementLevel.StronglyDisagree },
        { nameof(ConfidenceSurveyForm.CurrentVolunteers), AgreementLevel.Agree },
    };

    [Theory]
    [MemberData(nameof(Counts))]
    public void Count_ZeroIsAnAnswer_MinusOneIsNot(string question, AgreementLevel copedWell)
    {
        // Questions 1, 3 and 4 ask "how many": none (0) is an answer; a negative number is not.
        ConfidenceSurveyForm submission = Valid();
        submission.CopedWell = copedWell;
        System.Reflection.PropertyInfo count = typeof(ConfidenceSurveyForm).GetProperty(question)!;

        count.SetValue(submission, 0);
        Assert.True(_validator.Validate(submission).IsValid);
        Assert.Equal(0, typeof(ConfidenceSurveyResponse).GetProperty(question)!.GetValue(ConfidenceSurveyResponse.Create(submission)));

        count.SetValue(submission, -1);
        ValidationFailure failure = Assert.Single(_validator.Validate(submission).Errors);
        Assert.Equal((question, MeasuresErrorCodes.SurveyCountNegative), (failure.PropertyName, failure.ErrorCode));
        Assert.EndsWith(MessageTemplates.Fill(MeasuresMessages.CountNegativeTemplate, string.Empty), failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData(" \t\r\n ", null)]
    [InlineData("  Walking group needs a volunteer lead. ", "Walking group needs a volunteer lead.")]
    [InlineData("x", "x")]
    public void FreeText_Trimmed_BlankIsNoAnswer(string? entered, string? kept)
    {
        // Questions 5 and 6 are optional free text: a blank box is no answer at all, not an empty one.
        ConfidenceSurveyForm submission = Valid();
        submission.GapsInProvision = entered;
        submission.DevelopmentSupportNeeded = entered;
        ConfidenceSurveyResponse response = ConfidenceSurveyResponse.Create(submission);
        Assert.Equal(kept, response.GapsInProvision);
        Assert.Equal(kept, response.DevelopmentSupportNeeded);
    }

    [Fact]
    public void Question2_KeepsTheSeedsInstruction()
    {
        // Seed section 12 prints "(Please tick one box below)" under question 2's statement.
        Assert.EndsWith("in the past 6 months.\u2019 (Please tick one box below)", ConfidenceSurveyQuestions.CopedWell, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void GroupId_Blank_IsRefused_NamingTheField(string? groupId)
    {
        ConfidenceSurveyForm submission = Valid();
        submission.GroupId = groupId;
        ValidationFailure failure = Assert.Single(_validator.Validate(submission).Errors);
        Assert.Equal((nameof(ConfidenceSurveyForm.GroupId), MeasuresErrorCodes.SurveyGroupRequired, "Community group identifier should be given."), (failure.PropertyName, failure.ErrorCode, failure.ErrorMessage));
    }

    [Fact]
    public void Question3_IsTheSeedsWording()
        => Assert.Equal("If you strongly disagree with the question above, what number of new people would you have been able to cope with in the past 6 months?", ConfidenceSurveyQuestions.CouldHaveCopedWith);
}
