using FluentValidation;
using FluentValidation.Results;

namespace SocialPrescribing.Checklists;

/// <summary>Checks each answer of a <see cref="FilledChecklist"/> against its item; every failure names the checklist item and the rule.</summary>
/// <remarks>
/// Rules: an answer holds only the kind of answer its item takes (no score on a yes/no item); a self-assessment is from
/// 1 to 5 (seed Appendix 3: "5 = high, 1 = low"); a completion date is not before the checklist's start date; an
/// answered item with a required column (the rationale of a self-assessment) has text in it; text sits only in the
/// item's own columns. Messages never repeat the text entered.
/// </remarks>
/// <threadsafety>Immutable once constructed; safe to share between threads.</threadsafety>
public sealed class FilledChecklistValidator : AbstractValidator<FilledChecklist>
{
    /// <summary>The lowest self-assessment.</summary>
    public const int MinScore = 1;

    /// <summary>The highest self-assessment.</summary>
    public const int MaxScore = 5;

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
        void Fail(string rule, string code) => context.AddFailure(new ValidationFailure($"Answers[{item.Id}]", $"{name}: {rule}") { ErrorCode = code });

        bool hasOtherKind = item.ResponseKind switch
        {
            ChecklistResponseKind.YesNo => answer.Score.HasValue || answer.CompletedOn.HasValue,
            ChecklistResponseKind.SelfAssessment => answer.Yes.HasValue || answer.CompletedOn.HasValue,
            ChecklistResponseKind.CompletionDate => answer.Yes.HasValue || answer.Score.HasValue,
            _ => answer.Yes.HasValue || answer.Score.HasValue || answer.CompletedOn.HasValue,
        };
        if (hasOtherKind)
        {
            Fail($"{ChecklistMessages.ResponseKindMismatch} ({item.ResponseKind}).", ChecklistErrorCodes.ResponseKindMismatch);
        }

        if (answer.Score is int score && score is < MinScore or > MaxScore)
        {
            Fail(ChecklistMessages.ScoreRange, ChecklistErrorCodes.ScoreOutOfRange);
        }

        if (answer.CompletedOn is { } completed && checklist.StartDate is { } start && completed < start)
        {
            Fail(ChecklistMessages.CompletedBeforeStart, ChecklistErrorCodes.CompletedBeforeStart);
        }

        if (item.RequiredColumn is string required && checklist.IsAnswered(item.Id) && answer.TextIn(required) is null)
        {
            Fail($"{ChecklistMessages.RequiredTextMissing} ({required}).", ChecklistErrorCodes.RequiredTextMissing);
        }

        if (answer.Texts.Keys.Any(column => !item.Columns.Contains(column)))
        {
            Fail(ChecklistMessages.UnknownColumn, ChecklistErrorCodes.UnknownColumn);
        }
    }
}
