using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using SocialPrescribing.Testing;

namespace SocialPrescribing.Checklists.Testing;

/// <summary>FsCheck generators of filled-in checklists: any seed checklist, any subset of items answered, answers of every kind; and their shrinker.</summary>
/// <threadsafety>Generators are immutable; safe to use from any thread.</threadsafety>
public static class ChecklistGenerators
{
    private static readonly string[] Words = ["Agreed at the PCN board", "GP supervisor named", "Needs a follow-up", "Line one\nline two", "Done", "Spoke to the CVS"];

    /// <summary>Gets a generator of answers that fit their item (the kind it takes, scores 1-5, dates on or after <paramref name="start"/>), often with text.</summary>
    /// <param name="item">The item answered.</param>
    /// <param name="start">The checklist's start date.</param>
    /// <returns>The generator.</returns>
    public static Gen<ChecklistAnswer> ValidAnswerFor(ChecklistItem item, LocalDate start)
    {
        ArgumentNullException.ThrowIfNull(item);
        Gen<ChecklistAnswer> core = item.ResponseKind switch
        {
            ChecklistResponseKind.YesNo => Gen.Elements(true, false).Select(ChecklistAnswer.YesNo),
            ChecklistResponseKind.SelfAssessment => Gen.Choose(1, 5).Select(score => ChecklistAnswer.SelfAssessment(score, null)),
            ChecklistResponseKind.CompletionDate => Gen.Choose(0, 120).Select(days => ChecklistAnswer.Completed(start.PlusDays(days))),
            _ => Gen.Constant(ChecklistAnswer.Text(item.Columns[0], "Started")),
        };
        return from answer in core
               from texts in Gen.ArrayOf(Gen.Elements(Words), item.Columns.Count)
               from fill in Gen.ArrayOf(Gen.Elements(true, false), item.Columns.Count)
               select item.Columns.Select((column, i) => (column, i))
                   .Aggregate(answer, (a, c) => fill[c.i] || c.column == item.RequiredColumn ? a.WithText(c.column, texts[c.i]) : a);
    }

    /// <summary>Gets a generator of seed checklists, each started on a date with some of its items answered validly.</summary>
    /// <value>Filled checklists that pass <see cref="FilledChecklistValidator"/>.</value>
    public static Gen<FilledChecklist> ValidFilledChecklists { get; } =
        from definition in Gen.Elements(SeedChecklists.All.ToArray())
        from start in CoreGenerators.Dates
        from answered in Gen.ArrayOf(Gen.Elements(true, false), definition.Items.Count)
        from answers in Gen.CollectToSequence(definition.Items.Select(item => ValidAnswerFor(item, start)))
        select definition.Items.Select((item, i) => (item, i))
            .Where(x => answered[x.i])
            .Aggregate(FilledChecklist.Start(definition, start), (c, x) => c.With(x.item.Id, answers.ElementAt(x.i)));
    /// <summary>
    /// Shrinks a filled checklist by removing one answer, or one optional text of an answer (never the text of an item's
    /// required column, nor an answer's only content), so a checklist that passes <see cref="FilledChecklistValidator"/> still does.
    /// </summary>
    /// <param name="checklist">The checklist to shrink.</param>
    /// <returns>Smaller checklists, fewer answers first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="checklist"/> is null.</exception>
    public static IEnumerable<FilledChecklist> ShrinkChecklist(FilledChecklist checklist)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        string[] answered = [.. checklist.Answers.Keys.Order(StringComparer.Ordinal)];
        return answered.Select(checklist.Without)
            .Concat(answered.SelectMany(id => WithoutOneText(checklist, id)));
    }

    /// <summary>The checklist with one optional text of the answer to <paramref name="itemId"/> removed, for each such text.</summary>
    private static IEnumerable<FilledChecklist> WithoutOneText(FilledChecklist checklist, string itemId)
    {
        ChecklistAnswer answer = checklist.Answers[itemId];
        string? required = checklist.Definition.Items.First(item => item.Id == itemId).RequiredColumn;
        return answer.Texts.Keys.Order(StringComparer.Ordinal)
            .Where(column => column != required)
            .Select(column => answer.WithText(column, null))
            .Where(smaller => smaller.Yes.HasValue || smaller.Score.HasValue || smaller.CompletedOn.HasValue || smaller.Texts.Count > 0)
            .Select(smaller => checklist.With(itemId, smaller));
    }
}
