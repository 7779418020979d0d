namespace SocialPrescribing.QualityAssurance;

/// <summary>Every error message the QualityAssurance package produces, in one place so tests assert on the constant.</summary>
internal static class QaMessages
{
    internal const string TextEmpty = "Text should not be empty or white space.";
    internal const string UnknownItem = "The review's prompt sheet has no item with this id.";
    internal const string ActionNeeded = "An item marked 'action agreed' needs the action.";
    internal const string AlreadyDecided = "The link worker has already decided; start a new review to decide again.";
    internal const string NotReferred = "A line manager outcome is recorded only after the link worker referred the decision to the PCN line manager.";
    internal const string CannotSign = "An agreement to connect is signed only after a decision to connect (by the link worker or the PCN line manager).";
    internal const string SignedBeforeDecision = "An agreement to connect should not be signed before the decision to connect.";
    internal const string LeadershipChangeBeforeSigning = "A change of group leadership should not be dated before the agreement was signed.";
    internal const string OtherGroup = "The review is of another group.";
    internal const string NoCategories = "A group should serve at least one connection category.";
    internal const string DuplicateGroup = "Group ids should be unique in a menu.";

    internal const string ItemNotWorkedThrough = "has not been worked through.";
    internal const string ActionMissing = "is marked 'action agreed' but has no action.";
    internal const string NoDecision = "The link worker's decision is missing.";
    internal const string NoLineManagerOutcome = "The PCN line manager's outcome is missing.";
    internal const string NotSigned = "The agreement to connect has not been signed.";
    internal const string NameMissing = "name is missing.";
    internal const string DateMissing = "date is missing.";
}
