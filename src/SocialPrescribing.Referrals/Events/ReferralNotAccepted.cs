using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>The service did not accept the referral: not appropriate, or redirected to another service. Final.</summary>
/// <remarks>Allowed in <see cref="EpisodeState.Referred"/>. The service redirected to is short free text (at most 150 characters), given only when redirected.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ReferralNotAccepted : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="decidedOn">The date of the decision.</param>
    /// <param name="reason">Why it was not accepted.</param>
    /// <param name="redirectedTo">The service the person was redirected to; only with <see cref="NotAcceptedReason.RedirectedToAnotherService"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not a named member.</exception>
    /// <exception cref="ArgumentException"><paramref name="context"/> is the default value, or <paramref name="redirectedTo"/> is blank, too long or given without redirection.</exception>
    public ReferralNotAccepted(EventContext context, LocalDate decidedOn, NotAcceptedReason reason, string? redirectedTo = null)
        : base(context, decidedOn)
    {
        Preconditions.CheckDefined(reason, nameof(reason));
        Preconditions.CheckArgument(redirectedTo is null || reason == NotAcceptedReason.RedirectedToAnotherService, nameof(redirectedTo), ReferralsMessages.RedirectedOnlyWhenRedirected);
        Reason = reason;
        RedirectedTo = Texts.Optional(redirectedTo, nameof(redirectedTo));
    }

    /// <summary>Gets why the referral was not accepted.</summary>
    /// <value>Not appropriate, or redirected.</value>
    public NotAcceptedReason Reason { get; }

    /// <summary>Gets the service the person was redirected to.</summary>
    /// <value>1 to 150 characters, or <see langword="null"/>.</value>
    public string? RedirectedTo { get; }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.NotAccepted;

    /// <inheritdoc/>
    private protected override string Details => $" ({Reason})";
}
