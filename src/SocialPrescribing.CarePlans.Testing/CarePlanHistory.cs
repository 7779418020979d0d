using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace SocialPrescribing.CarePlans.Testing;

/// <summary>
/// An agreed care plan and a sequence of valid reviews of it, as <see cref="CarePlanGenerators.Histories"/> makes them:
/// for properties of the review and version model.
/// </summary>
/// <remarks>
/// The reviews are built from a script of abstract steps ("close the goal at position 3 of the open goals"), so removing
/// a step or a change while shrinking still gives valid reviews. <see cref="ToString"/> lists each review's date and
/// changes by kind and number, never the person's words, so a shrunk counterexample is readable.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class CarePlanHistory
{
    private readonly Lazy<CarePlan> _reviewed;

    internal CarePlanHistory(CarePlan agreed, ImmutableArray<CarePlanGenerators.ReviewStep> steps, IReadOnlyList<CarePlanReview> reviews)
    {
        Agreed = agreed;
        Steps = steps;
        Reviews = reviews;
        _reviewed = new Lazy<CarePlan>(() => Reviews.Aggregate(Agreed, (plan, review) => plan.Review(review)));
    }

    /// <summary>Gets the plan as agreed, before any review.</summary>
    /// <value>An agreed plan (version 1 only).</value>
    public CarePlan Agreed { get; }

    /// <summary>Gets the reviews, in the order they are applied.</summary>
    /// <value>Possibly empty; each valid for the plan as the earlier reviews left it.</value>
    public IReadOnlyList<CarePlanReview> Reviews { get; }

    /// <summary>Gets the plan after every review, applied with <see cref="CarePlan.Review"/>.</summary>
    /// <value>The reviewed plan (the agreed plan when there are no reviews).</value>
    public CarePlan Reviewed => _reviewed.Value;

    internal ImmutableArray<CarePlanGenerators.ReviewStep> Steps { get; }

    /// <summary>Describes the history by dates, change kinds and numbers, without the person's words.</summary>
    /// <returns>For example <c>agreed 2026-01-05 with goals [1, 2], support [1]; 2026-03-01: 2 goal reviews, [AddGoal, CloseGoal(goal 1, Achieved)]</c>.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"agreed {Agreed.AgreedOn:uuuu-MM-dd} with goals [{string.Join(", ", Agreed.Goals.Select(g => g.Number))}], support [{string.Join(", ", Agreed.Support.Select(s => s.Number))}]");
        foreach (CarePlanReview review in Reviews)
        {
            text.Append(CultureInfo.InvariantCulture, $"; {review.Date:uuuu-MM-dd}: {review.GoalReviews.Count} goal reviews, [{string.Join(", ", review.Changes)}]");
        }

        return text.ToString();
    }
}
