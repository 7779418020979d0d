using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>Why the follow-up outcome measures were not taken, recorded after closure once the measurement year ended without them (seed section 11).</summary>
/// <remarks>
/// A closed episode keeps its measurement year (<see cref="Episode.FollowUpEndsOn"/>): the reason measures were not taken
/// may be given at closure (<see cref="EpisodeClosed.MeasuresNotTaken"/>) or by this event afterwards, which replaces it.
/// Allowed in <see cref="EpisodeState.Closed"/>.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record MeasuresNotTakenRecorded : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="recordedOn">The date it was recorded.</param>
    /// <param name="reason">Why the measures were not taken.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not a named member.</exception>
    /// <exception cref="ArgumentException"><paramref name="context"/> is the default value.</exception>
    public MeasuresNotTakenRecorded(EventContext context, LocalDate recordedOn, MeasuresNotTakenReason reason)
        : base(context, recordedOn)
    {
        Preconditions.CheckDefined(reason, nameof(reason));
        Reason = reason;
    }

    /// <summary>Gets why the measures were not taken.</summary>
    /// <value>A named member of <see cref="MeasuresNotTakenReason"/>.</value>
    public MeasuresNotTakenReason Reason { get; }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.MeasuresNotTakenRecorded;

    /// <inheritdoc/>
    private protected override string Details => $" ({Reason})";
}
