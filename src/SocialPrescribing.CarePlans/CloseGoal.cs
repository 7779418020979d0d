using System.Globalization;
using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.CarePlans;

/// <summary>A review change: one of the person's goals is closed, as achieved or as no longer a goal for them (seed section 5 item 3).</summary>
/// <remarks>
/// The goal leaves the plan's open goals; it stays, with its reviews, in the earlier versions of the plan, and this
/// change records the outcome. Its number is never given to another goal (this library's choice; docs/care-plans.md).
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class CloseGoal : CarePlanChange
{
    /// <summary>Creates the change.</summary>
    /// <param name="goalNumber">The goal to close (its <see cref="CarePlanGoal.Number"/>).</param>
    /// <param name="outcome">Why it closes: <see cref="GoalProgress.Achieved"/> or <see cref="GoalProgress.NoLongerAGoal"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="goalNumber"/> is below 1, or <paramref name="outcome"/> is not a named member.</exception>
    /// <exception cref="ArgumentException"><paramref name="outcome"/> is <see cref="GoalProgress.NotStarted"/> or <see cref="GoalProgress.InProgress"/>.</exception>
    public CloseGoal(int goalNumber, GoalProgress outcome)
    {
        Preconditions.CheckArgumentRange(nameof(goalNumber), goalNumber, 1, int.MaxValue);
        Preconditions.CheckDefined(outcome, nameof(outcome));
        Preconditions.CheckArgument(outcome is GoalProgress.Achieved or GoalProgress.NoLongerAGoal, nameof(outcome), CarePlansMessages.CloseOutcome);
        GoalNumber = goalNumber;
        Outcome = outcome;
    }

    /// <summary>Gets the number of the goal closed.</summary>
    /// <value>1 or more.</value>
    public int GoalNumber { get; }

    /// <summary>Gets why the goal closes.</summary>
    /// <value><see cref="GoalProgress.Achieved"/> or <see cref="GoalProgress.NoLongerAGoal"/>.</value>
    public GoalProgress Outcome { get; }

    /// <summary>Names the change, the goal's number and the outcome.</summary>
    /// <returns>For example <c>CloseGoal(goal 1, Achieved)</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"CloseGoal(goal {GoalNumber}, {Outcome})");

    internal override PlanContent ApplyTo(PlanContent content, CarePlanTemplate template, LocalDate reviewDate)
        => content with { Goals = content.Goals.RemoveAt(OpenGoal(content, GoalNumber)) };
}
