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

    private GroupView(int connectionNumber, string? groupId, string? groupName, EpisodeId episodeId, LinkWorkerId? linkWorker, ConnectionCategory category, LocalDate introducedOn, IntroductionMethod how, string? needToKnowNote, ImmutableArray<ConnectionUpdate> updates)
    {
        ConnectionNumber = connectionNumber;
        GroupId = groupId;
        GroupName = groupName;
        IsShared = true;
        EpisodeId = episodeId;
        LinkWorker = linkWorker;
        Category = category;
        IntroducedOn = introducedOn;
        How = how;
        NeedToKnowNote = needToKnowNote;
        Updates = updates;
    }

    private GroupView(int connectionNumber, string? groupId, string? groupName)
    {
        ConnectionNumber = connectionNumber;
        GroupId = groupId;
        GroupName = groupName;
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

    /// <summary>
    /// Rebuilds a view from its data, on the group's side: a group that receives a view (as a document, docs/json.md)
    /// reads it without the episode (docs/referrals.md, "View for a connected group").
    /// </summary>
    /// <param name="connectionNumber">The connection's number in the episode, 1 or more.</param>
    /// <param name="groupId">The group's id on the menu (1 to 64 characters, no white space), or <see langword="null"/>.</param>
    /// <param name="groupName">The group's name (1 to 150 characters once trimmed), or <see langword="null"/>; with <paramref name="groupId"/>, at least one is given.</param>
    /// <param name="isShared">Whether the person agreed to share need-to-know information with the group.</param>
    /// <param name="episodeId">The episode; required when shared, otherwise <see langword="null"/>.</param>
    /// <param name="linkWorker">The link worker who holds the episode; only when shared.</param>
    /// <param name="category">The kind of support; required when shared, otherwise <see langword="null"/>.</param>
    /// <param name="introducedOn">The date the person was introduced; required when shared, otherwise <see langword="null"/>.</param>
    /// <param name="how">How the person was introduced; required when shared, otherwise <see langword="null"/>.</param>
    /// <param name="needToKnowNote">What the group needs to know (1 to 150 characters once trimmed); only when shared.</param>
    /// <param name="updates">What was recorded of the connection, in order; only when shared.</param>
    /// <returns>The view.</returns>
    /// <remarks>
    /// The rules are those of a view made from an episode: a view the person has not agreed to share carries only the
    /// connection number and the group, and one they have carries the episode, the kind of support and the
    /// introduction. Free text is trimmed, as the episode's events trim it.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="connectionNumber"/> is less than 1, or <paramref name="how"/> is not a named member.</exception>
    /// <exception cref="ArgumentException">
    /// Neither the group's id nor its name is given, or one is not of its shape; a part is given for a view not shared,
    /// or missing from a shared one; an id, the category or an update is the default value; or the note is not of its length.
    /// </exception>
    public static GroupView Create(
        int connectionNumber,
        string? groupId,
        string? groupName,
        bool isShared,
        EpisodeId? episodeId = null,
        LinkWorkerId? linkWorker = null,
        ConnectionCategory? category = null,
        LocalDate? introducedOn = null,
        IntroductionMethod? how = null,
        string? needToKnowNote = null,
        IEnumerable<ConnectionUpdate>? updates = null)
    {
        Preconditions.CheckArgumentRange(nameof(connectionNumber), connectionNumber, 1, int.MaxValue);
        Preconditions.CheckArgument(groupId is not null || groupName is not null, nameof(groupName), ReferralsMessages.GroupMissing);
        string? id = Texts.OptionalId(groupId, nameof(groupId));
        string? name = Texts.Optional(groupName, nameof(groupName));
        ConnectionUpdate[] recorded = updates is null ? [] : [.. updates];
        if (!isShared)
        {
            Preconditions.CheckArgument(
                episodeId is null && linkWorker is null && category is null && introducedOn is null && how is null && needToKnowNote is null && recorded.Length == 0,
                nameof(isShared),
                ReferralsMessages.GroupViewNotShared);
            return new GroupView(connectionNumber, id, name);
        }

        Preconditions.CheckArgument(episodeId is not null && category is not null && introducedOn is not null && how is not null, nameof(isShared), ReferralsMessages.GroupViewShared);
        Preconditions.CheckArgument(!episodeId.Value.IsDefault, nameof(episodeId), ReferralsMessages.EpisodeIdDefault);
        Preconditions.CheckArgument(linkWorker is null || !linkWorker.Value.IsDefault, nameof(linkWorker), ReferralsMessages.LinkWorkerIdDefault);
        Preconditions.CheckArgument(!category.Value.IsDefault, nameof(category), ReferralsMessages.CategoryDefault);
        Preconditions.CheckDefined(how.Value, nameof(how));
        string? note = Texts.Optional(needToKnowNote, nameof(needToKnowNote));
        Preconditions.CheckArgument(Array.TrueForAll(recorded, u => !u.IsDefault), nameof(updates), ReferralsMessages.ConnectionUpdatesDefault);
        return new GroupView(connectionNumber, id, name, episodeId.Value, linkWorker, category.Value, introducedOn.Value, how.Value, note, [.. recorded]);
    }

    /// <summary>Describes the view by connection and whether anything is shared.</summary>
    /// <returns>For example <c>View for connection 1: shared</c>.</returns>
    public override string ToString() => Texts.Invariant($"View for connection {ConnectionNumber}: {(IsShared ? "shared" : "nothing about the person shared")}");
}
