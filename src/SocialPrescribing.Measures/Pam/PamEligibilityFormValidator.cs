using System.Linq.Expressions;
using FluentValidation;

namespace SocialPrescribing.Measures;

/// <summary>Checks <see cref="PamEligibilityForm"/> from a form: every fact is recorded as yes, no or unknown.</summary>
/// <remarks>Each failure names the fact; messages never repeat the value entered.</remarks>
/// <threadsafety>Immutable once constructed; safe to share between threads.</threadsafety>
public sealed class PamEligibilityFormValidator : AbstractValidator<PamEligibilityForm>
{
    /// <summary>Creates the validator.</summary>
    public PamEligibilityFormValidator()
    {
        FactRule(f => f.LiteracyLevel1, PamEligibilityFact.LiteracyLevel1);
        FactRule(f => f.HealthNeedOrRisk, PamEligibilityFact.HealthNeedOrRisk);
        FactRule(f => f.SevereMentalHealthProblems, PamEligibilityFact.SevereMentalHealthProblems);
        FactRule(f => f.Dementia, PamEligibilityFact.Dementia);
        FactRule(f => f.LimitedEnglish, PamEligibilityFact.LimitedEnglish);
        FactRule(f => f.ModerateToSevereLearningDisabilities, PamEligibilityFact.ModerateToSevereLearningDisabilities);
        FactRule(f => f.StrugglesToUnderstandQuestions, PamEligibilityFact.StrugglesToUnderstandQuestions);
    }

    private void FactRule(Expression<Func<PamEligibilityForm, FactAnswer>> property, PamEligibilityFact fact)
    {
        string name = PamEligibility.QuestionFor(fact);
        RuleFor(property)
            .IsInEnum()
            .WithName(name)
            .WithMessage(MeasuresMessages.PamFactNotDefinedTemplate)
            .WithErrorCode(MeasuresErrorCodes.PamFactNotDefined);
    }
}
