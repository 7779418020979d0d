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
    /// <param name="episodeId">The episode.</param>
    /// <param name="at">When it was recorded.</param>
    /// <param name="by">Who recorded it.</param>
    /// <param name="linkWorker">The link worker concerned.</param>
    /// <param name="assessedOn">The date it was decided.</param>
    /// <param name="outcome">Eligible, not suitable, or needs confirmation.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="by"/> or <paramref name="outcome"/> is not a named member.</exception>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    public PamEligibilityRecorded(EpisodeId episodeId, Instant at, ActorRole by, LinkWorkerId? linkWorker, LocalDate assessedOn, PamEligibilityOutcome outcome)
        : base(episodeId, at, by, linkWorker, assessedOn)
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
