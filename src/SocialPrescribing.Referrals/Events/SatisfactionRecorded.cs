using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>The person answered "Overall, how was your experience of our service?" (seed section 10, "How satisfied were they with the service?").</summary>
/// <remarks>
/// The seed names no instrument: the NHS Friends and Family Test question and its six answers are this library's
/// default (<see cref="FriendsAndFamilyTest"/>). Allowed from the first contact on; the latest applies.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record SatisfactionRecorded : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="answeredOn">The date the person answered.</param>
    /// <param name="answer">The answer.</param>
    /// <param name="inPersonsWords">The person's answer to the free-text question, if they gave one (up to 2,000 characters).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="answer"/> is not a named member.</exception>
    /// <exception cref="ArgumentException"><paramref name="context"/> is the default value, or <paramref name="inPersonsWords"/> is blank or longer than 2,000 characters.</exception>
    public SatisfactionRecorded(EventContext context, LocalDate answeredOn, FriendsAndFamilyAnswer answer, string? inPersonsWords = null)
        : base(context, answeredOn)
    {
        Preconditions.CheckDefined(answer, nameof(answer));
        InPersonsWords = Texts.Optional(inPersonsWords, nameof(inPersonsWords), ChangesRecorded.MaxLength);
        Answer = answer;
    }

    /// <summary>Gets the answer.</summary>
    /// <value>One of the six Friends and Family Test answers.</value>
    public FriendsAndFamilyAnswer Answer { get; }

    /// <summary>
    /// Gets the person's answer to the free-text question (NHS England's FFT guidance asks at least one free-text question
    /// besides the rating). Held for the service to read; never counted, never printed.
    /// </summary>
    /// <value>1 to 2,000 characters, or <see langword="null"/>.</value>
    public string? InPersonsWords { get; }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.SatisfactionRecorded;

    /// <inheritdoc/>
    private protected override string Details => $" ({Answer})";
}
