using System.Globalization;
using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.CarePlans;

/// <summary>A review change: the person rewords one of their open goals (seed section 5 item 3).</summary>
/// <remarks>
/// The goal keeps its number and its reviews; the earlier wording stays in the earlier versions of the plan
/// (<see cref="CarePlan.Versions"/>).
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class ChangeGoal : CarePlanChange
{
    /// <summary>Creates the change.</summary>
    /// <param name="goalNumber">The goal to change (its <see cref="CarePlanGoal.Number"/>).</param>
    /// <param name="text">The goal's new wording, in the person's own words.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="goalNumber"/> is below 1.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or white space.</exception>
    public ChangeGoal(int goalNumber, string text)
    {
        Preconditions.CheckArgumentRange(nameof(goalNumber), goalNumber, 1, int.MaxValue);
        GoalNumber = goalNumber;
        Text = CarePlanSection.CheckText(text, nameof(text)).Trim();
    }

    /// <summary>Gets the number of the goal changed.</summary>
    /// <value>1 or more.</value>
    public int GoalNumber { get; }

    /// <summary>Gets the goal's new wording.</summary>
    /// <value>In the person's own words; never empty.</value>
    public string Text { get; }

    /// <summary>Names the change and the goal's number, without the person's words.</summary>
    /// <returns>For example <c>ChangeGoal(goal 2)</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"ChangeGoal(goal {GoalNumber})");

    internal override PlanContent ApplyTo(PlanContent content, CarePlanTemplate template, LocalDate reviewDate)
    {
        int index = OpenGoal(content, GoalNumber);
        return content with { Goals = content.Goals.SetItem(index, content.Goals[index].WithText(Text)) };
    }
}
