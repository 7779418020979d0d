using NodaTime;

namespace SocialPrescribing.Referrals;

/// <summary>
/// The person gave or refused need-to-know sharing with the agency that referred them, which is not a connection (seed
/// section 5 item 5; section 4, JD: "Provide appropriate feedback to referral agencies").
/// </summary>
/// <remarks>
/// What a referrer outside the practice and its PCN receives beyond dates and the ending depends on this answer
/// (<see cref="Episode.ReferrerSharing"/>, <see cref="MessageBack"/>); until it is given, nothing more is shared. Allowed
/// while the episode is open and after it ends (a message back is written at the end).
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ReferrerSharingRecorded : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="answeredOn">The date the person answered.</param>
    /// <param name="answer">Given or declined.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="answer"/> is not given or declined.</exception>
    /// <exception cref="ArgumentException"><paramref name="context"/> is the default value.</exception>
    public ReferrerSharingRecorded(EventContext context, LocalDate answeredOn, ConsentAnswer answer)
        : base(context, answeredOn)
    {
        ConsentAnswers.CheckAnswered(answer, nameof(answer));
        Answer = answer;
    }

    /// <summary>Gets the person's answer.</summary>
    /// <value>Given or declined.</value>
    public ConsentAnswer Answer { get; }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.ReferrerSharingRecorded;

    /// <inheritdoc/>
    private protected override string Details => $" ({Answer})";
}
