using SocialPrescribing.Measures;

namespace SocialPrescribing.Referrals;

/// <summary>
/// The <see cref="PamEligibility"/> the measurement schedule asks for, from the outcome the episode records: the episode
/// keeps only the outcome, never the facts about the person's health behind it.
/// </summary>
internal static class PamEligibilities
{
    private static readonly PamEligibility Eligible = PamEligibility.Assess(new PamEligibilityForm
    {
        LiteracyLevel1 = FactAnswer.Yes,
        HealthNeedOrRisk = FactAnswer.Yes,
        SevereMentalHealthProblems = FactAnswer.No,
        Dementia = FactAnswer.No,
        LimitedEnglish = FactAnswer.No,
        ModerateToSevereLearningDisabilities = FactAnswer.No,
        StrugglesToUnderstandQuestions = FactAnswer.No,
    });

    private static readonly PamEligibility NotSuitable = PamEligibility.Assess(new PamEligibilityForm { HealthNeedOrRisk = FactAnswer.No });

    private static readonly PamEligibility NeedsConfirmation = PamEligibility.Assess(new PamEligibilityForm());

    /// <summary>The eligibility with the given outcome; none recorded needs confirmation.</summary>
    internal static PamEligibility For(PamEligibilityOutcome? outcome) => outcome switch
    {
        PamEligibilityOutcome.Eligible => Eligible,
        PamEligibilityOutcome.NotSuitable => NotSuitable,
        _ => NeedsConfirmation,
    };
}
