using NodaTime;

namespace SocialPrescribing.Referrals;

/// <summary>A link worker accepted the referral and now holds the episode (seed section 7).</summary>
/// <remarks>Allowed in <see cref="EpisodeState.Referred"/>; the episode becomes <see cref="EpisodeState.Accepted"/>.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ReferralAccepted : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="episodeId">The episode.</param>
    /// <param name="at">When it was recorded.</param>
    /// <param name="by">Who recorded it.</param>
    /// <param name="linkWorker">The link worker who accepted the referral and holds the episode.</param>
    /// <param name="acceptedOn">The date it was accepted.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="by"/> is not a named member.</exception>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    public ReferralAccepted(EpisodeId episodeId, Instant at, ActorRole by, LinkWorkerId linkWorker, LocalDate acceptedOn)
        : base(episodeId, at, by, linkWorker, acceptedOn)
    {
    }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.Accepted;
}
