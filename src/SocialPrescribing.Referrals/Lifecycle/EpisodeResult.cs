using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace SocialPrescribing.Referrals;

/// <summary>What applying an event gave: the new episode, or the error that refused the event (the episode it was applied to is unchanged).</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class EpisodeResult
{
    private EpisodeResult(Episode? episode, EpisodeEvent? applied, ImmutableArray<CodedEntry> added, EpisodeError? error)
    {
        Episode = episode;
        Event = applied;
        AddedCodedEntries = added;
        Error = error;
        IsSuccess = error is null;
    }

    /// <summary>Gets a value indicating whether the event was applied.</summary>
    /// <value><see langword="true"/> when <see cref="Episode"/> holds the new episode.</value>
    [MemberNotNullWhen(true, nameof(Episode), nameof(Event))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess { get; }

    /// <summary>Gets the episode with the event applied.</summary>
    /// <value>The new episode, or <see langword="null"/> when the event was refused.</value>
    public Episode? Episode { get; }

    /// <summary>Gets the event applied: the one to store (append it to the episode's stored events, keyed by its number).</summary>
    /// <value>The event, or <see langword="null"/> when it was refused.</value>
    public EpisodeEvent? Event { get; }

    /// <summary>
    /// Gets the SNOMED CT coded entries the event added to <see cref="Referrals.Episode.CodedEntries"/>: what a GP system
    /// writes to the record now, so that writing codes is one loop over each result, with no bookkeeping (seed section 10).
    /// </summary>
    /// <value>Usually empty; one entry for an offer, a referral or a decline; empty when the event was refused.</value>
    public ImmutableArray<CodedEntry> AddedCodedEntries { get; }

    /// <summary>Gets why the event was refused.</summary>
    /// <value>The error, or <see langword="null"/> when the event was applied.</value>
    public EpisodeError? Error { get; }

    /// <summary>Describes the result.</summary>
    /// <returns>The new episode's description, or the error's message.</returns>
    public override string ToString() => Episode?.ToString() ?? Error!.Message;

    internal static EpisodeResult Success(Episode episode, EpisodeEvent applied, ImmutableArray<CodedEntry> added) => new(episode, applied, added, null);

    internal static EpisodeResult Refused(EpisodeError error) => new(null, null, [], error);
}
