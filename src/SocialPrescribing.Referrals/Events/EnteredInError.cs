using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>An earlier event of the episode was entered in error: the episode is folded without it, and the history keeps both.</summary>
/// <remarks>
/// <para>
/// Mistakes are corrected, not erased: a contact on the wrong day or a measure recorded for the wrong person is named by
/// its number (<see cref="EventNumber"/>) with why (<see cref="Reason"/>); the episode's state and figures are those of its
/// events without the ones entered in error, while <see cref="Episode.Events"/> keeps every event for the audit trail.
/// A corrected event may then be recorded again as a new event.
/// </para>
/// <para>
/// Allowed in every state. Refused for a number the episode does not have, for a correction or an event already entered in
/// error (<see cref="EpisodeErrorKind.UnknownEvent"/>); for the events that wrote a SNOMED CT code to the GP record (the
/// offer, the referral and a decline: the GP system corrects its own record) and so for the first event
/// (<see cref="EpisodeErrorKind.CannotBeEnteredInError"/>); and when the events left would not fold
/// (<see cref="EpisodeErrorKind.CorrectionBreaksHistory"/>: for example a first contact that a plan followed). This
/// library's choice (<c>docs/referrals.md</c>).
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record EnteredInError : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="markedOn">The date the mistake was marked.</param>
    /// <param name="eventNumber">The number of the event entered in error.</param>
    /// <param name="reason">Why.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="eventNumber"/> is less than 1, or <paramref name="reason"/> is not a named member.</exception>
    /// <exception cref="ArgumentException"><paramref name="context"/> is the default value.</exception>
    public EnteredInError(EventContext context, LocalDate markedOn, int eventNumber, ErrorReason reason)
        : base(context, markedOn)
    {
        Preconditions.CheckArgumentRange(nameof(eventNumber), eventNumber, 1, int.MaxValue);
        Preconditions.CheckDefined(reason, nameof(reason));
        EventNumber = eventNumber;
        Reason = reason;
    }

    /// <summary>Gets the number of the event entered in error.</summary>
    /// <value>1 or more.</value>
    public int EventNumber { get; }

    /// <summary>Gets why the event was in error.</summary>
    /// <value>A named member of <see cref="ErrorReason"/>.</value>
    public ErrorReason Reason { get; }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.EnteredInError;

    /// <inheritdoc/>
    private protected override string Details => Texts.Invariant($" (event {EventNumber}: {Reason})");
}
