namespace SocialPrescribing.CarePlans;

/// <summary>Every error message the CarePlans package produces, in one place so tests assert on the constant.</summary>
internal static class CarePlanMessages
{
    internal const string TextEmpty = "Text should not be empty or white space.";
    internal const string DuplicateKey = "Template section keys should be unique.";
    internal const string DuplicateField = "A template should hold each plan field (other than free text) at most once.";
    internal const string WrongPart = "This plan field belongs to the other part of the plan.";
    internal const string NoSections = "A template should have at least one section.";
    internal const string NotATextSection = "This section does not hold text: use the plan's goal, support, review date or permission methods.";
    internal const string UnknownSection = "The plan's template has no section with this key.";
    internal const string NotInTemplate = "The plan's template has no section for this field.";
    internal const string PartOneLocked = "Part one of an agreed plan cannot be changed; record changes in a review.";
    internal const string NotDraft = "Only a draft plan can be agreed.";
    internal const string NotAgreed = "Only an agreed plan can be reviewed.";
    internal const string UnknownGoal = "The plan has no goal with this number.";
    internal const string ReviewBeforeAgreement = "A review should not be dated before the plan was agreed.";
    internal const string MissingSection = "needs filling in before the plan is agreed.";
    internal const string MissingReviewDate = "A review date is needed before the plan is agreed.";
}
