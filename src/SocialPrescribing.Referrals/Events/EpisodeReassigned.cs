using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>
/// Another link worker took the episode on: cover while its link worker is absent, "to avoid a backlog of referrals and
/// reputational damage, where patients are left waiting too long" (seed section 7), or a handover.
/// </summary>
/// <remarks>
/// Allowed while a link worker holds the episode (<see cref="EpisodeState.Accepted"/> to
/// <see cref="EpisodeState.UnderReview"/>, and <see cref="EpisodeState.OnHold"/>); refused when the link worker
/// already holds it. The episode is held by cover while the latest assignment is <see cref="ReassignmentReason.Cover"/>;
/// the usual link worker's return is a handover back.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record EpisodeReassigned : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="linkWorker">The link worker who now holds the episode.</param>
    /// <param name="from">The date they take it on.</param>
    /// <param name="reason">Cover or handover.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not a named member.</exception>
    /// <exception cref="ArgumentException"><paramref name="context"/> is the default value.</exception>
    public EpisodeReassigned(EventContext context, LinkWorkerId linkWorker, LocalDate from, ReassignmentReason reason)
        : base(context, from, linkWorker)
    {
        Preconditions.CheckDefined(reason, nameof(reason));
        Reason = reason;
    }

    /// <summary>Gets why the episode moved.</summary>
    /// <value>Cover or handover.</value>
    public ReassignmentReason Reason { get; }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.Reassigned;

    /// <inheritdoc/>
    private protected override string Details => $" ({Reason})";
}
