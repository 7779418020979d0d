using NodaTime;

namespace SocialPrescribing.Referrals;

/// <summary>Support resumed after a pause: the episode returns to the state it was in before <see cref="PutOnHold"/>.</summary>
/// <remarks>Allowed in <see cref="EpisodeState.OnHold"/>; refused when dated before the pause began.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record EpisodeResumed : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="resumedOn">The date support resumed.</param>
    /// <exception cref="ArgumentException"><paramref name="context"/> is the default value.</exception>
    public EpisodeResumed(EventContext context, LocalDate resumedOn)
        : base(context, resumedOn)
    {
    }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.Resumed;
}
