using System.Collections.ObjectModel;
using NodaTime;
using SocialPrescribing.Utility;
using SocialPrescribing.Vocabularies;

namespace SocialPrescribing.CarePlans;

/// <summary>What a review of an agreed plan records: its date, how each goal is going, what changed, and the part two permissions.</summary>
/// <remarks>A review records part two and goal reviews; it never changes part one (what matters, the goals' wording, the support, the review date).</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class CarePlanReview
{
    /// <summary>Creates a review.</summary>
    /// <param name="date">The date of the review.</param>
    /// <param name="goalReviews">How each goal reviewed is going.</param>
    /// <param name="changesTakenPlace">What changes have taken place, in the person's words (Appendix 4 item 8), or <see langword="null"/>.</param>
    /// <param name="permissions">The person's answers to the part two permissions (items 9 to 11); answers not asked keep the plan's earlier answers.</param>
    /// <exception cref="ArgumentNullException"><paramref name="goalReviews"/> is null.</exception>
    public CarePlanReview(LocalDate date, IEnumerable<GoalReview> goalReviews, string? changesTakenPlace = null, SharingPermissions permissions = default)
    {
        Date = date;
        GoalReviews = Preconditions.CheckNotNull(goalReviews, nameof(goalReviews)).ToList().AsReadOnly();
        ChangesTakenPlace = string.IsNullOrWhiteSpace(changesTakenPlace) ? null : changesTakenPlace.Trim();
        Permissions = permissions;
    }

    /// <summary>Gets the date of the review.</summary>
    /// <value>A date, not before the plan was agreed.</value>
    public LocalDate Date { get; }

    /// <summary>Gets how each goal reviewed is going.</summary>
    /// <value>One entry per goal reviewed.</value>
    public ReadOnlyCollection<GoalReview> GoalReviews { get; }

    /// <summary>Gets what changes have taken place.</summary>
    /// <value>Text, or <see langword="null"/>.</value>
    public string? ChangesTakenPlace { get; }

    /// <summary>Gets the permissions answered at this review.</summary>
    /// <value>Answers; not asked means unchanged.</value>
    public SharingPermissions Permissions { get; }
}
