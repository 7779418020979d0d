using NodaTime;

namespace SocialPrescribing.Referrals;

/// <summary>A link worker accepted the referral and now holds the episode (seed section 7).</summary>
/// <remarks>Allowed in <see cref="EpisodeState.Referred"/>; the episode becomes <see cref="EpisodeState.Accepted"/>.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ReferralAccepted : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="linkWorker">The link worker who accepted the referral and holds the episode.</param>
    /// <param name="acceptedOn">The date it was accepted.</param>
    /// <exception cref="ArgumentException"><paramref name="context"/> is the default value.</exception>
    public ReferralAccepted(EventContext context, LinkWorkerId linkWorker, LocalDate acceptedOn)
        : base(context, acceptedOn, linkWorker)
    {
    }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.Accepted;
}
