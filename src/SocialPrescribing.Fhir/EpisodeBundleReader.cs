using Hl7.Fhir.Model;
using NodaTime;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Fhir;

/// <summary>
/// A bundle back to an episode (docs/fhir.md, "Reading"): each Provenance, in bundle order, is one event (its activity
/// the kind, its agent who acted, its recorded instant when); the event's facts come from the Provenance and the
/// resources it targets; the events are then replayed through the episode's rules.
/// </summary>
internal sealed class EpisodeBundleReader
{
    /// <summary>The most entries a bundle may hold on reading (docs/fhir.md, "Hostile input and limits").</summary>
    internal const int MaxEntries = 100_000;

    /// <summary>The most events (Provenances) an episode may hold on reading, as in SocialPrescribing.Json: a busy episode of two years holds a few hundred.</summary>
    internal const int MaxEvents = 20_000;

    private readonly Bundle _bundle;
    private readonly FhirReader _r = new();
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<int> _connections = [];
    private readonly List<int> _escalations = [];
    private readonly Dictionary<int, EpisodeEvent> _events = [];
    private readonly Dictionary<int, int> _eventOfConnectionEntry = [];
    private readonly Dictionary<int, int> _eventOfEscalationEntry = [];
    private readonly Dictionary<string, int> _eventOfProvenance = new(StringComparer.Ordinal);
    // Stryker disable once String : equivalent: set before any event is read, and only events use it.
    private string _provenance = "Bundle";
    private int _currentEntry;

    private EpisodeBundleReader(Bundle bundle) => _bundle = bundle;

    public static Episode Read(Bundle bundle) => new EpisodeBundleReader(bundle).Read();

    private Episode Read()
    {
        if (_bundle.Entry.Count > MaxEntries)
        {
            throw _r.Error("Bundle.entry", FhirMessages.EntriesOver(MaxEntries));
        }

        EpisodeId id = _bundle.Identifier is { System: FhirUris.EpisodeId } bid && EpisodeId.TryParse(bid.Value, out EpisodeId parsed)
            ? parsed
            : throw _r.Error("Bundle.identifier", FhirMessages.EpisodeId);
        int patientEntry = -1;
        for (int i = 0; i < _bundle.Entry.Count; i++)
        {
            Bundle.EntryComponent entry = _bundle.Entry[i];
            if (entry.Resource is null)
            {
                throw _r.Error($"Bundle.entry[{i}]", FhirMessages.NoResource);
            }

            if (entry.FullUrl is null || !_index.TryAdd(entry.FullUrl, i))
            {
                throw _r.Error($"Bundle.entry[{i}].fullUrl", FhirMessages.FullUrl);
            }

            if (entry.Resource is Patient)
            {
                patientEntry = patientEntry < 0 ? i : throw _r.Error($"Bundle.entry[{i}]", FhirMessages.SecondPatient);
            }
        }

        if (patientEntry < 0)
        {
            throw _r.Error("Bundle.entry", FhirMessages.NoPatient);
        }

        if (_bundle.Entry.Count(e => e.Resource is Provenance) > MaxEvents)
        {
            throw _r.Error("Bundle.entry", FhirMessages.EventsOver(MaxEvents));
        }

        var patient = (Patient)_bundle.Entry[patientEntry].Resource!;
        _r.At(patientEntry, patient);
        var (person, demographics, practice, network) = PatientMapping.FromPatient(_r, patient);
        var facts = new PatientFacts(person, demographics, practice, network, FirstTrace());

        List<EpisodeEvent> events = [];
        for (int i = 0; i < _bundle.Entry.Count; i++)
        {
            if (_bundle.Entry[i].Resource is Provenance provenance)
            {
                _r.At(i, provenance);
                _currentEntry = i;
                EpisodeEvent e = ReadEvent(i, provenance, new EventContextParts(id, events.Count + 1), facts, events);
                _eventOfProvenance[_bundle.Entry[i].FullUrl!] = e.Number;
                _events[e.Number] = e;
                events.Add(e);
            }
        }

        if (events.Count == 0)
        {
            throw _r.Error("Bundle.entry", FhirMessages.NoProvenance);
        }

        Episode episode;
        try
        {
            episode = Episode.Replay(events);
        }
        catch (ArgumentException e)
        {
            throw _r.Error("Bundle.entry(Provenance)", FhirMessages.Lifecycle(e.Message));
        }

        CheckTask(episode);
        return episode;
    }

    /// <summary>The Task, when the bundle has one, says the state the events lead to (docs/fhir.md, "Reading").</summary>
    private void CheckTask(Episode episode)
    {
        for (int i = 0; i < _bundle.Entry.Count; i++)
        {
            if (_bundle.Entry[i].Resource is Hl7.Fhir.Model.Task task)
            {
                _r.At(i, task);
                if (task.Status != TaskStatuses.Of(episode))
                {
                    throw _r.Error(_r.Path("status"), FhirMessages.TaskStatus(FhirCodes<EpisodeState>.Code(episode.State)));
                }
            }
        }
    }

    /// <summary>The person as the Patient gives them, and the first NHS number trace (an offer or referral before it named the person without that number).</summary>
    private sealed record PatientFacts(PersonIdentifier Person, PersonDemographics Demographics, OdsCode Practice, OdsCode? Network, int FirstTraceEntry);

    private int FirstTrace() => _bundle.Entry.FindIndex(e => e.Resource is Provenance p && FhirReader.TryCode(p.Activity, out EpisodeEventKind k) && k == EpisodeEventKind.NhsNumberTraced);

    private readonly record struct EventContextParts(EpisodeId Episode, int Number);

    private EpisodeEvent ReadEvent(int entry, Provenance p, EventContextParts parts, PatientFacts facts, List<EpisodeEvent> earlier)
    {
        _provenance = _r.Path(string.Empty).TrimEnd('.');
        EpisodeEventKind kind = _r.Code<EpisodeEventKind>(p.Activity, _r.Path("activity"));
        NodaTime.Instant at = p.Recorded is DateTimeOffset recorded ? NodaTime.Instant.FromDateTimeOffset(recorded) : throw _r.Error(_r.Path("recorded"), FhirMessages.Recorded);
        if (p.Agent.Count == 0)
        {
            throw _r.Error(_r.Path("agent"), FhirMessages.Recorder);
        }

        ActorRole by = _r.Code<ActorRole>(p.Agent[0].Role.FirstOrDefault(), _r.Path("agent[0].role"));
        LinkWorkerId? recorder = p.Agent[0].Who?.Identifier?.System == FhirUris.LinkWorker ? _r.LinkWorker(p.Agent[0].Who, _r.Path("agent[0].who")) : null;
        LinkWorkerId? concerned = p.Agent.Count > 1 ? _r.LinkWorker(p.Agent[1].Who, _r.Path("agent[1].who")) : recorder;
        var context = new EventContext(parts.Episode, parts.Number, at, by, recorder);
        (LocalDate on, LocalDate? second) = Occurred(p);
        T Own<T>(int i)
            where T : Resource
            => Resolve<T>(p, i);

        LinkWorkerId Concerned() => concerned ?? throw _r.Error(_r.Path("agent"), FhirMessages.ConcernedLinkWorker);

        string reasonPath = _r.Path("reason[0]");
        CodeableConcept? reason = p.Reason.FirstOrDefault();
        EpisodeEvent e = kind switch
        {
            EpisodeEventKind.Offered => Offered(context, Own<ServiceRequest>(0), facts, earlier),
            EpisodeEventKind.Referred => Referred(context, Own<ServiceRequest>(0), facts, earlier),
            EpisodeEventKind.Declined => new PersonDeclined(context, on),
            EpisodeEventKind.Accepted => new ReferralAccepted(context, Concerned(), on),
            EpisodeEventKind.NotAccepted => _r.Build(() => new ReferralNotAccepted(context, on, _r.Code<NotAcceptedReason>(reason, reasonPath), reason!.Text), reasonPath),
            EpisodeEventKind.ContactRecorded => ContactMapping.FromEncounter(_r, context, Own<Encounter>(0)),
            EpisodeEventKind.PlanAgreed => PlanAgreed(context, p, Own<CarePlan>(0), second),
            EpisodeEventKind.ConnectionMade => Connection(entry, context, Own<ServiceRequest>(0)),
            EpisodeEventKind.ConnectionOutcomeRecorded => new ConnectionOutcomeRecorded(context, on, ConnectionNumber(p, 0), _r.Code<ConnectionOutcome>(reason, reasonPath)),
            EpisodeEventKind.Ons4Recorded or EpisodeEventKind.PamRecorded or EpisodeEventKind.PamEligibilityRecorded
                or EpisodeEventKind.SatisfactionRecorded or EpisodeEventKind.ChangesRecorded => MeasureMapping.EventOf(_r, context, kind, Own<Observation>(0)),
            EpisodeEventKind.ReviewStarted => new ReviewStarted(context, on),
            EpisodeEventKind.ReviewCompleted => _r.Build(() => new ReviewCompleted(context, on, second ?? throw _r.Error(_r.Path("occurredPeriod.end"), FhirMessages.NextReviewDate)), _r.Path("occurredPeriod")),
            EpisodeEventKind.Escalated => Escalation(context, Own<ServiceRequest>(0)),
            EpisodeEventKind.PersonalHealthBudgetExplored => new PersonalHealthBudgetExplored(context, on, _r.Code<PersonalHealthBudgetOutcome>(reason, reasonPath)),
            EpisodeEventKind.ComplaintRecorded => _r.Build(() => new ComplaintRecorded(context, on, _r.Code<ComplaintHandling>(reason, reasonPath), second), _r.Path("occurredPeriod")),
            EpisodeEventKind.PermissionsRecorded => new PermissionsRecorded(context, on, Permissions(p, 0)),
            EpisodeEventKind.Reassigned => new EpisodeReassigned(context, Concerned(), on, _r.Code<ReassignmentReason>(reason, reasonPath)),
            EpisodeEventKind.PutOnHold => _r.Build(() => new PutOnHold(context, on, _r.Code<OnHoldReason>(reason, reasonPath), second ?? throw _r.Error(_r.Path("occurredPeriod.end"), FhirMessages.ResumeDate)), _r.Path("occurredPeriod")),
            EpisodeEventKind.Resumed => new EpisodeResumed(context, on),
            EpisodeEventKind.Closed => _r.Build(
                () => new EpisodeClosed(context, on, _r.Code<ClosureReason>(reason, reasonPath), reason!.Text, p.Reason.Count > 1 ? _r.Code<MeasuresNotTakenReason>(p.Reason[1], _r.Path("reason[1]")) : null),
                reasonPath),
            EpisodeEventKind.OfferLapsed => new OfferLapsed(context, on),
            EpisodeEventKind.EscalationResolved => new EscalationResolved(context, on, EscalationNumber(p, 0), _r.Code<EscalationOutcome>(reason, reasonPath)),
            EpisodeEventKind.UrgencyChanged => _r.Build(() => new UrgencyChanged(context, on, _r.Code<Urgency>(reason, reasonPath), reason!.Text), reasonPath),
            EpisodeEventKind.EnteredInError => EnteredInError(context, on, p, reason, reasonPath),
            EpisodeEventKind.NhsNumberTraced => new NhsNumberTraced(context, on, TracedNumber(p)),
            EpisodeEventKind.ConnectionSharingRecorded => ConnectionSharing(context, p),
            EpisodeEventKind.ReferrerSharingRecorded => new ReferrerSharingRecorded(context, on, ConsentMapping.AnswerOf(_r, Own<Consent>(0)).Answer),
            EpisodeEventKind.MeasuresNotTakenRecorded => new MeasuresNotTakenRecorded(context, on, _r.Code<MeasuresNotTakenReason>(reason, reasonPath)),
            EpisodeEventKind.DemographicsRecorded => _r.Build(() => new DemographicsRecorded(context, on, facts.Demographics), "Bundle.entry(Patient)"),
            // Stryker disable once all : unreachable: Code<EpisodeEventKind> gives only named kinds, each listed above.
            _ => throw _r.Error(_provenance + ".activity", FhirMessages.UnknownEventKind),
        };
        if (e.LinkWorker != concerned)
        {
            throw _r.Error(_provenance + ".agent", FhirMessages.LinkWorkerNotConcerned);
        }

        return e;
    }

    private (LocalDate On, LocalDate? Second) Occurred(Provenance p) => p.Occurred switch
    {
        FhirDateTime occurred => (_r.Date(occurred.Value, _r.Path("occurredDateTime")), null),
        Hl7.Fhir.Model.Period period => (_r.Date(period.Start, _r.Path("occurredPeriod.start")), _r.Date(period.End, _r.Path("occurredPeriod.end"))),
        _ => throw _r.Error(_r.Path("occurred[x]"), FhirMessages.EventDate),
    };

    /// <summary>
    /// The person in an offer or referral: the Patient's identifiers, less an NHS number a later event traced; the
    /// Patient's demographics go to the first event (docs/fhir.md, "What FHIR does not carry").
    /// </summary>
    private PersonIdentifier PersonAsFirstKnown(PatientFacts facts, int entry)
    {
        // Stryker disable once Equality : equivalent: entry 0 is the Patient, so no trace or offer is at 0, and an offer's entry is never the trace's.
        if (facts.FirstTraceEntry < 0 || entry > facts.FirstTraceEntry)
        {
            return facts.Person;
        }

        // Named before the first trace: the person without a traced number (the Patient lacks it when the trace was corrected).
        return PersonIdentifier.Create(null, facts.Person.LocalKey ?? throw _r.Error("Bundle.entry(Patient).identifier", FhirMessages.LocalKeyBeforeTrace));
    }

    /// <summary>The NHS number a trace found: on its Provenance (<c>entity[0].what.identifier</c>), so a trace entered in error keeps it.</summary>
    private NhsNumber TracedNumber(Provenance p)
    {
        string path = _provenance + ".entity[0].what.identifier";
        return p.Entity.Count == 1 && p.Entity[0].What?.Identifier is { System: FhirUris.NhsNumber } id && NhsNumber.TryParse(id.Value, out NhsNumber nhs)
            ? nhs
            : throw _r.Error(path, FhirMessages.TracedNhsNumber);
    }

    private static PersonDemographics DemographicsFor(List<EpisodeEvent> earlier, PatientFacts facts) => earlier.Count == 0 ? facts.Demographics : PersonDemographics.None;

    private SocialPrescribingOffered Offered(EventContext context, ServiceRequest request, PatientFacts facts, List<EpisodeEvent> earlier)
    {
        LocalDate on = _r.Date(request.AuthoredOn, _r.Path("authoredOn"));
        PersonIdentifier person = PersonAsFirstKnown(facts, _currentEntry);
        return _r.Build(() => new SocialPrescribingOffered(context, on, person, facts.Practice, RequestMapping.PreviousOf(_r, request), DemographicsFor(earlier, facts)), _r.Path("authoredOn"));
    }

    private ReferralMade Referred(EventContext context, ServiceRequest request, PatientFacts facts, List<EpisodeEvent> earlier)
    {
        PersonIdentifier person = PersonAsFirstKnown(facts, _currentEntry);
        Referral referral = RequestMapping.ReferralOf(_r, request, person, DemographicsFor(earlier, facts), facts.Practice, facts.Network);
        return _r.Build(() => new ReferralMade(context, referral, RequestMapping.PreviousOf(_r, request)), _r.Path("replaces"));
    }

    private CarePlanAgreed PlanAgreed(EventContext context, Provenance p, CarePlan carePlan, LocalDate? nextReviewOn)
    {
        CarePlanReference plan = PlanMapping.FromCarePlan(_r, carePlan, nextReviewOn, _provenance + ".occurredPeriod.end");
        return new CarePlanAgreed(context, plan, Permissions(p, 1));
    }

    private SharingPermissions Permissions(Provenance p, int from)
    {
        SharingPermissions permissions = SharingPermissions.NoneAsked;
        for (int i = from; i < p.Target.Count; i++)
        {
            if (p.Target[i].Reference is string url && _index.TryGetValue(url, out int entry) && _bundle.Entry[entry].Resource is Hl7.Fhir.Model.Task)
            {
                continue; // a recording that answered nothing targets the Task
            }

            Consent consent = Resolve<Consent>(p, i);
            permissions = permissions.With(ConsentMapping.PermissionOf(_r, consent), ConsentMapping.AnswerOf(_r, consent).Answer);
        }

        return permissions;
    }

    private T Resolve<T>(Provenance p, int i)
        where T : Resource
    {
        string path = _provenance + $".target[{i}]";
        if (i < p.Target.Count && p.Target[i].Reference is string url && _index.TryGetValue(url, out int entry) && _bundle.Entry[entry].Resource is T resource)
        {
            _r.At(entry, resource);
            return resource;
        }

        throw _r.Error(path, FhirMessages.MustReferTo(typeof(T).Name));
    }

    private ConnectionMade Connection(int provenanceEntry, EventContext context, ServiceRequest request)
    {
        ConnectionMade made = RequestMapping.ConnectionOf(_r, context, request);
        _connections.Add(_index[FirstTarget(provenanceEntry)]);
        _eventOfConnectionEntry[_index[FirstTarget(provenanceEntry)]] = context.Number;
        return made;
    }

    private Escalated Escalation(EventContext context, ServiceRequest request)
    {
        Escalated escalated = RequestMapping.EscalationOf(_r, context, request);
        int entry = _index[FirstTarget(_currentEntry)];
        _escalations.Add(entry);
        _eventOfEscalationEntry[entry] = context.Number;
        return escalated;
    }

    private string FirstTarget(int provenanceEntry) => ((Provenance)_bundle.Entry[provenanceEntry].Resource!).Target[0].Reference!;

    private int ConnectionNumber(Provenance p, int i) => NumberIn(_connections, p, i, FhirMessages.EarlierConnection);

    private int EscalationNumber(Provenance p, int i) => NumberIn(_escalations, p, i, FhirMessages.EarlierEscalation);

    private int NumberIn(List<int> list, Provenance p, int i, string what)
    {
        int index = p.Target.Count > i && p.Target[i].Reference is string url && _index.TryGetValue(url, out int entry) ? list.IndexOf(entry) : -1;
        return index >= 0 ? index + 1 : throw _r.Error(_provenance + $".target[{i}]", what);
    }

    private ConnectionSharingRecorded ConnectionSharing(EventContext context, Provenance p)
    {
        string consentPath = _provenance + ".target[0]";
        int number = ConnectionNumber(p, 1);
        Consent consent = Resolve<Consent>(p, 0);
        var (on, answer) = ConsentMapping.AnswerOf(_r, consent);
        return _r.Build(() => new ConnectionSharingRecorded(context, on, number, answer), consentPath);
    }

    private EnteredInError EnteredInError(EventContext context, LocalDate on, Provenance p, CodeableConcept? reason, string reasonPath)
    {
        string path = _provenance + ".entity[0].what";
        int number = p.Entity.Count == 1 && p.Entity[0].What?.Reference is string url && _eventOfProvenance.TryGetValue(url, out int n)
            ? n
            : throw _r.Error(path, FhirMessages.EarlierProvenance);
        ForgetCorrected(number);
        return new EnteredInError(context, on, number, _r.Code<ErrorReason>(reason, reasonPath));
    }

    private void ForgetCorrected(int eventNumber)
    {
        foreach (var (entry, number) in _eventOfConnectionEntry)
        {
            if (number == eventNumber)
            {
                _connections.Remove(entry);
            }
        }

        foreach (var (entry, number) in _eventOfEscalationEntry)
        {
            if (number == eventNumber)
            {
                _escalations.Remove(entry);
            }
        }
    }
}
