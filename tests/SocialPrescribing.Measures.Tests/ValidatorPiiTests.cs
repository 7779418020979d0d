using SocialPrescribing.Tests.Shared;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;
using SocialPrescribing.Measures;

namespace SocialPrescribing.Measures.Tests;

/// <summary>No validator puts free text or an identifier in a failure: not in the message, not in <c>AttemptedValue</c>.</summary>
public class ValidatorPiiTests
{
    /// <summary>Text about a person, with a (test-range) NHS number in it.</summary>
    private static readonly string PersonalText = "Jane Example told us about her diabetes; NHS number 999 000 0026. " + new string('x', 2100);

    private static void AssertNoPersonalText(IEnumerable<ValidationFailure> failures)
        => ValidationFailureChecks.AssertShowNone(failures, "Jane", "diabetes", "000 0026");

    [Fact]
    public void ConfidenceSurvey_FreeTextNeverInAttemptedValue()
    {
        var submission = new ConfidenceSurveyForm
        {
            GroupId = "VCSE-014",
            CompletedOn = new LocalDate(2026, 1, 1),
            PeopleConnected = -1,
            CopedWell = AgreementLevel.Agree,
            CurrentVolunteers = 3,
            GapsInProvision = PersonalText,
            DevelopmentSupportNeeded = PersonalText,
        };
        ValidationResult result = new ConfidenceSurveyFormValidator().Validate(submission);
        AssertNoPersonalText(result.Errors);
        Assert.Equal(2, result.Errors.Count(e => e.ErrorCode == MeasuresErrorCodes.SurveyFreeTextTooLong));
        Assert.Contains(result.Errors, e => e.PropertyName == nameof(ConfidenceSurveyForm.GapsInProvision));

        ValidationException thrown = Assert.Throws<ValidationException>(() => ConfidenceSurveyResponse.Create(submission));
        AssertNoPersonalText(thrown.Errors);
        Assert.DoesNotContain("Jane", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfidenceSurvey_FreeTextAtTheLimit_IsValid()
    {
        var submission = new ConfidenceSurveyForm
        {
            GroupId = "VCSE-014",
            CompletedOn = new LocalDate(2026, 1, 1),
            PeopleConnected = 1,
            CopedWell = AgreementLevel.Agree,
            CurrentVolunteers = 3,
            GapsInProvision = new string('x', ConfidenceSurveyFormValidator.MaxFreeTextLength),
        };
        Assert.True(new ConfidenceSurveyFormValidator().Validate(submission).IsValid);
        submission.GapsInProvision += "x";
        Assert.False(new ConfidenceSurveyFormValidator().Validate(submission).IsValid);
    }

    [Fact]
    public void Ons4ResponseForm_ShowsOnlyStructuralValues()
        => AssertNoPersonalText(new Ons4ResponseFormValidator().Validate(new Ons4ResponseForm { LifeSatisfaction = 11, Anxiety = -1 }).Errors);

    [Fact]
    public void PamEligibilityForm_ShowsOnlyStructuralValues()
        => AssertNoPersonalText(new PamEligibilityFormValidator().Validate(new PamEligibilityForm { Dementia = (FactAnswer)9 }).Errors);
}
