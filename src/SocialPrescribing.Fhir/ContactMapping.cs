using System.Globalization;
using Hl7.Fhir.Model;
using NodaTime;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Fhir;

/// <summary>
/// A contact with the person as a UK Core Encounter (docs/fhir.md, "The mapping, field by field"): PRSB keeps the consultation method
/// (Encounter.class and a type) apart from the location type (the location's physical type, face to face only).
/// </summary>
internal static class ContactMapping
{
    private const string ActCode = FhirUris.Hl7TerminologyPrefix + "v3-ActCode";

    public static Encounter ToEncounter(ContactRecorded contact, ResourceReference patient, ResourceReference? referral)
    {
        var encounter = new Encounter
        {
            Meta = FhirValues.UkCore("Encounter"),
            Status = contact.Attendance == ContactAttendance.Attended ? Encounter.EncounterStatus.Finished : Encounter.EncounterStatus.Cancelled,
            Class = contact.Method == ConsultationMethod.FaceToFace ? new Coding(ActCode, "AMB", "ambulatory") : new Coding(ActCode, "VR", "virtual"),
            Type = [FhirValues.Concept(contact.Method), FhirValues.Concept(contact.Attendance)],
            Subject = patient,
            Period = new Hl7.Fhir.Model.Period { Start = FhirValues.DateTimeOf(contact.When) },
            Length = new Hl7.Fhir.Model.Duration { Value = FhirValues.Seconds(contact.Duration), Unit = "s", System = FhirUris.Ucum, Code = "s" },
        };
        if (contact.LinkWorker is LinkWorkerId lw)
        {
            encounter.Participant = [new Encounter.ParticipantComponent { Individual = FhirValues.LinkWorker(lw) }];
        }

        if (contact.Location is ContactLocation location)
        {
            encounter.Location = [new Encounter.LocationComponent
            {
                Location = new ResourceReference { Display = Words(location) },
                PhysicalType = FhirValues.Concept(location),
            }];
        }

        if (contact.Outcome is string outcome)
        {
            encounter.Extension.Add(new Extension(FhirUris.OutcomeOfAttendanceExtension, FhirValues.Text(outcome)));
        }

        if (referral is not null)
        {
            encounter.BasedOn = [referral];
        }

        return encounter;
    }

    private static string Words(ContactLocation location) => location switch
    {
        ContactLocation.Practice => "GP practice",
        ContactLocation.Home => "The person's home",
        ContactLocation.CommunityVenue => "Community venue",
        _ => "Other location",
    };

    public static ContactRecorded FromEncounter(FhirReader r, EventContext context, Encounter encounter)
    {
        if (!FhirValues.TryDateTimeOf(encounter.Period?.Start, out OffsetDateTime start))
        {
            throw r.Error(r.Path("period.start"), FhirMessages.ContactStart);
        }

        ConsultationMethod method = r.Code<ConsultationMethod>(encounter.Type.FirstOrDefault(t => FhirReader.TryCode(t, out ConsultationMethod _)), r.Path("type"));
        ContactAttendance attendance = r.Code<ContactAttendance>(encounter.Type.FirstOrDefault(t => FhirReader.TryCode(t, out ContactAttendance _)), r.Path("type"));
        ContactLocation? location = encounter.Location.Count == 0 ? null : r.Code<ContactLocation>(encounter.Location[0].PhysicalType, r.Path("location[0].physicalType"));
        decimal seconds = encounter.Length is { Code: "s", System: FhirUris.Ucum, Value: decimal value } ? value : throw r.Error(r.Path("length"), FhirMessages.ContactLength);
        NodaTime.Duration duration = r.Build(() => FhirValues.FromSeconds(seconds), r.Path("length"));
        string? outcome = (encounter.GetExtension(FhirUris.OutcomeOfAttendanceExtension)?.Value as CodeableConcept)?.Text;
        return r.Build(() => new ContactRecorded(context, start.InFixedZone(), method, location, duration, attendance, outcome), r.Path("length"));
    }
}
