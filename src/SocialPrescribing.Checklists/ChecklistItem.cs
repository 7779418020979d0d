using System.Collections.ObjectModel;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Checklists;

/// <summary>One item of a checklist: its number, its wording from the source, the answer it takes and its free-text columns.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class ChecklistItem
{
    /// <summary>Creates an item.</summary>
    /// <param name="id">The item's number within its checklist, such as <c>2.4</c>; unique in the checklist.</param>
    /// <param name="text">The item's wording, word for word from its source.</param>
    /// <param name="responseKind">The kind of answer the item takes besides its columns.</param>
    /// <param name="columns">The headings of its free-text columns, such as <c>Notes</c> or <c>Rationale</c>; may be empty.</param>
    /// <param name="detail">Further wording printed with the item (for the induction, what "the link worker can..." do), or <see langword="null"/>.</param>
    /// <param name="requiredColumn">A column whose text is required once the item is answered (the rationale of a self-assessment), or <see langword="null"/>.</param>
    /// <param name="examples">Examples printed with the item, such as examples of supporting evidence or questions to ask (seed Appendix 5); optional.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="text"/> or <paramref name="columns"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is empty, or <paramref name="requiredColumn"/> is not one of <paramref name="columns"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="responseKind"/> is not a named member.</exception>
    public ChecklistItem(string id, string text, ChecklistResponseKind responseKind, IEnumerable<string> columns, string? detail = null, string? requiredColumn = null, IEnumerable<string>? examples = null)
    {
        Examples = (examples ?? []).Select(e => CheckText(e, nameof(examples))).ToList().AsReadOnly();
        Id = CheckText(id, nameof(id));
        Text = CheckText(text, nameof(text));
        Preconditions.CheckDefined(responseKind, nameof(responseKind));
        ResponseKind = responseKind;
        Columns = Preconditions.CheckNotNull(columns, nameof(columns)).Select(c => CheckText(c, nameof(columns))).ToList().AsReadOnly();
        Detail = detail is null ? null : CheckText(detail, nameof(detail));
        Preconditions.CheckArgument(requiredColumn is null || Columns.Contains(requiredColumn), nameof(requiredColumn), ChecklistsMessages.RequiredColumnUnknown);
        RequiredColumn = requiredColumn;
    }

    /// <summary>Gets the item's number within its checklist.</summary>
    /// <value>For example <c>2.4</c>.</value>
    public string Id { get; }

    /// <summary>Gets the item's wording.</summary>
    /// <value>Word for word from its source.</value>
    public string Text { get; }

    /// <summary>Gets further wording printed with the item.</summary>
    /// <value>Text, or <see langword="null"/>.</value>
    public string? Detail { get; }

    /// <summary>Gets examples printed with the item, such as examples of supporting evidence or questions to ask.</summary>
    /// <value>Possibly empty.</value>
    public ReadOnlyCollection<string> Examples { get; }

    /// <summary>Gets the kind of answer the item takes besides its columns.</summary>
    /// <value>Text only, yes/no, a 1-5 self-assessment or a completion date.</value>
    public ChecklistResponseKind ResponseKind { get; }

    /// <summary>Gets the headings of the item's free-text columns.</summary>
    /// <value>For example <c>Notes</c>; may be empty.</value>
    public ReadOnlyCollection<string> Columns { get; }

    /// <summary>Gets the column whose text is required once the item is answered.</summary>
    /// <value>For example <c>Rationale</c>, or <see langword="null"/>.</value>
    public string? RequiredColumn { get; }

    /// <summary>Returns the item's number and wording.</summary>
    /// <returns>For example <c>2.4 Who will act as the GP supervisor for the link worker?</c>.</returns>
    public override string ToString() => $"{Id} {Text}";

    internal static string CheckText(string text, string paramName) => Preconditions.CheckNotBlank(text, paramName, ChecklistsMessages.TextEmpty);
}
