using NodaTime;
using SocialPrescribing.Measures;

namespace SocialPrescribing.Referrals;

/// <summary>A Patient Activation Measure score from the licensed tool was recorded (seed section 11; Appendix 6).</summary>
/// <remarks>
/// Allowed from the first contact on, like <see cref="Ons4Recorded"/>. Whether an early PAM counts is the measurement
/// schedule's rule (at least 3 months after the previous one and after support was taken up, Appendix 6).
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record PamRecorded : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="takenOn">The date the PAM was taken.</param>
    /// <param name="score">The score, 0.0 to 100.0.</param>
    /// <exception cref="ArgumentException"><paramref name="context"/> is the default value.</exception>
    public PamRecorded(EventContext context, LocalDate takenOn, PamScore score)
        : base(context, takenOn)
        => Score = score;

    /// <summary>Gets the score.</summary>
    /// <value>0.0 to 100.0.</value>
    public PamScore Score { get; }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.PamRecorded;
}
