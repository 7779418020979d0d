using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>What came of a connection on a date: attended, engaged, stopped, or did not attend (seed section 4, key tasks: "Follow up").</summary>
/// <remarks>
/// Names the connection by its number in the episode. Allowed in <see cref="EpisodeState.Connected"/> and
/// <see cref="EpisodeState.UnderReview"/>; refused for a number the episode does not have, or a date before the
/// introduction. Attended or engaged counts as support taken up for PAM's early reassessment (seed Appendix 6).
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ConnectionOutcomeRecorded : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="on">The date the outcome applies to.</param>
    /// <param name="connectionNumber">The connection's number in the episode, from 1.</param>
    /// <param name="outcome">What came of it.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is not a named member, or <paramref name="connectionNumber"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="context"/> is the default value.</exception>
    public ConnectionOutcomeRecorded(EventContext context, LocalDate on, int connectionNumber, ConnectionOutcome outcome)
        : base(context, on)
    {
        Preconditions.CheckArgumentRange(nameof(connectionNumber), connectionNumber, 1, int.MaxValue);
        Preconditions.CheckDefined(outcome, nameof(outcome));
        ConnectionNumber = connectionNumber;
        Outcome = outcome;
    }

    /// <summary>Gets the connection's number in the episode.</summary>
    /// <value>1 or more.</value>
    public int ConnectionNumber { get; }

    /// <summary>Gets what came of it.</summary>
    /// <value>A named member of <see cref="ConnectionOutcome"/>.</value>
    public ConnectionOutcome Outcome { get; }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.ConnectionOutcomeRecorded;

    /// <inheritdoc/>
    private protected override string Details => Texts.Invariant($" (connection {ConnectionNumber}: {Outcome})");
}
