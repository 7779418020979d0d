using NodaTime;
using SocialPrescribing.Measures;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>An ONS4 questionnaire was completed (seed section 11; section 5 item 8: "with everyone who is referred, at the start ... and at six monthly intervals").</summary>
/// <remarks>
/// Allowed from the first contact on (<see cref="EpisodeState.FirstContactMade"/>, <see cref="EpisodeState.PlanAgreed"/>,
/// <see cref="EpisodeState.Connected"/>, <see cref="EpisodeState.UnderReview"/>). The event's date is the date asked.
/// When the next one is due is the episode's measurement schedule (SocialPrescribing.Measures, rolling).
/// Two events are equal when their responses have the same date, occasion and answers.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record Ons4Recorded : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="response">The completed questionnaire.</param>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="context"/> is the default value.</exception>
    public Ons4Recorded(EventContext context, Ons4Response response)
        : base(context, Preconditions.CheckNotNull(response, nameof(response)).DateAsked)
        => Response = response;

    /// <summary>Gets the completed questionnaire.</summary>
    /// <value>The response; its <c>ToString</c> shows no ratings.</value>
    public Ons4Response Response { get; }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.Ons4Recorded;

    /// <summary>Compares two events: the common fields, then the responses' date, occasion and four answers.</summary>
    /// <param name="other">The event to compare with.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(Ons4Recorded? other)
        => other is not null
            && base.Equals(other)
            && Response.DateAsked == other.Response.DateAsked
            && Response.Occasion == other.Response.Occasion
            && Response.LifeSatisfaction == other.Response.LifeSatisfaction
            && Response.Worthwhile == other.Response.Worthwhile
            && Response.Happiness == other.Response.Happiness
            && Response.Anxiety == other.Response.Anxiety;

    /// <summary>Returns a hash code consistent with <see cref="Equals(Ons4Recorded)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Response.DateAsked, Response.LifeSatisfaction, Response.Anxiety);
}
