namespace SocialPrescribing.QualityAssurance;

/// <summary>How one prompt sheet item was worked through in a QA conversation (seed section 9).</summary>
public enum PromptOutcome
{
    /// <summary>Evidence was seen (a policy, certificate, record or document).</summary>
    EvidenceSeen = 1,

    /// <summary>Discussed with the scenario questions: the group's practice is understood without written evidence.</summary>
    DiscussedWithScenarios = 2,

    /// <summary>An action was agreed for the group to take.</summary>
    ActionAgreed = 3,

    /// <summary>Does not apply to this group (for example no catering, so no food handling certificate).</summary>
    NotApplicable = 4,
}
