namespace SocialPrescribing.Checklists;

/// <summary>Every error message the Checklists package produces, in one place so tests assert on the constant.</summary>
/// <remarks>
/// Validator messages are whole-sentence templates: <c>{PropertyName}</c> is the checklist and item (for example
/// "Social prescribing self-evaluation checklist for CCGs 2019-20, item 3"), never text someone entered.
/// </remarks>
internal static class ChecklistsMessages
{
    internal const string TextEmpty = "Checklist text should not be empty or white space.";
    internal const string NoItems = "Checklist area should have at least one item.";
    internal const string NoAreas = "Checklist should have at least one area.";
    internal const string DuplicateItemId = "Checklist item ids should be unique within a checklist.";
    internal const string RequiredColumnUnknown = "Checklist item's required column should be one of its columns.";
    internal const string UnknownItem = "Checklist has no item with this id.";
    internal const string NoStartDate = "Checklist has no start date; set one to ask what is incomplete after a number of weeks.";
    internal const string WeeksNegative = "Number of weeks should not be negative.";
    internal const string ScoreRange = "Self-assessment should be in range [1-5].";

    internal const string ResponseKindMismatch = "{PropertyName} should hold only the kind of answer its item takes ({ResponseKind}).";
    internal const string CompletedBeforeStart = "{PropertyName} should not have a completion date before the checklist's start date.";
    internal const string RequiredTextMissing = "{PropertyName} should have text in its required column ({RequiredColumn}).";
    internal const string UnknownColumn = "{PropertyName} should have text only in the item's own columns.";
}
