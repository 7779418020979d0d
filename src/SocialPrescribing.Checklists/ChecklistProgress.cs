using System.Collections.ObjectModel;

namespace SocialPrescribing.Checklists;

/// <summary>How far a checklist has been filled in: answered and unanswered items, areas not yet covered, and the lowest self-assessments.</summary>
/// <remarks>
/// An item is answered when it holds the answer its kind asks for (a yes/no, a score or a completion date), or, for a
/// text-only item, any text. <see cref="Answered"/> + <see cref="Unanswered"/> is always the number of items.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class ChecklistProgress
{
    internal ChecklistProgress(FilledChecklist checklist)
    {
        ChecklistDefinition definition = checklist.Definition;
        UnansweredItems = definition.Items.Where(i => !checklist.IsAnswered(i.Id)).ToList().AsReadOnly();
        Total = definition.Items.Count;
        AreasNotCovered = definition.Areas.Where(a => a.Items.All(i => !checklist.IsAnswered(i.Id))).ToList().AsReadOnly();

        var scored = new List<ScoredItem>();
        foreach (ChecklistItem item in definition.Items)
        {
            if (item.ResponseKind == ChecklistResponseKind.SelfAssessment && checklist.AnswerFor(item.Id) is { Score: int score } answer)
            {
                scored.Add(new ScoredItem(item, score, item.RequiredColumn is null ? null : answer.TextIn(item.RequiredColumn)));
            }
        }

        LowestSelfAssessments = scored.Count == 0
            ? ReadOnlyCollection<ScoredItem>.Empty
            : scored.Where(s => s.Score == scored.Min(x => x.Score)).ToList().AsReadOnly();
    }

    /// <summary>Gets the number of items.</summary>
    /// <value>Every item of the checklist.</value>
    public int Total { get; }

    /// <summary>Gets the number of answered items.</summary>
    /// <value>0 to <see cref="Total"/>.</value>
    public int Answered => Total - Unanswered;

    /// <summary>Gets the number of unanswered items.</summary>
    /// <value>0 to <see cref="Total"/>.</value>
    public int Unanswered => UnansweredItems.Count;

    /// <summary>Gets the unanswered items, in order.</summary>
    /// <value>The items still to answer.</value>
    public ReadOnlyCollection<ChecklistItem> UnansweredItems { get; }

    /// <summary>Gets the areas with no answered item, in order.</summary>
    /// <value>The areas not yet covered.</value>
    public ReadOnlyCollection<ChecklistArea> AreasNotCovered { get; }

    /// <summary>Gets the self-assessed items with the lowest score, with their rationale (for the CCG self-evaluation, seed Appendix 3).</summary>
    /// <value>Every item sharing the lowest score, in order; empty when nothing is self-assessed.</value>
    public ReadOnlyCollection<ScoredItem> LowestSelfAssessments { get; }

    /// <summary>Summarises the progress.</summary>
    /// <returns>For example <c>12 of 17 answered, 1 area not covered</c> (the 17 items of seed Appendix 1).</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Answered} of {Total} answered, {AreasNotCovered.Count} area{(AreasNotCovered.Count == 1 ? string.Empty : "s")} not covered");
}
