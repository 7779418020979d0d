using Hl7.Fhir.Model;
using NodaTime;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Fhir;

/// <summary>
/// The message back to the GP or the referrer as a FHIR <c>document</c> Bundle (docs/fhir.md, "The message back"): a
/// UK Core Composition whose one section is the message's text, and, in the practice's copy, the Patient it identifies.
/// </summary>
internal static class MessageBackMapping
{
    public static Bundle ToDocument(MessageBack message, NodaTime.Instant at, OdsCode service)
    {
        string Urn(string name) => FhirValues.Urn(message.EpisodeId, "message-back-" + FhirCodes<MessageBackRecipient>.Code(message.Recipient) + "-" + FhirValues.Date(message.UpdatedOn ?? message.EndedOn) + "-" + name);
        string patientUrn = Urn("patient");
        var composition = new Composition
        {
            Meta = FhirValues.UkCore("Composition"),
            Status = CompositionStatus.Final,
            Type = FhirValues.Text("Social prescribing: message back"),
            Category = [FhirValues.Concept(message.Recipient)],
            Date = FhirValues.InstantText(at),
            Author = [FhirValues.OrganisationByOds(service)],
            Title = message.Recipient == MessageBackRecipient.RegisteredGp ? "Social prescribing: message back to the GP practice" : "Social prescribing: message back to the referrer",
            Subject = message.Person is null ? null : new ResourceReference(patientUrn),
            Section =
            [
                new Composition.SectionComponent
                {
                    Title = "Message back",
                    Code = FhirValues.Concept(message.Ending),
                    Text = new Narrative { Status = Narrative.NarrativeStatus.Generated, Div = Xhtml.Of(message.ToPlainText()) },
                },
            ],
        };
        var bundle = new Bundle
        {
            Meta = FhirValues.UkCore("Bundle"),
            Identifier = new Identifier("urn:ietf:rfc:3986", Urn("document")),
            Type = Bundle.BundleType.Document,
            Timestamp = FhirValues.Instant(at),
            Entry = [new Bundle.EntryComponent { FullUrl = Urn("composition"), Resource = composition }],
        };
        if (message.Person is PersonIdentifier person)
        {
            bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = patientUrn, Resource = PatientMapping.Identified(person) });
        }

        return bundle;
    }
}
