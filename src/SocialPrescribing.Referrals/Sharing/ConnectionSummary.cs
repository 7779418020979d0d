using System.Diagnostics;
using NodaTime;

namespace SocialPrescribing.Referrals;

/// <summary>A connection as the message back reports it: the support, when and how the person was introduced, and what came of it; never the need-to-know note.</summary>
/// <remarks><see cref="ToString"/> shows the number, category and dates, not the group's name.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class ConnectionSummary
{
    internal ConnectionSummary(Connection connection)
    {
        Number = connection.Number;
        Category = connection.Made.Category;
        GroupId = connection.Made.GroupId;
        GroupName = connection.Made.GroupName;
        IntroducedOn = connection.Made.On;
        How = connection.Made.How;
        Latest = connection.Latest;
        IsSupportTakenUp = connection.IsSupportTakenUp;
    }

    /// <summary>Gets the connection's number in the episode.</summary>
    /// <value>1 or more.</value>
    public int Number { get; }

    /// <summary>Gets the kind of support (seed section 10).</summary>
    /// <value>One of the 11 categories.</value>
    public ConnectionCategory Category { get; }

    /// <summary>Gets the group's id on the menu of community groups.</summary>
    /// <value>An id, or <see langword="null"/>.</value>
    public string? GroupId { get; }

    /// <summary>Gets the group's or service's name.</summary>
    /// <value>A name, or <see langword="null"/>.</value>
    public string? GroupName { get; }

    /// <summary>Gets the date the person was introduced.</summary>
    /// <value>A calendar date.</value>
    public LocalDate IntroducedOn { get; }

    /// <summary>Gets how the person was introduced.</summary>
    /// <value>A named member of <see cref="IntroductionMethod"/>.</value>
    public IntroductionMethod How { get; }

    /// <summary>Gets the latest news of the connection.</summary>
    /// <value>An update, or <see langword="null"/> when none was recorded.</value>
    public ConnectionUpdate? Latest { get; }

    /// <summary>Gets a value indicating whether the person took up the support (attended or engaged at some point).</summary>
    /// <value><see langword="true"/> once attended or engaged.</value>
    public bool IsSupportTakenUp { get; }

    /// <summary>Describes the connection by number, category and dates.</summary>
    /// <returns>For example <c>Connection 1: Housing support, introduced 2026-01-20, latest Engaged on 2026-02-10</c>.</returns>
    public override string ToString()
        => Texts.Invariant($"Connection {Number}: {Category}, introduced {Texts.Iso(IntroducedOn)}") + (Latest is ConnectionUpdate latest ? $", latest {latest}" : string.Empty);
}
