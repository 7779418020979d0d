using System.Globalization;
using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.CarePlans;

/// <summary>A review change: the person is no longer connected to one of their support connections (seed section 5 item 3).</summary>
/// <remarks>The connection leaves the plan's open support; it stays in the earlier versions. Its number is never reused.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class CloseSupport : CarePlanChange
{
    /// <summary>Creates the change.</summary>
    /// <param name="supportNumber">The connection to close (its <see cref="SupportConnection.Number"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="supportNumber"/> is below 1.</exception>
    public CloseSupport(int supportNumber)
    {
        Preconditions.CheckArgumentRange(nameof(supportNumber), supportNumber, 1, int.MaxValue);
        SupportNumber = supportNumber;
    }

    /// <summary>Gets the number of the connection closed.</summary>
    /// <value>1 or more.</value>
    public int SupportNumber { get; }

    /// <summary>Names the change and the connection's number.</summary>
    /// <returns>For example <c>CloseSupport(support 2)</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"CloseSupport(support {SupportNumber})");

    internal override PlanContent ApplyTo(PlanContent content, CarePlanTemplate template, LocalDate reviewDate)
        => content with { Support = content.Support.RemoveAt(OpenSupport(content, SupportNumber)) };
}
