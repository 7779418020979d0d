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
        Ons4Response response = form.ToResponse();
        Assert.Equal(Ons4Answer.Of(0), response.LifeSatisfaction);
        Assert.Equal(Ons4Answer.Refused, response.Anxiety);
        form.Refused.Clear();
        Assert.Equal(Ons4Answer.NotAsked, form.ToResponse().Anxiety);
    }

    [Fact]
    public void EveryFailure_NamesFieldRuleAndCode()
    {
        var form = new Ons4ResponseForm { LifeSatisfaction = -1, Worthwhile = 11, Happiness = 3, Anxiety = 12 };
        form.Refused.Add(Ons4Item.Happiness);
        ValidationResult result = _validator.Validate(form);
        Assert.Equal(
            [
                ("DateAsked", MeasuresErrorCodes.Ons4DateRequired, MeasuresMessages.Ons4DateRequired),
                ("Occasion", MeasuresErrorCodes.Ons4OccasionRequired, MeasuresMessages.Ons4OccasionRequired),
                ("LifeSatisfaction", MeasuresErrorCodes.Ons4RatingOutOfRange, "Life satisfaction (ONS4 question 1): " + MeasuresMessages.Ons4RatingRange),
                ("Worthwhile", MeasuresErrorCodes.Ons4RatingOutOfRange, "Worthwhile (ONS4 question 2): " + MeasuresMessages.Ons4RatingRange),
                ("Happiness", MeasuresErrorCodes.Ons4RefusedAndRated, "Happiness yesterday (ONS4 question 3): " + MeasuresMessages.Ons4RefusedAndRated),
                ("Anxiety", MeasuresErrorCodes.Ons4RatingOutOfRange, "Anxiety yesterday (ONS4 question 4): " + MeasuresMessages.Ons4RatingRange),
            ],
            result.Errors.Select(e => (e.PropertyName, e.ErrorCode, e.ErrorMessage)));
        Assert.All(result.Errors, e => Assert.DoesNotContain("11", e.ErrorMessage, StringComparison.Ordinal));
        Assert.Throws<ValidationException>(form.ToResponse);
    }

    [Fact]
    public void UndefinedOccasion_IsRejected()
    {
        Ons4ResponseForm form = ValidForm();
        form.Occasion = (AssessmentOccasion)7;
        ValidationResult result = _validator.Validate(form);
        Assert.Equal(MeasuresErrorCodes.Ons4OccasionRequired, Assert.Single(result.Errors).ErrorCode);
    }
}
