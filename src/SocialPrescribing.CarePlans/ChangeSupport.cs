using System.Globalization;
using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.CarePlans;

/// <summary>A review change: one of the person's open support connections is described anew, such as what they can now expect from it (seed section 5 item 3).</summary>
/// <remarks>The connection keeps its number; the earlier description stays in the earlier versions of the plan.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class ChangeSupport : CarePlanChange
{
    /// <summary>Creates the change.</summary>
    /// <param name="supportNumber">The connection to change (its <see cref="SupportConnection.Number"/>).</param>
    /// <param name="support">The new description, what to expect and category.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="supportNumber"/> is below 1.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="support"/> is null.</exception>
    public ChangeSupport(int supportNumber, SupportConnection support)
    {
        Preconditions.CheckArgumentRange(nameof(supportNumber), supportNumber, 1, int.MaxValue);
        SupportNumber = supportNumber;
        Support = Preconditions.CheckNotNull(support, nameof(support));
    }

    /// <summary>Gets the number of the connection changed.</summary>
    /// <value>1 or more.</value>
    public int SupportNumber { get; }

    /// <summary>Gets the connection's new content.</summary>
    /// <value>As given; the plan holds a copy carrying <see cref="SupportNumber"/>.</value>
    public SupportConnection Support { get; }

    /// <summary>Names the change and the connection's number, without the person's words.</summary>
    /// <returns>For example <c>ChangeSupport(support 1)</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"ChangeSupport(support {SupportNumber})");

    internal override PlanContent ApplyTo(PlanContent content, CarePlanTemplate template, LocalDate reviewDate)
        => content with { Support = content.Support.SetItem(OpenSupport(content, SupportNumber), Support.Numbered(SupportNumber)) };
}
