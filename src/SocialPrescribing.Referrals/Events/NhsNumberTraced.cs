using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>The person's NHS number was traced after the referral and added to the person (PRSB "Person demographics": NHS number 0..1).</summary>
/// <remarks>
/// Allowed in every state once referred or offered, for a person known until then by a local key only; the local key is
/// kept. Refused when the person already has an NHS number (<see cref="EpisodeErrorKind.AlreadyIdentified"/>): a
/// different number would be another person. <see cref="EpisodeEvent.ToString"/> never shows the number.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record NhsNumberTraced : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="tracedOn">The date it was traced.</param>
    /// <param name="nhsNumber">The person's NHS number.</param>
    /// <exception cref="ArgumentException"><paramref name="context"/> or <paramref name="nhsNumber"/> is the default value.</exception>
    public NhsNumberTraced(EventContext context, LocalDate tracedOn, NhsNumber nhsNumber)
        : base(context, tracedOn)
    {
        Preconditions.CheckArgument(nhsNumber != default, nameof(nhsNumber), ReferralsMessages.PersonIdentifierDefaultNhsNumber);
        NhsNumber = nhsNumber;
    }

    /// <summary>Gets the person's NHS number.</summary>
    /// <value>A valid NHS number (masked when printed).</value>
    public NhsNumber NhsNumber { get; }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.NhsNumberTraced;
}
