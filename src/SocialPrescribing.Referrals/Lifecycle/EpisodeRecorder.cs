using System.Diagnostics;
using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>
/// Records what happened next in an episode, with the context given once: who acts, a clock and the time zone.
/// The one way to record an event, the first as every next one.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Record(EpisodeId, Episode?, Func{EventContext, EpisodeEvent}, int?)"/> makes the event's
/// <see cref="EventContext"/> (the episode, the next number, the clock's instant, the actor), asks the caller's function
/// for the event's own facts, and applies it: the result holds the new episode, the event to store and the SNOMED CT
/// entries it added, or the refusal in plain words. With no episode yet, the event starts one.
/// </para>
/// <para>
/// <b>Concurrency.</b> Two people recording the next event of the same stored episode at once make two events with the
/// same number; a store that keeps one event per episode and number keeps the first. A caller that loaded the episode
/// may also state the number it expects next (<c>expectedNumber</c>): when the episode has moved on, the event is refused
/// (<see cref="EpisodeErrorKind.NotNextNumber"/>) and nothing is recorded.
/// </para>
/// <para>
/// <see cref="Today"/> and <see cref="Now"/> read the clock in the recorder's time zone, for the dates and times of
/// events that happen as they are recorded. Time comes only from the clock (NodaTime's <see cref="IClock"/>).
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads when the clock is.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class EpisodeRecorder
{
    private readonly IClock _clock;

    /// <summary>Creates a recorder for one actor.</summary>
    /// <param name="clock">The clock that dates each recording (<see cref="EpisodeEvent.At"/>).</param>
    /// <param name="zone">The service's time zone, for <see cref="Today"/> and <see cref="Now"/> (for example Europe/London).</param>
    /// <param name="by">The role of who acts.</param>
    /// <param name="linkWorker">The link worker who acts, or whom the events concern; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> or <paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="by"/> is not a named member.</exception>
    /// <exception cref="ArgumentException"><paramref name="linkWorker"/> is the default value.</exception>
    public EpisodeRecorder(IClock clock, DateTimeZone zone, ActorRole by, LinkWorkerId? linkWorker = null)
    {
        _clock = Preconditions.CheckNotNull(clock, nameof(clock));
        Zone = Preconditions.CheckNotNull(zone, nameof(zone));
        Preconditions.CheckDefined(by, nameof(by));
        Preconditions.CheckArgument(linkWorker is null || !linkWorker.Value.IsDefault, nameof(linkWorker), ReferralsMessages.LinkWorkerIdDefault);
        By = by;
        LinkWorker = linkWorker;
    }

    /// <summary>Gets the service's time zone.</summary>
    /// <value>The zone given.</value>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the role of who acts.</summary>
    /// <value>A named member of <see cref="ActorRole"/>.</value>
    public ActorRole By { get; }

    /// <summary>Gets the link worker who acts, or whom the events concern.</summary>
    /// <value>A link worker, or <see langword="null"/>.</value>
    public LinkWorkerId? LinkWorker { get; }

    /// <summary>Gets today's date in the service's time zone, by the clock.</summary>
    /// <value>The clock's current date in <see cref="Zone"/>.</value>
    public LocalDate Today => Now.Date;

    /// <summary>Gets the clock's current time in the service's time zone.</summary>
    /// <value>The clock's instant in <see cref="Zone"/>.</value>
    public ZonedDateTime Now => _clock.GetCurrentInstant().InZone(Zone);

    /// <summary>A recorder with the same clock and zone for another actor.</summary>
    /// <param name="by">The role of who acts.</param>
    /// <param name="linkWorker">The link worker who acts, or whom the events concern.</param>
    /// <returns>The recorder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="by"/> is not a named member.</exception>
    /// <exception cref="ArgumentException"><paramref name="linkWorker"/> is the default value.</exception>
    public EpisodeRecorder As(ActorRole by, LinkWorkerId? linkWorker = null) => new(_clock, Zone, by, linkWorker);

    /// <summary>Records the next event of an episode, or its first when there is no episode yet.</summary>
    /// <param name="episodeId">The episode's id (for a first event, the new episode's).</param>
    /// <param name="episode">The episode so far, or <see langword="null"/> when the event starts it.</param>
    /// <param name="next">Makes the event from its context: for example <c>c =&gt; new ReferralAccepted(c, worker, recorder.Today)</c>.</param>
    /// <param name="expectedNumber">The number the caller expects the event to have, to refuse it when the episode has moved on; <see langword="null"/> for the episode's next.</param>
    /// <returns>The new episode with the event and the coded entries it added, or the refusal (the episode given is unchanged).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="next"/> is null, or it returned null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="episodeId"/> is the default value or is not <paramref name="episode"/>'s id; or <paramref name="next"/>
    /// made an event with another context than the one it was given.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expectedNumber"/> is less than 1.</exception>
    public EpisodeResult Record(EpisodeId episodeId, Episode? episode, Func<EventContext, EpisodeEvent> next, int? expectedNumber = null)
    {
        Preconditions.CheckArgument(episode is null || episode.Id == episodeId, nameof(episodeId), ReferralsMessages.RecorderOtherEpisode);
        Preconditions.CheckNotNull(next, nameof(next));
        int number = episode?.NextNumber ?? 1;
        if (expectedNumber is int expected)
        {
            Preconditions.CheckArgumentRange(nameof(expectedNumber), expected, 1, int.MaxValue);
            number = expected;
        }

        var context = new EventContext(episodeId, number, _clock.GetCurrentInstant(), By, LinkWorker);
        EpisodeEvent made = Preconditions.CheckNotNull(next(context), nameof(next));
        Preconditions.CheckArgument(made.Context == context, nameof(next), ReferralsMessages.RecorderContextChanged);
        return episode is null ? Episode.Start(made) : episode.Apply(made);
    }

    /// <summary>Records the next event of an episode.</summary>
    /// <param name="episode">The episode so far.</param>
    /// <param name="next">Makes the event from its context.</param>
    /// <returns>The new episode with the event and the coded entries it added, or the refusal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="episode"/> or <paramref name="next"/> is null, or <paramref name="next"/> returned null.</exception>
    /// <exception cref="ArgumentException"><paramref name="next"/> made an event with another context than the one it was given.</exception>
    public EpisodeResult Record(Episode episode, Func<EventContext, EpisodeEvent> next)
        => Record(Preconditions.CheckNotNull(episode, nameof(episode)).Id, episode, next);

    /// <summary>Describes the recorder by actor and zone.</summary>
    /// <returns>For example <c>EpisodeRecorder for LinkWorker LW-01 in Europe/London</c>.</returns>
    public override string ToString()
        => Texts.Invariant($"EpisodeRecorder for {By}") + (LinkWorker is LinkWorkerId lw ? $" {lw}" : string.Empty) + $" in {Zone.Id}";
}
