using Hl7.Fhir.Model;
using SocialPrescribing.Measures;
using SocialPrescribing.Referrals;
using FhirTask = Hl7.Fhir.Model.Task;

namespace SocialPrescribing.Fhir;

/// <summary>
/// An episode as a FHIR <c>collection</c> Bundle (docs/fhir.md, "The bundle"): the Patient, the Task, each event's own
/// resources in event order, the coded entries, then one Provenance per event in event order (when, by whom, what it
/// did: the event's context and the facts no clinical resource holds).
/// </summary>
internal sealed class EpisodeBundleWriter
{
    private readonly Episode _episode;
    private readonly EpisodeFhirOptions _options;
    private readonly EpisodeId _id;
    private readonly List<Bundle.EntryComponent> _resources = [];
    private readonly List<Bundle.EntryComponent> _provenances = [];

    // The resources of each event (by number), the connections and escalations as the episode numbered them when each
    // event was recorded (docs/fhir.md, "Numbers"), and the latest request (the offer, then the referral).
    private readonly Dictionary<int, List<ResourceReference>> _ofEvent = [];
    private readonly List<ResourceReference> _connections = [];
    private readonly List<ResourceReference> _escalations = [];
    private readonly Dictionary<int, EpisodeEvent> _byNumber = [];
    private readonly List<ConnectionMade> _connectionsMade = [];

    // The latest Consent for each answer (a permission, a connection, the referrer): an earlier one becomes inactive.
    private readonly Dictionary<string, List<Consent>> _answers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RequestStatus> _requestStatus = new(StringComparer.Ordinal);
    private ResourceReference? _request;

    private readonly SocialPrescribing.CarePlans.CarePlan? _plan;

    private EpisodeBundleWriter(Episode episode, EpisodeFhirOptions options, SocialPrescribing.CarePlans.CarePlan? plan)
    {
        _episode = episode;
        _options = options;
        _id = episode.Id;
        _plan = plan;
    }

    public static Bundle Write(Episode episode, EpisodeFhirOptions options, SocialPrescribing.CarePlans.CarePlan? plan = null) => new EpisodeBundleWriter(episode, options, plan).Write();

    internal static string PatientName => "patient";

    internal static string TaskName => "task";

    internal static string EventName(int number) => "event-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal static string ProvenanceName(int number) => "provenance-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private ResourceReference Ref(string name) => new(FhirValues.Urn(_id, name));

    private ResourceReference PatientRef => Ref(PatientName);

    private ResourceReference TaskRef => Ref(TaskName);

    private Bundle Write()
    {
        Add(_resources, PatientName, PatientMapping.ToPatient(_episode.Person, _episode.Demographics, _episode.RegisteredPractice, _episode.Referral?.PrimaryCareNetwork));
        Add(_resources, TaskName, new FhirTask());
        foreach (EpisodeEvent e in _episode.Events)
        {
            _byNumber[e.Number] = e;
            WriteEvent(e);
        }

        _resources[1].Resource = BuildTask();
        if (_request is not null)
        {
            _requestStatus[_request.Reference!] = TaskStatuses.RequestStatusOf(_episode.State);
        }

        MarkCorrected();
        SettleAnswers();
        foreach (Bundle.EntryComponent entry in _resources)
        {
            if (_requestStatus.TryGetValue(entry.FullUrl!, out RequestStatus status) && entry.Resource is ServiceRequest { Status: not RequestStatus.EnteredInError } request)
            {
                request.Status = status;
            }
        }

        // Every request and the plan still open when the episode ends ends with it; the plan shows its next review as it stands.
        if (_episode.IsFinal || _episode.State == EpisodeState.OnHold)
        {
            RequestStatus ending = TaskStatuses.RequestStatusOf(_episode.State);
            foreach (ServiceRequest request in _resources.Select(e => e.Resource).OfType<ServiceRequest>().Where(r => r.Status == RequestStatus.Active))
            {
                request.Status = ending;
            }
        }

        if (_resources.Select(e => e.Resource).OfType<CarePlan>().LastOrDefault(c => c.Status != RequestStatus.EnteredInError) is CarePlan currentPlan && _episode.CarePlan is CarePlanReference held)
        {
            currentPlan.Status = TaskStatuses.RequestStatusOf(_episode.State);
            ((Period)currentPlan.Activity[0].Detail!.Scheduled!).StartElement = FhirValues.DateTime(held.NextReviewOn);
        }

        if (_plan is not null)
        {
            // The plan the episode holds now: the latest agreement not entered in error.
            CarePlan current = _resources.Select(e => e.Resource).OfType<CarePlan>().Last(c => c.Status != RequestStatus.EnteredInError);
            PlanMapping.AddContent(current, _plan, PatientRef, (name, resource) => Add(_resources, "plan-" + name, resource));
        }

        for (int i = 0; i < _episode.CodedEntries.Length; i++)
        {
            CodedEntry entry = _episode.CodedEntries[i];
            Add(_resources, "coded-entry-" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), new Observation
            {
                Meta = FhirValues.UkCore("Observation"),
                Status = ObservationStatus.Final,
                Code = new CodeableConcept { Coding = [FhirValues.Snomed(entry.Concept.Id, entry.Concept.PreferredTerm)] },
                Subject = PatientRef,
                Effective = FhirValues.DateTime(entry.On),
            });
        }

        var bundle = new Bundle
        {
            Meta = FhirValues.UkCore("Bundle"),
            Identifier = new Identifier(FhirUris.EpisodeId, _id.ToString()),
            Type = Bundle.BundleType.Collection,
            Timestamp = FhirValues.Instant(_episode.Events[^1].At),
        };
        bundle.Entry.AddRange(_resources);
        bundle.Entry.AddRange(_provenances);
        return bundle;
    }

    private ResourceReference Add(List<Bundle.EntryComponent> list, string name, Resource resource)
    {
        string urn = FhirValues.Urn(_id, name);
        list.Add(new Bundle.EntryComponent { FullUrl = urn, Resource = resource });
        return new ResourceReference(urn);
    }

    private ResourceReference AddOwn(EpisodeEvent e, string suffix, Resource resource)
    {
        ResourceReference r = Add(_resources, EventName(e.Number) + suffix, resource);
        if (!_ofEvent.TryGetValue(e.Number, out List<ResourceReference>? own))
        {
            _ofEvent[e.Number] = own = [];
        }

        own.Add(r);
        return r;
    }

    private void WriteEvent(EpisodeEvent e)
    {
        var provenance = new Provenance
        {
            Meta = FhirValues.UkCore("Provenance"),
            Recorded = FhirValues.Instant(e.At),
            Occurred = FhirValues.DateTime(e.On),
            Activity = FhirValues.Concept(e.Kind),
            Agent = [Agent(e)],
        };
        if (e.LinkWorker is LinkWorkerId concerned && concerned != e.Context.LinkWorker)
        {
            provenance.Agent.Add(new Provenance.AgentComponent
            {
                Type = new CodeableConcept(FhirUris.Hl7("provenance-participant-type"), "performer"),
                Who = FhirValues.LinkWorker(concerned),
            });
        }

        List<ResourceReference> targets = WriteOwn(e, provenance);
        provenance.Target = targets.Count > 0 ? targets : [TaskRef];
        Add(_provenances, ProvenanceName(e.Number), provenance);
    }

    private Provenance.AgentComponent Agent(EpisodeEvent e) => new()
    {
        Type = new CodeableConcept(FhirUris.Hl7("provenance-participant-type"), "author"),
        Role = [FhirValues.Concept(e.By)],
        Who = e.Context.LinkWorker is LinkWorkerId recorder ? FhirValues.LinkWorker(recorder) : FhirValues.OrganisationByOds(_options.Service),
    };

    /// <summary>Writes the event's own resources; returns the Provenance's targets (empty: the Task).</summary>
    private List<ResourceReference> WriteOwn(EpisodeEvent e, Provenance provenance)
    {
        switch (e)
        {
            case SocialPrescribingOffered x:
                _request = AddOwn(e, string.Empty, RequestMapping.Offer(x, PatientRef, _options.Service));
                return [_request, PatientRef];
            case ReferralMade x:
                if (_request is not null)
                {
                    _requestStatus[_request.Reference!] = RequestStatus.Completed; // the offer, taken up by the referral
                }

                _request = AddOwn(e, string.Empty, RequestMapping.Referral(x, PatientRef, _options.Service));
                return [_request, PatientRef];
            case PersonDeclined or ReferralAccepted or EpisodeResumed or OfferLapsed or ReviewStarted:
                return [];
            case ReferralNotAccepted x:
                provenance.Reason = [FhirValues.Concept(x.Reason, x.RedirectedTo)];
                return [];
            case ContactRecorded x:
                return [AddOwn(e, string.Empty, ContactMapping.ToEncounter(x, PatientRef, _request))];
            case CarePlanAgreed x:
                provenance.Occurred = Period(x.On, x.Plan.NextReviewOn);
                List<ResourceReference> plan = [AddOwn(e, string.Empty, PlanMapping.ToCarePlan(x.Plan, PatientRef))];
                plan.AddRange(AddConsents(e, x.Plan.AgreedOn, x.Permissions));
                return plan;
            case ConnectionMade x:
                ResourceReference connection = AddOwn(e, string.Empty, RequestMapping.Connection(x, PatientRef));
                _connections.Add(connection);
                _connectionsMade.Add(x);
                return [connection];
            case ConnectionOutcomeRecorded x:
                provenance.Reason = [FhirValues.Concept(x.Outcome)];
                ResourceReference outcomeOf = _connections[x.ConnectionNumber - 1];
                // What came of it shows on the request: a connection the person stopped is completed.
                _requestStatus[outcomeOf.Reference!] = x.Outcome == ConnectionOutcome.Stopped ? RequestStatus.Completed : RequestStatus.Active;
                return [outcomeOf];
            case Ons4Recorded x:
                return [AddOwn(e, string.Empty, MeasureMapping.Ons4(x.Response, PatientRef))];
            case PamRecorded x:
                return [AddOwn(e, string.Empty, MeasureMapping.Pam(x, PatientRef))];
            case PamEligibilityRecorded x:
                return [AddOwn(e, string.Empty, MeasureMapping.PamEligibility(x, PatientRef))];
            case SatisfactionRecorded x:
                return [AddOwn(e, string.Empty, MeasureMapping.Satisfaction(x, PatientRef))];
            case ChangesRecorded x:
                return [AddOwn(e, string.Empty, MeasureMapping.Changes(x, PatientRef))];
            case ReviewCompleted x:
                provenance.Occurred = Period(x.On, x.NextReviewOn);
                return [];
            case Escalated x:
                ResourceReference escalation = AddOwn(e, string.Empty, RequestMapping.Escalation(x, PatientRef));
                _escalations.Add(escalation);
                return [escalation];
            case PersonalHealthBudgetExplored x:
                provenance.Reason = [FhirValues.Concept(x.Outcome)];
                return [];
            case ComplaintRecorded x:
                provenance.Reason = [FhirValues.Concept(x.Handling)];
                if (x.ResolvedOn is NodaTime.LocalDate resolved)
                {
                    provenance.Occurred = Period(x.On, resolved);
                }

                return [];
            case PermissionsRecorded x:
                return AddConsents(e, x.On, x.Permissions);
            case EpisodeReassigned x:
                provenance.Reason = [FhirValues.Concept(x.Reason)];
                return [];
            case PutOnHold x:
                provenance.Reason = [FhirValues.Concept(x.Reason)];
                provenance.Occurred = Period(x.On, x.ExpectedResumeOn);
                return [];
            case EpisodeClosed x:
                provenance.Reason = [FhirValues.Concept(x.Reason, x.OtherReason)];
                if (x.MeasuresNotTaken is MeasuresNotTakenReason notTaken)
                {
                    provenance.Reason.Add(FhirValues.Concept(notTaken));
                }

                return [];
            case EscalationResolved x:
                provenance.Reason = [FhirValues.Concept(x.Outcome)];
                ResourceReference escalationResolved = _escalations[x.EscalationNumber - 1];
                _requestStatus[escalationResolved.Reference!] = RequestStatus.Completed; // what followed is the Provenance's reason
                return [escalationResolved];
            case UrgencyChanged x:
                provenance.Reason = [FhirValues.Concept(x.Urgency, x.Reason)];
                return [];
            case EnteredInError x:
                provenance.Reason = [FhirValues.Concept(x.Reason)];
                provenance.Entity = [new Provenance.EntityComponent { Role = Provenance.ProvenanceEntityRole.Removal, What = Ref(ProvenanceName(x.EventNumber)) }];
                ForgetCorrected(x.EventNumber);
                return _ofEvent.TryGetValue(x.EventNumber, out List<ResourceReference>? corrected) ? [.. corrected] : [];
            case NhsNumberTraced x:
                // The number on the trace itself: a trace entered in error leaves the Patient without it.
                provenance.Entity = [new Provenance.EntityComponent
                {
                    Role = Provenance.ProvenanceEntityRole.Source,
                    What = new ResourceReference { Type = "Patient", Identifier = new Identifier(FhirUris.NhsNumber, x.NhsNumber.UnmaskedValue) },
                }];
                return [PatientRef];
            case DemographicsRecorded:
                return [PatientRef];
            case ConnectionSharingRecorded x:
                ResourceReference shared = _connections[x.ConnectionNumber - 1];
                Consent forGroup = ConsentMapping.ForConnection(x, PatientRef, _connectionsMade[x.ConnectionNumber - 1]);
                AddAnswer("connection " + shared.Reference, forGroup);
                return [AddOwn(e, string.Empty, forGroup), shared];
            case ReferrerSharingRecorded x:
                Consent forReferrer = ConsentMapping.ForReferrer(x, PatientRef, _episode.Referral?.Referrer.Organisation);
                AddAnswer("referrer", forReferrer);
                return [AddOwn(e, string.Empty, forReferrer)];
            case MeasuresNotTakenRecorded x:
                provenance.Reason = [FhirValues.Concept(x.Reason)];
                return [];
            default:
                // Stryker disable once all : unreachable: the hierarchy's constructor is private protected, so every kind is listed above.
                throw new ArgumentException(FhirMessages.UnknownEventType, nameof(e));
        }
    }

    private static Period Period(NodaTime.LocalDate start, NodaTime.LocalDate end) => new(FhirValues.DateTime(start), FhirValues.DateTime(end));

    private List<ResourceReference> AddConsents(EpisodeEvent e, NodaTime.LocalDate on, SharingPermissions permissions)
    {
        List<ResourceReference> consents = [];
        foreach (SharingPermission permission in SharingPermissions.AllPermissions)
        {
            ConsentAnswer answer = permissions.AnswerFor(permission);
            if (answer != ConsentAnswer.NotAsked)
            {
                Consent consent = ConsentMapping.ForPermission(permission, answer, on, PatientRef);
                AddAnswer(FhirCodes<SharingPermission>.Code(permission), consent);
                consents.Add(AddOwn(e, "-consent-" + FhirCodes<SharingPermission>.Code(permission), consent));
            }
        }

        return consents;
    }

    /// <summary>An answer to a question (a permission, a connection's group, the referrer), in event order.</summary>
    private void AddAnswer(string key, Consent answer)
    {
        if (!_answers.TryGetValue(key, out List<Consent>? answers))
        {
            _answers[key] = answers = [];
        }

        answers.Add(answer);
    }

    /// <summary>
    /// The latest answer to each question not entered in error is the active Consent; the answers before it are
    /// inactive (a correction of the latest makes the one before it stand again, as in the episode).
    /// </summary>
    private void SettleAnswers()
    {
        foreach (List<Consent> answers in _answers.Values)
        {
            Consent? standing = answers.LastOrDefault(c => c.Status != Consent.ConsentState.EnteredInError);
            foreach (Consent earlier in answers.Where(c => c.Status != Consent.ConsentState.EnteredInError && c != standing))
            {
                earlier.Status = Consent.ConsentState.Inactive;
            }
        }
    }

    /// <summary>
    /// A connection or escalation entered in error leaves the episode's numbering (the fold forgets it), so later
    /// events number the rest as the episode does.
    /// </summary>
    private void ForgetCorrected(int eventNumber)
    {
        if (!_ofEvent.TryGetValue(eventNumber, out List<ResourceReference>? own))
        {
            return;
        }

        switch (_byNumber[eventNumber])
        {
            case ConnectionMade:
                _connections.Remove(own[0]);
                break;
            case Escalated:
                _escalations.Remove(own[0]);
                break;
        }
    }

    /// <summary>The resources of an event entered in error keep their facts and say so in their status.</summary>
    private void MarkCorrected()
    {
        var corrected = new HashSet<string>(StringComparer.Ordinal);
        foreach (int number in _episode.EventsEnteredInError)
        {
            if (_ofEvent.TryGetValue(number, out List<ResourceReference>? own))
            {
                corrected.UnionWith(own.Select(r => r.Reference!));
            }
        }

        foreach (Bundle.EntryComponent entry in _resources)
        {
            if (corrected.Contains(entry.FullUrl!))
            {
                switch (entry.Resource)
                {
                    case Encounter x: x.Status = Encounter.EncounterStatus.EnteredInError; break;
                    case Observation x: x.Status = ObservationStatus.EnteredInError; break;
                    case CarePlan x: x.Status = RequestStatus.EnteredInError; break;
                    case ServiceRequest x: x.Status = RequestStatus.EnteredInError; break;
                    case Consent x: x.Status = Consent.ConsentState.EnteredInError; break;
                }
            }
        }
    }

    private FhirTask BuildTask()
    {
        EpisodeState state = _episode.State;
        var task = new FhirTask
        {
            Meta = FhirValues.UkCore("Task"),
            Identifier = [new Identifier(FhirUris.EpisodeId, _id.ToString())],
            Status = TaskStatuses.Of(_episode),
            BusinessStatus = FhirValues.Concept(state),
            Intent = FhirTask.TaskIntent.Order,
            Priority = _episode.Urgency is Urgency urgency ? RequestMapping.Priority(urgency) : null,
            Code = new CodeableConcept(FhirUris.TaskCode, "fulfill"),
            Focus = _request,
            For = PatientRef,
            // Created with the first event, changed with the last: events are applied in order of the instant recorded.
            AuthoredOn = FhirValues.InstantText(_episode.Events[0].At),
            LastModified = FhirValues.InstantText(_episode.Events[^1].At),
            Requester = _episode.Referral?.Referrer.Organisation is OdsCode referrer ? FhirValues.OrganisationByOds(referrer) : null,
            Owner = _episode.LinkWorker is LinkWorkerId holder ? FhirValues.LinkWorker(holder) : FhirValues.OrganisationByOds(_options.Service),
        };
        task.StatusReason = state switch
        {
            EpisodeState.Closed => FhirValues.Concept(_episode.ClosureReason!.Value, _episode.OtherClosureReason),
            EpisodeState.NotAccepted => FhirValues.Concept(_episode.NotAccepted!.Reason),
            EpisodeState.OnHold => FhirValues.Concept(_episode.Hold!.Reason),
            _ => null,
        };
        if (_episode.Referral is not null)
        {
            task.ExecutionPeriod = new Period { StartElement = FhirValues.DateTime(_episode.Referral.ReferredOn), EndElement = _episode.ClosedOn is NodaTime.LocalDate closed ? FhirValues.DateTime(closed) : null };
        }

        return task;
    }
}
