using System.Collections.Immutable;

namespace SocialPrescribing.CarePlans;

/// <summary>One of the person's goals, in their own words, with its own reviews (seed section 8 and Appendix 4 item 4).</summary>
/// <remarks>
/// A goal keeps its number for the life of the plan: a review may reword it (<see cref="ChangeGoal"/>) or close it
/// (<see cref="CloseGoal"/>), and a closed goal's number is never given to another (docs/care-plans.md).
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class CarePlanGoal
{
    private readonly ImmutableList<GoalReview> _reviews;

    internal CarePlanGoal(int number, string text, ImmutableList<GoalReview> reviews)
    {
        Number = number;
        Text = text;
        _reviews = reviews;
    }

    /// <summary>Gets the goal's number in the plan.</summary>
    /// <value>1 for the first goal; numbers stay the same when other goals close.</value>
    public int Number { get; }

    /// <summary>Gets the goal, in the person's own words.</summary>
    /// <value>Text.</value>
    public string Text { get; }

    /// <summary>Gets the reviews of this goal, oldest first.</summary>
    /// <value>Possibly empty.</value>
    public IReadOnlyList<GoalReview> Reviews => _reviews;

    /// <summary>Gets the latest review of this goal.</summary>
    /// <value>The review, or <see langword="null"/> before the first.</value>
    public GoalReview? LatestReview => Reviews.Count == 0 ? null : Reviews[^1];

    internal CarePlanGoal WithReview(GoalReview review) => new(Number, Text, _reviews.Add(review));

    internal CarePlanGoal WithText(string text) => new(Number, text, _reviews);

    /// <summary>Describes the goal without the person's words.</summary>
    /// <returns>For example <c>Goal 1 (2 reviews)</c>.</returns>
    public override string ToString() => $"Goal {Number} ({Reviews.Count} review{(Reviews.Count == 1 ? string.Empty : "s")})";
}
