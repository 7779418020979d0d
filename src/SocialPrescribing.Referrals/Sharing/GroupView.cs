using System.Collections.Immutable;
using System.Diagnostics;
using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>
/// What a connected community group or service may see of an episode: only what the person agreed to share, on a
/// need-to-know basis (seed section 5 item 5: "only shared with the groups and agencies that I am connected to with my
/// permission, on a 'need to know' basis"; section 7).
/// </summary>
/// <remarks>
/// <para>
/// The view is for one connection. It always names the group (its own id and name: nothing about the person). When the
/// person gave need-to-know sharing for this group (<see cref="Episode.NeedToKnowFor"/>: their answer for the connection,
/// or else their latest episode-wide <see cref="SharingPermission.NeedToKnowSharingWithConnectedServices"/>), it also
/// carries the episode's id and link worker (whom to contact), the kind of support, when and how the person was
/// introduced, what the group needs to know, and what was recorded of the connection. Without that permission it
/// carries nothing about the person: every other member is empty. Referral reasons, measures, contacts, the care plan,
/// escalations and the person's identifiers are never in the view.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class GroupView
{
    private GroupView(Episode episode, Connection connection)
    {
        ConnectionNumber = connection.Number;
        GroupId = connection.Made.GroupId;
        GroupName = connection.Made.GroupName;
        IsShared = episode.NeedToKnowFor(connection.Number) == ConsentAnswer.Given;
        if (IsShared)
        {
            EpisodeId = episode.Id;
            LinkWorker = episode.LinkWorker;
            Category = connection.Made.Category;
            IntroducedOn = connection.Made.On;
            How = connection.Made.How;
            NeedToKnowNote = connection.Made.NeedToKnowNote;
            Updates = connection.Updates;
        }
    }

    /// <summary>Gets the connection's number in the episode.</summary>
    /// <value>1 or more.</value>
    public int ConnectionNumber { get; }

    /// <summary>Gets the group's id on the menu of community groups.</summary>
    /// <value>An id, or <see langword="null"/>.</value>
    public string? GroupId { get; }

    /// <summary>Gets the group's or service's name.</summary>
    /// <value>A name, or <see langword="null"/>.</value>
    public string? GroupName { get; }

    /// <summary>Gets a value indicating whether the person agreed to share need-to-know information with the groups they are connected to.</summary>
    /// <value><see langword="true"/> when the latest answer to that permission is given.</value>
    public bool IsShared { get; }

    /// <summary>Gets the episode, so the group can refer to it when contacting the link worker.</summary>
    /// <value>The id when shared; otherwise <see langword="null"/>.</value>
    public EpisodeId? EpisodeId { get; }

    /// <summary>Gets the link worker who holds the episode.</summary>
    /// <value>The link worker when shared (and one holds it); otherwise <see langword="null"/>.</value>
    public LinkWorkerId? LinkWorker { get; }

    /// <summary>Gets the kind of support.</summary>
    /// <value>The category when shared; otherwise <see langword="null"/>.</value>
    public ConnectionCategory? Category { get; }

    /// <summary>Gets the date the person was introduced.</summary>
    /// <value>The date when shared; otherwise <see langword="null"/>.</value>
    public LocalDate? IntroducedOn { get; }

    /// <summary>Gets how the person was introduced.</summary>
    /// <value>The method when shared; otherwise <see langword="null"/>.</value>
    public IntroductionMethod? How { get; }

    /// <summary>Gets what the group needs to know to support the person.</summary>
    /// <value>The note when shared and recorded; otherwise <see langword="null"/>.</value>
    public string? NeedToKnowNote { get; }

    /// <summary>Gets what was recorded of the connection.</summary>
    /// <value>The updates when shared; otherwise empty.</value>
    public ImmutableArray<ConnectionUpdate> Updates { get; } = [];

    /// <summary>Makes the view of an episode for one of its connections.</summary>
    /// <param name="episode">The episode.</param>
    /// <param name="connectionNumber">The connection's number in the episode.</param>
    /// <returns>The view.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="episode"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The episode has no connection with that number.</exception>
    public static GroupView Create(Episode episode, int connectionNumber)
    {
        Preconditions.CheckNotNull(episode, nameof(episode));
        if (connectionNumber < 1 || connectionNumber > episode.Connections.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(connectionNumber), ReferralsMessages.ConnectionNumberUnknown);
        }

        return new GroupView(episode, episode.Connections[connectionNumber - 1]);
    }

    /// <summary>Describes the view by connection and whether anything is shared.</summary>
    /// <returns>For example <c>View for connection 1: shared</c>.</returns>
    public override string ToString() => Texts.Invariant($"View for connection {ConnectionNumber}: {(IsShared ? "shared" : "nothing about the person shared")}");
}
