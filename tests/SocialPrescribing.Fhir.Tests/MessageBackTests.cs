using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Hl7.Fhir.Model;
using SocialPrescribing.Json.Tests;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Fhir.Tests;

/// <summary>The message back as a document bundle: it identifies the person exactly where the message does.</summary>
public sealed class MessageBackTests
{
    internal static readonly NodaTime.Instant At = NodaTime.Instant.FromUtc(2026, 1, 5, 9, 30);

    [Fact]
    public void PracticesCopy_IsADocumentThatIdentifiesThePerson()
    {
        Bundle document = EpisodeFhir.ToMessageBackDocument(MessageBack.Create(Journeys.EveryKind[0], MessageBackRecipient.RegisteredGp), At, RoundTripTests.Options);
        Assert.Equal(Bundle.BundleType.Document, document.Type);
        var composition = Assert.IsType<Composition>(document.Entry[0].Resource);
        Patient patient = Assert.IsType<Patient>(document.Entry[1].Resource);
        Assert.Equal(document.Entry[1].FullUrl, composition.Subject!.Reference);
        Assert.Contains(patient.Identifier, i => i.System == FhirUris.NhsNumber && i.Value == Journeys.KnownNhsNumber.UnmaskedValue);
        Assert.Contains($"Episode {Journeys.EveryKind[0].Id}: referred 2025-10-02", composition.Section[0].Text!.Div, StringComparison.Ordinal);
        Assert.StartsWith("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>", composition.Section[0].Text!.Div, StringComparison.Ordinal);
        Assert.Equal(EpisodeFhir.ToJson(document), EpisodeFhir.ToJson(EpisodeFhir.ToMessageBackDocument(MessageBack.Create(Journeys.EveryKind[0], MessageBackRecipient.RegisteredGp), At, RoundTripTests.Options)));
    }

    [Property]
    public Property Document_IdentifiesThePersonExactlyWhereTheMessageDoes(Episode episode)
    {
        bool ended = episode.Referral is not null && episode.State is EpisodeState.Closed or EpisodeState.Declined or EpisodeState.NotAccepted;
        return Prop.When(ended, () =>
        {
            foreach (MessageBackRecipient recipient in Enum.GetValues<MessageBackRecipient>())
            {
                MessageBack message = MessageBack.Create(episode, recipient);
                Bundle document = EpisodeFhir.ToMessageBackDocument(message, At, RoundTripTests.Options);
                string json = EpisodeFhir.ToJson(document);
                Patient? patient = document.Entry.Select(e => e.Resource).OfType<Patient>().SingleOrDefault();
                if (patient is not null != message.Person is not null || document.Entry[0].Resource is not Composition)
                {
                    return false;
                }

                // The Patient carries exactly the identifiers the message gives.
                if (message.Person is PersonIdentifier person
                    && !(patient!.Identifier.SingleOrDefault(i => i.System == FhirUris.NhsNumber)?.Value == person.NhsNumber?.UnmaskedValue
                        && patient.Identifier.SingleOrDefault(i => i.System == FhirUris.LocalKey)?.Value == person.LocalKey))
                {
                    return false;
                }

                if (message.Person is null && episode.Person.NhsNumber is NhsNumber nhs && json.Contains(nhs.UnmaskedValue, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        });
    }
}
