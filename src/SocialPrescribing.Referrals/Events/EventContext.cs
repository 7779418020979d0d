using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>
/// What every event of an episode carries besides its own facts: the episode, the event's number in it, when it was
/// recorded, and who acted.
/// </summary>
/// <remarks>
/// <para>
/// An <see cref="EpisodeRecorder"/> makes the context for each event it records, from the episode, its clock and the
/// actor it was given; build one by hand only to rebuild stored events or to apply an event without a recorder.
/// </para>
/// <para>
/// <b>The number</b> is the event's place in its episode, from 1: the first event is number 1 and each next one the
/// number after the latest. An episode refuses an event whose number is not its next one
/// (<see cref="EpisodeErrorKind.NotNextNumber"/>), so two people who record the next event of the same stored episode
/// at once make two events with the same number, and a store that keeps one event per episode and number keeps the
/// first and refuses the second (this library's choice: optimistic concurrency, <c>docs/referrals.md</c>).
/// </para>
/// <para>
/// <c>default(EventContext)</c> names no episode: <see cref="IsDefault"/> tells it apart, and an event refuses it
/// (<see cref="ArgumentException"/>). Nothing here identifies the person, so <see cref="ToString"/> shows every part.
/// </para>
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct EventContext : IEquatable<EventContext>, System.Numerics.IEqualityOperators<EventContext, EventContext, bool>
{
    /// <summary>Creates a context.</summary>
    /// <param name="episodeId">The episode the event belongs to.</param>
    /// <param name="number">The event's number in the episode, from 1.</param>
    /// <param name="at">When the event was recorded.</param>
    /// <param name="by">The role of who acted.</param>
    /// <param name="linkWorker">The link worker who acted or whom the event concerns, when there is one.</param>
    /// <exception cref="ArgumentException"><paramref name="episodeId"/> or <paramref name="linkWorker"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is less than 1, or <paramref name="by"/> is not a named member.</exception>
    public EventContext(EpisodeId episodeId, int number, Instant at, ActorRole by, LinkWorkerId? linkWorker = null)
    {
        Preconditions.CheckArgument(!episodeId.IsDefault, nameof(episodeId), ReferralsMessages.EpisodeIdDefault);
        Preconditions.CheckArgumentRange(nameof(number), number, 1, int.MaxValue);
        Preconditions.CheckDefined(by, nameof(by));
        Preconditions.CheckArgument(linkWorker is null || !linkWorker.Value.IsDefault, nameof(linkWorker), ReferralsMessages.LinkWorkerIdDefault);
        EpisodeId = episodeId;
        Number = number;
        At = at;
        By = by;
        LinkWorker = linkWorker;
    }

    /// <summary>Gets the episode the event belongs to.</summary>
    /// <value>A valid id, or the default id for <c>default(EventContext)</c>.</value>
    public EpisodeId EpisodeId { get; }

    /// <summary>Gets the event's number in its episode.</summary>
    /// <value>1 or more; 0 for <c>default(EventContext)</c>.</value>
    public int Number { get; }

    /// <summary>Gets when the event was recorded.</summary>
    /// <value>An instant.</value>
    public Instant At { get; }

    /// <summary>Gets the role of who acted.</summary>
    /// <value>A named member of <see cref="ActorRole"/> (0 for <c>default(EventContext)</c>).</value>
    public ActorRole By { get; }

    /// <summary>Gets the link worker who acted or whom the event concerns.</summary>
    /// <value>A link worker, or <see langword="null"/>.</value>
    public LinkWorkerId? LinkWorker { get; }

    /// <summary>Gets a value indicating whether this is <c>default(EventContext)</c>, which no event accepts.</summary>
    /// <value><see langword="true"/> only for the default value.</value>
    public bool IsDefault => EpisodeId.IsDefault;

    /// <summary>Compares two contexts part by part.</summary>
    /// <param name="other">The context to compare with.</param>
    /// <returns><see langword="true"/> when every part is equal.</returns>
    public bool Equals(EventContext other)
        => EpisodeId == other.EpisodeId && Number == other.Number && At == other.At && By == other.By && LinkWorker == other.LinkWorker;

    /// <summary>Compares this context with an object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal <see cref="EventContext"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is EventContext other && Equals(other);

    /// <summary>Returns a hash code consistent with <see cref="Equals(EventContext)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(EpisodeId, Number, At, By, LinkWorker);

    /// <summary>Describes the context.</summary>
    /// <returns>For example <c>event 3 of episode 0f8fad5b-d9cb-469f-a165-70867728950e at 2026-01-12T10:45:00Z by LinkWorker for LW-01</c>.</returns>
    public override string ToString() => IsDefault
        ? "default(EventContext)"
        : Texts.Invariant($"event {Number} of episode {EpisodeId} at {Texts.Iso(At)} by {By}") + (LinkWorker is LinkWorkerId lw ? $" for {lw}" : string.Empty);

    /// <summary>Tests two contexts for equality.</summary>
    /// <param name="left">The first context.</param>
    /// <param name="right">The second context.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(EventContext left, EventContext right) => left.Equals(right);

    /// <summary>Tests two contexts for inequality.</summary>
    /// <param name="left">The first context.</param>
    /// <param name="right">The second context.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(EventContext left, EventContext right) => !left.Equals(right);
}
