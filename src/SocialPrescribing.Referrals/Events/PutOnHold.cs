using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>Support was paused, with a reason and the date it is expected to resume.</summary>
/// <remarks>
/// Allowed in <see cref="EpisodeState.Accepted"/> to <see cref="EpisodeState.UnderReview"/>; the episode becomes
/// <see cref="EpisodeState.OnHold"/> and <see cref="EpisodeResumed"/> returns it to the state before. The caseload lists
/// an episode still on hold after its expected resume date. On hold is not in the seed or the PRSB standard: this
/// library's choice, from the lifecycle.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record PutOnHold : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="since">The date support was paused.</param>
    /// <param name="reason">Why.</param>
    /// <param name="expectedResumeOn">The date support is expected to resume; after <paramref name="since"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not a named member.</exception>
    /// <exception cref="ArgumentException"><paramref name="context"/> is the default value, or <paramref name="expectedResumeOn"/> is not after <paramref name="since"/>.</exception>
    public PutOnHold(EventContext context, LocalDate since, OnHoldReason reason, LocalDate expectedResumeOn)
        : base(context, since)
    {
        Preconditions.CheckDefined(reason, nameof(reason));
        Preconditions.CheckArgument(expectedResumeOn > since, nameof(expectedResumeOn), ReferralsMessages.ResumeNotAfterHold);
        Reason = reason;
        ExpectedResumeOn = expectedResumeOn;
    }

    /// <summary>Gets why support was paused.</summary>
    /// <value>A named member of <see cref="OnHoldReason"/>.</value>
    public OnHoldReason Reason { get; }

    /// <summary>Gets the date support is expected to resume.</summary>
    /// <value>After the event's date.</value>
    public LocalDate ExpectedResumeOn { get; }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.PutOnHold;

    /// <inheritdoc/>
    private protected override string Details => $" ({Reason}, expected to resume {Texts.Iso(ExpectedResumeOn)})";
}
