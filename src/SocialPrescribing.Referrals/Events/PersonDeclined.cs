using NodaTime;

namespace SocialPrescribing.Referrals;

/// <summary>The person declined social prescribing, at the offer or while waiting to be seen: coded 871711000000103 (seed section 10). Final.</summary>
/// <remarks>Allowed in <see cref="EpisodeState.Offered"/>, <see cref="EpisodeState.Referred"/> and <see cref="EpisodeState.Accepted"/>. After a first contact, ending support is a closure (<see cref="ClosureReason.PersonDeclinedFurtherSupport"/>).</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record PersonDeclined : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="episodeId">The episode.</param>
    /// <param name="at">When it was recorded.</param>
    /// <param name="by">Who recorded it.</param>
    /// <param name="linkWorker">The link worker concerned, if any.</param>
    /// <param name="declinedOn">The date the person declined.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="by"/> is not a named member.</exception>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    public PersonDeclined(EpisodeId episodeId, Instant at, ActorRole by, LinkWorkerId? linkWorker, LocalDate declinedOn)
        : base(episodeId, at, by, linkWorker, declinedOn)
    {
    }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.Declined;
}
