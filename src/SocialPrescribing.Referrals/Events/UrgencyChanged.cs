using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>How urgently the person needs support changed during the episode, with why (seed section 4, JD: "any urgent support required by individuals on the caseload").</summary>
/// <remarks>
/// Allowed while the episode is open. The episode's <see cref="Episode.Urgency"/> becomes this one, and it orders every
/// reason on the caseload (urgent first). An urgent change says why in a few words (1 to 150 characters); a routine
/// one may. The referral keeps the urgency it was made with.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record UrgencyChanged : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="changedOn">The date it changed.</param>
    /// <param name="urgency">How urgent it is now.</param>
    /// <param name="reason">Why, in a few words: required when urgent.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="urgency"/> is not a named member.</exception>
    /// <exception cref="ArgumentException"><paramref name="context"/> is the default value; or <paramref name="reason"/> is missing for an urgent change, blank, or longer than 150 characters.</exception>
    public UrgencyChanged(EventContext context, LocalDate changedOn, Urgency urgency, string? reason = null)
        : base(context, changedOn)
    {
        Preconditions.CheckDefined(urgency, nameof(urgency));
        Preconditions.CheckArgument(urgency != Urgency.Urgent || reason is not null, nameof(reason), ReferralsMessages.UrgencyChangeReasonMissing);
        Urgency = urgency;
        Reason = Texts.Optional(reason, nameof(reason));
    }

    /// <summary>Gets how urgent it is now.</summary>
    /// <value>Routine or urgent.</value>
    public Urgency Urgency { get; }

    /// <summary>Gets why, in a few words.</summary>
    /// <value>1 to 150 characters, or <see langword="null"/> for a routine change given without one.</value>
    public string? Reason { get; }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.UrgencyChanged;

    /// <inheritdoc/>
    private protected override string Details => $" ({Urgency})";
}
