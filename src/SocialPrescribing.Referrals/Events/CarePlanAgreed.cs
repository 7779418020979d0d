using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>A personalised care and support plan was agreed with the person (seed section 8; section 5 item 3): the episode refers to it by id.</summary>
/// <remarks>
/// Allowed in <see cref="EpisodeState.FirstContactMade"/> (which becomes <see cref="EpisodeState.PlanAgreed"/>), and in
/// <see cref="EpisodeState.Connected"/> or <see cref="EpisodeState.UnderReview"/> when no plan was agreed yet (the state
/// stays). An episode has one plan; a review moves its next review date (<see cref="ReviewCompleted"/>). The event's
/// date is the plan's agreed date.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record CarePlanAgreed : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="plan">The plan: id, agreed date and next review date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="context"/> is the default value.</exception>
    public CarePlanAgreed(EventContext context, CarePlanReference plan)
        : base(context, Preconditions.CheckNotNull(plan, nameof(plan)).AgreedOn)
        => Plan = plan;

    /// <summary>Gets the plan agreed.</summary>
    /// <value>A reference by id and dates.</value>
    public CarePlanReference Plan { get; }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.PlanAgreed;
}
