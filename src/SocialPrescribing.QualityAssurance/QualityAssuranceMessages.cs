namespace SocialPrescribing.QualityAssurance;

/// <summary>Every error message the QualityAssurance package produces, in one place so tests assert on the constant.</summary>
internal static class QualityAssuranceMessages
{
    internal const string TextEmpty = "Text should not be empty or white space.";
    internal const string UnknownItem = "The check's prompt sheet has no item with this id.";
    internal const string ActionNeeded = "An item marked 'action agreed' needs the action.";
    internal const string NotReceivedOnlyForDocuments = "'Not received' is recorded only for the documents a prompt sheet asks for (Received: yes/no).";
    internal const string AlreadyDecided = "The link worker has already decided; start a new check to decide again.";
    internal const string AlreadyReferred = "The check has already been referred to the PCN line manager.";
    internal const string NotReferred = "Line manager guidance is recorded only after the link worker referred the check to the PCN line manager.";
    internal const string GuidanceAlreadyRecorded = "The PCN line manager's guidance has already been recorded for this check.";
    internal const string AwaitingGuidance = "The link worker decides after the PCN line manager's guidance is recorded.";
    internal const string DecisionBeforeGuidance = "The link worker's decision should not be dated before the PCN line manager's guidance it follows.";
    internal const string GuidanceBeforeReferral = "Line manager guidance should not be dated before the referral.";
    internal const string NotConnectingNeedsDetails = "A decision not to connect for now is recorded with its reason and the actions that would change it (DecideNotToConnect).";
    internal const string ActionsToChangeMissing = "A decision not to connect for now should name at least one action that would change it.";
    internal const string CannotSign = "An agreement to connect is signed only after the link worker's decision to connect.";
    internal const string SignedBeforeDecision = "An agreement to connect should not be signed before the decision to connect.";
    internal const string LeadershipChangeBeforeSigning = "A change of group leadership should not be dated before the agreement was signed.";
    internal const string CatchUpBeforeSigning = "A catch-up should not be dated before the agreement was signed.";
    internal const string SurveyBeforeSigning = "A confidence survey should not be dated before the agreement was signed.";
    internal const string RenewalBeforeSigning = "A renewal should not be dated before the agreement was signed.";
    internal const string OtherGroup = "The quality assurance check is of another group.";
    internal const string NoCategories = "A group should serve at least one connection category.";
    internal const string DuplicateGroup = "Group ids should be unique in a menu.";

    internal const string ItemNotWorkedThrough = "{PropertyName} has not been worked through.";
    internal const string ActionMissing = "{PropertyName} is marked 'action agreed' but has no action.";
    internal const string NoDecision = "The link worker's decision is missing.";
    internal const string NoLineManagerGuidance = "The PCN line manager's guidance is missing.";
    internal const string NotSigned = "The agreement to connect has not been signed.";
    internal const string SignatoryNameMissing = "{PropertyName} is missing.";
    internal const string SignatureDateMissing = "{PropertyName} is missing.";

    internal const string PcnRepresentativeNameField = "The name of the representative of the primary care network";
    internal const string PcnSignedOnField = "The date the representative of the primary care network signed";
    internal const string GroupRepresentativeNameField = "The name of the representative of the VCSE organisation or community group";
    internal const string GroupSignedOnField = "The date the representative of the VCSE organisation or community group signed";
    internal const string ItemField = "Item {0} ({1})";
}
