using Hl7.Fhir.Model;
using SocialPrescribing.Json.Tests;
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
