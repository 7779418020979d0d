using NodaTime;

namespace SocialPrescribing.Referrals;

/// <summary>An offer of social prescribing that was never answered has lapsed: the episode ends in <see cref="EpisodeState.Lapsed"/>. Codes nothing.</summary>
/// <remarks>
/// Allowed in <see cref="EpisodeState.Offered"/>. The seed codes an offer (871691000000100) and a decline
/// (871711000000103) but gives an unanswered offer no end; this library's choice is an explicit, dated end, so an offer
/// does not stay open for ever and reports can count it (<c>docs/referrals.md</c>). The person has not declined, so no
/// decline is coded.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record OfferLapsed : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="lapsedOn">The date the offer lapsed.</param>
    /// <exception cref="ArgumentException"><paramref name="context"/> is the default value.</exception>
    public OfferLapsed(EventContext context, LocalDate lapsedOn)
        : base(context, lapsedOn)
    {
    }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.OfferLapsed;
}
