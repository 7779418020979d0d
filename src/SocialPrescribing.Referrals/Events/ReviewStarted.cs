using NodaTime;

namespace SocialPrescribing.Referrals;

/// <summary>A review of the care and support plan began (seed section 5 item 3: "review the personalised care and support plan with the person, at regular, agreed intervals").</summary>
/// <remarks>Allowed in <see cref="EpisodeState.PlanAgreed"/>, and in <see cref="EpisodeState.Connected"/> when a plan was agreed; the episode becomes <see cref="EpisodeState.UnderReview"/> until <see cref="ReviewCompleted"/>.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ReviewStarted : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="episodeId">The episode.</param>
    /// <param name="at">When it was recorded.</param>
    /// <param name="by">Who recorded it.</param>
    /// <param name="linkWorker">The link worker concerned.</param>
    /// <param name="startedOn">The date the review began.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="by"/> is not a named member.</exception>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    public ReviewStarted(EpisodeId episodeId, Instant at, ActorRole by, LinkWorkerId? linkWorker, LocalDate startedOn)
        : base(episodeId, at, by, linkWorker, startedOn)
    {
    }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.ReviewStarted;
}
