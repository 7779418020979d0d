namespace SocialPrescribing.CarePlans;

/// <summary>Every error message the CarePlans package produces, in one place so tests assert on the constant.</summary>
internal static class CarePlansMessages
{
    internal const string TextEmpty = "Text should not be empty or white space.";
    internal const string DuplicateKey = "Template section keys should be unique.";
    internal const string DuplicateField = "A template should hold each plan field (other than free text) at most once.";
    internal const string WrongPart = "This plan field belongs to the other part of the plan.";
    internal const string NoSections = "A template should have at least one section.";
    internal const string NotATextSection = "This section does not hold text: use the plan's goal, support, review date or permission methods.";
    internal const string UnknownSection = "The plan's template has no section with this key.";
    internal const string NotInTemplate = "The plan's template has no section for this field.";
    internal const string AgreedPlanLocked = "An agreed plan changes only at a review; record the change in a CarePlanReview.";
    internal const string NotDraft = "Only a draft plan can be agreed.";
    internal const string NotAgreed = "Only an agreed plan can be reviewed.";
    internal const string UnknownGoal = "The review names a goal number that is not an open goal of the plan's current version.";
    internal const string UnknownSupport = "The review names a support connection number that is not open in the plan's current version.";
    internal const string ReviewBeforeAgreement = "A review should not be dated before the plan was agreed.";
    internal const string ReviewBeforePreviousReview = "A review should not be dated before the plan's previous review.";
    internal const string NextReviewNotAfterReview = "The next review date should be after the date of the review that sets it.";
    internal const string CloseOutcome = "The outcome of closing a goal should be Achieved or NoLongerAGoal.";
    internal const string NullEntry = "A review's goal reviews and changes should not hold null entries.";
    internal const string RequiredSectionMissing = "The section '{PropertyName}' should be filled in before the plan is agreed.";
    internal const string ReviewDateMissing = "{PropertyName} should be set before the plan is agreed.";
    internal const string ReviewDateName = "The review date";
    internal const string FreeTextByKey = "Free-text sections are found by their key, not by the field: use WithText(sectionKey, text) with the section's key.";
}
