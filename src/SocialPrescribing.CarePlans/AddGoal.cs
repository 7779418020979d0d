using NodaTime;

namespace SocialPrescribing.CarePlans;

/// <summary>A review change: the person sets a new goal, in their own words (seed section 5 item 3; Appendix 4 item 4).</summary>
/// <remarks>
/// The goal is numbered one more than the highest goal number the plan has ever given, so a closed goal's number is
/// never reused (this library's choice; docs/care-plans.md). The plan's template must have a goals section.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class AddGoal : CarePlanChange
{
    /// <summary>Creates the change.</summary>
    /// <param name="text">The goal, in the person's own words (trimmed, otherwise kept as written).</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or white space.</exception>
    public AddGoal(string text)
    {
        Text = CarePlanSection.CheckText(text, nameof(text)).Trim();
    }

    /// <summary>Gets the new goal.</summary>
    /// <value>In the person's own words; never empty.</value>
    public string Text { get; }

    /// <summary>Names the kind of change, without the person's words.</summary>
    /// <returns><c>AddGoal</c>.</returns>
    public override string ToString() => "AddGoal";

    internal override PlanContent ApplyTo(PlanContent content, CarePlanTemplate template, LocalDate reviewDate)
    {
        RequireSection(template, PlanField.Goals);
        return content.AddGoal(Text);
    }
}
