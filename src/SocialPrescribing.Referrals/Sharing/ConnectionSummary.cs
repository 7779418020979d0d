using System.Diagnostics;
using NodaTime;
using SocialPrescribing.Utility;

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

    private ConnectionSummary(int number, ConnectionCategory category, string? groupId, string? groupName, LocalDate introducedOn, IntroductionMethod how, ConnectionUpdate? latest, bool isSupportTakenUp)
    {
        Number = number;
        Category = category;
        GroupId = groupId;
        GroupName = groupName;
        IntroducedOn = introducedOn;
        How = how;
        Latest = latest;
        IsSupportTakenUp = isSupportTakenUp;
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

    /// <summary>Rebuilds a connection's summary from its data, as a message back read without the episode carries it (docs/referrals.md, "Message back to the GP and the referrer").</summary>
    /// <param name="number">The connection's number in the episode, 1 or more.</param>
    /// <param name="category">The kind of support.</param>
    /// <param name="groupId">The group's id on the menu (1 to 64 characters, no white space), or <see langword="null"/>.</param>
    /// <param name="groupName">The group's name (1 to 150 characters once trimmed), or <see langword="null"/>; with <paramref name="groupId"/>, at least one is given.</param>
    /// <param name="introducedOn">The date the person was introduced.</param>
    /// <param name="how">How the person was introduced.</param>
    /// <param name="latest">The latest news, or <see langword="null"/> when none was recorded.</param>
    /// <param name="isSupportTakenUp">Whether the person attended or engaged at some point; true when <paramref name="latest"/> is attended or engaged.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is less than 1, or <paramref name="how"/> is not a named member.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="category"/> or <paramref name="latest"/> is the default value; neither the group's id nor its name is
    /// given, or one is not of its shape; or <paramref name="isSupportTakenUp"/> is false while the latest news is attended or engaged.
    /// </exception>
    public static ConnectionSummary Create(int number, ConnectionCategory category, string? groupId, string? groupName, LocalDate introducedOn, IntroductionMethod how, ConnectionUpdate? latest, bool isSupportTakenUp)
    {
        Preconditions.CheckArgumentRange(nameof(number), number, 1, int.MaxValue);
        Preconditions.CheckArgument(!category.IsDefault, nameof(category), ReferralsMessages.CategoryDefault);
        Preconditions.CheckDefined(how, nameof(how));
        Preconditions.CheckArgument(groupId is not null || groupName is not null, nameof(groupName), ReferralsMessages.GroupMissing);
        string? id = Texts.OptionalId(groupId, nameof(groupId));
        string? name = Texts.Optional(groupName, nameof(groupName));
        Preconditions.CheckArgument(latest is null || !latest.Value.IsDefault, nameof(latest), ReferralsMessages.ConnectionUpdateDefault);
        Preconditions.CheckArgument(isSupportTakenUp || latest is not { IsSupportTakenUp: true }, nameof(isSupportTakenUp), ReferralsMessages.SupportTakenUp);
        return new ConnectionSummary(number, category, id, name, introducedOn, how, latest, isSupportTakenUp);
    }

    /// <summary>Describes the connection by number, category and dates.</summary>
    /// <returns>For example <c>Connection 1: Housing support, introduced 2026-01-20, latest Engaged on 2026-02-10</c>.</returns>
    public override string ToString()
        => Texts.Invariant($"Connection {Number}: {Category}, introduced {Texts.Iso(IntroducedOn)}") + (Latest is ConnectionUpdate latest ? $", latest {latest}" : string.Empty);
}
