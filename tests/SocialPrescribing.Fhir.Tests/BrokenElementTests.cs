using Hl7.Fhir.Model;
using SocialPrescribing.Json.Tests;
using SocialPrescribing.Measures;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Fhir.Tests;

/// <summary>
/// Each element the reader needs, broken one at a time in the whole journey's bundle, is refused with the element's
/// path and the rule it breaks, exactly (docs/fhir.md, "Reading"): one case per rule the reader states. The entries are
/// those of Bundles/whole-episode.json (0 the Patient, 1 the Task, 3 the referral, 4 the first Encounter, 6 ONS4, 7 PAM,
/// 8 the first Consent, 9 the CarePlan, 11 the connection, 22 on the Provenances in event order).
/// </summary>
public sealed class BrokenElementTests
{
    private sealed record Case(Action<Bundle> Break, string Path, string Rule, bool RuleIsPrefix = false);

    private static readonly Provenance.AgentComponent OtherLinkWorker = new() { Who = new ResourceReference { Identifier = new Identifier(FhirUris.LinkWorker, "lw-someone-else") } };

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["bundle without identifier"] = new(b => b.Identifier = null, "Bundle.identifier", FhirMessages.EpisodeId),
        ["bundle identifier under another system"] = new(b => b.Identifier!.System = FhirUris.LocalKey, "Bundle.identifier", FhirMessages.EpisodeId),
        ["bundle identifier not a GUID"] = new(b => b.Identifier!.Value = "episode-1", "Bundle.identifier", FhirMessages.EpisodeId),
        ["entry without resource"] = new(b => b.Entry[3].Resource = null, "Bundle.entry[3]", FhirMessages.NoResource),
        ["entry without fullUrl"] = new(b => b.Entry[3].FullUrl = null, "Bundle.entry[3].fullUrl", FhirMessages.FullUrl),
        ["second Patient"] = new(b => b.Entry.Insert(1, new Bundle.EntryComponent { FullUrl = "urn:uuid:4a1c4c2e-6f51-4b8e-9a51-9e4e3f3b0a01", Resource = new Patient() }), "Bundle.entry[1]", FhirMessages.SecondPatient),
        ["no Provenance"] = new(b => b.Entry.RemoveAll(e => e.Resource is Provenance), "Bundle.entry", FhirMessages.NoProvenance),
        ["Task status not the state's"] = new(b => Resource<Hl7.Fhir.Model.Task>(b, 1).Status = Hl7.Fhir.Model.Task.TaskStatus.Cancelled, "Bundle.entry[1].resource(Task).status", FhirMessages.TaskStatus("closed")),

        ["Patient birth date not a full date"] = new(b => Resource<Patient>(b, 0).BirthDate = "1980", "Bundle.entry[0].resource(Patient).birthDate", FhirMessages.FullDate),
        ["Patient without a practice"] = new(b => Resource<Patient>(b, 0).GeneralPractitioner.Clear(), "Bundle.entry[0].resource(Patient).generalPractitioner", FhirMessages.OnePractice),
        ["Patient with two practices"] = new(b => Resource<Patient>(b, 0).GeneralPractitioner.Add(new ResourceReference("#practice")), "Bundle.entry[0].resource(Patient).generalPractitioner", FhirMessages.OnePractice),
        ["Patient practice not the contained one"] = new(b => Resource<Patient>(b, 0).GeneralPractitioner[0].Reference = "#surgery", "Bundle.entry[0].resource(Patient).generalPractitioner[0]", FhirMessages.PracticeReference),
        ["Patient practice without ODS code"] = new(b => Resource<Patient>(b, 0).Contained.OfType<Organization>().Single(o => o.Id == "practice").Identifier.Clear(), "Bundle.entry[0].resource(Patient).contained(practice).identifier[0]", FhirMessages.OdsCode),
        ["Patient practice ODS code too short"] = new(b => Resource<Patient>(b, 0).Contained.OfType<Organization>().Single(o => o.Id == "practice").Identifier[0].Value = "A1", "Bundle.entry[0].resource(Patient).contained(practice).identifier[0]", FhirMessages.OdsCode),
        ["Patient with neither NHS number nor local key"] = new(b => Resource<Patient>(b, 0).Identifier.Clear(), "Bundle.entry[0].resource(Patient).identifier", FhirMessages.PersonIdentifier(PersonIdentifier.MaxLocalKeyLength)),
        ["Patient deprivation decile 11"] = new(b => SetExtension(b, FhirUris.DeprivationDecileExtension, new Integer(11)), "Bundle.entry[0].resource(Patient).extension(DeprivationDecile).valueInteger", FhirMessages.DeprivationDecile),
        ["Patient deprivation decile 0"] = new(b => SetExtension(b, FhirUris.DeprivationDecileExtension, new Integer(0)), "Bundle.entry[0].resource(Patient).extension(DeprivationDecile).valueInteger", FhirMessages.DeprivationDecile),
        ["Patient deprivation decile as text"] = new(b => SetExtension(b, FhirUris.DeprivationDecileExtension, new FhirString("5")), "Bundle.entry[0].resource(Patient).extension(DeprivationDecile).valueInteger", FhirMessages.DeprivationDecile),
        ["Patient ethnic category of another system"] = new(b => SetExtension(b, FhirUris.EthnicCategoryExtension, new CodeableConcept("urn:example:ethnicity", "A")), "Bundle.entry[0].resource(Patient).extension(EthnicCategory).valueCodeableConcept", FhirMessages.EthnicCategory),
        ["Patient ethnic category unknown code"] = new(b => SetExtension(b, FhirUris.EthnicCategoryExtension, new CodeableConcept(FhirUris.EthnicCategoryEngland, "Q9")), "Bundle.entry[0].resource(Patient).extension(EthnicCategory).valueCodeableConcept", FhirMessages.EthnicCategory),
        ["Patient ethnic category without coding"] = new(b => SetExtension(b, FhirUris.EthnicCategoryExtension, new CodeableConcept { Text = "White" }), "Bundle.entry[0].resource(Patient).extension(EthnicCategory).valueCodeableConcept", FhirMessages.EthnicCategory),

        ["referral requester not the contained referrer"] = new(b => Resource<ServiceRequest>(b, 3).Requester = new ResourceReference("#someone"), "Bundle.entry[3].resource(ServiceRequest).requester", FhirMessages.ReferrerReference),
        ["referral reason of another system"] = new(b => Resource<ServiceRequest>(b, 3).ReasonCode = [new CodeableConcept("urn:example:reasons", "lonely")], "Bundle.entry[3].resource(ServiceRequest).reasonCode[0].coding[0]", FhirMessages.SnomedConcept),
        ["referral reason of text alone"] = new(b => Resource<ServiceRequest>(b, 3).ReasonCode = [new CodeableConcept { Text = "lonely" }], "Bundle.entry[3].resource(ServiceRequest).reasonCode[0]", FhirMessages.ReasonCode(FhirCodes<ReferralReason>.System)),
        ["referral replacing an episode without its id"] = new(b => Resource<ServiceRequest>(b, 3).Replaces = [new ResourceReference { Identifier = new Identifier("urn:example:episodes", "1") }], "Bundle.entry[3].resource(ServiceRequest).replaces[0].identifier", FhirMessages.EpisodeId),
        ["contact without start"] = new(b => Resource<Encounter>(b, 4).Period!.Start = null, "Bundle.entry[4].resource(Encounter).period.start", FhirMessages.ContactStart),
        ["contact without length"] = new(b => Resource<Encounter>(b, 4).Length = null, "Bundle.entry[4].resource(Encounter).length", FhirMessages.ContactLength),
        ["contact length in minutes"] = new(b => Resource<Encounter>(b, 4).Length!.Code = "min", "Bundle.entry[4].resource(Encounter).length", FhirMessages.ContactLength),
        ["ONS4 rating as text"] = new(b => Resource<Observation>(b, 6).Component[0].Value = new FhirString("7"), "Bundle.entry[6].resource(Observation).component[0].value[x]", FhirMessages.Ons4Rating),
        ["PAM without score"] = new(b => Resource<Observation>(b, 7).Value = null, "Bundle.entry[7].resource(Observation).valueQuantity", FhirMessages.PamScore),
        ["PAM score over 100"] = new(b => ((Quantity)Resource<Observation>(b, 7).Value!).Value = 150m, "Bundle.entry[7].resource(Observation).valueQuantity", "holds a value the model refuses: ", RuleIsPrefix: true),
        ["changes without the person's words"] = new(b => Resource<Observation>(b, 18).Value = null, "Bundle.entry[18].resource(Observation).valueString", FhirMessages.PersonsWords),
        ["plan without its id"] = new(b => Resource<CarePlan>(b, 9).Identifier.Clear(), "Bundle.entry[9].resource(CarePlan).identifier", FhirMessages.PlanId),
        ["consent neither permit nor deny"] = new(b => Resource<Consent>(b, 8).Provision!.Type = null, "Bundle.entry[8].resource(Consent).provision.type", FhirMessages.ProvisionType),

        ["event without recorded instant"] = new(b => Event(b, "accepted").Recorded = null, "Bundle.entry[24].resource(Provenance).recorded", FhirMessages.Recorded),
        ["event without agent"] = new(b => Event(b, "accepted").Agent.Clear(), "Bundle.entry[24].resource(Provenance).agent", FhirMessages.Recorder),
        ["event without the link worker it concerns"] = new(b => NoLinkWorker(Event(b, "accepted")), "Bundle.entry[24].resource(Provenance).agent", FhirMessages.ConcernedLinkWorker),
        ["event naming a link worker it does not concern"] = new(b => Event(b, "resumed").Agent.Add(OtherLinkWorker), "Bundle.entry[40].resource(Provenance).agent", FhirMessages.LinkWorkerNotConcerned),
        ["event link worker id empty"] = new(b => Event(b, "resumed").Agent.Add(new Provenance.AgentComponent { Who = new ResourceReference { Identifier = new Identifier(FhirUris.LinkWorker, null) } }), "Bundle.entry[40].resource(Provenance).agent[1].who", FhirMessages.LinkWorkerId),
        ["event without date"] = new(b => Event(b, "resumed").Occurred = null, "Bundle.entry[40].resource(Provenance).occurred[x]", FhirMessages.EventDate),
        ["event date without day"] = new(b => Event(b, "resumed").Occurred = new FhirDateTime("2025-06"), "Bundle.entry[40].resource(Provenance).occurredDateTime", FhirMessages.FullDate),
        ["event period without end"] = new(b => ((Period)Event(b, "put-on-hold").Occurred!).End = null, "Bundle.entry[39].resource(Provenance).occurredPeriod.end", FhirMessages.FullDate),
        ["review completed without next review"] = new(b => Event(b, "review-completed").Occurred = new FhirDateTime("2025-06-01"), "Bundle.entry[44].resource(Provenance).occurredPeriod.end", FhirMessages.NextReviewDate),
        ["hold without resume date"] = new(b => Event(b, "put-on-hold").Occurred = new FhirDateTime("2025-06-01"), "Bundle.entry[39].resource(Provenance).occurredPeriod.end", FhirMessages.ResumeDate),
        ["trace without the number"] = new(b => Event(b, "nhs-number-traced").Entity.Clear(), "Bundle.entry[26].resource(Provenance).entity[0].what.identifier", FhirMessages.TracedNhsNumber),
        ["trace with a wrong check digit"] = new(b => Event(b, "nhs-number-traced").Entity[0].What!.Identifier!.Value = "9990000027", "Bundle.entry[26].resource(Provenance).entity[0].what.identifier", FhirMessages.TracedNhsNumber),
        ["correction of no earlier event"] = new(b => Event(b, "entered-in-error").Entity[0].What = new ResourceReference("urn:uuid:00000000-0000-0000-0000-000000000001"), "Bundle.entry[48].resource(Provenance).entity[0].what", FhirMessages.EarlierProvenance),
        ["correction of a later event"] = new(b => Event(b, "entered-in-error").Entity[0].What = new ResourceReference(b.Entry[51].FullUrl), "Bundle.entry[48].resource(Provenance).entity[0].what", FhirMessages.EarlierProvenance),
        ["outcome of no connection"] = new(b => Event(b, "connection-outcome-recorded").Target[0] = new ResourceReference(b.Entry[14].FullUrl), "Bundle.entry[35].resource(Provenance).target[0]", FhirMessages.EarlierConnection),
        ["sharing for no connection"] = new(b => Event(b, "connection-sharing-recorded").Target.RemoveAt(1), "Bundle.entry[34].resource(Provenance).target[1]", FhirMessages.EarlierConnection),
        ["resolution of no escalation"] = new(b => Event(b, "escalation-resolved").Target[0] = new ResourceReference(b.Entry[11].FullUrl), "Bundle.entry[38].resource(Provenance).target[0]", FhirMessages.EarlierEscalation),
        ["contact event targeting the Patient"] = new(b => Event(b, "contact-recorded").Target[0] = new ResourceReference(b.Entry[0].FullUrl), "Bundle.entry[27].resource(Provenance).target[0]", FhirMessages.MustReferTo("Encounter")),
        ["contact event without target"] = new(b => Event(b, "contact-recorded").Target.Clear(), "Bundle.entry[27].resource(Provenance).target[0]", FhirMessages.MustReferTo("Encounter")),
        ["event without activity"] = new(b => Event(b, "resumed").Activity = null, "Bundle.entry[40].resource(Provenance).activity", FhirMessages.CodeOf(FhirCodes<EpisodeEventKind>.System)),
        ["event agent without role"] = new(b => Event(b, "resumed").Agent[0].Role.Clear(), "Bundle.entry[40].resource(Provenance).agent[0].role", FhirMessages.CodeOf(FhirCodes<ActorRole>.System)),
        ["event recorder's id empty"] = new(b => Event(b, "resumed").Agent[0].Who = new ResourceReference { Identifier = new Identifier(FhirUris.LinkWorker, null) }, "Bundle.entry[40].resource(Provenance).agent[0].who", FhirMessages.LinkWorkerId),
        ["closure without reason"] = new(b => Event(b, "closed").Reason.Clear(), "Bundle.entry[51].resource(Provenance).reason[0]", FhirMessages.CodeOf(FhirCodes<ClosureReason>.System)),
        ["closure with a measures-not-taken reason of another system"] = new(b => Event(b, "closed").Reason.Add(new CodeableConcept("urn:example:reasons", "x")), "Bundle.entry[51].resource(Provenance).reason[1]", FhirMessages.CodeOf(FhirCodes<MeasuresNotTakenReason>.System)),
        ["event period without start"] = new(b => ((Period)Event(b, "put-on-hold").Occurred!).Start = null, "Bundle.entry[39].resource(Provenance).occurredPeriod.start", FhirMessages.FullDate),
        ["hold resuming before it starts"] = new(b => ((Period)Event(b, "put-on-hold").Occurred!).End = "2000-01-01", "Bundle.entry[39].resource(Provenance).occurredPeriod", "holds a value the model refuses: ", RuleIsPrefix: true),
        ["review's next review before it"] = new(b => ((Period)Event(b, "review-completed").Occurred!).End = "2000-01-01", "Bundle.entry[44].resource(Provenance).occurredPeriod", "holds a value the model refuses: ", RuleIsPrefix: true),
        ["complaint resolved before it was made"] = new(b => ((Period)Event(b, "complaint-recorded").Occurred!).End = "2000-01-01", "Bundle.entry[46].resource(Provenance).occurredPeriod", "holds a value the model refuses: ", RuleIsPrefix: true),
        ["plan agreed without its first review date"] = new(b => Event(b, "plan-agreed").Occurred = new FhirDateTime("2025-06-01"), "Bundle.entry[32].resource(Provenance).occurredPeriod.end", FhirMessages.FirstReviewDate),
        ["plan without its date"] = new(b => Resource<CarePlan>(b, 9).Created = null, "Bundle.entry[9].resource(CarePlan).created", FhirMessages.FullDate),
        ["Patient without the local key the offer named"] = new(b => Resource<Patient>(b, 0).Identifier.RemoveAll(i => i.System == FhirUris.LocalKey), "Bundle.entry(Patient).identifier", FhirMessages.LocalKeyBeforeTrace),
        ["Patient age band of another system"] = new(b => SetExtension(b, FhirUris.AgeBandExtension, new Coding("urn:example:bands", "adult")), "Bundle.entry[0].resource(Patient).extension(AgeBand).valueCoding", FhirMessages.CodeOf(FhirCodes<AgeBand>.System)),
        ["Patient gender identity of another system"] = new(b => SetExtension(b, FhirUris.GenderIdentityExtension, new Coding("urn:example:identities", "x")), "Bundle.entry[0].resource(Patient).extension(GenderIdentity).valueCoding", FhirMessages.CodeOf(FhirCodes<GenderIdentity>.System)),
        ["offer without its date"] = new(b => Resource<ServiceRequest>(b, 2).AuthoredOn = null, "Bundle.entry[2].resource(ServiceRequest).authoredOn", FhirMessages.FullDate),
        ["referral without its date"] = new(b => Resource<ServiceRequest>(b, 3).AuthoredOn = null, "Bundle.entry[3].resource(ServiceRequest).authoredOn", FhirMessages.FullDate),
        ["referral without its source"] = new(b => Resource<ServiceRequest>(b, 3).Extension.RemoveAll(x => x.Url == FhirUris.SourceOfServiceRequestExtension), "Bundle.entry[3].resource(ServiceRequest).extension(SourceOfServiceRequest).valueCodeableConcept", FhirMessages.CodeOf(FhirCodes<ReferralSourceKind>.System)),
        ["referral without its method"] = new(b => Resource<ServiceRequest>(b, 3).OrderDetail.Clear(), "Bundle.entry[3].resource(ServiceRequest).orderDetail[0]", FhirMessages.CodeOf(FhirCodes<ReferralMethod>.System)),
        ["referral replacing itself"] = new(b => Resource<ServiceRequest>(b, 3).Replaces = [new ResourceReference { Identifier = new Identifier(FhirUris.EpisodeId, b.Identifier!.Value) }], "Bundle.entry[3].resource(ServiceRequest).replaces", "holds a value the model refuses: ", RuleIsPrefix: true),
        ["connection without its date"] = new(b => Resource<ServiceRequest>(b, 11).AuthoredOn = null, "Bundle.entry[11].resource(ServiceRequest).authoredOn", FhirMessages.FullDate),
        ["connection without its category"] = new(b => Resource<ServiceRequest>(b, 11).Category.RemoveAll(c => FhirReader.TryCode(c, out ConnectionCategoryKind _)), "Bundle.entry[11].resource(ServiceRequest).category", FhirMessages.CodeOf(FhirCodes<ConnectionCategoryKind>.System)),
        ["connection without how it was made"] = new(b => Resource<ServiceRequest>(b, 11).OrderDetail.Clear(), "Bundle.entry[11].resource(ServiceRequest).orderDetail[0]", FhirMessages.CodeOf(FhirCodes<IntroductionMethod>.System)),
        ["connection's support code not SNOMED CT"] = new(b => Resource<ServiceRequest>(b, 11).Code = new CodeableConcept("urn:example:support", "x"), "Bundle.entry[11].resource(ServiceRequest).code.coding[0]", FhirMessages.SnomedConcept),
        ["escalation without its date"] = new(b => Resource<ServiceRequest>(b, 14).AuthoredOn = null, "Bundle.entry[14].resource(ServiceRequest).authoredOn", FhirMessages.FullDate),
        ["escalation without its reason"] = new(b => Resource<ServiceRequest>(b, 14).ReasonCode.Clear(), "Bundle.entry[14].resource(ServiceRequest).reasonCode[0]", FhirMessages.CodeOf(FhirCodes<EscalationReason>.System)),
        ["escalation without its recipient"] = new(b => Resource<ServiceRequest>(b, 14).PerformerType = null, "Bundle.entry[14].resource(ServiceRequest).performerType", FhirMessages.CodeOf(FhirCodes<EscalationRecipient>.System)),
        ["consent without its date"] = new(b => Resource<Consent>(b, 8).DateTime = null, "Bundle.entry[8].resource(Consent).dateTime", FhirMessages.FullDate),
        ["consent without its permission"] = new(b => Resource<Consent>(b, 8).PolicyRule = null, "Bundle.entry[8].resource(Consent).policyRule", FhirMessages.CodeOf(FhirCodes<SharingPermission>.System)),
        ["contact without its method"] = new(b => Resource<Encounter>(b, 4).Type.RemoveAll(t => FhirReader.TryCode(t, out ConsultationMethod _)), "Bundle.entry[4].resource(Encounter).type", FhirMessages.CodeOf(FhirCodes<ConsultationMethod>.System)),
        ["contact without its attendance"] = new(b => Resource<Encounter>(b, 4).Type.RemoveAll(t => FhirReader.TryCode(t, out ContactAttendance _)), "Bundle.entry[4].resource(Encounter).type", FhirMessages.CodeOf(FhirCodes<ContactAttendance>.System)),
        ["contact at a location of another system"] = new(b => Resource<Encounter>(b, 4).Location = [new Encounter.LocationComponent { Location = new ResourceReference { Display = "x" }, PhysicalType = new CodeableConcept("urn:example:places", "x") }], "Bundle.entry[4].resource(Encounter).location[0].physicalType", FhirMessages.CodeOf(FhirCodes<ContactLocation>.System)),
        ["contact lasting less than no time"] = new(b => Resource<Encounter>(b, 4).Length!.Value = -60m, "Bundle.entry[4].resource(Encounter).length", "holds a value the model refuses: ", RuleIsPrefix: true),
        ["contact lasting beyond any clock"] = new(b => Resource<Encounter>(b, 4).Length!.Value = 1e20m, "Bundle.entry[4].resource(Encounter).length", FhirMessages.NumberOutOfRange),
        ["ONS4 without its date"] = new(b => Resource<Observation>(b, 6).Effective = null, "Bundle.entry[6].resource(Observation).effectiveDateTime", FhirMessages.FullDate),
        ["ONS4 without its occasion"] = new(b => Resource<Observation>(b, 6).Method = null, "Bundle.entry[6].resource(Observation).method", FhirMessages.CodeOf(FhirCodes<AssessmentOccasion>.System)),
        ["ONS4 item of another system"] = new(b => Resource<Observation>(b, 6).Component[1].Code = new CodeableConcept("urn:example:items", "x"), "Bundle.entry[6].resource(Observation).component[1].code", FhirMessages.CodeOf(FhirCodes<Ons4Item>.System)),
        ["ONS4 rating 11"] = new(b => Resource<Observation>(b, 6).Component[2].Value = new Integer(11), "Bundle.entry[6].resource(Observation).component[2].valueInteger", "holds a value the model refuses: ", RuleIsPrefix: true),
        ["PAM eligibility without its outcome"] = new(b => Resource<Observation>(b, 5).Value = null, "Bundle.entry[5].resource(Observation).valueCodeableConcept", FhirMessages.CodeOf(FhirCodes<PamEligibilityOutcome>.System)),
        ["FFT without its answer"] = new(b => Resource<Observation>(b, 17).Value = null, "Bundle.entry[17].resource(Observation).valueCodeableConcept", FhirMessages.CodeOf(FhirCodes<FriendsAndFamilyAnswer>.System)),
        ["changes' code not SNOMED CT"] = new(b => Resource<Observation>(b, 18).Component.Insert(0, new Observation.ComponentComponent { Code = new CodeableConcept("urn:example:codes", "x") }), "Bundle.entry[18].resource(Observation).component[0].code", FhirMessages.SnomedConcept),
        ["referral without reasons"] = new(b => Resource<ServiceRequest>(b, 3).ReasonCode.Clear(), "Bundle.entry[3].resource(ServiceRequest).reasonCode", "holds a value the model refuses: ", RuleIsPrefix: true),
        ["referral without its contained referrer"] = new(b => Resource<ServiceRequest>(b, 3).Contained.Clear(), "Bundle.entry[3].resource(ServiceRequest).requester", FhirMessages.ReferrerReference),
        ["referrer's ODS code too short"] = new(b => ((PractitionerRole)Resource<ServiceRequest>(b, 3).Contained.Single()).Organization = new ResourceReference { Identifier = new Identifier(FhirUris.OdsOrganisationCode, "A1") }, "Bundle.entry[3].resource(ServiceRequest).contained(referrer).organization.identifier", FhirMessages.OdsCode),
        ["Patient without its contained practice"] = new(b => Resource<Patient>(b, 0).Contained.Clear(), "Bundle.entry[0].resource(Patient).generalPractitioner[0]", FhirMessages.PracticeReference),
        ["Patient's network ODS code too short"] = new(b => Resource<Patient>(b, 0).Contained.OfType<Organization>().Single(o => o.Id == "practice").PartOf = new ResourceReference { Identifier = new Identifier(FhirUris.OdsOrganisationCode, "A1") }, "Bundle.entry[0].resource(Patient).contained(practice).partOf.identifier", FhirMessages.OdsCode),
        ["connection's other category without its words"] = new(b => OtherCategory(b, null), "Bundle.entry[11].resource(ServiceRequest).category", FhirMessages.OtherCategoryText),
        ["connection's other category with empty words"] = new(b => OtherCategory(b, string.Empty), "Bundle.entry[11].resource(ServiceRequest).category", "holds a value the model refuses: ", RuleIsPrefix: true),
        ["changes' code as text alone"] = new(b => Resource<Observation>(b, 18).Component.Insert(0, new Observation.ComponentComponent { Code = new CodeableConcept { Text = "x" } }), "Bundle.entry[18].resource(Observation).component[0].code", FhirMessages.SnomedConcept),
        ["events out of the lifecycle's order"] = new(b => (b.Entry[24], b.Entry[23]) = (b.Entry[23], b.Entry[24]), "Bundle.entry(Provenance)", "the events break the episode's lifecycle: ", RuleIsPrefix: true),
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void BrokenElement_IsRefusedNamingItsPathAndRule(string name)
    {
        Case c = Cases[name];
        Bundle bundle = EpisodeFhir.ToBundle(Journeys.EveryKind[0], RoundTripTests.Options);
        c.Break(bundle);
        var e = Assert.Throws<FhirMappingException>(() => EpisodeFhir.FromBundle(bundle));
        Assert.Equal(c.Path, e.Path);
        if (c.RuleIsPrefix)
        {
            Assert.StartsWith(c.Rule, e.Rule, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(c.Rule, e.Rule);
        }

        Assert.Equal(e.Path + ": " + e.Rule, e.Message);
    }

    [Fact]
    public void TheWholeBundle_ReadsBack_SoEachCaseBreaksOnlyItsElement()
        => Assert.Equal(Normalised.Of(Journeys.EveryKind[0]), EpisodeFhir.FromBundle(EpisodeFhir.ToBundle(Journeys.EveryKind[0], RoundTripTests.Options)));

    private static T Resource<T>(Bundle bundle, int entry)
        where T : Resource
        => Assert.IsType<T>(bundle.Entry[entry].Resource);

    private static Provenance Event(Bundle bundle, string activity)
        => bundle.Entry.Select(e => e.Resource).OfType<Provenance>().First(p => p.Activity!.Coding[0].Code == activity);

    private static void OtherCategory(Bundle bundle, string? words)
        => Resource<ServiceRequest>(bundle, 11).Category.Single(c => FhirReader.TryCode(c, out ConnectionCategoryKind kind) && kind == ConnectionCategoryKind.Other).Text = words;

    /// <summary>One agent, not a link worker: the event names no link worker at all.</summary>
    private static void NoLinkWorker(Provenance p)
    {
        p.Agent.RemoveRange(1, p.Agent.Count - 1);
        p.Agent[0].Who = new ResourceReference { Display = "the service's reception" };
    }

    private static void SetExtension(Bundle bundle, string url, DataType value)
    {
        Patient patient = Resource<Patient>(bundle, 0);
        patient.Extension.RemoveAll(x => x.Url == url);
        patient.Extension.Add(new Extension(url, value));
    }
}
