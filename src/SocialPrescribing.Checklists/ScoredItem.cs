namespace SocialPrescribing.Checklists;

/// <summary>A self-assessed item with its score and rationale, as <see cref="ChecklistProgress.LowestSelfAssessments"/> lists them.</summary>
/// <param name="Item">The item.</param>
/// <param name="Score">Its self-assessment, 1 (low) to 5 (high).</param>
/// <param name="Rationale">Why, or <see langword="null"/> if none was given.</param>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
public readonly record struct ScoredItem(ChecklistItem Item, int Score, string? Rationale) : System.Numerics.IEqualityOperators<ScoredItem, ScoredItem, bool>;
