using System.Diagnostics;

namespace SocialPrescribing.Referrals;

/// <summary>Why an episode refused an event: the rule broken, the state the episode was in, and the kind of event asked for.</summary>
/// <remarks>The message names the state, the kind and the rule; never anything about the person.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class EpisodeError
{
    internal EpisodeError(EpisodeErrorKind kind, EpisodeState? currentState, EpisodeEventKind requested)
    {
        Kind = kind;
        CurrentState = currentState;
        Requested = requested;
        Message = ReferralsMessages.Refusal(kind, currentState, requested);
    }

    /// <summary>Gets the rule broken.</summary>
    /// <value>A named member of <see cref="EpisodeErrorKind"/>.</value>
    public EpisodeErrorKind Kind { get; }

    /// <summary>Gets the state the episode was in.</summary>
    /// <value>The state, or <see langword="null"/> when no episode had begun (<see cref="Episode.Start"/>).</value>
    public EpisodeState? CurrentState { get; }

    /// <summary>Gets the kind of event asked for.</summary>
    /// <value>The event's kind.</value>
    public EpisodeEventKind Requested { get; }

    /// <summary>Gets the refusal in plain words: what was asked for, and the state or the rule that refused it.</summary>
    /// <value>One sentence, for example <c>A referral cannot be accepted once the person has declined.</c></value>
    public string Message { get; }

    /// <summary>Returns <see cref="Message"/>.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => Message;
}
