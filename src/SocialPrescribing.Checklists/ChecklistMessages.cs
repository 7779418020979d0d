namespace SocialPrescribing.Checklists;

/// <summary>Every error message the Checklists package produces, in one place so tests assert on the constant.</summary>
internal static class ChecklistMessages
{
    internal const string TextEmpty = "Checklist text should not be empty or white space.";
    internal const string NoItems = "Checklist area should have at least one item.";
    internal const string NoAreas = "Checklist should have at least one area.";
    internal const string DuplicateItemId = "Checklist item ids should be unique within a checklist.";
    internal const string RequiredColumnUnknown = "Checklist item's required column should be one of its columns.";
    internal const string UnknownItem = "Checklist has no item with this id.";
    internal const string NoStartDate = "Checklist has no start date; set one to ask what is incomplete after a number of weeks.";
    internal const string WeeksNegative = "Number of weeks should not be negative.";

    internal const string ScoreRange = "self-assessment should be in range [1-5].";
    internal const string ResponseKindMismatch = "answer should be of the kind the item takes";
    internal const string CompletedBeforeStart = "completion date should not be before the start date.";
    internal const string RequiredTextMissing = "needs text in its required column";
    internal const string UnknownColumn = "has text in a column the item does not have.";
}
