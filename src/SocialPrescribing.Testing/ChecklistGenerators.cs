using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using SocialPrescribing.Checklists;

namespace SocialPrescribing.Testing;

/// <summary>FsCheck generators of filled-in checklists: any seed checklist, any subset of items answered, answers of every kind.</summary>
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
        from start in DomainGenerators.Dates
        from answered in Gen.ArrayOf(Gen.Elements(true, false), definition.Items.Count)
        from answers in Gen.CollectToSequence(definition.Items.Select(item => ValidAnswerFor(item, start)))
        select definition.Items.Select((item, i) => (item, i))
            .Where(x => answered[x.i])
            .Aggregate(FilledChecklist.Start(definition, start), (c, x) => c.With(x.item.Id, answers.ElementAt(x.i)));
}
