using NodaTime;

namespace SocialPrescribing.Referrals;

/// <summary>"What changes took place", in the person's own words (seed section 10, "Outcomes for the person"; section 8: "use the person's own words").</summary>
/// <remarks>Free text of 1 to 2,000 characters, trimmed; never shown by <see cref="EpisodeEvent.ToString"/>. Allowed from the first contact on; the latest applies.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ChangesRecorded : EpisodeEvent
{
    /// <summary>The longest text, in characters.</summary>
    public const int MaxLength = Texts.PersonsWords;

    /// <summary>Creates the event.</summary>
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="recordedOn">The date the person said it.</param>
    /// <param name="inPersonsWords">What changed, in the person's words.</param>
    /// <exception cref="ArgumentNullException"><paramref name="inPersonsWords"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="context"/> is the default value, or the text is blank or longer than 2,000 characters.</exception>
    public ChangesRecorded(EventContext context, LocalDate recordedOn, string inPersonsWords)
        : base(context, recordedOn)
        => InPersonsWords = Texts.Required(inPersonsWords, nameof(inPersonsWords), MaxLength);

    /// <summary>Gets what changed, in the person's words.</summary>
    /// <value>1 to 2,000 characters.</value>
    public string InPersonsWords { get; }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.ChangesRecorded;
}
