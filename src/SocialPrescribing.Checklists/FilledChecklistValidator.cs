using FluentValidation;
using FluentValidation.Results;

namespace SocialPrescribing.Checklists;

/// <summary>Checks each answer of a <see cref="FilledChecklist"/> against its item; every failure names the checklist item and the rule.</summary>
/// <remarks>
/// Rules: an answer holds only the kind of answer its item takes (no score on a yes/no item); a completion date is not
/// before the checklist's start date; an answered item with a required column (the rationale of a self-assessment,
/// seed Appendix 3) has text in it; text sits only in the item's own columns. A self-assessment from 1 to 5 (seed
/// Appendix 3: "5 = high, 1 = low") needs no rule here: <see cref="ChecklistAnswer.SelfAssessment"/> accepts no other.
/// Each message is a whole sentence whose <c>{PropertyName}</c> is the checklist and item; messages, attempted values
/// and placeholders never carry the text entered.
/// </remarks>
/// <threadsafety>Immutable once constructed; safe to share between threads.</threadsafety>
public sealed class FilledChecklistValidator : AbstractValidator<FilledChecklist>
{
    /// <summary>Creates the validator.</summary>
    public FilledChecklistValidator()
    {
        RuleFor(c => c).Custom((checklist, context) =>
        {
            foreach (ChecklistItem item in checklist.Definition.Items)
            {
                if (checklist.AnswerFor(item.Id) is ChecklistAnswer answer)
                {
                    Check(checklist, item, answer, context);
                }
            }
        });
    }

    private static void Check(FilledChecklist checklist, ChecklistItem item, ChecklistAnswer answer, ValidationContext<FilledChecklist> context)
    {
        string name = $"{checklist.Definition.Title}, item {item.Id}";
        void Fail(string template, string code, string? placeholder = null, string? value = null)
        {
            var placeholders = new Dictionary<string, object>(StringComparer.Ordinal) { ["PropertyName"] = name };
            string message = template.Replace("{PropertyName}", name, StringComparison.Ordinal);
            if (placeholder is not null && value is not null)
            {
                placeholders[placeholder] = value;
                message = message.Replace("{" + placeholder + "}", value, StringComparison.Ordinal);
            }

            context.AddFailure(new ValidationFailure($"Answers[{item.Id}]", message) { ErrorCode = code, FormattedMessagePlaceholderValues = placeholders });
        }

        bool hasOtherKind = item.ResponseKind switch
        {
            ChecklistResponseKind.YesNo => answer.Score.HasValue || answer.CompletedOn.HasValue,
            ChecklistResponseKind.SelfAssessment => answer.Yes.HasValue || answer.CompletedOn.HasValue,
            ChecklistResponseKind.CompletionDate => answer.Yes.HasValue || answer.Score.HasValue,
            _ => answer.Yes.HasValue || answer.Score.HasValue || answer.CompletedOn.HasValue,
        };
        if (hasOtherKind)
        {
            Fail(ChecklistsMessages.ResponseKindMismatch, ChecklistsErrorCodes.ResponseKindMismatch, "ResponseKind", item.ResponseKind.ToString());
        }

        if (answer.CompletedOn is { } completed && checklist.StartDate is { } start && completed < start)
        {
            Fail(ChecklistsMessages.CompletedBeforeStart, ChecklistsErrorCodes.CompletedBeforeStart);
        }

        if (item.RequiredColumn is string required && checklist.IsAnswered(item.Id) && answer.TextIn(required) is null)
        {
            Fail(ChecklistsMessages.RequiredTextMissing, ChecklistsErrorCodes.RequiredTextMissing, "RequiredColumn", required);
        }

        if (answer.Texts.Keys.Any(column => !item.Columns.Contains(column)))
        {
            Fail(ChecklistsMessages.UnknownColumn, ChecklistsErrorCodes.UnknownColumn);
        }
    }
}
