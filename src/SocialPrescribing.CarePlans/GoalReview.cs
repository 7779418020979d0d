using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.CarePlans;

/// <summary>
/// One goal's entry in a <see cref="CarePlanReview"/> (the care plan review, seed section 5 item 3): how the goal is
/// going and what changed, in the person's words. "Review" means the care plan review throughout the package; a goal
/// has no review of its own apart from it.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class GoalReview
{
    /// <summary>Creates a goal review.</summary>
    /// <param name="goalNumber">The goal reviewed (1 for the first goal).</param>
    /// <param name="progress">How it is going.</param>
    /// <param name="whatChanged">What changed, in the person's own words, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="goalNumber"/> is below 1, or <paramref name="progress"/> is not a named member.</exception>
    public GoalReview(int goalNumber, GoalProgress progress, string? whatChanged = null)
    {
        Preconditions.CheckArgumentRange(nameof(goalNumber), goalNumber, 1, int.MaxValue);
        Preconditions.CheckDefined(progress, nameof(progress));
        GoalNumber = goalNumber;
        Progress = progress;
        WhatChanged = string.IsNullOrWhiteSpace(whatChanged) ? null : whatChanged.Trim();
    }

    /// <summary>Gets the number of the goal reviewed.</summary>
    /// <value>1 or more.</value>
    public int GoalNumber { get; }

    /// <summary>Gets how the goal is going.</summary>
    /// <value>The progress.</value>
    public GoalProgress Progress { get; }

    /// <summary>Gets what changed, in the person's own words.</summary>
    /// <value>Text, or <see langword="null"/>.</value>
    public string? WhatChanged { get; }

    /// <summary>Gets the date of the care plan review this entry belongs to, once recorded on a plan.</summary>
    /// <value>The <see cref="CarePlanReview.Date"/>, or <see langword="null"/> before the review is applied.</value>
    public LocalDate? ReviewedOn { get; private init; }

    internal GoalReview On(LocalDate date) => new(GoalNumber, Progress, WhatChanged) { ReviewedOn = date };

    /// <summary>Describes the review without the person's words.</summary>
    /// <returns>For example <c>Goal 2: InProgress</c>.</returns>
    public override string ToString() => $"Goal {GoalNumber}: {Progress}";
}
