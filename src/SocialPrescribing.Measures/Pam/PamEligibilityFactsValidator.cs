using System.Linq.Expressions;
using FluentValidation;

namespace SocialPrescribing.Measures;

/// <summary>Checks <see cref="PamEligibilityFacts"/> from a form: every fact is recorded as yes, no or unknown.</summary>
/// <remarks>Each failure names the fact; messages never repeat the value entered.</remarks>
/// <threadsafety>Immutable once constructed; safe to share between threads.</threadsafety>
public sealed class PamEligibilityFactsValidator : AbstractValidator<PamEligibilityFacts>
{
    /// <summary>Creates the validator.</summary>
    public PamEligibilityFactsValidator()
    {
        FactRule(f => f.LiteracyLevel1, PamEligibilityFact.LiteracyLevel1);
        FactRule(f => f.HealthNeedOrRisk, PamEligibilityFact.HealthNeedOrRisk);
        FactRule(f => f.SevereMentalHealthProblems, PamEligibilityFact.SevereMentalHealthProblems);
        FactRule(f => f.Dementia, PamEligibilityFact.Dementia);
        FactRule(f => f.LimitedEnglish, PamEligibilityFact.LimitedEnglish);
        FactRule(f => f.ModerateToSevereLearningDisabilities, PamEligibilityFact.ModerateToSevereLearningDisabilities);
        FactRule(f => f.StrugglesToUnderstandQuestions, PamEligibilityFact.StrugglesToUnderstandQuestions);
    }

    private void FactRule(Expression<Func<PamEligibilityFacts, FactAnswer>> property, PamEligibilityFact fact)
    {
        string name = PamEligibility.QuestionFor(fact);
        RuleFor(property)
            .IsInEnum()
            .WithName(name)
            .WithMessage($"{name} {MeasuresMessages.PamFactNotDefined}")
            .WithErrorCode(MeasuresErrorCodes.PamFactNotDefined);
    }
}
