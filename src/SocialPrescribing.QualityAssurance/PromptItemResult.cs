using SocialPrescribing.Utility;

namespace SocialPrescribing.QualityAssurance;

/// <summary>The result of working through one prompt sheet item: how it was covered, notes, and any action agreed.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class PromptItemResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="itemId">The prompt sheet item, such as <c>G2</c>.</param>
    /// <param name="outcome">How it was worked through.</param>
    /// <param name="notes">Notes, or <see langword="null"/>.</param>
    /// <param name="agreedAction">The action agreed; needed when <paramref name="outcome"/> is <see cref="PromptOutcome.ActionAgreed"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="itemId"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is not a named member.</exception>
    /// <exception cref="ArgumentException">An action was agreed but <paramref name="agreedAction"/> is empty.</exception>
    public PromptItemResult(string itemId, PromptOutcome outcome, string? notes = null, string? agreedAction = null)
    {
        ItemId = Preconditions.CheckNotNull(itemId, nameof(itemId));
        Preconditions.CheckDefined(outcome, nameof(outcome));
        Outcome = outcome;
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        AgreedAction = string.IsNullOrWhiteSpace(agreedAction) ? null : agreedAction.Trim();
        Preconditions.CheckArgument(outcome != PromptOutcome.ActionAgreed || AgreedAction is not null, nameof(agreedAction), QualityAssuranceMessages.ActionNeeded);
    }

    /// <summary>Gets the prompt sheet item.</summary>
    /// <value>An item id of the check's sheet.</value>
    public string ItemId { get; }

    /// <summary>Gets how the item was worked through.</summary>
    /// <value>The outcome.</value>
    public PromptOutcome Outcome { get; }

    /// <summary>Gets the notes.</summary>
    /// <value>Text, or <see langword="null"/>.</value>
    public string? Notes { get; }

    /// <summary>Gets the action agreed.</summary>
    /// <value>Text when an action was agreed; otherwise <see langword="null"/>.</value>
    public string? AgreedAction { get; }

    /// <summary>Describes the result without its text.</summary>
    /// <returns>For example <c>G2: ActionAgreed</c>.</returns>
    public override string ToString() => $"{ItemId}: {Outcome}";
}
