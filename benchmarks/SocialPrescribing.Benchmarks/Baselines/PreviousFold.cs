using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Globalization;
using NodaTime;
using SocialPrescribing.Measures;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Benchmarks.Baselines;

/// <summary>
/// The episode fold as it was before issue 19 (commit 64cc01b, <c>Episode.cs</c>, <c>Episode.Fold.cs</c>,
/// <c>EpisodeData.cs</c>), ported over the public event types as the baseline of <see cref="EpisodeFoldBenchmarks"/>.
/// </summary>
/// <remarks>
/// <para>
/// The data path is the old one, line for line: each event copies the ~40-field state record with <c>with</c> (twice
/// for most kinds: once for the history, once for the kind), appends with <see cref="ImmutableArray{T}.Add"/> (copying
/// the whole array), replaces a connection with <see cref="ImmutableArray{T}.SetItem"/>, and wraps the new state in a
/// new episode object and a new result; a replay is <c>Start</c> then <c>Apply</c> per event; the checks are the same,
/// in the same order (the state table is copied from <c>EpisodeTransitions</c>, the consent merge from
/// <c>ConsentAnswers</c>). What the old episode did only when asked (its read-only views, caseload summary, schedule)
/// is left out, as a replay never asked for it; the episode keeps the old object's fields so it has the old size.
/// </para>
/// <para>
/// Only the fold is ported: nothing reads these episodes but the benchmark, which checks that they hold the same events
/// and state as the library's.
/// </para>
/// </remarks>
public static class PreviousFold
{
    /// <summary>Replays events as the old <c>Episode.Replay</c> did: <c>Start</c>, then <c>Apply</c> for each next event.</summary>
    /// <param name="events">The events, in order.</param>
    /// <returns>The episode.</returns>
    public static PreviousEpisode Replay(IEnumerable<EpisodeEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        PreviousEpisode? episode = null;
        int index = 0;
        foreach (EpisodeEvent? next in events)
        {
            ArgumentNullException.ThrowIfNull(next, nameof(events));
            PreviousResult result = episode is null ? PreviousEpisode.Start(next) : episode.Apply(next);
            if (!result.IsSuccess)
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "Event {0} ({1}) could not be applied: {2}", index, next.Kind, result.Error), nameof(events));
            }

            episode = result.Episode!;
            index++;
        }

        return episode ?? throw new ArgumentException("Events to replay should hold at least one event.", nameof(events));
    }

    /// <summary>The old <c>EpisodeResult</c>: the new episode and the coded entries it added, or the refusal.</summary>
    public sealed class PreviousResult(PreviousEpisode? episode, EpisodeEvent? applied, ImmutableArray<CodedEntry> added, EpisodeErrorKind? error)
    {
        public PreviousEpisode? Episode { get; } = episode;

        public EpisodeEvent? Event { get; } = applied;

        public ImmutableArray<CodedEntry> AddedCodedEntries { get; } = added;

        public EpisodeErrorKind? Error { get; } = error;

        public bool IsSuccess { get; } = error is null;
    }

    /// <summary>The old <c>Connection</c>: its constructor copies the updates into a new read-only view.</summary>
    public sealed class PreviousConnection
    {
        private readonly ImmutableArray<ConnectionUpdate> _updates;

        public PreviousConnection(int number, ConnectionMade made, ImmutableArray<ConnectionUpdate> updates)
        {
            Number = number;
            Made = made;
            _updates = updates;
            Updates = new ReadOnlyCollection<ConnectionUpdate>(updates.AsSpan().ToArray());
        }

        public int Number { get; }

        public ConnectionMade Made { get; }

        public ReadOnlyCollection<ConnectionUpdate> Updates { get; }

        public PreviousConnection With(ConnectionUpdate update) => new(Number, Made, _updates.Add(update));
    }

    /// <summary>The old <c>EpisodeData</c>.</summary>
    public sealed record PreviousData
    {
        public required EpisodeId Id { get; init; }

        public EpisodeId? PreviousEpisodeId { get; init; }

        public required EpisodeState State { get; init; }

        public EpisodeState? StateBeforeHold { get; init; }

        public required ImmutableArray<EpisodeEvent> Events { get; init; }

        public required PersonIdentifier Person { get; init; }

        public required OdsCode RegisteredPractice { get; init; }

        public LocalDate? OfferedOn { get; init; }

        public Referral? Referral { get; init; }

        public LocalDate? DeclinedOn { get; init; }

        public ReferralNotAccepted? NotAccepted { get; init; }

        public LinkWorkerId? LinkWorker { get; init; }

        public bool IsHeldByCover { get; init; }

        public ImmutableArray<Assignment> Assignments { get; init; } = [];

        public ImmutableArray<ContactRecorded> Contacts { get; init; } = [];

        public ContactRecorded? FirstContact { get; init; }

        public int AttendedContactCount { get; init; }

        public Duration TimeWithPerson { get; init; }

        public CarePlanReference? CarePlan { get; init; }

        public ImmutableArray<PreviousConnection> Connections { get; init; } = [];

        public ImmutableArray<Ons4Response> Ons4Responses { get; init; } = [];

        public ImmutableArray<PamRecorded> PamAssessments { get; init; } = [];

        public PamEligibilityOutcome? PamEligibility { get; init; }

        public SatisfactionRecorded? Satisfaction { get; init; }

        public ChangesRecorded? Changes { get; init; }

        public ImmutableArray<Escalated> Escalations { get; init; } = [];

        public PersonalHealthBudgetExplored? PersonalHealthBudget { get; init; }

        public ImmutableArray<ComplaintRecorded> Complaints { get; init; } = [];

        public SharingPermissions Permissions { get; init; }

        public PutOnHold? Hold { get; init; }

        public LocalDate? ClosedOn { get; init; }

        public ClosureReason? ClosureReason { get; init; }

        public string? OtherClosureReason { get; init; }

        public MeasuresNotTakenReason? MeasuresNotTaken { get; init; }

        public ImmutableArray<CodedEntry> CodedEntries { get; init; } = [];

        /// <summary>How urgent support is now: the referral's urgency, then each change.</summary>
        public Urgency? Urgency { get; init; }

        /// <summary>The resolutions of escalations, in the order recorded.</summary>
        public ImmutableArray<EscalationResolved> EscalationResolutions { get; init; } = [];

        /// <summary>The person's need-to-know answer per connection (by number - 1), NotAsked where they gave none.</summary>
        public ImmutableArray<ConsentAnswer> ConnectionSharing { get; init; } = [];

        /// <summary>The person's answer on sharing with the referring agency.</summary>
        public ConsentAnswer ReferrerSharing { get; init; }

        /// <summary>The numbers of the events entered in error, in the order marked.</summary>
        public ImmutableArray<int> EnteredInError { get; init; } = [];

        /// <summary>The latest <see cref="EpisodeEvent.On"/> of any event so far.</summary>
        public required LocalDate LatestDate { get; init; }

        /// <summary>The <see cref="EpisodeEvent.At"/> of the latest event.</summary>
        public required Instant LastAt { get; init; }

        /// <summary>The referral date, or before a referral the offer date.</summary>
        public LocalDate StartDate => Referral?.ReferredOn ?? OfferedOn!.Value;
    }

    /// <summary>The old <c>Episode</c>: the state record, and the fields of the views it made on first use.</summary>
    public sealed class PreviousEpisode
    {
        private readonly PreviousData _data;
#pragma warning disable CS0169 // never read or written: the old episode's cached views and figures, kept so the object has the old size
        private readonly object? _events, _assignments, _contacts, _connections, _ons4Responses, _pamAssessments, _escalations, _complaints;
        private readonly object? _codedEntries, _resolutions, _unresolved, _errors, _schedule, _summary, _measurements;
#pragma warning restore CS0169

        private PreviousEpisode(PreviousData data) => _data = data;

        public PreviousData Data => _data;

        public EpisodeState State => _data.State;

        public LocalDate? FollowUpEndsOn => _data.FirstContact is ContactRecorded first ? FollowUpEnd(new MeasurementSchedule(first.On), _data) : null;

        public static PreviousResult Start(EpisodeEvent firstEvent)
        {
            ArgumentNullException.ThrowIfNull(firstEvent);
            PreviousData? data = StartData(firstEvent);
            EpisodeErrorKind? broken = firstEvent.Number != 1 ? EpisodeErrorKind.NotNextNumber
                : data is null ? EpisodeErrorKind.NotAllowedInState
                : null;
            return broken is EpisodeErrorKind kind
                ? new PreviousResult(null, null, [], kind)
                : new PreviousResult(new PreviousEpisode(data!), firstEvent, data!.CodedEntries, null);
        }

        public PreviousResult Apply(EpisodeEvent episodeEvent)
        {
            ArgumentNullException.ThrowIfNull(episodeEvent);
            EpisodeErrorKind? broken = Check(episodeEvent);
            return broken is EpisodeErrorKind kind
                ? new PreviousResult(null, null, [], kind)
                : episodeEvent is EnteredInError error ? Correct(error)
                : Succeeded(new PreviousEpisode(Next(episodeEvent)), episodeEvent);
        }

        public EpisodeErrorKind? Check(EpisodeEvent e, bool refolding = false)
        {
            PreviousData d = _data;
            if (e.EpisodeId != d.Id)
            {
                return EpisodeErrorKind.WrongEpisode;
            }

            if (!refolding && e.Number != d.Events.Length + 1)
            {
                return EpisodeErrorKind.NotNextNumber;
            }

            if (!PreviousTransitions.IsAllowed(d.State, e.Kind))
            {
                return EpisodeErrorKind.NotAllowedInState;
            }

            if (e.At < d.LastAt)
            {
                return EpisodeErrorKind.OutOfOrder;
            }

            if (e.On < d.StartDate)
            {
                return EpisodeErrorKind.DateBeforeStart;
            }

            return e switch
            {
                ReferralMade referred when referred.Referral.Person != d.Person
                    || (referred.PreviousEpisodeId is EpisodeId previous && previous != d.PreviousEpisodeId) => EpisodeErrorKind.InconsistentWithEpisode,
                CarePlanAgreed when d.CarePlan is not null => EpisodeErrorKind.CarePlanAlreadyAgreed,
                ConnectionOutcomeRecorded outcome when outcome.ConnectionNumber > d.Connections.Length => EpisodeErrorKind.UnknownConnection,
                ConnectionSharingRecorded sharing when sharing.ConnectionNumber > d.Connections.Length => EpisodeErrorKind.UnknownConnection,
                Ons4Recorded or PamRecorded or PamEligibilityRecorded or SatisfactionRecorded or ChangesRecorded
                    when d.State == EpisodeState.Closed && !(FollowUpEndsOn is LocalDate end && e.On <= end) => EpisodeErrorKind.FollowUpEnded,
                EscalationResolved resolved when resolved.EscalationNumber > d.Escalations.Length => EpisodeErrorKind.UnknownEscalation,
                EscalationResolved resolved when d.EscalationResolutions.Any(r => r.EscalationNumber == resolved.EscalationNumber) => EpisodeErrorKind.AlreadyResolved,
                EscalationResolved resolved when resolved.On < d.Escalations[resolved.EscalationNumber - 1].On => EpisodeErrorKind.DateOutOfOrder,
                NhsNumberTraced when d.Person.NhsNumber is not null => EpisodeErrorKind.AlreadyIdentified,
                ReferrerSharingRecorded when d.Referral is null => EpisodeErrorKind.NotAllowedInState,
                EnteredInError error when error.EventNumber >= e.Number || d.Events[error.EventNumber - 1] is EnteredInError || d.EnteredInError.Contains(error.EventNumber) => EpisodeErrorKind.UnknownEvent,
                EnteredInError error when d.Events[error.EventNumber - 1] is SocialPrescribingOffered or ReferralMade or PersonDeclined => EpisodeErrorKind.CannotBeEnteredInError,
                ConnectionOutcomeRecorded outcome when outcome.On < d.Connections[outcome.ConnectionNumber - 1].Made.On => EpisodeErrorKind.DateOutOfOrder,
                ReviewStarted when d.CarePlan is null => EpisodeErrorKind.NoCarePlan,
                ReviewCompleted review when review.On < d.CarePlan!.AgreedOn => EpisodeErrorKind.DateOutOfOrder,
                EpisodeReassigned reassigned when reassigned.LinkWorker == d.LinkWorker => EpisodeErrorKind.AlreadyHeld,
                EpisodeResumed resumed when resumed.On < d.Hold!.On => EpisodeErrorKind.DateOutOfOrder,
                EpisodeClosed closed when closed.On < d.LatestDate => EpisodeErrorKind.DateOutOfOrder,
                Escalated { ClosesEpisode: true } escalated when escalated.On < d.LatestDate => EpisodeErrorKind.DateOutOfOrder,
                _ => null,
            };
        }


        private PreviousData Next(EpisodeEvent e)
        {
            PreviousData d = _data with
            {
                Events = _data.Events.Add(e),
                LastAt = e.At,
                LatestDate = e.On > _data.LatestDate ? e.On : _data.LatestDate,
            };

            switch (e)
            {
                case ReferralMade referred:
                    return d with
                    {
                        State = EpisodeState.Referred,
                        Referral = referred.Referral,
                        Urgency = referred.Referral.Urgency,
                        RegisteredPractice = referred.Referral.RegisteredPractice,
                        CodedEntries = d.CodedEntries.Add(new CodedEntry(SocialPrescribingConcepts.ReferralToService, referred.On)),
                    };
                case PersonDeclined declined:
                    return d with
                    {
                        State = EpisodeState.Declined,
                        DeclinedOn = declined.On,
                        CodedEntries = d.CodedEntries.Add(new CodedEntry(SocialPrescribingConcepts.Declined, declined.On)),
                    };
                case ReferralAccepted accepted:
                    return d with
                    {
                        State = EpisodeState.Accepted,
                        LinkWorker = accepted.LinkWorker,
                        IsHeldByCover = false,
                        Assignments = d.Assignments.Add(new Assignment(accepted.LinkWorker!.Value, accepted.On, null)),
                    };
                case ReferralNotAccepted notAccepted:
                    return d with { State = EpisodeState.NotAccepted, NotAccepted = notAccepted };
                case ContactRecorded contact:
                    return contact.IsAttended
                        ? d with
                        {
                            Contacts = d.Contacts.Add(contact),
                            FirstContact = d.FirstContact ?? contact,
                            AttendedContactCount = d.AttendedContactCount + 1,
                            TimeWithPerson = d.TimeWithPerson + contact.Duration,
                            State = d.State == EpisodeState.Accepted ? EpisodeState.FirstContactMade : d.State,
                        }
                        : d with { Contacts = d.Contacts.Add(contact) };
                case CarePlanAgreed plan:
                    return d with
                    {
                        CarePlan = plan.Plan,
                        Permissions = Merge(d.Permissions, plan.Permissions),
                        State = d.State == EpisodeState.FirstContactMade ? EpisodeState.PlanAgreed : d.State,
                    };
                case ConnectionMade made:
                    return d with
                    {
                        Connections = d.Connections.Add(new PreviousConnection(d.Connections.Length + 1, made, [])),
                        ConnectionSharing = d.ConnectionSharing.Add(ConsentAnswer.NotAsked),
                        State = d.State is EpisodeState.FirstContactMade or EpisodeState.PlanAgreed ? EpisodeState.Connected : d.State,
                    };
                case ConnectionOutcomeRecorded outcome:
                    return d with
                    {
                        Connections = d.Connections.SetItem(
                            outcome.ConnectionNumber - 1,
                            d.Connections[outcome.ConnectionNumber - 1].With(new ConnectionUpdate(outcome.Outcome, outcome.On))),
                    };
                case Ons4Recorded ons4:
                    return d with { Ons4Responses = d.Ons4Responses.Add(ons4.Response) };
                case PamRecorded pam:
                    return d with { PamAssessments = d.PamAssessments.Add(pam) };
                case PamEligibilityRecorded eligibility:
                    return d with { PamEligibility = eligibility.Outcome };
                case SatisfactionRecorded satisfaction:
                    return d with { Satisfaction = satisfaction };
                case ChangesRecorded changes:
                    return d with { Changes = changes };
                case ReviewStarted:
                    return d with { State = EpisodeState.UnderReview };
                case ReviewCompleted review:
                    return d with
                    {
                        CarePlan = new CarePlanReference(d.CarePlan!.PlanId, d.CarePlan.AgreedOn, review.NextReviewOn),
                        State = d.Connections.IsEmpty ? EpisodeState.PlanAgreed : EpisodeState.Connected,
                    };
                case Escalated escalated:
                    d = d with { Escalations = d.Escalations.Add(escalated) };
                    return escalated.ClosesEpisode ? Close(d, escalated.On, SocialPrescribing.Referrals.ClosureReason.ReferredBackToClinician, null, null) : d;
                case PersonalHealthBudgetExplored budget:
                    return d with { PersonalHealthBudget = budget };
                case ComplaintRecorded complaint:
                    return d with { Complaints = d.Complaints.Add(complaint) };
                case PermissionsRecorded permissions:
                    return d with { Permissions = Merge(d.Permissions, permissions.Permissions) };
                case OfferLapsed:
                    return d with { State = EpisodeState.Lapsed };
                case EscalationResolved resolved:
                    return d with { EscalationResolutions = d.EscalationResolutions.Add(resolved) };
                case UrgencyChanged urgency:
                    return d with { Urgency = urgency.Urgency };
                case NhsNumberTraced traced:
                    return d with { Person = PersonIdentifier.Create(traced.NhsNumber, d.Person.LocalKey) };
                case ConnectionSharingRecorded sharing:
                    return d with { ConnectionSharing = d.ConnectionSharing.SetItem(sharing.ConnectionNumber - 1, sharing.Answer) };
                case ReferrerSharingRecorded sharing:
                    return d with { ReferrerSharing = sharing.Answer };
                case MeasuresNotTakenRecorded notTaken:
                    return d with { MeasuresNotTaken = notTaken.Reason };
                case EpisodeReassigned reassigned:
                    return d with
                    {
                        LinkWorker = reassigned.LinkWorker,
                        IsHeldByCover = reassigned.Reason == ReassignmentReason.Cover,
                        Assignments = d.Assignments.Add(new Assignment(reassigned.LinkWorker!.Value, reassigned.On, reassigned.Reason)),
                    };
                case PutOnHold hold:
                    return d with { State = EpisodeState.OnHold, StateBeforeHold = d.State, Hold = hold };
                case EpisodeResumed:
                    return d with { State = d.StateBeforeHold!.Value, StateBeforeHold = null, Hold = null };
                case EpisodeClosed closed:
                    return Close(d, closed.On, closed.Reason, closed.OtherReason, closed.MeasuresNotTaken);
                default:
                    // SocialPrescribingOffered is a start event only: the table refuses it once an episode has begun.
                    throw new InvalidOperationException("Not allowed in this state.");
            }
        }

        private static PreviousData Close(PreviousData d, LocalDate on, ClosureReason reason, string? otherReason, MeasuresNotTakenReason? measuresNotTaken)
            => d with
            {
                State = EpisodeState.Closed,
                ClosedOn = on,
                ClosureReason = reason,
                OtherClosureReason = otherReason,
                MeasuresNotTaken = measuresNotTaken,
                Hold = null,
                StateBeforeHold = null,
            };


        private static SharingPermissions Merge(SharingPermissions before, SharingPermissions recorded)
        {
            SharingPermissions merged = before;
            foreach (SharingPermission permission in SharingPermissions.AllPermissions)
            {
                ConsentAnswer answer = recorded.AnswerFor(permission);
                if (answer != ConsentAnswer.NotAsked)
                {
                    merged = merged.With(permission, answer);
                }
            }

            return merged;
        }

        private static PreviousData? StartData(EpisodeEvent firstEvent) => firstEvent switch
        {
            SocialPrescribingOffered offered => new PreviousData
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
            ReferralMade referred => new PreviousData
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

        private static LocalDate FollowUpEnd(MeasurementSchedule schedule, PreviousData d)
            => d.ClosedOn is LocalDate closed && d.ClosureReason is SocialPrescribing.Referrals.ClosureReason reason && reason is SocialPrescribing.Referrals.ClosureReason.Died or SocialPrescribing.Referrals.ClosureReason.PersonDeclinedFurtherSupport
                ? closed
                : schedule.MeasuredThrough.Plus(schedule.Cadence.DueWindow);

        private PreviousResult Correct(EnteredInError error)
        {
            ImmutableArray<int> marked = _data.EnteredInError.Add(error.EventNumber);
            PreviousEpisode episode = new(StartData(_data.Events[0])!);
            foreach (EpisodeEvent e in _data.Events.AsSpan()[1..])
            {
                if (e is EnteredInError || marked.Contains(e.Number))
                {
                    continue;
                }

                if (episode.Check(e, refolding: true) is not null)
                {
                    return new PreviousResult(null, null, [], EpisodeErrorKind.CorrectionBreaksHistory);
                }

                episode = new PreviousEpisode(episode.Next(e));
            }

            return Succeeded(new PreviousEpisode(episode._data with { Events = _data.Events.Add(error), EnteredInError = marked, LastAt = error.At }), error);
        }

        private PreviousResult Succeeded(PreviousEpisode next, EpisodeEvent applied)
        {
            ImmutableArray<CodedEntry> before = _data.CodedEntries, after = next._data.CodedEntries;
            return new PreviousResult(next, applied, after.Length == before.Length ? [] : after[before.Length..], null);
        }
    }

    /// <summary>The old <c>EpisodeTransitions</c>: the state table.</summary>
    private static class PreviousTransitions
    {
        private const EpisodeState None = 0;

        /// <summary>The states in which a link worker supports the person: from the first contact to a review.</summary>
        private static readonly EpisodeState[] Working = [EpisodeState.FirstContactMade, EpisodeState.PlanAgreed, EpisodeState.Connected, EpisodeState.UnderReview];

        /// <summary>The states in which a link worker holds the episode.</summary>
        private static readonly EpisodeState[] Held = [EpisodeState.Accepted, .. Working, EpisodeState.OnHold];

        /// <summary>The open states: referred and not yet ended.</summary>
        private static readonly EpisodeState[] Open = [EpisodeState.Referred, .. Held];

        /// <summary>Every state: corrections and a traced NHS number apply whatever the episode's state.</summary>
        private static readonly EpisodeState[] Any = Enum.GetValues<EpisodeState>();

        /// <summary>The states in which a follow-up is recorded: working with the person, and after closure within the measurement year.</summary>
        private static readonly EpisodeState[] FollowingUp = [.. Working, EpisodeState.Closed];

        /// <summary>For each kind (by its value), the states it is allowed in; <see cref="None"/> stands for "no episode yet".</summary>
        private static readonly EpisodeState[][] AllowedFrom = Build();

        public static bool IsAllowed(EpisodeState? state, EpisodeEventKind kind)
            => (int)kind > 0 && (int)kind < AllowedFrom.Length && Array.IndexOf(AllowedFrom[(int)kind], state ?? None) >= 0;

        public static bool IsOpen(EpisodeState state) => Array.IndexOf(Open, state) >= 0;

        public static bool IsWorking(EpisodeState state) => Array.IndexOf(Working, state) >= 0;

        private static EpisodeState[][] Build()
        {
            var table = new EpisodeState[Enum.GetValues<EpisodeEventKind>().Length + 1][];
            table[(int)EpisodeEventKind.Offered] = [None];
            table[(int)EpisodeEventKind.Referred] = [None, EpisodeState.Offered];
            table[(int)EpisodeEventKind.Declined] = [EpisodeState.Offered, EpisodeState.Referred, EpisodeState.Accepted];
            table[(int)EpisodeEventKind.Accepted] = [EpisodeState.Referred];
            table[(int)EpisodeEventKind.NotAccepted] = [EpisodeState.Referred];
            table[(int)EpisodeEventKind.ContactRecorded] = [EpisodeState.Accepted, .. Working];
            table[(int)EpisodeEventKind.PlanAgreed] = [EpisodeState.FirstContactMade, EpisodeState.Connected, EpisodeState.UnderReview];
            table[(int)EpisodeEventKind.ConnectionMade] = Working;
            table[(int)EpisodeEventKind.ConnectionOutcomeRecorded] = [EpisodeState.Connected, EpisodeState.UnderReview];
            table[(int)EpisodeEventKind.Ons4Recorded] = FollowingUp;
            table[(int)EpisodeEventKind.PamRecorded] = FollowingUp;
            table[(int)EpisodeEventKind.PamEligibilityRecorded] = FollowingUp;
            table[(int)EpisodeEventKind.SatisfactionRecorded] = FollowingUp;
            table[(int)EpisodeEventKind.ChangesRecorded] = FollowingUp;
            table[(int)EpisodeEventKind.ReviewStarted] = [EpisodeState.PlanAgreed, EpisodeState.Connected];
            table[(int)EpisodeEventKind.ReviewCompleted] = [EpisodeState.UnderReview];
            table[(int)EpisodeEventKind.Escalated] = Open;
            table[(int)EpisodeEventKind.PersonalHealthBudgetExplored] = Working;
            table[(int)EpisodeEventKind.ComplaintRecorded] = Open;
            table[(int)EpisodeEventKind.PermissionsRecorded] = Open;
            table[(int)EpisodeEventKind.Reassigned] = Open;
            table[(int)EpisodeEventKind.PutOnHold] = [EpisodeState.Accepted, .. Working];
            table[(int)EpisodeEventKind.Resumed] = [EpisodeState.OnHold];
            table[(int)EpisodeEventKind.Closed] = Open;
            table[(int)EpisodeEventKind.OfferLapsed] = [EpisodeState.Offered];
            table[(int)EpisodeEventKind.EscalationResolved] = Any;
            table[(int)EpisodeEventKind.UrgencyChanged] = Open;
            table[(int)EpisodeEventKind.EnteredInError] = Any;
            table[(int)EpisodeEventKind.NhsNumberTraced] = Any;
            table[(int)EpisodeEventKind.ConnectionSharingRecorded] = Working;
            table[(int)EpisodeEventKind.ReferrerSharingRecorded] = [.. Open, EpisodeState.Declined, EpisodeState.NotAccepted, EpisodeState.Closed];
            table[(int)EpisodeEventKind.MeasuresNotTakenRecorded] = [EpisodeState.Closed];
            return table;
        }
    }
}
