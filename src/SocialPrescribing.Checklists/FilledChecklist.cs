using System.Collections.Immutable;
using System.Collections.ObjectModel;
using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Checklists;

/// <summary>A checklist being filled in: its definition, an optional start date, and the answers recorded so far.</summary>
/// <remarks>
/// <para>
/// Immutable: <see cref="With"/> returns a new checklist. Answers are keyed by item id and only items of the
/// definition can be answered. Check the answers with <see cref="FilledChecklistValidator"/>; report with
/// <see cref="Progress"/>, <see cref="IncompleteAfterWeeks"/> and <see cref="ToMarkdown"/>.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class FilledChecklist
{
    private readonly ImmutableDictionary<string, ChecklistAnswer> _answers;

    private FilledChecklist(ChecklistDefinition definition, LocalDate? startDate, ImmutableDictionary<string, ChecklistAnswer> answers)
    {
        Definition = definition;
        StartDate = startDate;
        _answers = answers;
    }

    /// <summary>Gets the checklist being filled in.</summary>
    /// <value>The definition.</value>
    public ChecklistDefinition Definition { get; }

    /// <summary>Gets the start date (for the induction, the link worker's first day).</summary>
    /// <value>A date, or <see langword="null"/>.</value>
    public LocalDate? StartDate { get; }

    /// <summary>Gets the answers recorded, by item id.</summary>
    /// <value>Only items of the definition.</value>
    public IReadOnlyDictionary<string, ChecklistAnswer> Answers => _answers;

    /// <summary>Gets the progress so far.</summary>
    /// <value>Answered and unanswered items, areas not covered, lowest self-assessments.</value>
    public ChecklistProgress Progress => new(this);

    /// <summary>Starts filling in a checklist.</summary>
    /// <param name="definition">The checklist.</param>
    /// <param name="startDate">The start date, such as a link worker's first day; optional.</param>
    /// <returns>A checklist with no answers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public static FilledChecklist Start(ChecklistDefinition definition, LocalDate? startDate = null)
        => new(Preconditions.CheckNotNull(definition, nameof(definition)), startDate, ImmutableDictionary.Create<string, ChecklistAnswer>(StringComparer.Ordinal));

    /// <summary>Returns this checklist with an answer recorded against an item (replacing any earlier answer).</summary>
    /// <param name="itemId">The item's id, such as <c>2.4</c>.</param>
    /// <param name="answer">The answer.</param>
    /// <returns>The updated checklist; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="itemId"/> or <paramref name="answer"/> is null.</exception>
    /// <exception cref="ArgumentException">The checklist has no item with the id <paramref name="itemId"/>.</exception>
    public FilledChecklist With(string itemId, ChecklistAnswer answer)
    {
        Preconditions.CheckNotNull(answer, nameof(answer));
        ChecklistItem item = ItemFor(itemId);
        return new FilledChecklist(Definition, StartDate, _answers.SetItem(item.Id, answer));
    }

    /// <summary>Returns this checklist without the answer to an item.</summary>
    /// <param name="itemId">The item's id.</param>
    /// <returns>The updated checklist.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="itemId"/> is null.</exception>
    /// <exception cref="ArgumentException">The checklist has no item with the id <paramref name="itemId"/>.</exception>
    public FilledChecklist Without(string itemId)
        => new(Definition, StartDate, _answers.Remove(ItemFor(itemId).Id));

    /// <summary>Gets the answer recorded against an item.</summary>
    /// <param name="itemId">The item's id.</param>
    /// <returns>The answer, or <see langword="null"/> if none is recorded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="itemId"/> is null.</exception>
    /// <exception cref="ArgumentException">The checklist has no item with the id <paramref name="itemId"/>.</exception>
    public ChecklistAnswer? AnswerFor(string itemId)
        => _answers.TryGetValue(ItemFor(itemId).Id, out ChecklistAnswer? answer) ? answer : null;

    /// <summary>Tests whether an item holds the answer its kind asks for (or, for a text-only item, any text).</summary>
    /// <param name="itemId">The item's id.</param>
    /// <returns><see langword="true"/> when answered.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="itemId"/> is null.</exception>
    /// <exception cref="ArgumentException">The checklist has no item with the id <paramref name="itemId"/>.</exception>
    public bool IsAnswered(string itemId)
    {
        ChecklistItem item = ItemFor(itemId);
        return _answers.TryGetValue(item.Id, out ChecklistAnswer? answer) && item.ResponseKind switch
        {
            ChecklistResponseKind.YesNo => answer.Yes.HasValue,
            ChecklistResponseKind.SelfAssessment => answer.Score.HasValue,
            ChecklistResponseKind.CompletionDate => answer.CompletedOn.HasValue,
            _ => answer.Texts.Count > 0,
        };
    }

    /// <summary>Lists the items to be completed by a date that were not completed by the start date plus a number of weeks.</summary>
    /// <param name="weeks">Weeks from the start date, such as 6 for a six-week induction.</param>
    /// <returns>The completion-date items with no completion date, or one later than the start plus <paramref name="weeks"/>, in order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weeks"/> is negative.</exception>
    /// <exception cref="InvalidOperationException">The checklist has no start date.</exception>
    public ReadOnlyCollection<ChecklistItem> IncompleteAfterWeeks(int weeks)
    {
        if (weeks < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(weeks), ChecklistsMessages.WeeksNegative);
        }

        LocalDate start = StartDate ?? throw new InvalidOperationException(ChecklistsMessages.NoStartDate);
        // Days from the start, not start.PlusWeeks(weeks): a deadline beyond the calendar's end must not overflow.
        long allowedDays = weeks * 7L;
        return Definition.Items
            .Where(i => i.ResponseKind == ChecklistResponseKind.CompletionDate)
            .Where(i => AnswerFor(i.Id)?.CompletedOn is not LocalDate done || Period.Between(start, done, PeriodUnits.Days).Days > allowedDays)
            .ToList()
            .AsReadOnly();
    }

    private ChecklistItem ItemFor(string itemId)
    {
        Preconditions.CheckArgument(Definition.TryGetItem(Preconditions.CheckNotNull(itemId, nameof(itemId)), out ChecklistItem? item), nameof(itemId), ChecklistsMessages.UnknownItem);
        return item!;
    }

    /// <summary>Renders the checklist and its answers as Markdown for a meeting, items in the source's order.</summary>
    /// <returns>Markdown text.</returns>
    public string ToMarkdown() => ChecklistMarkdown.Render(this);

    /// <summary>Summarises the checklist without its answers.</summary>
    /// <returns>For example <c>Checklist for introducing social prescribing link workers into PCNs: 3 of 17 answered, 4 areas not covered</c>.</returns>
    public override string ToString() => $"{Definition.Title}: {Progress}";
}
