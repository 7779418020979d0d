using Hl7.Fhir.Model;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Fhir;

/// <summary>
/// The person's sharing answers as UK Core Consents (docs/fhir.md, "The mapping, field by field"): one per permission answered (the
/// permission as the policy rule, given as permit, declined as deny), one per connection where the person answered for
/// that group or agency (its recipient the group), and one for the referring agency.
/// </summary>
internal static class ConsentMapping
{
    private static Consent Consent(CodeableConcept policy, ConsentAnswer answer, NodaTime.LocalDate on, ResourceReference patient) => new()
    {
        Meta = FhirValues.UkCore("Consent"),
        Status = Hl7.Fhir.Model.Consent.ConsentState.Active,
        Scope = new CodeableConcept(FhirUris.Hl7("consentscope"), "patient-privacy"),
        Category = [new CodeableConcept(FhirUris.Loinc, "59284-0", "Patient Consent")],
        Patient = patient,
        DateTime = FhirValues.Date(on),
        PolicyRule = policy,
        Provision = new Hl7.Fhir.Model.Consent.provisionComponent
        {
            Type = answer == ConsentAnswer.Given ? Hl7.Fhir.Model.Consent.ConsentProvisionType.Permit : Hl7.Fhir.Model.Consent.ConsentProvisionType.Deny,
        },
    };

    private static Hl7.Fhir.Model.Consent.provisionActorComponent Recipient(ResourceReference who) => new()
    {
        Role = new CodeableConcept(FhirUris.Hl7("v3-ParticipationType"), "IRCP", "information recipient"),
        Reference = who,
    };

    public static Consent ForPermission(SharingPermission permission, ConsentAnswer answer, NodaTime.LocalDate on, ResourceReference patient)
        => Consent(FhirValues.Concept(permission), answer, on, patient);

    public static Consent ForConnection(ConnectionSharingRecorded sharing, ResourceReference patient, ConnectionMade connection)
    {
        Consent consent = Consent(FhirValues.Concept(SharingPermission.NeedToKnowSharingWithConnectedServices), sharing.Answer, sharing.On, patient);
        consent.Provision!.Actor = [Recipient(RequestMapping.Group(connection.GroupId, connection.GroupName) ?? new ResourceReference { Display = "The group or service of the connection" })];
        return consent;
    }

    public static Consent ForReferrer(ReferrerSharingRecorded sharing, ResourceReference patient, OdsCode? referrer)
    {
        Consent consent = Consent(new CodeableConcept(LibraryCodes.ConsentPolicy, LibraryCodes.ReferrerSharing, "Sharing with the referring agency"), sharing.Answer, sharing.On, patient);
        consent.Provision!.Actor = [Recipient(referrer is OdsCode ods ? FhirValues.OrganisationByOds(ods) : new ResourceReference { Display = "The referring agency" })];
        return consent;
    }

    public static (NodaTime.LocalDate On, ConsentAnswer Answer) AnswerOf(FhirReader r, Consent consent)
    {
        NodaTime.LocalDate on = r.Date(consent.DateTime, r.Path("dateTime"));
        ConsentAnswer answer = consent.Provision?.Type switch
        {
            Hl7.Fhir.Model.Consent.ConsentProvisionType.Permit => ConsentAnswer.Given,
            Hl7.Fhir.Model.Consent.ConsentProvisionType.Deny => ConsentAnswer.Declined,
            _ => throw r.Error(r.Path("provision.type"), FhirMessages.ProvisionType),
        };
        return (on, answer);
    }

    public static SharingPermission PermissionOf(FhirReader r, Consent consent) => r.Code<SharingPermission>(consent.PolicyRule, r.Path("policyRule"));
}
