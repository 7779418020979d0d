using NodaTime;

namespace SocialPrescribing.Referrals;

/// <summary>A review of the care and support plan began (seed section 5 item 3: "review the personalised care and support plan with the person, at regular, agreed intervals").</summary>
/// <remarks>Allowed in <see cref="EpisodeState.PlanAgreed"/>, and in <see cref="EpisodeState.Connected"/> when a plan was agreed; the episode becomes <see cref="EpisodeState.UnderReview"/> until <see cref="ReviewCompleted"/>.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ReviewStarted : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="startedOn">The date the review began.</param>
    /// <exception cref="ArgumentException"><paramref name="context"/> is the default value.</exception>
    public ReviewStarted(EventContext context, LocalDate startedOn)
        : base(context, startedOn)
    {
    }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.ReviewStarted;
}
