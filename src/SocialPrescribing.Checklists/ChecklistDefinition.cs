using System.Collections.Frozen;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Checklists;

/// <summary>A checklist as its source prints it: a title, an introduction, and areas of items in order.</summary>
/// <remarks>
/// The seed's four programme checklists are in <see cref="SeedChecklists"/>; a service can define its own with the
/// constructor. Fill one in with <see cref="FilledChecklist.Start"/>.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class ChecklistDefinition
{
    private readonly FrozenDictionary<string, ChecklistItem> _byId;

    /// <summary>Creates a checklist.</summary>
    /// <param name="id">A short stable identifier, such as <c>pcn-readiness</c>.</param>
    /// <param name="title">The title, word for word from its source.</param>
    /// <param name="source">Where it comes from, such as <c>Seed Appendix 1</c>.</param>
    /// <param name="areas">Its areas, in order; at least one.</param>
    /// <param name="introduction">Text printed before the items, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A text is empty, there are no areas, or two items share an id.</exception>
    public ChecklistDefinition(string id, string title, string source, IEnumerable<ChecklistArea> areas, string? introduction = null)
    {
        Id = ChecklistItem.CheckText(id, nameof(id));
        Title = ChecklistItem.CheckText(title, nameof(title));
        Source = ChecklistItem.CheckText(source, nameof(source));
        Introduction = introduction is null ? null : ChecklistItem.CheckText(introduction, nameof(introduction));
        Areas = Preconditions.CheckNotNull(areas, nameof(areas)).ToList().AsReadOnly();
        Preconditions.CheckArgument(Areas.Count > 0 && Areas.All(a => a is not null), nameof(areas), ChecklistsMessages.NoAreas);
        Items = Areas.SelectMany(a => a.Items).ToList().AsReadOnly();
        Preconditions.CheckArgument(Items.Select(i => i.Id).Distinct(StringComparer.Ordinal).Count() == Items.Count, nameof(areas), ChecklistsMessages.DuplicateItemId);
        _byId = Items.ToFrozenDictionary(i => i.Id, StringComparer.Ordinal);
    }

    /// <summary>Gets the checklist's short stable identifier.</summary>
    /// <value>For example <c>ccg-self-evaluation</c>.</value>
    public string Id { get; }

    /// <summary>Gets the title.</summary>
    /// <value>Word for word from its source.</value>
    public string Title { get; }

    /// <summary>Gets where the checklist comes from.</summary>
    /// <value>For example <c>Seed Appendix 3</c>.</value>
    public string Source { get; }

    /// <summary>Gets the text printed before the items.</summary>
    /// <value>Text, or <see langword="null"/>.</value>
    public string? Introduction { get; }

    /// <summary>Gets the areas, in order.</summary>
    /// <value>At least one area.</value>
    public ReadOnlyCollection<ChecklistArea> Areas { get; }

    /// <summary>Gets every item of every area, in order.</summary>
    /// <value>The items.</value>
    public ReadOnlyCollection<ChecklistItem> Items { get; }

    /// <summary>Finds an item by its id. Never throws.</summary>
    /// <param name="id">The item's id, such as <c>2.4</c>; <see langword="null"/> finds nothing.</param>
    /// <param name="item">The item when found.</param>
    /// <returns><see langword="true"/> when the checklist has the item.</returns>
    public bool TryGetItem(string? id, [NotNullWhen(true)] out ChecklistItem? item)
    {
        if (id is null)
        {
            item = null;
            return false;
        }

        return _byId.TryGetValue(id, out item);
    }

    /// <summary>Gets an item by its id.</summary>
    /// <param name="id">The item's id.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The checklist has no item with the id <paramref name="id"/>.</exception>
    public ChecklistItem GetItem(string id)
        => TryGetItem(Preconditions.CheckNotNull(id, nameof(id)), out ChecklistItem? item) ? item : throw new KeyNotFoundException(ChecklistsMessages.UnknownItem);

    /// <summary>Returns the title.</summary>
    /// <returns>The title.</returns>
    public override string ToString() => Title;
}
