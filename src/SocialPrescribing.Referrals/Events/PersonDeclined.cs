using NodaTime;

namespace SocialPrescribing.Referrals;

/// <summary>The person declined social prescribing, at the offer or while waiting to be seen: coded 871711000000103 (seed section 10). Final.</summary>
/// <remarks>Allowed in <see cref="EpisodeState.Offered"/>, <see cref="EpisodeState.Referred"/> and <see cref="EpisodeState.Accepted"/>. After a first contact, ending support is a closure (<see cref="ClosureReason.PersonDeclinedFurtherSupport"/>).</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record PersonDeclined : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="declinedOn">The date the person declined.</param>
    /// <exception cref="ArgumentException"><paramref name="context"/> is the default value.</exception>
    public PersonDeclined(EventContext context, LocalDate declinedOn)
        : base(context, declinedOn)
    {
    }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.Declined;
}
