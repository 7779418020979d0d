using System.Diagnostics;

namespace SocialPrescribing.Checklists;

/// <summary>A self-assessed item with its score and rationale, as <see cref="ChecklistProgress.LowestSelfAssessments"/> lists them.</summary>
/// <param name="Item">The item.</param>
/// <param name="Score">Its self-assessment, 1 (low) to 5 (high).</param>
/// <param name="Rationale">Why, or <see langword="null"/> if none was given.</param>
/// <remarks>
/// The rationale is free text someone wrote, so <see cref="ToString"/> and the debugger show only the item and score,
/// never the rationale (a record's generated <c>ToString</c> would print it).
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public readonly record struct ScoredItem(ChecklistItem Item, int Score, string? Rationale) : System.Numerics.IEqualityOperators<ScoredItem, ScoredItem, bool>
{
    /// <summary>Describes the entry without its rationale.</summary>
    /// <returns>For example <c>item 4 scored 2 (rationale given)</c>.</returns>
    public override string ToString()
        => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"item {Item?.Id} scored {Score}{(Rationale is null ? string.Empty : " (rationale given)")}");
}
