using System.Collections.ObjectModel;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Checklists;

/// <summary>A titled group of checklist items, such as "1. Partnership working and shared local planning" (seed Appendix 1).</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class ChecklistArea
{
    /// <summary>Creates an area.</summary>
    /// <param name="title">The area's title, word for word from its source.</param>
    /// <param name="items">Its items, in order; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="items"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is empty or there are no items.</exception>
    public ChecklistArea(string title, IEnumerable<ChecklistItem> items)
    {
        Title = ChecklistItem.CheckText(title, nameof(title));
        Items = Preconditions.CheckNotNull(items, nameof(items)).ToList().AsReadOnly();
        Preconditions.CheckArgument(Items.Count > 0 && Items.All(i => i is not null), nameof(items), ChecklistsMessages.NoItems);
    }

    /// <summary>Gets the area's title.</summary>
    /// <value>Word for word from its source.</value>
    public string Title { get; }

    /// <summary>Gets the area's items, in order.</summary>
    /// <value>At least one item.</value>
    public ReadOnlyCollection<ChecklistItem> Items { get; }

    /// <summary>Returns the title.</summary>
    /// <returns>The title.</returns>
    public override string ToString() => Title;
}
