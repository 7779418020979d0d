using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>
/// The person accepted a referral to the link worker, or a referral arrived (self-referral or from an agency): the episode
/// is <see cref="EpisodeState.Referred"/>, coded once with 871731000000106 (seed section 10).
/// </summary>
/// <remarks>
/// <para>
/// A start event, or the next event after <see cref="SocialPrescribingOffered"/>: the referral's person must be the
/// person offered, and a previous-episode link, if given, the same as the offer's. The code marks "the first
/// interaction in an episode of care" when the person accepts the referral (NHS England guidance as relayed in
/// <c>docs/referrals.md</c>); the state table allows one referral per episode, so it is never duplicated.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ReferralMade : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="referral">The referral's details; its date is the event's date.</param>
    /// <param name="previousEpisodeId">The person's previous episode, when this follows one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="referral"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="context"/> is the default value, or the previous episode is this episode.</exception>
    public ReferralMade(EventContext context, Referral referral, EpisodeId? previousEpisodeId = null)
        : base(context, Preconditions.CheckNotNull(referral, nameof(referral)).ReferredOn)
    {
        PreviousEpisodes.Check(context.EpisodeId, previousEpisodeId, nameof(previousEpisodeId));
        Referral = referral;
        PreviousEpisodeId = previousEpisodeId;
    }

    /// <summary>Gets the referral's details.</summary>
    /// <value>The referral.</value>
    public Referral Referral { get; }

    /// <summary>Gets the person's previous episode, when this one follows it.</summary>
    /// <value>An id other than this episode's, or <see langword="null"/>.</value>
    public EpisodeId? PreviousEpisodeId { get; }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.Referred;

    /// <inheritdoc/>
    private protected override string Details => $" ({Referral.Referrer.Kind}, {Referral.Urgency})";
}
