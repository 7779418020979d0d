using NodaTime;
using SocialPrescribing.Measures;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>Whether PAM suits the person was decided (seed Appendix 6, "Who is PAM suitable for?"; SocialPrescribing.Measures' <c>PamEligibility</c>).</summary>
/// <remarks>
/// Only the outcome is recorded, never the facts about the person's health behind it. Until one is recorded the
/// episode treats PAM as needing confirmation. Allowed from the first contact on; the latest applies.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record PamEligibilityRecorded : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="assessedOn">The date it was decided.</param>
    /// <param name="outcome">Eligible, not suitable, or needs confirmation.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is not a named member.</exception>
    /// <exception cref="ArgumentException"><paramref name="context"/> is the default value.</exception>
    public PamEligibilityRecorded(EventContext context, LocalDate assessedOn, PamEligibilityOutcome outcome)
        : base(context, assessedOn)
    {
        Preconditions.CheckDefined(outcome, nameof(outcome));
        Outcome = outcome;
    }

    /// <summary>Gets whether PAM suits the person.</summary>
    /// <value>A named member of <see cref="PamEligibilityOutcome"/>.</value>
    public PamEligibilityOutcome Outcome { get; }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.PamEligibilityRecorded;

    /// <inheritdoc/>
    private protected override string Details => $" ({Outcome})";
}
