using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>
/// The person gave or refused need-to-know sharing with one group or agency they are connected to (seed section 5 item
/// 5: "only shared with the groups and agencies that I am connected to with my permission").
/// </summary>
/// <remarks>
/// Names the connection by its number. Until the person answers for a connection, their episode-wide need-to-know answer
/// (<see cref="Episode.Permissions"/>) applies to it; an answer for one connection changes no other
/// (<see cref="Episode.NeedToKnowFor"/>). Allowed while the episode is open; refused for a connection the episode does
/// not have (<see cref="EpisodeErrorKind.UnknownConnection"/>).
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ConnectionSharingRecorded : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="answeredOn">The date the person answered.</param>
    /// <param name="connectionNumber">The connection's number in the episode, from 1.</param>
    /// <param name="answer">Given or declined.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="connectionNumber"/> is less than 1, or <paramref name="answer"/> is not given or declined.</exception>
    /// <exception cref="ArgumentException"><paramref name="context"/> is the default value.</exception>
    public ConnectionSharingRecorded(EventContext context, LocalDate answeredOn, int connectionNumber, ConsentAnswer answer)
        : base(context, answeredOn)
    {
        Preconditions.CheckArgumentRange(nameof(connectionNumber), connectionNumber, 1, int.MaxValue);
        ConsentAnswers.CheckAnswered(answer, nameof(answer));
        ConnectionNumber = connectionNumber;
        Answer = answer;
    }

    /// <summary>Gets the connection's number in the episode.</summary>
    /// <value>1 or more.</value>
    public int ConnectionNumber { get; }

    /// <summary>Gets the person's answer.</summary>
    /// <value>Given or declined.</value>
    public ConsentAnswer Answer { get; }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.ConnectionSharingRecorded;

    /// <inheritdoc/>
    private protected override string Details => Texts.Invariant($" (connection {ConnectionNumber}: {Answer})");
}
