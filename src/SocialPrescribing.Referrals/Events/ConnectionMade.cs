using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>
/// The person was introduced to a community group or service (seed section 10, "Where the person is being connected
/// to"; section 5 item 4; section 4, key tasks: "physically introduce people to community groups").
/// </summary>
/// <remarks>
/// <para>
/// The category is one of the 11 of seed section 10 (Core's <see cref="ConnectionCategory"/>). The group is named by
/// its id on the menu of community groups (<c>CommunityGroup.Id</c> in SocialPrescribing.QualityAssurance), by name,
/// or both; at least one. A need-to-know note says what the group needs to know to support the person (seed section 8:
/// "any health conditions that groups and agencies need to know about"); it is shared with the group only with the
/// person's permission (<see cref="GroupView"/>). Texts are trimmed; the name and note are at most 150 characters.
/// </para>
/// <para>
/// Allowed in <see cref="EpisodeState.FirstContactMade"/>, <see cref="EpisodeState.PlanAgreed"/>,
/// <see cref="EpisodeState.Connected"/> and <see cref="EpisodeState.UnderReview"/>; the first two become
/// <see cref="EpisodeState.Connected"/>. The episode numbers its connections 1, 2, 3 ... in order.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ConnectionMade : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="introducedOn">The date the person was introduced.</param>
    /// <param name="category">The kind of support.</param>
    /// <param name="how">How the person was introduced.</param>
    /// <param name="groupId">The group's id on the menu of community groups, when it is on the menu.</param>
    /// <param name="groupName">The group's or service's name.</param>
    /// <param name="needToKnowNote">What the group needs to know, shared only with the person's permission.</param>
    /// <param name="supportCode">The support offered as a SNOMED CT concept, where the service has the code (the minimum dataset's support offered; <c>docs/demographics.md</c>).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="how"/> is not a named member.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="context"/> or <paramref name="category"/> is the default value; neither <paramref name="groupId"/> nor
    /// <paramref name="groupName"/> is given; the id is not an id; a text is blank or longer than 150 characters; or
    /// <paramref name="supportCode"/> is the default value or not a concept identifier.
    /// </exception>
    public ConnectionMade(EventContext context, LocalDate introducedOn, ConnectionCategory category, IntroductionMethod how, string? groupId = null, string? groupName = null, string? needToKnowNote = null, SctId? supportCode = null)
        : base(context, introducedOn)
    {
        if (supportCode is SctId code)
        {
            SnomedCodes.Check(code, nameof(supportCode));
        }

        Preconditions.CheckArgument(!category.IsDefault, nameof(category), ReferralsMessages.CategoryDefault);
        Preconditions.CheckDefined(how, nameof(how));
        Preconditions.CheckArgument(groupId is not null || groupName is not null, nameof(groupName), ReferralsMessages.GroupMissing);
        Category = category;
        How = how;
        GroupId = Texts.OptionalId(groupId, nameof(groupId));
        GroupName = Texts.Optional(groupName, nameof(groupName));
        NeedToKnowNote = Texts.Optional(needToKnowNote, nameof(needToKnowNote));
        SupportCode = supportCode;
    }

    /// <summary>Gets the kind of support (seed section 10).</summary>
    /// <value>One of the 11 categories.</value>
    public ConnectionCategory Category { get; }

    /// <summary>Gets how the person was introduced.</summary>
    /// <value>A named member of <see cref="IntroductionMethod"/>.</value>
    public IntroductionMethod How { get; }

    /// <summary>Gets the group's id on the menu of community groups.</summary>
    /// <value>1 to 64 characters, or <see langword="null"/> when the group is not on the menu.</value>
    public string? GroupId { get; }

    /// <summary>Gets the group's or service's name.</summary>
    /// <value>1 to 150 characters, or <see langword="null"/>.</value>
    public string? GroupName { get; }

    /// <summary>Gets what the group needs to know to support the person.</summary>
    /// <value>1 to 150 characters, or <see langword="null"/>.</value>
    public string? NeedToKnowNote { get; }

    /// <summary>Gets the support offered as a SNOMED CT concept, beside the seed's <see cref="Category"/>.</summary>
    /// <value>A concept identifier, or <see langword="null"/> when the service gave none. Check it against the minimum dataset's reference set with <see cref="MinimumDatasetValidator"/>.</value>
    public SctId? SupportCode { get; }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.ConnectionMade;

    /// <inheritdoc/>
    private protected override string Details => $" ({Category.Kind}, {How})";
}
