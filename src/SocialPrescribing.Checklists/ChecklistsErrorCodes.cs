namespace SocialPrescribing.Checklists;

/// <summary>The stable error codes of <see cref="FilledChecklistValidator"/> failures (<c>ValidationFailure.ErrorCode</c>).</summary>
public static class ChecklistsErrorCodes
{
    /// <summary>An answer holds a yes/no, score or date the item does not take.</summary>
    public const string ResponseKindMismatch = "Checklist.ResponseKindMismatch";

    /// <summary>A completion date is before the checklist's start date.</summary>
    public const string CompletedBeforeStart = "Checklist.CompletedBeforeStart";

    /// <summary>An answered item lacks the text its required column asks for (the rationale of a self-assessment).</summary>
    public const string RequiredTextMissing = "Checklist.RequiredTextMissing";

    /// <summary>An answer has text in a column the item does not have.</summary>
    public const string UnknownColumn = "Checklist.UnknownColumn";
}
