using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace SocialPrescribing.Referrals;

/// <summary>What applying an event gave: the new episode, or the error that refused the event (the episode it was applied to is unchanged).</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class EpisodeResult
{
    private EpisodeResult(Episode? episode, EpisodeError? error)
    {
        Episode = episode;
        Error = error;
        IsSuccess = error is null;
    }

    /// <summary>Gets a value indicating whether the event was applied.</summary>
    /// <value><see langword="true"/> when <see cref="Episode"/> holds the new episode.</value>
    [MemberNotNullWhen(true, nameof(Episode))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess { get; }

    /// <summary>Gets the episode with the event applied.</summary>
    /// <value>The new episode, or <see langword="null"/> when the event was refused.</value>
    public Episode? Episode { get; }

    /// <summary>Gets why the event was refused.</summary>
    /// <value>The error, or <see langword="null"/> when the event was applied.</value>
    public EpisodeError? Error { get; }

    /// <summary>Describes the result.</summary>
    /// <returns>The new episode's description, or the error's message.</returns>
    public override string ToString() => Episode?.ToString() ?? Error!.Message;

    internal static EpisodeResult Success(Episode episode) => new(episode, null);

    internal static EpisodeResult Refused(EpisodeError error) => new(null, error);
}
