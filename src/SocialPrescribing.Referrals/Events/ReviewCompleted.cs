using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>A review of the care and support plan finished and set the next review date (seed section 5 item 3; PRSB "Planned review date/interval").</summary>
/// <remarks>
/// Allowed in <see cref="EpisodeState.UnderReview"/>: the episode returns to <see cref="EpisodeState.Connected"/> when
/// it has a connection, otherwise to <see cref="EpisodeState.PlanAgreed"/>; the plan's next review date becomes
/// <see cref="NextReviewOn"/>. Refused when dated before the plan was agreed.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ReviewCompleted : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="reviewedOn">The date of the review.</param>
    /// <param name="nextReviewOn">The date agreed for the next review; after <paramref name="reviewedOn"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="context"/> is the default value, or <paramref name="nextReviewOn"/> is not after <paramref name="reviewedOn"/>.</exception>
    public ReviewCompleted(EventContext context, LocalDate reviewedOn, LocalDate nextReviewOn)
        : base(context, reviewedOn)
    {
        Preconditions.CheckArgument(nextReviewOn > reviewedOn, nameof(nextReviewOn), ReferralsMessages.NextReviewNotAfter);
        NextReviewOn = nextReviewOn;
    }

    /// <summary>Gets the date agreed for the next review.</summary>
    /// <value>After the event's date.</value>
    public LocalDate NextReviewOn { get; }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.ReviewCompleted;

    /// <inheritdoc/>
    private protected override string Details => $" (next review {Texts.Iso(NextReviewOn)})";
}
