using NodaTime;

namespace SocialPrescribing.Referrals;

/// <summary>Support resumed after a pause: the episode returns to the state it was in before <see cref="PutOnHold"/>.</summary>
/// <remarks>Allowed in <see cref="EpisodeState.OnHold"/>; refused when dated before the pause began.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record EpisodeResumed : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="episodeId">The episode.</param>
    /// <param name="at">When it was recorded.</param>
    /// <param name="by">Who recorded it.</param>
    /// <param name="linkWorker">The link worker concerned.</param>
    /// <param name="resumedOn">The date support resumed.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="by"/> is not a named member.</exception>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    public EpisodeResumed(EpisodeId episodeId, Instant at, ActorRole by, LinkWorkerId? linkWorker, LocalDate resumedOn)
        : base(episodeId, at, by, linkWorker, resumedOn)
    {
    }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.Resumed;
}
