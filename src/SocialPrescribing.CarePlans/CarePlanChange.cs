using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace SocialPrescribing.CarePlans;

/// <summary>
/// One change a review makes to an agreed plan: add, change or close a goal or a support connection, set the next review
/// date, or change a text section (seed section 5 item 3: review the plan "at regular, agreed intervals, to assess
/// progress and make changes").
/// </summary>
/// <remarks>
/// <para>
/// The kinds are <see cref="AddGoal"/>, <see cref="ChangeGoal"/>, <see cref="CloseGoal"/>, <see cref="AddSupport"/>,
/// <see cref="ChangeSupport"/>, <see cref="CloseSupport"/>, <see cref="SetNextReviewDate"/> and <see cref="ChangeText"/>;
/// the set is closed (no other assembly can add one). A <see cref="CarePlanReview"/> carries a list of them, applied
/// in order by <see cref="CarePlan.Review"/>, and the new <see cref="CarePlanVersion"/> keeps that list as the record of
/// what the review changed (docs/care-plans.md, "Reviews and versions").
/// </para>
/// <para>
/// A change is checked on its own when it is created (for example a goal number of at least 1) and against the plan
/// when the review is applied (the goal must be open in the plan at that point). <see cref="object.ToString"/> never shows the
/// person's words.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public abstract class CarePlanChange
{
    private protected CarePlanChange()
    {
    }

    /// <summary>Names the kind of change (and any goal or support number), never the person's words.</summary>
    /// <returns>For example <c>CloseGoal(goal 1, Achieved)</c>.</returns>
    public abstract override string ToString();

    /// <summary>Applies the change to what the plan holds at this point of the review.</summary>
    /// <exception cref="ArgumentException">The change does not fit the plan; the parameter named is <c>review</c>.</exception>
    internal abstract PlanContent ApplyTo(PlanContent content, CarePlanTemplate template, LocalDate reviewDate);

    /// <summary>Throws unless the plan's template has a section for <paramref name="field"/>.</summary>
    private protected static void RequireSection(CarePlanTemplate template, PlanField field)
        => Check(template.SectionFor(field) is not null, CarePlansMessages.NotInTemplate);

    /// <summary>Returns the position of an open goal, or throws naming the rule (never the goal's words).</summary>
    private protected static int OpenGoal(PlanContent content, int goalNumber)
    {
        int index = content.IndexOfGoal(goalNumber);
        Check(index >= 0, CarePlansMessages.UnknownGoal);
        return index;
    }

    /// <summary>Returns the position of an open support connection, or throws naming the rule.</summary>
    private protected static int OpenSupport(PlanContent content, int supportNumber)
    {
        int index = content.IndexOfSupport(supportNumber);
        Check(index >= 0, CarePlansMessages.UnknownSupport);
        return index;
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming <see cref="CarePlan.Review"/>'s parameter unless <paramref name="condition"/> holds.</summary>
    private protected static void Check([DoesNotReturnIf(false)] bool condition, string message)
        => Utility.Preconditions.CheckArgument(condition, CarePlan.ReviewParameter, message);
}
