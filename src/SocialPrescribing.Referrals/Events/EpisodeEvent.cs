using System.Diagnostics;
using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>
/// One thing that happened in an episode of social prescribing: the stored and sent form of the episode, which is the
/// fold of its events (<see cref="Episode.Replay(IEnumerable{EpisodeEvent})"/>).
/// </summary>
/// <remarks>
/// <para>
/// Every event carries its <see cref="Context"/> (its episode, its number in the episode, the <see cref="Instant"/> it
/// was recorded and the role of who acted), the link worker it concerns when there is one, and the date it happened
/// (<see cref="On"/>), so the history is an audit trail. Events are immutable data: a value that exists is valid, and
/// whether it may be applied is the episode's rule (the state table in <c>docs/referrals.md</c>).
/// </para>
/// <para>
/// Two events are equal when they are of the same type and every field is equal. <see cref="ToString"/> shows the
/// kind, dates, role and link worker, and a few structural details; never free text or anything identifying the
/// person (it is sealed, so no event type prints more).
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public abstract record EpisodeEvent : System.Numerics.IEqualityOperators<EpisodeEvent, EpisodeEvent, bool>
{
    private protected EpisodeEvent(EventContext context, LocalDate on, LinkWorkerId? concerns = null)
    {
        Preconditions.CheckArgument(!context.IsDefault, nameof(context), ReferralsMessages.EventContextDefault);
        Preconditions.CheckArgument(concerns is null || !concerns.Value.IsDefault, "linkWorker", ReferralsMessages.LinkWorkerIdDefault);
        Context = context;
        LinkWorker = concerns ?? context.LinkWorker;
        On = on;
    }

    /// <summary>Gets the event's context: its episode, number, when it was recorded and who acted.</summary>
    /// <value>A context that is not the default. A <see langword="with"/> expression may give the same facts another context (for example another number).</value>
    /// <exception cref="ArgumentException">Set to the default context.</exception>
    public EventContext Context
    {
        get;
        init
        {
            Preconditions.CheckArgument(!value.IsDefault, nameof(value), ReferralsMessages.EventContextDefault);
            field = value;
        }
    }

    /// <summary>Gets the episode the event belongs to.</summary>
    /// <value>A valid id.</value>
    public EpisodeId EpisodeId => Context.EpisodeId;

    /// <summary>Gets the event's number in its episode, from 1 (<see cref="EventContext"/>).</summary>
    /// <value>1 or more; the number after the episode's latest event once applied.</value>
    public int Number => Context.Number;

    /// <summary>Gets when the event was recorded.</summary>
    /// <value>An instant; events of an episode are applied in order of this instant.</value>
    public Instant At => Context.At;

    /// <summary>Gets the role of who acted.</summary>
    /// <value>A named member of <see cref="ActorRole"/>.</value>
    public ActorRole By => Context.By;

    /// <summary>Gets the link worker the event concerns.</summary>
    /// <value>
    /// The context's link worker, or the one the event names (the link worker who accepts or takes over the episode);
    /// <see langword="null"/> when none is concerned (for example a referral not yet accepted).
    /// </value>
    public LinkWorkerId? LinkWorker { get; }

    /// <summary>Gets the date the event happened: the date of the offer, referral, contact, measure, closure and so on.</summary>
    /// <value>A calendar date, never before the episode's referral (or offer) date once applied.</value>
    public LocalDate On { get; }

    /// <summary>Gets the kind of event.</summary>
    /// <value>The member of <see cref="EpisodeEventKind"/> for this type.</value>
    public abstract EpisodeEventKind Kind { get; }

    /// <summary>Describes the event without free text or anything identifying the person.</summary>
    /// <returns>For example <c>ContactRecorded (event 5) on 2026-01-12 at 2026-01-12T10:45:00Z by LinkWorker for LW-01 (Attended, Phone, 30 min)</c>.</returns>
    public sealed override string ToString()
        => Texts.Invariant($"{Kind} (event {Number}) on {Texts.Iso(On)} at {Texts.Iso(At)} by {By}") + (LinkWorker is LinkWorkerId lw ? $" for {lw}" : string.Empty) + Details;

    /// <summary>Structural details for <see cref="ToString"/>, starting with a space; never free text.</summary>
    private protected virtual string Details => string.Empty;
}
