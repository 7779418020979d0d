namespace SocialPrescribing.QualityAssurance;

/// <summary>How one prompt sheet item was worked through in a QA conversation (seed section 9, process step 2, and Appendix 5).</summary>
/// <remarks>
/// No outcome is a refusal: the link worker decides (section 9, process step 3). A document not received is recorded
/// as <see cref="NotReceived"/>, an outcome of its own, not an agreed action (Appendix 5, "Received: yes/no"). See
/// <c>docs/quality-assurance.md</c>.
/// </remarks>
public enum PromptOutcome
{
    /// <summary>Evidence was seen (a policy, certificate, record or document); for a document the sheet asks for, "Received: yes".</summary>
    EvidenceSeen = 1,

    /// <summary>Discussed with the scenario questions: the group's practice is understood without written evidence.</summary>
    DiscussedWithScenarios = 2,

    /// <summary>An action was agreed for the group to take.</summary>
    ActionAgreed = 3,

    /// <summary>Does not apply to this group (for example no catering, so no food handling certificate).</summary>
    NotApplicable = 4,

    /// <summary>
    /// A document the sheet asks for was not received ("Received: no", Appendix 5): recorded as it is, for the sheet's
    /// document items only. It needs no action and never refuses on its own; a small group without a constitution or
    /// accounts is not excluded for that (section 9, principles 4-6).
    /// </summary>
    NotReceived = 5,
}
