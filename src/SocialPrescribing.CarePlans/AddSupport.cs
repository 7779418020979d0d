using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.CarePlans;

/// <summary>A review change: the person is connected to more support (seed section 5 item 3; Appendix 4 item 5).</summary>
/// <remarks>
/// The connection is numbered one more than the highest support number the plan has ever given (this library's choice;
/// docs/care-plans.md). The plan's template must have a support section.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class AddSupport : CarePlanChange
{
    /// <summary>Creates the change.</summary>
    /// <param name="support">The support the person is being connected to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="support"/> is null.</exception>
    public AddSupport(SupportConnection support)
    {
        Support = Preconditions.CheckNotNull(support, nameof(support));
    }

    /// <summary>Gets the support added.</summary>
    /// <value>As given; the plan holds a numbered copy.</value>
    public SupportConnection Support { get; }

    /// <summary>Names the kind of change, without the person's words.</summary>
    /// <returns><c>AddSupport</c>.</returns>
    public override string ToString() => "AddSupport";

    internal override PlanContent ApplyTo(PlanContent content, CarePlanTemplate template, LocalDate reviewDate)
    {
        RequireSection(template, PlanField.Support);
        return content.AddSupport(Support);
    }
}
