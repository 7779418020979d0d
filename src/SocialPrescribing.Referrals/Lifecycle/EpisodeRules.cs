using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>
/// The lifecycle rules of one version of this library: which event is allowed in which state, and how its dates must
/// stand against the episode's other events. Stored history is replayed with the rules of the version that wrote it
/// (<see cref="Episode.Replay(IEnumerable{EpisodeEvent}, EpisodeRules)"/>; docs/referrals.md, "Reading stored history").
/// </summary>
/// <remarks>
/// <para>
/// <b>Two kinds of rule.</b> Some values cannot exist, and are refused whatever the version: an event of another
/// episode (<see cref="EpisodeErrorKind.WrongEpisode"/>), an event out of the history's numbering
/// (<see cref="EpisodeErrorKind.NotNextNumber"/>) or recorded before the event it follows
/// (<see cref="EpisodeErrorKind.OutOfOrder"/>), and a first event that is not an offer or a referral numbered 1.
/// Everything else the fold checks is a lifecycle rule, and belongs to a version: the state table
/// (<see cref="EpisodeErrorKind.NotAllowedInState"/>), dates against the start and against other events, and the rules
/// particular to an event (a connection, escalation or event it names must exist, a plan is agreed once, and so on).
/// </para>
/// <para>
/// <b>Versions.</b> <see cref="Version1"/> is the rules as this release has them, and <see cref="Current"/>.
/// <see cref="Episode.Apply"/> and <see cref="Episode.Start"/> check new events with <see cref="Current"/>; a store
/// keeps, beside an episode's events, the version that wrote them, and replays them with
/// <see cref="ForVersion(int)"/>. A later release that tightens a rule adds a version and checks the tighter rule
/// only from that version on (<c>Version &gt;= 2 &amp;&amp; ...</c>), so that history written before it still reads back:
/// history is the record, and rules apply to new events. A release may only tighten a rule (every version refuses at
/// least what the one before refused, apart from the rules a later version drops outright), so a correction, which
/// folds the history again, checks it with the rules the history was read with.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class EpisodeRules
{
    private readonly Func<EpisodeState, EpisodeEvent, EpisodeErrorKind?>? _tightened;

    /// <summary>Creates the rules of a version; a test may add a tighter rule, as a later release would.</summary>
    /// <param name="version">The version.</param>
    /// <param name="tightened">A rule checked after version 1's, given the current state and the event; null for none.</param>
    internal EpisodeRules(int version, Func<EpisodeState, EpisodeEvent, EpisodeErrorKind?>? tightened = null)
    {
        Version = version;
        _tightened = tightened;
    }

    /// <summary>Gets the rules this release checks new events with.</summary>
    /// <value><see cref="Version1"/>.</value>
    public static EpisodeRules Current => Version1;

    /// <summary>Gets the lifecycle rules of version 1: the state table and the date rules of docs/referrals.md.</summary>
    /// <value>The rules whose <see cref="Version"/> is 1.</value>
    public static EpisodeRules Version1 { get; } = new(1);

    /// <summary>Gets the version.</summary>
    /// <value>1 or more.</value>
    public int Version { get; }

    /// <summary>Gets the rules of a version, when this release knows it.</summary>
    /// <param name="version">The version that wrote the history.</param>
    /// <param name="rules">The rules, or <see langword="null"/> for a version this release does not know.</param>
    /// <returns><see langword="true"/> for a known version. Never throws.</returns>
    public static bool TryGetVersion(int version, [NotNullWhen(true)] out EpisodeRules? rules)
    {
        rules = version == 1 ? Version1 : null;
        return rules is not null;
    }

    /// <summary>Gets the rules of a version.</summary>
    /// <param name="version">The version that wrote the history.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is not a version this release knows (1).</exception>
    public static EpisodeRules ForVersion(int version)
    {
        Preconditions.CheckArgumentRange(nameof(version), version, 1, Current.Version);
        TryGetVersion(version, out EpisodeRules? rules);
        return rules!;
    }

    /// <summary>Names the version.</summary>
    /// <returns>For example <c>Episode rules, version 1</c>.</returns>
    public override string ToString() => Texts.Invariant($"Episode rules, version {Version}");

    /// <summary>Whether the state table allows a kind of event in a state.</summary>
    /// <param name="state">The episode's state.</param>
    /// <param name="kind">The kind of event.</param>
    /// <returns><see langword="true"/> when allowed.</returns>
    /// <remarks>An instance member, so that a later version can change the table from its version on.</remarks>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Version 1's table; a later version checks its own (see the remarks).")]
    internal bool IsAllowed(EpisodeState state, EpisodeEventKind kind) => EpisodeTransitions.IsAllowed(state, kind);

    /// <summary>The first lifecycle rule after the state table that the event breaks, in the order of <see cref="EpisodeErrorKind"/>'s remarks.</summary>
    /// <param name="d">The fold so far.</param>
    /// <param name="e">The event, which the state table allows and which is in order.</param>
    /// <returns>The rule broken, or null.</returns>
    internal EpisodeErrorKind? Check(in EpisodeFold d, EpisodeEvent e) => Version1Rules(in d, e) ?? _tightened?.Invoke(d.State, e);

    private static EpisodeErrorKind? Version1Rules(in EpisodeFold d, EpisodeEvent e)
    {
        if (e.On < d.StartDate)
        {
            return EpisodeErrorKind.DateBeforeStart;
        }

        return e switch
        {
            ReferralMade referred when referred.Referral.Person != d.Person
                || (referred.PreviousEpisodeId is EpisodeId previous && previous != d.PreviousEpisodeId)
                || referred.Referral.Demographics.DateOfBirth > d.StartDate => EpisodeErrorKind.InconsistentWithEpisode,
            CarePlanAgreed when d.CarePlan is not null => EpisodeErrorKind.CarePlanAlreadyAgreed,
            ConnectionOutcomeRecorded outcome when outcome.ConnectionNumber > d.ConnectionsMade.Count => EpisodeErrorKind.UnknownConnection,
            ConnectionSharingRecorded sharing when sharing.ConnectionNumber > d.ConnectionsMade.Count => EpisodeErrorKind.UnknownConnection,
            Ons4Recorded or PamRecorded or PamEligibilityRecorded or SatisfactionRecorded or ChangesRecorded
                when d.State == EpisodeState.Closed && !(d.FollowUpEndsOn is NodaTime.LocalDate end && e.On <= end) => EpisodeErrorKind.FollowUpEnded,
            EscalationResolved resolved when resolved.EscalationNumber > d.Escalations.Count => EpisodeErrorKind.UnknownEscalation,
            EscalationResolved resolved when d.IsResolved(resolved.EscalationNumber) => EpisodeErrorKind.AlreadyResolved,
            EscalationResolved resolved when resolved.On < d.Escalations[resolved.EscalationNumber - 1].On => EpisodeErrorKind.DateOutOfOrder,
            NhsNumberTraced when d.Person.NhsNumber is not null => EpisodeErrorKind.AlreadyIdentified,
            DemographicsRecorded recorded when recorded.Demographics.DateOfBirth > (d.OfferedOn ?? d.StartDate) => EpisodeErrorKind.InconsistentWithEpisode,
            ReferrerSharingRecorded when d.Referral is null => EpisodeErrorKind.NotAllowedInState,
            EnteredInError error when error.EventNumber >= e.Number || d.Events[error.EventNumber - 1] is EnteredInError || d.EnteredInError.Span.Contains(error.EventNumber) => EpisodeErrorKind.UnknownEvent,
            EnteredInError error when d.Events[error.EventNumber - 1] is SocialPrescribingOffered or ReferralMade or PersonDeclined => EpisodeErrorKind.CannotBeEnteredInError,
            ConnectionOutcomeRecorded outcome when outcome.On < d.ConnectionsMade[outcome.ConnectionNumber - 1].On => EpisodeErrorKind.DateOutOfOrder,
            ReviewStarted when d.CarePlan is null => EpisodeErrorKind.NoCarePlan,
            ReviewCompleted review when review.On < d.CarePlan!.AgreedOn => EpisodeErrorKind.DateOutOfOrder,
            EpisodeReassigned reassigned when reassigned.LinkWorker == d.LinkWorker => EpisodeErrorKind.AlreadyHeld,
            EpisodeResumed resumed when resumed.On < d.Hold!.On => EpisodeErrorKind.DateOutOfOrder,
            EpisodeClosed closed when closed.On < d.LatestDate => EpisodeErrorKind.DateOutOfOrder,
            Escalated { ClosesEpisode: true } escalated when escalated.On < d.LatestDate => EpisodeErrorKind.DateOutOfOrder,
            _ => null,
        };
    }
}
