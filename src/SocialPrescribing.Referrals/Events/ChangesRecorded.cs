using System.Collections.ObjectModel;
using NodaTime;

namespace SocialPrescribing.Referrals;

/// <summary>"What changes took place", in the person's own words (seed section 10, "Outcomes for the person"; section 8: "use the person's own words").</summary>
/// <remarks>
/// Free text of 1 to 2,000 characters, trimmed; never shown by <see cref="EpisodeEvent.ToString"/>. Allowed from the
/// first contact on; the latest applies. Where the service has codes for what changed, the minimum dataset's outcomes,
/// they go beside the words (<see cref="OutcomeCodes"/>; <c>docs/demographics.md</c>).
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ChangesRecorded : EpisodeEvent
{
    /// <summary>The longest text, in characters.</summary>
    public const int MaxLength = Texts.PersonsWords;

    /// <summary>Creates the event.</summary>
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="recordedOn">The date the person said it.</param>
    /// <param name="inPersonsWords">What changed, in the person's words.</param>
    /// <param name="outcomeCodes">What changed as SNOMED CT concepts, where the service has the codes; repeats are dropped.</param>
    /// <exception cref="ArgumentNullException"><paramref name="inPersonsWords"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="context"/> is the default value, the text is blank or longer than 2,000 characters, or a code is the default value or not a concept identifier.</exception>
    public ChangesRecorded(EventContext context, LocalDate recordedOn, string inPersonsWords, IEnumerable<SctId>? outcomeCodes = null)
        : base(context, recordedOn)
    {
        InPersonsWords = Texts.Required(inPersonsWords, nameof(inPersonsWords), MaxLength);
        OutcomeCodes = SnomedCodes.Distinct(outcomeCodes, nameof(outcomeCodes));
    }

    /// <summary>Gets what changed, in the person's words.</summary>
    /// <value>1 to 2,000 characters.</value>
    public string InPersonsWords { get; }

    /// <summary>Gets what changed as SNOMED CT concepts (the minimum dataset's outcomes), beside the person's words.</summary>
    /// <value>Concept identifiers, each once, in the order given; empty when none were given.</value>
    public ReadOnlyCollection<SctId> OutcomeCodes { get; }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.ChangesRecorded;

    /// <summary>Compares two events field by field, the outcome codes in order.</summary>
    /// <param name="other">The event to compare with.</param>
    /// <returns><see langword="true"/> when every field is equal.</returns>
    public bool Equals(ChangesRecorded? other)
        => other is not null && base.Equals(other) && string.Equals(InPersonsWords, other.InPersonsWords, StringComparison.Ordinal) && OutcomeCodes.SequenceEqual(other.OutcomeCodes);

    /// <summary>Returns a hash code consistent with <see cref="Equals(ChangesRecorded)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), StringComparer.Ordinal.GetHashCode(InPersonsWords), OutcomeCodes.Count);
}
