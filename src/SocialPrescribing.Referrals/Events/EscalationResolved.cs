using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>An escalated concern was resolved: what followed, and when (seed section 7; section 4, key tasks).</summary>
/// <remarks>
/// Names the escalation by its number in the episode (1 for the first <see cref="Escalated"/>, and so on). Allowed in every
/// state once the escalation was raised, closed included: a concern raised as the episode closed is often resolved after.
/// Refused for an escalation the episode does not have (<see cref="EpisodeErrorKind.UnknownEscalation"/>), one already
/// resolved (<see cref="EpisodeErrorKind.AlreadyResolved"/>), or dated before the escalation
/// (<see cref="EpisodeErrorKind.DateOutOfOrder"/>). Until resolved, an escalation is first on the caseload.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record EscalationResolved : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="resolvedOn">The date it was resolved.</param>
    /// <param name="escalationNumber">The escalation's number in the episode, from 1.</param>
    /// <param name="outcome">What followed.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="escalationNumber"/> is less than 1, or <paramref name="outcome"/> is not a named member.</exception>
    /// <exception cref="ArgumentException"><paramref name="context"/> is the default value.</exception>
    public EscalationResolved(EventContext context, LocalDate resolvedOn, int escalationNumber, EscalationOutcome outcome)
        : base(context, resolvedOn)
    {
        Preconditions.CheckArgumentRange(nameof(escalationNumber), escalationNumber, 1, int.MaxValue);
        Preconditions.CheckDefined(outcome, nameof(outcome));
        EscalationNumber = escalationNumber;
        Outcome = outcome;
    }

    /// <summary>Gets the escalation's number in the episode.</summary>
    /// <value>1 or more.</value>
    public int EscalationNumber { get; }

    /// <summary>Gets what followed.</summary>
    /// <value>A named member of <see cref="EscalationOutcome"/>.</value>
    public EscalationOutcome Outcome { get; }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.EscalationResolved;

    /// <inheritdoc/>
    private protected override string Details => Texts.Invariant($" (escalation {EscalationNumber}: {Outcome})");
}
