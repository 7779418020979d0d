using FluentValidation;
using FluentValidation.Results;
using NodaTime;
using SocialPrescribing.Measures;

namespace SocialPrescribing.Measures.Tests;

public class Ons4ResponseFormTests
{
    // Built per test, not cached in a static field: every test runs the validator's constructor (see ConfidenceSurveyTests).
    private readonly Ons4ResponseFormValidator _validator = new();

    private static Ons4ResponseForm ValidForm() => new()
    {
        DateAsked = new LocalDate(2026, 3, 2),
        Occasion = AssessmentOccasion.Baseline,
        LifeSatisfaction = 0,
        Worthwhile = 10,
        Happiness = 5,
        Anxiety = null,
    };

    [Fact]
    public void Valid_BuildsResponse_UnansweredNotZero()
    {
        Ons4ResponseForm form = ValidForm();
        form.Refused.Add(Ons4Item.Anxiety);
        Assert.True(_validator.Validate(form).IsValid);
        Ons4Response response = Ons4Response.Create(form);
        Assert.Equal(Ons4Answer.Create(0), response.LifeSatisfaction);
        Assert.Equal(Ons4Answer.Refused, response.Anxiety);
        form.Refused.Clear();
        Assert.Equal(Ons4Answer.NotAsked, Ons4Response.Create(form).Anxiety);
    }

    [Fact]
    public void EveryFailure_NamesFieldRuleAndCode()
    {
        var form = new Ons4ResponseForm { LifeSatisfaction = -1, Worthwhile = 11, Happiness = 3, Anxiety = 12 };
        form.Refused.Add(Ons4Item.Happiness);
        ValidationResult result = _validator.Validate(form);
        Assert.Equal(
            [
                ("DateAsked", MeasuresErrorCodes.Ons4DateRequired, MessageTemplates.Fill(MeasuresMessages.RequiredTemplate, "ONS4 date asked")),
                ("Occasion", MeasuresErrorCodes.Ons4OccasionRequired, MessageTemplates.Fill(MeasuresMessages.Ons4OccasionTemplate, "ONS4 occasion")),
                ("LifeSatisfaction", MeasuresErrorCodes.Ons4RatingOutOfRange, MessageTemplates.Fill(MeasuresMessages.Ons4RatingRangeTemplate, "Life satisfaction (ONS4 question 1)")),
                ("Worthwhile", MeasuresErrorCodes.Ons4RatingOutOfRange, MessageTemplates.Fill(MeasuresMessages.Ons4RatingRangeTemplate, "Worthwhile (ONS4 question 2)")),
                ("Happiness", MeasuresErrorCodes.Ons4RefusedAndRated, MessageTemplates.Fill(MeasuresMessages.Ons4RefusedAndRatedTemplate, "Happiness yesterday (ONS4 question 3)")),
                ("Anxiety", MeasuresErrorCodes.Ons4RatingOutOfRange, MessageTemplates.Fill(MeasuresMessages.Ons4RatingRangeTemplate, "Anxiety yesterday (ONS4 question 4)")),
            ],
            result.Errors.Select(e => (e.PropertyName, e.ErrorCode, e.ErrorMessage)));
        Assert.All(result.Errors, e => Assert.DoesNotContain("11", e.ErrorMessage, StringComparison.Ordinal));
        Assert.Throws<ValidationException>(() => Ons4Response.Create(form));
    }

    [Fact]
    public void UndefinedOccasion_IsRejected()
    {
        Ons4ResponseForm form = ValidForm();
        form.Occasion = (AssessmentOccasion)7;
        ValidationResult result = _validator.Validate(form);
        Assert.Equal(MeasuresErrorCodes.Ons4OccasionRequired, Assert.Single(result.Errors).ErrorCode);
    }

    [Fact]
    public void Create_NullForm_NamesTheParameter()
        => Assert.Equal("form", Assert.Throws<ArgumentNullException>(() => Ons4Response.Create(null!)).ParamName);
}
