using System.Diagnostics;
using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>
/// One thing that happened in an episode of social prescribing: the stored and sent form of the episode, which is the
/// fold of its events (<see cref="Episode.Replay"/>).
/// </summary>
/// <remarks>
/// <para>
/// Every event names its episode, carries the <see cref="Instant"/> it was recorded (<see cref="At"/>), the role of who
/// acted (<see cref="By"/>), the link worker it concerns when there is one, and the date it happened
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
    private protected EpisodeEvent(EpisodeId episodeId, Instant at, ActorRole by, LinkWorkerId? linkWorker, LocalDate on)
    {
        Preconditions.CheckArgument(!episodeId.IsDefault, nameof(episodeId), ReferralsMessages.EpisodeIdDefault);
        Preconditions.CheckDefined(by, nameof(by));
        Preconditions.CheckArgument(linkWorker is null || !linkWorker.Value.IsDefault, nameof(linkWorker), ReferralsMessages.LinkWorkerIdDefault);
        EpisodeId = episodeId;
        At = at;
        By = by;
        LinkWorker = linkWorker;
        On = on;
    }

    /// <summary>Gets the episode the event belongs to.</summary>
    /// <value>A valid id.</value>
    public EpisodeId EpisodeId { get; }

    /// <summary>Gets when the event was recorded.</summary>
    /// <value>An instant; events of an episode are applied in order of this instant.</value>
    public Instant At { get; }

    /// <summary>Gets the role of who acted.</summary>
    /// <value>A named member of <see cref="ActorRole"/>.</value>
    public ActorRole By { get; }

    /// <summary>Gets the link worker the event concerns.</summary>
    /// <value>A link worker, or <see langword="null"/> when none is concerned (for example a referral not yet accepted).</value>
    public LinkWorkerId? LinkWorker { get; }

    /// <summary>Gets the date the event happened: the date of the offer, referral, contact, measure, closure and so on.</summary>
    /// <value>A calendar date, never before the episode's referral (or offer) date once applied.</value>
    public LocalDate On { get; }

    /// <summary>Gets the kind of event.</summary>
    /// <value>The member of <see cref="EpisodeEventKind"/> for this type.</value>
    public abstract EpisodeEventKind Kind { get; }

    /// <summary>Describes the event without free text or anything identifying the person.</summary>
    /// <returns>For example <c>ContactRecorded on 2026-01-12 at 2026-01-12T10:45:00Z by LinkWorker for LW-01 (Attended, Phone, 30 min)</c>.</returns>
    public sealed override string ToString()
        => Texts.Invariant($"{Kind} on {Texts.Iso(On)} at {Texts.Iso(At)} by {By}") + (LinkWorker is LinkWorkerId lw ? $" for {lw}" : string.Empty) + Details;

    /// <summary>Structural details for <see cref="ToString"/>, starting with a space; never free text.</summary>
    private protected virtual string Details => string.Empty;
}
