using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>
/// The link worker escalated a concern to the GP supervisor or a clinician (seed section 4, key tasks: "Seek advice and
/// support from the GP supervisor ... referring the patient back to the GP or other suitable health professional if
/// required"; section 7; section 5 item 2: "escalate clinical issues back to clinicians within the PCN").
/// </summary>
/// <remarks>
/// Allowed once a link worker holds the episode (<see cref="EpisodeState.Accepted"/> to
/// <see cref="EpisodeState.UnderReview"/>, and <see cref="EpisodeState.OnHold"/>). When it closes the episode, the
/// episode becomes <see cref="EpisodeState.Closed"/> with <see cref="ClosureReason.ReferredBackToClinician"/> on the
/// escalation's date (which, like any closure, may not be before a date already recorded).
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record Escalated : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="escalatedOn">The date of the escalation.</param>
    /// <param name="reason">Why.</param>
    /// <param name="to">To whom.</param>
    /// <param name="urgency">How urgent.</param>
    /// <param name="closesEpisode">Whether the episode closes because of it.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/>, <paramref name="to"/> or <paramref name="urgency"/> is not a named member.</exception>
    /// <exception cref="ArgumentException"><paramref name="context"/> is the default value.</exception>
    public Escalated(EventContext context, LocalDate escalatedOn, EscalationReason reason, EscalationRecipient to, Urgency urgency, bool closesEpisode)
        : base(context, escalatedOn)
    {
        Preconditions.CheckDefined(reason, nameof(reason));
        Preconditions.CheckDefined(to, nameof(to));
        Preconditions.CheckDefined(urgency, nameof(urgency));
        Reason = reason;
        To = to;
        Urgency = urgency;
        ClosesEpisode = closesEpisode;
    }

    /// <summary>Gets why the concern was escalated.</summary>
    /// <value>A named member of <see cref="EscalationReason"/>.</value>
    public EscalationReason Reason { get; }

    /// <summary>Gets to whom it was escalated.</summary>
    /// <value>A named member of <see cref="EscalationRecipient"/>.</value>
    public EscalationRecipient To { get; }

    /// <summary>Gets how urgent it is.</summary>
    /// <value>Routine or urgent.</value>
    public Urgency Urgency { get; }

    /// <summary>Gets a value indicating whether the episode closes because of it.</summary>
    /// <value><see langword="true"/> when the person is referred back and the episode ends.</value>
    public bool ClosesEpisode { get; }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.Escalated;

    /// <inheritdoc/>
    private protected override string Details => $" ({Reason} to {To}, {Urgency}{(ClosesEpisode ? ", closes episode" : string.Empty)})";
}
