using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
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
/// <see cref="Replay"/> of <see cref="Events"/> gives an equal episode.
/// </para>
/// <para>
/// <b>Rules beyond the table</b> (this library's choices, so that the history reads as an audit trail): events are
/// applied in order of <see cref="EpisodeEvent.At"/>; no event is dated before the referral (or, before it, the offer);
/// a closure is not dated before any date already recorded.
/// </para>
/// <para>
/// <b>Derived figures</b> are computed once, when the episode is built, or on first use and then cached (the
/// measurement schedule and record, the caseload summary, the read-only views of its lists): an episode is immutable, so
/// they never go stale, and reading a list twice allocates nothing the second time.
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
    private readonly EpisodeData _data;
    private ReadOnlyCollection<EpisodeEvent>? _events;
    private ReadOnlyCollection<Assignment>? _assignments;
    private ReadOnlyCollection<ContactRecorded>? _contacts;
    private ReadOnlyCollection<Connection>? _connections;
    private ReadOnlyCollection<Ons4Response>? _ons4Responses;
    private ReadOnlyCollection<PamRecorded>? _pamAssessments;
    private ReadOnlyCollection<Escalated>? _escalations;
    private ReadOnlyCollection<ComplaintRecorded>? _complaints;
    private ReadOnlyCollection<CodedEntry>? _codedEntries;
    private ReadOnlyCollection<EscalationResolved>? _resolutions;
    private ReadOnlyCollection<Escalated>? _unresolved;
    private ReadOnlyCollection<int>? _errors;
    private MeasurementSchedule? _schedule;
    private CaseloadSummary? _summary;
    private MeasurementRecord? _measurements;

    private Episode(EpisodeData data) => _data = data;

    /// <summary>Gets the episode's id.</summary>
    /// <value>The id the first event named.</value>
    public EpisodeId Id => _data.Id;

    /// <summary>Gets the person's previous episode, when this one follows it.</summary>
    /// <value>An id, or <see langword="null"/>.</value>
    public EpisodeId? PreviousEpisodeId => _data.PreviousEpisodeId;

    /// <summary>Gets where the episode stands.</summary>
    /// <value>A state of the table in <c>docs/referrals.md</c>.</value>
    public EpisodeState State => _data.State;

    /// <summary>Gets a value indicating whether the episode is open: referred and not yet ended.</summary>
    /// <value><see langword="true"/> from <see cref="EpisodeState.Referred"/> until declined, not accepted or closed.</value>
    public bool IsOpen => EpisodeTransitions.IsOpen(State);

    /// <summary>Gets a value indicating whether the episode has ended: declined, not accepted, closed, or an offer lapsed.</summary>
    /// <value><see langword="true"/> in a final state.</value>
    public bool IsFinal => State is EpisodeState.Declined or EpisodeState.NotAccepted or EpisodeState.Closed or EpisodeState.Lapsed;

    /// <summary>Gets the events, in the order applied: the stored form and audit trail of the episode.</summary>
    /// <value>At least one event.</value>
    public ReadOnlyCollection<EpisodeEvent> Events => _events ??= new ReadOnlyCollection<EpisodeEvent>(_data.Events);

    /// <summary>Gets who the episode is for.</summary>
    /// <value>The person of the first event (the referral's person, once referred).</value>
    public PersonIdentifier Person => _data.Person;

    /// <summary>Gets the ODS code of the person's registered GP practice.</summary>
    /// <value>The practice of the latest offer or referral.</value>
    public OdsCode RegisteredPractice => _data.RegisteredPractice;

    /// <summary>Gets the date social prescribing was offered.</summary>
    /// <value>A date, or <see langword="null"/> when the episode began with a referral.</value>
    public LocalDate? OfferedOn => _data.OfferedOn;

    /// <summary>Gets the referral's details.</summary>
    /// <value>The referral, or <see langword="null"/> while only offered (or declined at the offer).</value>
    public Referral? Referral => _data.Referral;

    /// <summary>Gets the date the person declined.</summary>
    /// <value>A date when <see cref="State"/> is declined; otherwise <see langword="null"/>.</value>
    public LocalDate? DeclinedOn => _data.DeclinedOn;

    /// <summary>Gets the decision not to accept the referral.</summary>
    /// <value>The event when <see cref="State"/> is not accepted; otherwise <see langword="null"/>.</value>
    public ReferralNotAccepted? NotAccepted => _data.NotAccepted;

    /// <summary>Gets the link worker who holds the episode.</summary>
    /// <value>The latest link worker assigned, or <see langword="null"/> before a link worker accepted the referral.</value>
    public LinkWorkerId? LinkWorker => _data.LinkWorker;

    /// <summary>Gets a value indicating whether the episode is held by cover while its link worker is absent (seed section 7).</summary>
    /// <value><see langword="true"/> when the latest assignment is <see cref="ReassignmentReason.Cover"/>.</value>
    public bool IsHeldByCover => _data.IsHeldByCover;

    /// <summary>Gets who held the episode, in order: the link worker who accepted it, then each reassignment.</summary>
    /// <value>Empty before a link worker accepted the referral.</value>
    public ReadOnlyCollection<Assignment> Assignments => _assignments ??= new(_data.Assignments);

    /// <summary>Gets every contact recorded, in order (seed section 10, "Contacts with link worker").</summary>
    /// <value>Attended, not attended and cancelled contacts.</value>
    public ReadOnlyCollection<ContactRecorded> Contacts => _contacts ??= new(_data.Contacts);

    /// <summary>Gets the first attended contact (seed section 10, "First contact - when, where").</summary>
    /// <value>The contact, or <see langword="null"/> before one.</value>
    public ContactRecorded? FirstContact => _data.FirstContact;

    /// <summary>Gets the number of attended contacts (seed section 10: "Number of phone calls/meetings with link worker").</summary>
    /// <value>0 or more.</value>
    public int AttendedContactCount => _data.AttendedContactCount;

    /// <summary>Gets the time spent with the person: the total duration of attended contacts (seed section 10: "including amount of time spent with the person").</summary>
    /// <value>Zero or more.</value>
    public Duration TimeWithPerson => _data.TimeWithPerson;

    /// <summary>Gets the care and support plan the episode follows.</summary>
    /// <value>A reference by id and dates, or <see langword="null"/> before one is agreed.</value>
    public CarePlanReference? CarePlan => _data.CarePlan;

    /// <summary>Gets the groups and services the person was introduced to, numbered 1, 2, 3 ... (seed section 10).</summary>
    /// <value>Possibly empty.</value>
    public ReadOnlyCollection<Connection> Connections => _connections ??= new(_data.Connections);

    /// <summary>Gets the ONS4 responses recorded, in order.</summary>
    /// <value>Possibly empty.</value>
    public ReadOnlyCollection<Ons4Response> Ons4Responses => _ons4Responses ??= new(_data.Ons4Responses);

    /// <summary>Gets the PAM scores recorded, in order.</summary>
    /// <value>Possibly empty.</value>
    public ReadOnlyCollection<PamRecorded> PamAssessments => _pamAssessments ??= new(_data.PamAssessments);

    /// <summary>Gets whether PAM suits the person, as last recorded.</summary>
    /// <value>An outcome, or <see langword="null"/> when none was recorded (treated as needing confirmation).</value>
    public PamEligibilityOutcome? PamEligibility => _data.PamEligibility;

    /// <summary>Gets the person's latest answer on their experience of the service (seed section 10, "How satisfied were they with the service?").</summary>
    /// <value>The event, or <see langword="null"/>.</value>
    public SatisfactionRecorded? Satisfaction => _data.Satisfaction;

    /// <summary>Gets "what changes took place", in the person's words, as last recorded (seed section 10).</summary>
    /// <value>The event, or <see langword="null"/>.</value>
    public ChangesRecorded? Changes => _data.Changes;

    /// <summary>Gets the concerns escalated, in order (seed section 4, key tasks; section 7).</summary>
    /// <value>Possibly empty.</value>
    public ReadOnlyCollection<Escalated> Escalations => _escalations ??= new(_data.Escalations);

    /// <summary>Gets the latest exploration of a personal health budget (seed section 4, key tasks).</summary>
    /// <value>The event, or <see langword="null"/>.</value>
    public PersonalHealthBudgetExplored? PersonalHealthBudget => _data.PersonalHealthBudget;

    /// <summary>Gets the complaints recorded, in order (seed section 5 item 1).</summary>
    /// <value>Possibly empty.</value>
    public ReadOnlyCollection<ComplaintRecorded> Complaints => _complaints ??= new(_data.Complaints);

    /// <summary>Gets the person's latest answers to the sharing permissions (seed section 5 items 5 and 7).</summary>
    /// <value><see cref="SharingPermissions.NoneAsked"/> until recorded: nothing is allowed.</value>
    public SharingPermissions Permissions => _data.Permissions;

    /// <summary>Gets the person's answer on need-to-know sharing with one connection (seed section 5 item 5).</summary>
    /// <param name="connectionNumber">The connection's number, from 1.</param>
    /// <returns>Their answer for that group or agency when they gave one (<see cref="ConnectionSharingRecorded"/>); otherwise their episode-wide need-to-know answer.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="connectionNumber"/> is not the number of one of the episode's connections.</exception>
    public ConsentAnswer NeedToKnowFor(int connectionNumber)
    {
        Preconditions.CheckArgumentRange(nameof(connectionNumber), connectionNumber, 1, _data.Connections.Length);
        ConsentAnswer own = _data.ConnectionSharing[connectionNumber - 1];
        return own != ConsentAnswer.NotAsked ? own : _data.Permissions.AnswerFor(SharingPermission.NeedToKnowSharingWithConnectedServices);
    }

    /// <summary>Gets the person's answer on need-to-know sharing with the agency that referred them, which is not a connection (<see cref="ReferrerSharingRecorded"/>).</summary>
    /// <value><see cref="ConsentAnswer.NotAsked"/> until recorded: nothing beyond the dates and the ending is shared with a referrer outside the practice.</value>
    public ConsentAnswer ReferrerSharing => _data.ReferrerSharing;

    /// <summary>Gets how urgently the person needs support now (seed section 4, JD: "any urgent support required").</summary>
    /// <value>The referral's urgency, or the latest <see cref="UrgencyChanged"/>; <see langword="null"/> while only offered.</value>
    public Urgency? Urgency => _data.Urgency;

    /// <summary>Gets the resolutions of escalated concerns, in the order recorded.</summary>
    /// <value>Possibly empty.</value>
    public ReadOnlyCollection<EscalationResolved> EscalationResolutions => _resolutions ??= new(_data.EscalationResolutions);

    /// <summary>Gets the escalations not yet resolved, in order: they lead the caseload until resolved (seed section 7).</summary>
    /// <value>Possibly empty.</value>
    public ReadOnlyCollection<Escalated> UnresolvedEscalations => _unresolved ??= new(
        [.. _data.Escalations.Where((_, i) => !_data.EscalationResolutions.Any(r => r.EscalationNumber == i + 1))]);

    /// <summary>Gets the numbers of the events entered in error (<see cref="EnteredInError"/>): the episode is the fold of its events without them.</summary>
    /// <value>Possibly empty; <see cref="Events"/> still holds every event.</value>
    public ReadOnlyCollection<int> EventsEnteredInError => _errors ??= new(_data.EnteredInError);

    /// <summary>Gets the pause in force.</summary>
    /// <value>The event when <see cref="State"/> is on hold; otherwise <see langword="null"/>.</value>
    public PutOnHold? Hold => _data.Hold;

    /// <summary>Gets the date the episode closed.</summary>
    /// <value>A date when <see cref="State"/> is closed; otherwise <see langword="null"/>.</value>
    public LocalDate? ClosedOn => _data.ClosedOn;

    /// <summary>Gets why the episode closed.</summary>
    /// <value>A reason when <see cref="State"/> is closed (<see cref="Referrals.ClosureReason.ReferredBackToClinician"/> when an escalation closed it); otherwise <see langword="null"/>.</value>
    public ClosureReason? ClosureReason => _data.ClosureReason;

    /// <summary>Gets what the other closure reason is.</summary>
    /// <value>1 to 150 characters for <see cref="Referrals.ClosureReason.Other"/>; otherwise <see langword="null"/>.</value>
    public string? OtherClosureReason => _data.OtherClosureReason;

    /// <summary>Gets why the follow-up outcome measures were not taken, as recorded at closure.</summary>
    /// <value>A reason, or <see langword="null"/>.</value>
    public MeasuresNotTakenReason? MeasuresNotTaken => _data.MeasuresNotTaken;

    /// <summary>
    /// Gets the SNOMED CT codes for the GP record, in the order they arose, each with its date (seed section 10):
    /// 871691000000100 when offered, 871731000000106 once when the person accepts the referral, 871711000000103 when
    /// declined. A GP system writes the list as it is: no code is duplicated.
    /// </summary>
    /// <value>One entry per offer, referral and decline in the history.</value>
    public ReadOnlyCollection<CodedEntry> CodedEntries => _codedEntries ??= new(_data.CodedEntries);

    /// <summary>Gets the number of days from the referral to the first attended contact (seed section 10: "Date referred to link worker - for indication of waiting times").</summary>
    /// <value>0 or more once a first contact is recorded; otherwise <see langword="null"/>.</value>
    public int? DaysToFirstContact => _data.Referral is Referral referral && _data.FirstContact is ContactRecorded first
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
            if (_schedule is null && _data.FirstContact is ContactRecorded first)
            {
                var schedule = new MeasurementSchedule(first.On);
                _schedule = _data.ClosedOn is null ? schedule : schedule.EndOn(FollowUpEnd(schedule, _data));
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
    public LocalDate? FollowUpEndsOn => _data.FirstContact is ContactRecorded first ? FollowUpEnd(new MeasurementSchedule(first.On), _data) : null;

    /// <summary>Starts an episode with its first event: an offer or a referral.</summary>
    /// <param name="firstEvent">A <see cref="SocialPrescribingOffered"/> or <see cref="ReferralMade"/> event.</param>
    /// <returns>The new episode, or an error naming no state (none had begun) and the kind asked for.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="firstEvent"/> is null.</exception>
    public static EpisodeResult Start(EpisodeEvent firstEvent)
    {
        Preconditions.CheckNotNull(firstEvent, nameof(firstEvent));
        EpisodeData? data = StartData(firstEvent);
        EpisodeErrorKind? broken = firstEvent.Number != 1 ? EpisodeErrorKind.NotNextNumber
            : data is null ? EpisodeErrorKind.NotAllowedInState
            : null;
        return broken is EpisodeErrorKind kind
            ? EpisodeResult.Refused(new EpisodeError(kind, null, firstEvent.Kind))
            : EpisodeResult.Success(new Episode(data!), firstEvent, data!.CodedEntries);
    }

    /// <summary>Applies the next event: a new episode, or an error naming the current state and the kind asked for. This episode never changes.</summary>
    /// <param name="episodeEvent">The event.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="episodeEvent"/> is null.</exception>
    public EpisodeResult Apply(EpisodeEvent episodeEvent)
    {
        Preconditions.CheckNotNull(episodeEvent, nameof(episodeEvent));
        EpisodeErrorKind? broken = Check(episodeEvent);
        return broken is EpisodeErrorKind kind
            ? EpisodeResult.Refused(new EpisodeError(kind, State, episodeEvent.Kind))
            : episodeEvent is EnteredInError error ? Correct(error)
            : Succeeded(new Episode(Next(episodeEvent)), episodeEvent);
    }

    /// <summary>Rebuilds an episode from its events: the first through <see cref="Start"/>, each next through <see cref="Apply"/>.</summary>
    /// <param name="events">The events, in order.</param>
    /// <returns>The episode.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="events"/> is empty or holds a null entry, or an event is refused; the message gives the event's
    /// position (from 0), its kind and the refusal, never anything about the person.
    /// </exception>
    public static Episode Replay(IEnumerable<EpisodeEvent> events)
    {
        Preconditions.CheckNotNull(events, nameof(events));
        Episode? episode = null;
        int index = 0;
        foreach (EpisodeEvent? next in events)
        {
            Preconditions.CheckArgument(next is not null, nameof(events), ReferralsMessages.ReplayNull);
            EpisodeResult result = episode is null ? Start(next) : episode.Apply(next);
            if (!result.IsSuccess)
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, ReferralsMessages.ReplayRefusedFormat, index, next.Kind, result.Error.Message), nameof(events));
            }

            episode = result.Episode;
            index++;
        }

        return episode ?? throw new ArgumentException(ReferralsMessages.ReplayEmpty, nameof(events));
    }

    /// <summary>Gets the waiting time in days from the referral to the first attended contact; for an open episode still waiting, the wait so far.</summary>
    /// <param name="asOf">The date asked about, for an episode still waiting.</param>
    /// <returns>
    /// With a first contact, the days from the referral to it. Without one: for an open episode, the days from the
    /// referral to <paramref name="asOf"/> (0 when <paramref name="asOf"/> is before the referral); for an ended episode,
    /// the days from the referral to the date it ended. <see langword="null"/> when there is no referral. Never negative.
    /// </returns>
    public int? WaitingDays(LocalDate asOf)
    {
        if (_data.Referral is not Referral referral)
        {
            return null;
        }

        LocalDate until = DaysToFirstContact is int done ? referral.ReferredOn.PlusDays(done)
            : IsFinal ? _data.DeclinedOn ?? _data.NotAccepted?.On ?? _data.ClosedOn!.Value
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
        => MeasurementSchedule?.PamOn(asOf, Measurements, PamEligibilities.For(_data.PamEligibility));

    /// <summary>Describes the episode by id, state and number of events.</summary>
    /// <returns>For example <c>Episode 0f8fad5b-d9cb-469f-a165-70867728950e: Connected, 12 events</c>.</returns>
    public override string ToString() => Texts.Invariant($"Episode {Id}: {State}, {_data.Events.Length} events");

    /// <summary>Compares two episodes by their events, in order.</summary>
    /// <param name="other">The episode to compare with.</param>
    /// <returns><see langword="true"/> when both have equal events in the same order.</returns>
    public bool Equals([NotNullWhen(true)] Episode? other)
        => other is not null && (ReferenceEquals(this, other) || _data.Events.SequenceEqual(other._data.Events));

    /// <summary>Compares this episode with an object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal <see cref="Episode"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as Episode);

    /// <summary>Returns a hash code consistent with <see cref="Equals(Episode)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Id, _data.Events.Length, _data.Events[^1]);

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
    public int NextNumber => _data.Events.Length + 1;

    internal EpisodeData Data => _data;

    /// <summary>What a caseload needs of this episode, computed on first use.</summary>
    internal CaseloadSummary Summary => _summary ??= new CaseloadSummary(this);

    /// <summary>The assessments taken and the support taken up, as the measurement schedule reads them; built on first use and cached (the episode never changes).</summary>
    internal MeasurementRecord Measurements => _measurements ??= SupportTakenUpDates.Aggregate(
        MeasurementRecord.From(Ons4Dates.Select(d => new RecordedAssessment(MeasureKind.Ons4, d))
            .Concat(PamDates.Select(d => new RecordedAssessment(MeasureKind.Pam, d)))),
        (record, on) => record.WithSupportTakenUp(on));

    internal IEnumerable<LocalDate> Ons4Dates => _data.Ons4Responses.Select(r => r.DateAsked);

    internal IEnumerable<LocalDate> PamDates => _data.PamAssessments.Select(p => p.On);

    internal IEnumerable<LocalDate> SupportTakenUpDates => _data.Connections.SelectMany(c => c.SupportTakenUpDates);

    /// <summary>What the first event starts: the data of a new episode, or null when the event cannot start one.</summary>
    private static EpisodeData? StartData(EpisodeEvent firstEvent) => firstEvent switch
    {
        SocialPrescribingOffered offered => new EpisodeData
        {
            Id = offered.EpisodeId,
            PreviousEpisodeId = offered.PreviousEpisodeId,
            State = EpisodeState.Offered,
            Events = [offered],
            Person = offered.Person,
            RegisteredPractice = offered.RegisteredPractice,
            OfferedOn = offered.On,
            CodedEntries = [new CodedEntry(SocialPrescribingConcepts.Offered, offered.On)],
            LatestDate = offered.On,
            LastAt = offered.At,
        },
        ReferralMade referred => new EpisodeData
        {
            Id = referred.EpisodeId,
            PreviousEpisodeId = referred.PreviousEpisodeId,
            State = EpisodeState.Referred,
            Events = [referred],
            Person = referred.Referral.Person,
            RegisteredPractice = referred.Referral.RegisteredPractice,
            Referral = referred.Referral,
            Urgency = referred.Referral.Urgency,
            CodedEntries = [new CodedEntry(SocialPrescribingConcepts.ReferralToService, referred.On)],
            LatestDate = referred.On,
            LastAt = referred.At,
        },
        _ => null,
    };

    /// <summary>
    /// Applies a correction: folds the history again without the events entered in error (and without the corrections
    /// themselves), then keeps the whole history, the correction included. The first event and the events that wrote a
    /// code are never entered in error (<see cref="Check"/>), so the refold starts as the episode did and writes the same codes.
    /// </summary>
    private EpisodeResult Correct(EnteredInError error)
    {
        ImmutableArray<int> marked = _data.EnteredInError.Add(error.EventNumber);
        Episode episode = new(StartData(_data.Events[0])!);
        foreach (EpisodeEvent e in _data.Events.AsSpan()[1..])
        {
            if (e is EnteredInError || marked.Contains(e.Number))
            {
                continue;
            }

            if (episode.Check(e, refolding: true) is not null)
            {
                return EpisodeResult.Refused(new EpisodeError(EpisodeErrorKind.CorrectionBreaksHistory, State, error.Kind));
            }

            episode = new Episode(episode.Next(e));
        }

        return Succeeded(new Episode(episode._data with { Events = _data.Events.Add(error), EnteredInError = marked, LastAt = error.At }), error);
    }

    /// <summary>The end of the follow-up: the closure date for a reason that stops it, otherwise the measurement year and its due window.</summary>
    private static LocalDate FollowUpEnd(MeasurementSchedule schedule, EpisodeData d)
        => d.ClosedOn is LocalDate closed && d.ClosureReason is Referrals.ClosureReason reason && StopsFollowUp(reason)
            ? closed
            : schedule.MeasuredThrough.Plus(schedule.Cadence.DueWindow);

    /// <summary>Whether a closure reason ends the follow-up at once: the person died, or declined further contact.</summary>
    internal static bool StopsFollowUp(ClosureReason reason) => reason is Referrals.ClosureReason.Died or Referrals.ClosureReason.PersonDeclinedFurtherSupport;

    /// <summary>The result of an accepted event, with the coded entries it added.</summary>
    private EpisodeResult Succeeded(Episode next, EpisodeEvent applied)
    {
        ImmutableArray<CodedEntry> before = _data.CodedEntries, after = next._data.CodedEntries;
        return EpisodeResult.Success(next, applied, after.Length == before.Length ? [] : after[before.Length..]);
    }

    /// <summary>Whole days from <paramref name="from"/> to <paramref name="to"/>, negative when <paramref name="to"/> is earlier.</summary>
    internal static int DaysBetween(LocalDate from, LocalDate to) => Period.DaysBetween(from, to);
}
