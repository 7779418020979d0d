using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using SocialPrescribing.Measures;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>
/// One episode of social prescribing for one person, from the offer or referral to closure: the fold of its events
/// (seed sections 1, 4, 5, 7 and 10; PRSB Social Prescribing standard v1.1).
/// </summary>
/// <remarks>
/// <para>
/// <b>The fold.</b> <see cref="Start"/> takes the first event (<see cref="SocialPrescribingOffered"/> or
/// <see cref="ReferralMade"/>); <see cref="Apply"/> takes each next one. An event is checked against the current state
/// (the state table in <c>docs/referrals.md</c>) and either gives a new episode or is refused with an
/// <see cref="EpisodeError"/> naming the state and the kind asked for; nothing throws for a refused event, and the
/// episode it was applied to never changes. State, history, coded entries and every figure derive from the events, so
/// <see cref="Replay(IEnumerable{EpisodeEvent})"/> of <see cref="Events"/> gives an equal episode.
/// </para>
/// <para>
/// <b>Rules beyond the table</b> (this library's choices, so that the history reads as an audit trail): events are
/// applied in order of <see cref="EpisodeEvent.At"/>; no event is dated before the referral (or, before it, the offer);
/// a closure is not dated before any date already recorded.
/// </para>
/// <para>
/// <b>Cost.</b> Folding is linear in the events: <see cref="Replay(IEnumerable{EpisodeEvent})"/> folds every event into
/// one state and builds one episode; <see cref="Apply"/> shares the lists of the episode it is applied to and appends
/// to them (amortised constant per event, however long the history), and never changes that episode. The lists are
/// <see cref="ImmutableArray{T}"/>s: reading one allocates nothing for a replayed episode (every list is exactly sized);
/// for an episode built by <see cref="Apply"/>, the first read may copy the list once, and later reads do not.
/// </para>
/// <para>
/// <b>Derived figures</b> are computed once and cached: a replay computes what <see cref="Caseload"/> needs (the next
/// assessments between the dates measures were taken) and the connections and unresolved escalations as it builds the
/// episode, so reading episodes fresh from a store costs no more than reading them again; an episode built by
/// <see cref="Apply"/> computes them on first use. The measurement schedule and record are built on first use. An
/// episode is immutable, so none of them goes stale.
/// </para>
/// <para>
/// <see cref="ToString"/> shows the id, state and number of events; never the person, the referral's reasons or free text.
/// Two episodes are equal when their events are equal, in order.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads (cached figures are computed at most a few times and never change).</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed partial class Episode : IEquatable<Episode>, System.Numerics.IEqualityOperators<Episode, Episode, bool>
{
    /// <summary>The fold's state. Not readonly only because reading a list may swap a shared log for an exact copy of the same items (<see cref="FoldList{T}.View"/>).</summary>
    private EpisodeFold _f;
    private readonly EpisodeRules _rules;
    private ImmutableArray<Connection> _connections;
    private ImmutableArray<Escalated> _unresolved;
    private MeasureSegment[]? _segments;
    private MeasurementSchedule? _schedule;
    private MeasurementRecord? _measurements;

    private Episode(in EpisodeFold fold, EpisodeRules rules)
    {
        _f = fold;
        _rules = rules;
    }

    /// <summary>Gets the episode's id.</summary>
    /// <value>The id the first event named.</value>
    public EpisodeId Id => _f.Id;

    /// <summary>Gets the person's previous episode, when this one follows it.</summary>
    /// <value>An id, or <see langword="null"/>.</value>
    public EpisodeId? PreviousEpisodeId => _f.PreviousEpisodeId;

    /// <summary>Gets where the episode stands.</summary>
    /// <value>A state of the table in <c>docs/referrals.md</c>.</value>
    public EpisodeState State => _f.State;

    /// <summary>Gets a value indicating whether the episode is open: referred and not yet ended.</summary>
    /// <value><see langword="true"/> from <see cref="EpisodeState.Referred"/> until declined, not accepted or closed.</value>
    public bool IsOpen => EpisodeTransitions.IsOpen(State);

    /// <summary>Gets a value indicating whether the episode has ended: declined, not accepted, closed, or an offer lapsed.</summary>
    /// <value><see langword="true"/> in a final state.</value>
    public bool IsFinal => State is EpisodeState.Declined or EpisodeState.NotAccepted or EpisodeState.Closed or EpisodeState.Lapsed;

    /// <summary>Gets the events, in the order applied: the stored form and audit trail of the episode.</summary>
    /// <value>At least one event.</value>
    public ImmutableArray<EpisodeEvent> Events => _f.Events.View();

    /// <summary>Gets who the episode is for.</summary>
    /// <value>The person of the first event (the referral's person, once referred).</value>
    public PersonIdentifier Person => _f.Person;

    /// <summary>Gets the person's demographics: the offer's, then the referral's, updated field by field by each <see cref="DemographicsRecorded"/> (<c>docs/demographics.md</c>).</summary>
    /// <value><see cref="PersonDemographics.None"/> when nothing is recorded. Personal data: see the remarks of <see cref="PersonDemographics"/>.</value>
    public PersonDemographics Demographics => _f.Demographics;

    /// <summary>Gets the ODS code of the person's registered GP practice.</summary>
    /// <value>The practice of the latest offer or referral.</value>
    public OdsCode RegisteredPractice => _f.RegisteredPractice;

    /// <summary>Gets the date social prescribing was offered.</summary>
    /// <value>A date, or <see langword="null"/> when the episode began with a referral.</value>
    public LocalDate? OfferedOn => _f.OfferedOn;

    /// <summary>Gets the referral's details.</summary>
    /// <value>The referral, or <see langword="null"/> while only offered (or declined at the offer).</value>
    public Referral? Referral => _f.Referral;

    /// <summary>Gets the date the person declined.</summary>
    /// <value>A date when <see cref="State"/> is declined; otherwise <see langword="null"/>.</value>
    public LocalDate? DeclinedOn => _f.DeclinedOn;

    /// <summary>Gets the decision not to accept the referral.</summary>
    /// <value>The event when <see cref="State"/> is not accepted; otherwise <see langword="null"/>.</value>
    public ReferralNotAccepted? NotAccepted => _f.NotAccepted;

    /// <summary>Gets the link worker who holds the episode.</summary>
    /// <value>The latest link worker assigned, or <see langword="null"/> before a link worker accepted the referral.</value>
    public LinkWorkerId? LinkWorker => _f.LinkWorker;

    /// <summary>Gets a value indicating whether the episode is held by cover while its link worker is absent (seed section 7).</summary>
    /// <value><see langword="true"/> when the latest assignment is <see cref="ReassignmentReason.Cover"/>.</value>
    public bool IsHeldByCover => _f.IsHeldByCover;

    /// <summary>Gets who held the episode, in order: the link worker who accepted it, then each reassignment.</summary>
    /// <value>Empty before a link worker accepted the referral.</value>
    public ImmutableArray<Assignment> Assignments => _f.Assignments.View();

    /// <summary>Gets every contact recorded, in order (seed section 10, "Contacts with link worker").</summary>
    /// <value>Attended, not attended and cancelled contacts.</value>
    public ImmutableArray<ContactRecorded> Contacts => _f.Contacts.View();

    /// <summary>Gets the first attended contact (seed section 10, "First contact - when, where").</summary>
    /// <value>The contact, or <see langword="null"/> before one.</value>
    public ContactRecorded? FirstContact => _f.FirstContact;

    /// <summary>Gets the number of attended contacts (seed section 10: "Number of phone calls/meetings with link worker").</summary>
    /// <value>0 or more.</value>
    public int AttendedContactCount => _f.AttendedContactCount;

    /// <summary>Gets the time spent with the person: the total duration of attended contacts (seed section 10: "including amount of time spent with the person").</summary>
    /// <value>Zero or more.</value>
    public Duration TimeWithPerson => _f.TimeWithPerson;

    /// <summary>Gets the care and support plan the episode follows.</summary>
    /// <value>A reference by id and dates, or <see langword="null"/> before one is agreed.</value>
    public CarePlanReference? CarePlan => _f.CarePlan;

    /// <summary>Gets the groups and services the person was introduced to, numbered 1, 2, 3 ... (seed section 10).</summary>
    /// <value>Possibly empty.</value>
    public ImmutableArray<Connection> Connections => _connections.IsDefault ? _connections = BuildConnections() : _connections;

    /// <summary>Gets the ONS4 responses recorded, in order.</summary>
    /// <value>Possibly empty.</value>
    public ImmutableArray<Ons4Response> Ons4Responses => _f.Ons4Responses.View();

    /// <summary>Gets the PAM scores recorded, in order.</summary>
    /// <value>Possibly empty.</value>
    public ImmutableArray<PamRecorded> PamAssessments => _f.PamAssessments.View();

    /// <summary>Gets whether PAM suits the person, as last recorded.</summary>
    /// <value>An outcome, or <see langword="null"/> when none was recorded (treated as needing confirmation).</value>
    public PamEligibilityOutcome? PamEligibility => _f.PamEligibility;

    /// <summary>Gets the person's latest answer on their experience of the service (seed section 10, "How satisfied were they with the service?").</summary>
    /// <value>The event, or <see langword="null"/>.</value>
    public SatisfactionRecorded? Satisfaction => _f.Satisfaction;

    /// <summary>Gets "what changes took place", in the person's words, as last recorded (seed section 10).</summary>
    /// <value>The event, or <see langword="null"/>.</value>
    public ChangesRecorded? Changes => _f.Changes;

    /// <summary>Gets the concerns escalated, in order (seed section 4, key tasks; section 7).</summary>
    /// <value>Possibly empty.</value>
    public ImmutableArray<Escalated> Escalations => _f.Escalations.View();

    /// <summary>Gets the latest exploration of a personal health budget (seed section 4, key tasks).</summary>
    /// <value>The event, or <see langword="null"/>.</value>
    public PersonalHealthBudgetExplored? PersonalHealthBudget => _f.PersonalHealthBudget;

    /// <summary>Gets the complaints recorded, in order (seed section 5 item 1).</summary>
    /// <value>Possibly empty.</value>
    public ImmutableArray<ComplaintRecorded> Complaints => _f.Complaints.View();

    /// <summary>Gets the person's latest answers to the sharing permissions (seed section 5 items 5 and 7).</summary>
    /// <value><see cref="SharingPermissions.NoneAsked"/> until recorded: nothing is allowed.</value>
    public SharingPermissions Permissions => _f.Permissions;

    /// <summary>Gets the person's answer on need-to-know sharing with one connection (seed section 5 item 5).</summary>
    /// <param name="connectionNumber">The connection's number, from 1.</param>
    /// <returns>Their answer for that group or agency when they gave one (<see cref="ConnectionSharingRecorded"/>); otherwise their episode-wide need-to-know answer.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="connectionNumber"/> is not the number of one of the episode's connections.</exception>
    public ConsentAnswer NeedToKnowFor(int connectionNumber)
    {
        Preconditions.CheckArgumentRange(nameof(connectionNumber), connectionNumber, 1, _f.ConnectionsMade.Count);
        ReadOnlySpan<ConnectionSharingRecorded> answers = _f.ConnectionSharing.Span;
        for (int i = answers.Length - 1; i >= 0; i--)
        {
            if (answers[i].ConnectionNumber == connectionNumber)
            {
                return answers[i].Answer; // the latest answer for this connection: given or declined
            }
        }

        return _f.Permissions.AnswerFor(SharingPermission.NeedToKnowSharingWithConnectedServices);
    }

    /// <summary>Gets the person's answer on need-to-know sharing with the agency that referred them, which is not a connection (<see cref="ReferrerSharingRecorded"/>).</summary>
    /// <value><see cref="ConsentAnswer.NotAsked"/> until recorded: nothing beyond the dates and the ending is shared with a referrer outside the practice.</value>
    public ConsentAnswer ReferrerSharing => _f.ReferrerSharing;

    /// <summary>Gets how urgently the person needs support now (seed section 4, JD: "any urgent support required").</summary>
    /// <value>The referral's urgency, or the latest <see cref="UrgencyChanged"/>; <see langword="null"/> while only offered.</value>
    public Urgency? Urgency => _f.Urgency;

    /// <summary>Gets the resolutions of escalated concerns, in the order recorded.</summary>
    /// <value>Possibly empty.</value>
    public ImmutableArray<EscalationResolved> EscalationResolutions => _f.EscalationResolutions.View();

    /// <summary>Gets the escalations not yet resolved, in order: they lead the caseload until resolved (seed section 7).</summary>
    /// <value>Possibly empty.</value>
    public ImmutableArray<Escalated> UnresolvedEscalations => _unresolved.IsDefault ? _unresolved = BuildUnresolved() : _unresolved;

    /// <summary>Gets the numbers of the events entered in error (<see cref="EnteredInError"/>): the episode is the fold of its events without them.</summary>
    /// <value>Possibly empty; <see cref="Events"/> still holds every event.</value>
    public ImmutableArray<int> EventsEnteredInError => _f.EnteredInError.View();

    /// <summary>Gets the pause in force.</summary>
    /// <value>The event when <see cref="State"/> is on hold; otherwise <see langword="null"/>.</value>
    public PutOnHold? Hold => _f.Hold;

    /// <summary>Gets the date the episode closed.</summary>
    /// <value>A date when <see cref="State"/> is closed; otherwise <see langword="null"/>.</value>
    public LocalDate? ClosedOn => _f.ClosedOn;

    /// <summary>Gets why the episode closed.</summary>
    /// <value>A reason when <see cref="State"/> is closed (<see cref="Referrals.ClosureReason.ReferredBackToClinician"/> when an escalation closed it); otherwise <see langword="null"/>.</value>
    public ClosureReason? ClosureReason => _f.ClosureReason;

    /// <summary>Gets what the other closure reason is.</summary>
    /// <value>1 to 150 characters for <see cref="Referrals.ClosureReason.Other"/>; otherwise <see langword="null"/>.</value>
    public string? OtherClosureReason => _f.OtherClosureReason;

    /// <summary>Gets why the follow-up outcome measures were not taken, as recorded at closure.</summary>
    /// <value>A reason, or <see langword="null"/>.</value>
    public MeasuresNotTakenReason? MeasuresNotTaken => _f.MeasuresNotTaken;

    /// <summary>
    /// Gets the SNOMED CT codes for the GP record, in the order they arose, each with its date (seed section 10):
    /// 871691000000100 when offered, 871731000000106 once when the person accepts the referral, 871711000000103 when
    /// declined. A GP system writes the list as it is: no code is duplicated.
    /// </summary>
    /// <value>One entry per offer, referral and decline in the history.</value>
    public ImmutableArray<CodedEntry> CodedEntries => _f.CodedEntries.View();

    /// <summary>Gets the number of days from the referral to the first attended contact (seed section 10: "Date referred to link worker - for indication of waiting times").</summary>
    /// <value>0 or more once a first contact is recorded; otherwise <see langword="null"/>.</value>
    public int? DaysToFirstContact => _f.Referral is Referral referral && _f.FirstContact is ContactRecorded first
        ? DaysBetween(referral.ReferredOn, first.On)
        : null;

    /// <summary>
    /// Gets the measurement schedule for ONS4 and PAM: baselines due at the first attended contact, then rolling every 6
    /// months for a year (seed section 11, Appendix 6; SocialPrescribing.Measures), ended on the closure date.
    /// </summary>
    /// <value>The schedule, or <see langword="null"/> before the first attended contact.</value>
    public MeasurementSchedule? MeasurementSchedule
    {
        get
        {
            if (_schedule is null && _f.FirstContact is ContactRecorded first)
            {
                var schedule = new MeasurementSchedule(first.On);
                _schedule = _f.ClosedOn is null ? schedule : schedule.EndOn(_f.FollowUpEnd(first.On));
            }

            return _schedule;
        }
    }

    /// <summary>
    /// Gets the last date on which a follow-up measure, a satisfaction answer or what changed may be recorded after the
    /// episode closes: the end of the measurement year (seed section 11: ONS4 and PAM "at least every six months" and
    /// "capturing impact for a minimum of one year"; Appendix 4 part two "after 6 months").
    /// </summary>
    /// <value>
    /// The schedule's <see cref="Measures.MeasurementSchedule.MeasuredThrough"/> (a year from the first contact) plus its
    /// due window (one month), so a 12-month follow-up taken within its window counts (this library's choice); the closure
    /// date when the person died or declined further support (nothing more is asked of them); <see langword="null"/>
    /// before the first attended contact (there is no schedule).
    /// </value>
    public LocalDate? FollowUpEndsOn => _f.FollowUpEndsOn;

    /// <summary>Gets the waiting time in days from the referral to the first attended contact; for an open episode still waiting, the wait so far.</summary>
    /// <param name="asOf">The date asked about, for an episode still waiting.</param>
    /// <returns>
    /// With a first contact, the days from the referral to it. Without one: for an open episode, the days from the
    /// referral to <paramref name="asOf"/> (0 when <paramref name="asOf"/> is before the referral); for an ended episode,
    /// the days from the referral to the date it ended. <see langword="null"/> when there is no referral. Never negative.
    /// </returns>
    public int? WaitingDays(LocalDate asOf)
    {
        if (_f.Referral is not Referral referral)
        {
            return null;
        }

        LocalDate until = DaysToFirstContact is int done ? referral.ReferredOn.PlusDays(done)
            : IsFinal ? _f.DeclinedOn ?? _f.NotAccepted?.On ?? _f.ClosedOn!.Value
            : asOf;
        return Math.Max(0, DaysBetween(referral.ReferredOn, until));
    }

    /// <summary>Says where the person's ONS4 stands on a date, by the episode's measurement schedule (SocialPrescribing.Measures).</summary>
    /// <param name="asOf">The date asked about.</param>
    /// <returns>The timeline, or <see langword="null"/> before the first attended contact.</returns>
    public MeasureTimeline? Ons4On(LocalDate asOf) => MeasurementSchedule?.Ons4On(asOf, Measurements);

    /// <summary>Says where the person's PAM stands on a date, with the latest eligibility and the support taken up (attended or engaged connection updates).</summary>
    /// <param name="asOf">The date asked about.</param>
    /// <returns>The timeline, or <see langword="null"/> before the first attended contact.</returns>
    public MeasureTimeline? PamOn(LocalDate asOf)
        => MeasurementSchedule?.PamOn(asOf, Measurements, PamEligibilities.For(_f.PamEligibility));

    /// <summary>Describes the episode by id, state and number of events.</summary>
    /// <returns>For example <c>Episode 0f8fad5b-d9cb-469f-a165-70867728950e: Connected, 12 events</c>.</returns>
    public override string ToString() => Texts.Invariant($"Episode {Id}: {State}, {_f.Events.Count} events");

    /// <summary>Compares two episodes by their events, in order.</summary>
    /// <param name="other">The episode to compare with.</param>
    /// <returns><see langword="true"/> when both have equal events in the same order.</returns>
    public bool Equals([NotNullWhen(true)] Episode? other)
        => other is not null && (ReferenceEquals(this, other) || _f.Events.Span.SequenceEqual(other._f.Events.Span));

    /// <summary>Compares this episode with an object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal <see cref="Episode"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as Episode);

    /// <summary>Returns a hash code consistent with <see cref="Equals(Episode)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Id, _f.Events.Count, _f.Events[_f.Events.Count - 1]);

    /// <summary>Tests two episodes for equality.</summary>
    /// <param name="left">The first episode.</param>
    /// <param name="right">The second episode.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(Episode? left, Episode? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Tests two episodes for inequality.</summary>
    /// <param name="left">The first episode.</param>
    /// <param name="right">The second episode.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Episode? left, Episode? right) => !(left == right);

    /// <summary>Gets the number the next event of this episode must carry (<see cref="EventContext.Number"/>).</summary>
    /// <value>The number of events plus one.</value>
    public int NextNumber => _f.Events.Count + 1;

    /// <summary>Gets the fold's state, by reference (it is a large struct).</summary>
    internal ref readonly EpisodeFold Fold => ref _f;

    /// <summary>Gets the rules the history was read with: those of a replay, or the current ones for an episode started here.</summary>
    internal EpisodeRules Rules => _rules;

    /// <summary>What a caseload needs of this episode: read from the fold as it asks, nothing allocated.</summary>
    internal CaseloadSummary Summary => new(this);

    /// <summary>
    /// The next ONS4 and PAM between the dates measures were taken (<see cref="MeasureSegments"/>): built by a replay
    /// for an episode whose measures may be due, otherwise on first use. Only for an episode with a first attended contact.
    /// </summary>
    internal MeasureSegment[] Segments => _segments ??= MeasureSegments.Build(in _f);

    /// <summary>The assessments taken and the support taken up, as the measurement schedule reads them; built on first use and cached (the episode never changes).</summary>
    internal MeasurementRecord Measurements => _measurements ??= SupportTakenUpDates.Aggregate(
        MeasurementRecord.From(Ons4Dates.Select(d => new RecordedAssessment(MeasureKind.Ons4, d))
            .Concat(PamDates.Select(d => new RecordedAssessment(MeasureKind.Pam, d)))),
        (record, on) => record.WithSupportTakenUp(on));

    internal IEnumerable<LocalDate> Ons4Dates => Ons4Responses.Select(r => r.DateAsked);

    internal IEnumerable<LocalDate> PamDates => PamAssessments.Select(p => p.On);

    internal IEnumerable<LocalDate> SupportTakenUpDates => Connections.SelectMany(c => c.SupportTakenUpDates);

    /// <summary>Whether a closure reason ends the follow-up at once: the person died, or declined further contact.</summary>
    internal static bool StopsFollowUp(ClosureReason reason) => reason is Referrals.ClosureReason.Died or Referrals.ClosureReason.PersonDeclinedFurtherSupport;

    /// <summary>Whole days from <paramref name="from"/> to <paramref name="to"/>, negative when <paramref name="to"/> is earlier.</summary>
    internal static int DaysBetween(LocalDate from, LocalDate to) => Period.DaysBetween(from, to);

    /// <summary>The connections, from the events that made them and the outcomes recorded for them: each connection's updates in one exact array.</summary>
    private ImmutableArray<Connection> BuildConnections()
    {
        ReadOnlySpan<ConnectionMade> made = _f.ConnectionsMade.Span;
        if (made.IsEmpty)
        {
            return [];
        }

        ReadOnlySpan<ConnectionOutcomeRecorded> outcomes = _f.ConnectionOutcomes.Span;
        Span<int> counts = made.Length <= 128 ? stackalloc int[made.Length] : new int[made.Length];
        counts.Clear();
        foreach (ConnectionOutcomeRecorded outcome in outcomes)
        {
            counts[outcome.ConnectionNumber - 1]++;
        }

        var connections = new Connection[made.Length];
        for (int i = 0; i < made.Length; i++)
        {
            connections[i] = new Connection(i + 1, made[i], ImmutableCollectionsMarshal.AsImmutableArray(counts[i] == 0 ? [] : new ConnectionUpdate[counts[i]]));
            counts[i] = 0;
        }

        // Each connection's array is filled here, in the order the outcomes were recorded, before any connection is handed out.
        foreach (ConnectionOutcomeRecorded outcome in outcomes)
        {
            int index = outcome.ConnectionNumber - 1;
            ImmutableCollectionsMarshal.AsArray(connections[index].Updates)![counts[index]++] = new ConnectionUpdate(outcome.Outcome, outcome.On);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(connections);
    }

    /// <summary>The escalations with no resolution, in order.</summary>
    private ImmutableArray<Escalated> BuildUnresolved()
    {
        ReadOnlySpan<Escalated> escalations = _f.Escalations.Span;
        if (escalations.Length == _f.EscalationResolutions.Count)
        {
            return []; // each escalation is resolved at most once, so all are
        }

        var unresolved = ImmutableArray.CreateBuilder<Escalated>(escalations.Length - _f.EscalationResolutions.Count);
        for (int i = 0; i < escalations.Length; i++)
        {
            if (!_f.IsResolved(i + 1))
            {
                unresolved.Add(escalations[i]);
            }
        }

        return unresolved.DrainToImmutable();
    }
}
