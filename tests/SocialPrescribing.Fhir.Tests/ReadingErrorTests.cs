using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Hl7.Fhir.Model;
using SocialPrescribing.Json.Tests;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Fhir.Tests;

/// <summary>
/// A bundle that does not map gives a <see cref="FhirMappingException"/> naming the resource, the element path and the
/// rule, never the NHS number or the person's words; hostile JSON gives the same exception, never another.
/// </summary>
public sealed class ReadingErrorTests
{
    private const string KnownNhsNumber = "9990000026";

    private static Bundle Whole() => EpisodeFhir.ToBundle(Journeys.EveryKind[0], RoundTripTests.Options);

    private static T First<T>(Bundle bundle)
        where T : Resource
        => bundle.Entry.Select(e => e.Resource).OfType<T>().First();

    private static FhirMappingException Refused(Bundle bundle)
    {
        var e = Assert.Throws<FhirMappingException>(() => EpisodeFhir.FromBundle(bundle));
        Assert.DoesNotContain(KnownNhsNumber, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Housing notice served", e.Message, StringComparison.Ordinal);
        Assert.False(EpisodeFhir.TryFromBundle(bundle, out Episode? none, out FhirMappingException? error));
        Assert.Null(none);
        Assert.Equal(e.Message, error!.Message);
        return e;
    }

    [Fact]
    public void WholeJourney_ReadsBack() => Assert.Equal(Normalised.Of(Journeys.EveryKind[0]), EpisodeFhir.FromBundle(Whole()));

    [Fact]
    public void NhsNumberWithAWrongCheckDigit_IsRefused_NamingTheElement()
    {
        Bundle bundle = Whole();
        First<Patient>(bundle).Identifier.First(i => i.System == FhirUris.NhsNumber).Value = "9990000027";
        FhirMappingException e = Refused(bundle);
        Assert.Equal("Bundle.entry[0].resource(Patient).identifier[0].value", e.Path);
        Assert.DoesNotContain("9990000027", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NhsNumberUnderAWrongSystem_IsNotAnIdentifierOfThePerson()
    {
        Bundle bundle = EpisodeFhir.ToBundle(Journeys.EveryKind[1], RoundTripTests.Options);
        Patient patient = First<Patient>(bundle);
        patient.Identifier.Clear();
        patient.Identifier.Add(new Identifier("https://fhir.nhs.uk/Id/nhs-numbr", KnownNhsNumber));
        FhirMappingException e = Refused(bundle);
        Assert.Equal("Bundle.entry[0].resource(Patient).identifier", e.Path);
        Assert.Contains(FhirUris.NhsNumber, e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownEventKind_IsRefused()
    {
        Bundle bundle = Whole();
        First<Provenance>(bundle).Activity!.Coding[0].Code = "teleported";
        FhirMappingException e = Refused(bundle);
        Assert.EndsWith("resource(Provenance).activity", e.Path, StringComparison.Ordinal);
        Assert.Contains("event-kind", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void PriorityThatIsNeitherRoutineNorUrgent_IsRefused()
    {
        Bundle bundle = Whole();
        bundle.Entry.Select(e => e.Resource).OfType<ServiceRequest>().First(r => r.Intent == RequestIntent.Order).Priority = RequestPriority.Stat;
        Assert.EndsWith("resource(ServiceRequest).priority", Refused(bundle).Path, StringComparison.Ordinal);
    }

    [Fact]
    public void TransitionTheLifecycleRefuses_IsRefused()
    {
        // The closure moved before the first contact: a contact after closure is not allowed.
        Bundle bundle = Whole();
        List<Bundle.EntryComponent> provenances = [.. bundle.Entry.Where(e => e.Resource is Provenance)];
        Bundle.EntryComponent closed = provenances.First(e => ((Provenance)e.Resource!).Activity!.Coding[0].Code == "closed");
        bundle.Entry.Remove(closed);
        bundle.Entry.Insert(bundle.Entry.IndexOf(provenances[3]), closed);
        FhirMappingException e = Refused(bundle);
        Assert.Contains("lifecycle", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingPatient_IsRefused()
    {
        Bundle bundle = Whole();
        bundle.Entry.RemoveAt(0);
        Assert.Equal("Bundle.entry", Refused(bundle).Path);
    }

    [Fact]
    public void TargetOutsideTheBundle_IsRefused()
    {
        Bundle bundle = Whole();
        Provenance contact = bundle.Entry.Select(e => e.Resource).OfType<Provenance>().First(p => p.Activity!.Coding[0].Code == "contact-recorded");
        contact.Target[0].Reference = "urn:uuid:00000000-0000-0000-0000-000000000000";
        Assert.EndsWith("resource(Provenance).target[0]", Refused(bundle).Path, StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatedFullUrl_IsRefused()
    {
        Bundle bundle = Whole();
        bundle.Entry[1].FullUrl = bundle.Entry[0].FullUrl;
        Assert.Equal("Bundle.entry[1].fullUrl", Refused(bundle).Path);
    }

    [Fact]
    public void UnknownExtensions_AreIgnored()
    {
        // docs/fhir.md, "Reading": an extension this library does not read is left alone.
        Bundle bundle = Whole();
        foreach (Resource resource in bundle.Entry.Select(e => e.Resource!))
        {
            if (resource is DomainResource domain)
            {
                domain.Extension.Add(new Extension("https://example.org/fhir/StructureDefinition/local-note", new FhirString("anything")));
            }
        }

        Assert.Equal(Normalised.Of(Journeys.EveryKind[0]), EpisodeFhir.FromBundle(bundle));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"resourceType\":\"Patient\"}")]
    [InlineData("{\"resourceType\":\"Bundle\",\"entry\":\"many\"}")]
    [InlineData("{\"resourceType\":\"Bundle\",\"type\":17}")]
    [InlineData("{\"resourceType\":\"Bundle\",\"unknownElement\":true}")]
    [InlineData("{\"resourceType\":\"Bundle\",\"type\":\"collection\"}")]
    public void HostileOrWrongJson_IsRefusedWithTheDocumentedException(string json)
        => Assert.Throws<FhirMappingException>(() => EpisodeFhir.FromJson(json));

    [Fact]
    public void DeepNesting_IsRefused()
    {
        string json = "{\"resourceType\":\"Bundle\",\"entry\":" + new string('[', 10_000) + new string(']', 10_000) + "}";
        var e = Assert.Throws<FhirMappingException>(() => EpisodeFhir.FromJson(json));
        Assert.Contains("FHIR JSON", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void HugeArray_IsRefused()
    {
        var json = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"identifier\":{\"system\":\"" + FhirUris.EpisodeId + "\",\"value\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\"},\"entry\":[");
        for (int i = 0; i < 200_000; i++)
        {
            json.Append(i == 0 ? "{\"fullUrl\":\"urn:x\"}" : ",{\"fullUrl\":\"urn:x\"}");
        }

        json.Append("]}");
        var e = Assert.Throws<FhirMappingException>(() => EpisodeFhir.FromJson(json.ToString()));
        Assert.Equal("Bundle.entry", e.Path);
        Assert.Contains("more than 100000 entries", e.Rule, StringComparison.Ordinal);
    }

    [Property(MaxTest = 200)]
    public Property CorruptedJson_GivesAnEpisodeOrTheDocumentedException()
    {
        string json = EpisodeFhir.ToJson(EpisodeFhir.ToBundle(Journeys.EveryKind[0], RoundTripTests.Options));
        Gen<(int At, char With)> edits = from at in Gen.Choose(0, json.Length - 1) from with in Gen.Elements('x', '"', '{', ']', ',', '9', ' ') select (at, with);
        return Prop.ForAll(edits.ToArbitrary(), edit =>
        {
            string corrupted = json[..edit.At] + edit.With + json[(edit.At + 1)..];
            try
            {
                EpisodeFhir.FromJson(corrupted);
            }
            catch (FhirMappingException e)
            {
                return !e.Message.Contains(KnownNhsNumber, StringComparison.Ordinal);
            }

            return true;
        });
    }
}
