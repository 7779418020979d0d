using Hl7.Fhir.Model;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Fhir;

/// <summary>
/// The requests of an episode as UK Core ServiceRequests (docs/fhir.md, "The mapping, field by field"): the offer (a proposal),
/// the referral to the service (an order, code 871731000000106), each connection to a community group or service, and
/// each escalation.
/// </summary>
internal static class RequestMapping
{
    /// <summary>The referral's code: 871731000000106 |Referral to social prescribing service (procedure)| (seed section 10).</summary>
    public static Coding ReferralCode => FhirValues.Snomed(SocialPrescribingConcepts.ReferralToService.Id, SocialPrescribingConcepts.ReferralToService.PreferredTerm);

    public static RequestPriority Priority(Urgency urgency) => urgency == Urgency.Urgent ? RequestPriority.Urgent : RequestPriority.Routine;

    /// <summary>A request's urgency: its priority, routine or urgent (required).</summary>
    public static Urgency UrgencyOf(FhirReader r, ServiceRequest request) => request.Priority switch
    {
        RequestPriority.Routine => Urgency.Routine,
        RequestPriority.Urgent => Urgency.Urgent,
        _ => throw r.Error(r.Path("priority"), FhirMessages.Priority),
    };

    private static ServiceRequest Request(string kind, ResourceReference patient) => new()
    {
        Meta = FhirValues.UkCore("ServiceRequest"),
        Status = RequestStatus.Active,
        Subject = patient,
        Category = [new CodeableConcept(LibraryCodes.RequestKind, kind)],
    };

    public static ServiceRequest Offer(SocialPrescribingOffered offer, ResourceReference patient, OdsCode service)
    {
        ServiceRequest request = Request(LibraryCodes.Offer, patient);
        request.Intent = RequestIntent.Proposal;
        request.Code = new CodeableConcept { Coding = [ReferralCode] };
        request.AuthoredOn = FhirValues.Date(offer.On);
        request.Performer = [FhirValues.OrganisationByOds(service)];
        if (offer.PreviousEpisodeId is EpisodeId previous)
        {
            request.Replaces = [Previous(previous)];
        }

        return request;
    }

    private static ResourceReference Previous(EpisodeId previous) => new() { Type = "ServiceRequest", Identifier = new Identifier(FhirUris.EpisodeId, previous.ToString()) };

    public static ServiceRequest Referral(ReferralMade made, ResourceReference patient, OdsCode service)
    {
        Referral referral = made.Referral;
        ServiceRequest request = Request(LibraryCodes.Referral, patient);
        request.Intent = RequestIntent.Order;
        request.Code = new CodeableConcept { Coding = [ReferralCode] };
        request.AuthoredOn = FhirValues.Date(referral.ReferredOn);
        request.Performer = [FhirValues.OrganisationByOds(service)];
        request.Priority = Priority(referral.Urgency);
        if (referral.UrgencyReason is string why)
        {
            request.Extension.Add(new Extension(FhirUris.PriorityReasonExtension, FhirValues.Text(why)));
        }

        request.Extension.Add(new Extension(FhirUris.SourceOfServiceRequestExtension, FhirValues.Concept(referral.Referrer.Kind)));
        request.OrderDetail = [FhirValues.Concept(referral.Method)];
        if (referral.ReferrerCaseReference is string reference)
        {
            request.Identifier.Add(new Identifier(FhirUris.ReferrerCaseReference, reference));
        }

        foreach (ReferralReason reason in referral.Reasons)
        {
            request.ReasonCode.Add(FhirValues.Concept(reason, reason == ReferralReason.Other ? referral.OtherReasonText : null));
        }

        foreach (SctId need in referral.NeedsAndConcerns)
        {
            request.ReasonCode.Add(new CodeableConcept { Coding = [FhirValues.Snomed(need)] });
        }

        var referrer = new PractitionerRole
        {
            Id = "referrer",
            Meta = FhirValues.UkCore("PractitionerRole"),
            Organization = referral.Referrer.Organisation is OdsCode ods ? FhirValues.OrganisationByOds(ods, referral.Referrer.Service) : referral.Referrer.Service is string service2 ? new ResourceReference { Display = service2 } : null,
            Code = referral.Referrer.Role is string role ? [FhirValues.Text(role)] : [],
        };
        request.Contained.Add(referrer);
        request.Requester = new ResourceReference("#referrer");

        if (made.PreviousEpisodeId is EpisodeId previous)
        {
            request.Replaces = [Previous(previous)];
        }

        return request;
    }

    /// <summary>The community group or service on the menu, by its id and name; <see langword="null"/> when neither is known.</summary>
    public static ResourceReference? Group(string? id, string? name) => id is null && name is null ? null : new ResourceReference
    {
        Type = "HealthcareService",
        Identifier = id is null ? null : new Identifier(FhirUris.GroupId, id),
        Display = name,
    };

    public static EpisodeId? PreviousOf(FhirReader r, ServiceRequest request)
    {
        if (request.Replaces.Count == 0)
        {
            return null;
        }

        return request.Replaces[0].Identifier is { System: FhirUris.EpisodeId } id && EpisodeId.TryParse(id.Value, out EpisodeId previous)
            ? previous
            : throw r.Error(r.Path("replaces[0].identifier"), FhirMessages.EpisodeId);
    }

    public static Referral ReferralOf(FhirReader r, ServiceRequest request, PersonIdentifier person, PersonDemographics demographics, OdsCode practice, OdsCode? network)
    {
        NodaTime.LocalDate on = r.Date(request.AuthoredOn, r.Path("authoredOn"));
        ReferralSourceKind kind = r.Code<ReferralSourceKind>(request.GetExtension(FhirUris.SourceOfServiceRequestExtension)?.Value as CodeableConcept, r.Path("extension(SourceOfServiceRequest).valueCodeableConcept"));
        ReferralMethod method = r.Code<ReferralMethod>(request.OrderDetail.FirstOrDefault(), r.Path("orderDetail[0]"));
        Urgency urgency = UrgencyOf(r, request);
        string? urgencyReason = (request.GetExtension(FhirUris.PriorityReasonExtension)?.Value as CodeableConcept)?.Text;
        string? caseReference = request.Identifier.FirstOrDefault(i => i.System == FhirUris.ReferrerCaseReference)?.Value;
        List<ReferralReason> reasons = [];
        List<SctId> needs = [];
        string? otherText = null;
        for (int i = 0; i < request.ReasonCode.Count; i++)
        {
            CodeableConcept concept = request.ReasonCode[i];
            if (FhirReader.TryCode(concept, out ReferralReason reason))
            {
                reasons.Add(reason);
                if (reason == ReferralReason.Other)
                {
                    otherText = concept.Text;
                }
            }
            else if (concept.Coding.Count == 1)
            {
                needs.Add(r.Sct(concept.Coding[0], r.Path($"reasonCode[{i}].coding[0]")));
            }
            else
            {
                throw r.Error(r.Path($"reasonCode[{i}]"), FhirMessages.ReasonCode(FhirCodes<ReferralReason>.System));
            }
        }

        PractitionerRole referrer = request.Requester?.Reference is "#referrer" && request.Contained.OfType<PractitionerRole>().FirstOrDefault(c => c.Id == "referrer") is PractitionerRole found
            ? found
            : throw r.Error(r.Path("requester"), FhirMessages.ReferrerReference);
        OdsCode? organisation = referrer.Organization?.Identifier is null ? null : r.Ods(referrer.Organization.Identifier, r.Path("contained(referrer).organization.identifier"));
        string? serviceName = referrer.Organization?.Display;
        string? role = referrer.Code.FirstOrDefault()?.Text;
        Referrer who = r.Build(() => new Referrer(kind, organisation, serviceName, role), r.Path("contained(referrer)"));
        return r.Build(
            () => new Referral(on, who, method, person, practice, reasons, otherText, urgency, urgencyReason, network, caseReference, demographics, needs),
            r.Path("reasonCode"));
    }

    public static ServiceRequest Connection(ConnectionMade made, ResourceReference patient)
    {
        ServiceRequest request = Request(LibraryCodes.Connection, patient);
        request.Intent = RequestIntent.Order;
        request.Category.Add(FhirValues.Concept(made.Category.Kind, made.Category.OtherDescription));
        request.Code = made.SupportCode is SctId support
            ? new CodeableConcept { Coding = [FhirValues.Snomed(support)] }
            : FhirValues.Text(LibraryCodes.ConnectionText);
        request.OrderDetail = [FhirValues.Concept(made.How)];
        request.AuthoredOn = FhirValues.Date(made.On);
        if (Group(made.GroupId, made.GroupName) is ResourceReference group)
        {
            request.Performer = [group];
        }

        if (made.NeedToKnowNote is string note)
        {
            request.Note = [new Annotation { Text = new Markdown(note) }];
        }


        return request;
    }

    public static ConnectionMade ConnectionOf(FhirReader r, EventContext context, ServiceRequest request)
    {
        NodaTime.LocalDate on = r.Date(request.AuthoredOn, r.Path("authoredOn"));
        CodeableConcept? categoryConcept = request.Category.FirstOrDefault(c => FhirReader.TryCode(c, out ConnectionCategoryKind _));
        ConnectionCategoryKind kind = r.Code<ConnectionCategoryKind>(categoryConcept, r.Path("category"));
        ConnectionCategory category = r.Build(() => kind == ConnectionCategoryKind.Other ? ConnectionCategory.CreateOther(categoryConcept!.Text ?? throw r.Error(r.Path("category"), FhirMessages.OtherCategoryText)) : ConnectionCategory.Create(kind), r.Path("category"));
        IntroductionMethod how = r.Code<IntroductionMethod>(request.OrderDetail.FirstOrDefault(), r.Path("orderDetail[0]"));
        SctId? support = request.Code?.Coding.Count > 0 ? r.Sct(request.Code.Coding[0], r.Path("code.coding[0]")) : null;
        ResourceReference? group = request.Performer.FirstOrDefault();
        string? groupId = group?.Identifier is { System: FhirUris.GroupId } gid ? gid.Value : null;
        string? note = request.Note.FirstOrDefault()?.Text;
        return r.Build(() => new ConnectionMade(context, on, category, how, groupId, group?.Display, note, support), r.Path("performer"));
    }

    public static ServiceRequest Escalation(Escalated escalated, ResourceReference patient)
    {
        ServiceRequest request = Request(LibraryCodes.Escalation, patient);
        request.Intent = RequestIntent.Order;
        request.Code = FhirValues.Text("Escalation of a concern");
        request.Priority = Priority(escalated.Urgency);
        request.ReasonCode = [FhirValues.Concept(escalated.Reason)];
        request.PerformerType = FhirValues.Concept(escalated.To);
        request.AuthoredOn = FhirValues.Date(escalated.On);
        if (escalated.ClosesEpisode)
        {
            request.OrderDetail = [new CodeableConcept(LibraryCodes.EscalationDetail, LibraryCodes.ClosesEpisode)];
        }


        return request;
    }

    public static Escalated EscalationOf(FhirReader r, EventContext context, ServiceRequest request)
    {
        NodaTime.LocalDate on = r.Date(request.AuthoredOn, r.Path("authoredOn"));
        Urgency urgency = UrgencyOf(r, request);
        EscalationReason reason = r.Code<EscalationReason>(request.ReasonCode.FirstOrDefault(), r.Path("reasonCode[0]"));
        EscalationRecipient to = r.Code<EscalationRecipient>(request.PerformerType, r.Path("performerType"));
        bool closes = request.OrderDetail.Any(d => d.Coding.Any(c => c.System == LibraryCodes.EscalationDetail && c.Code == LibraryCodes.ClosesEpisode));
        return r.Build(() => new Escalated(context, on, reason, to, urgency, closes), r.Path("reasonCode"));
    }

    // The one entry of a view that shares nothing: no episode id to name it by, and nothing to tell two apart.
    private const string UnsharedUrn = "urn:uuid:6d1c2f0e-3b5a-5f4e-8c7d-9a0b1c2d3e4f";

    public static Bundle GroupBundle(GroupView view, OdsCode service)
    {
        var request = new ServiceRequest
        {
            Meta = FhirValues.UkCore("ServiceRequest"),
            Status = RequestStatus.Active,
            Intent = RequestIntent.Order,
            Category = [new CodeableConcept(LibraryCodes.RequestKind, LibraryCodes.Connection)],
            Code = FhirValues.Text(LibraryCodes.ConnectionText),
            // The person is not identified to the group by this library: a group that needs to know who is coming
            // hears it from the link worker, with the person's agreement.
            Subject = new ResourceReference { Display = "The person connected by the social prescribing service" },
            Requester = FhirValues.OrganisationByOds(service),
            Performer = Group(view.GroupId, view.GroupName) is ResourceReference group ? [group] : [],
        };
        if (view.IsShared)
        {
            request.Identifier = [new Identifier(FhirUris.EpisodeId, view.EpisodeId!.Value.ToString())];
            request.Category.Add(FhirValues.Concept(view.Category!.Value.Kind, view.Category.Value.OtherDescription));
            request.OrderDetail = [FhirValues.Concept(view.How!.Value)];
            request.AuthoredOn = FhirValues.Date(view.IntroducedOn!.Value);
            if (view.NeedToKnowNote is string note)
            {
                request.Note = [new Annotation { Text = new Markdown(note) }];
            }
        }

        EpisodeId? episode = view.EpisodeId;
        string urn = episode is EpisodeId e ? FhirValues.Urn(e, "group-view-" + view.ConnectionNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)) : UnsharedUrn;
        return new Bundle
        {
            Meta = FhirValues.UkCore("Bundle"),
            Type = Bundle.BundleType.Collection,
            Entry = [new Bundle.EntryComponent { FullUrl = urn, Resource = request }],
        };
    }
}
