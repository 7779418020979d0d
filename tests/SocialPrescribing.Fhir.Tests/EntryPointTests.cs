using Hl7.Fhir.Model;
using SocialPrescribing.Json.Tests;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Fhir.Tests;

/// <summary>
/// The entry points' documented contracts (docs/fhir.md, "The entry point" and "Hostile input and limits"): null
/// arguments named, the Try members' errors for a missing input, the document's length limit at its boundary, the
/// rule each kind of bad JSON gives, and the exception's own constructors.
/// </summary>
public sealed class EntryPointTests
{
    private static readonly Episode Whole = Journeys.EveryKind[0];

    [Fact]
    public void NullArguments_AreNamed()
    {
        EpisodeFhirOptions o = RoundTripTests.Options;
        GroupView view = GroupView.Create(Whole, 1);
        MessageBack message = MessageBack.Create(Whole, MessageBackRecipient.RegisteredGp);
        Assert.Equal("episode", Assert.Throws<ArgumentNullException>(() => EpisodeFhir.ToBundle(null!, o)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => EpisodeFhir.ToBundle(Whole, null!)).ParamName);
        Assert.Equal("episode", Assert.Throws<ArgumentNullException>(() => EpisodeFhir.ToBundle(null!, CarePlanTests.Plan(), o)).ParamName);
        Assert.Equal("plan", Assert.Throws<ArgumentNullException>(() => EpisodeFhir.ToBundle(Whole, null!, o)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => EpisodeFhir.ToBundle(Whole, CarePlanTests.Plan(), null!)).ParamName);
        Assert.Equal("view", Assert.Throws<ArgumentNullException>(() => EpisodeFhir.ToGroupBundle(null!, o)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => EpisodeFhir.ToGroupBundle(view, null!)).ParamName);
        Assert.Equal("message", Assert.Throws<ArgumentNullException>(() => EpisodeFhir.ToMessageBackDocument(null!, MessageBackTests.At, o)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => EpisodeFhir.ToMessageBackDocument(message, MessageBackTests.At, null!)).ParamName);
        Assert.Equal("bundle", Assert.Throws<ArgumentNullException>(() => EpisodeFhir.FromBundle(null!)).ParamName);
        Assert.Equal("resource", Assert.Throws<ArgumentNullException>(() => EpisodeFhir.ToJson(null!)).ParamName);
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => EpisodeFhir.BundleFromJson(null!)).ParamName);
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => EpisodeFhir.FromJson(null!)).ParamName);
    }

    [Fact]
    public void TryMembers_GiveAMissingInputAsAnError()
    {
        Assert.False(EpisodeFhir.TryFromBundle(null, out Episode? fromBundle, out FhirMappingException? bundleError));
        Assert.Null(fromBundle);
        Assert.Equal(("Bundle", FhirMessages.Missing), (bundleError!.Path, bundleError.Rule));
        Assert.False(EpisodeFhir.TryFromJson(null, out Episode? fromJson, out FhirMappingException? jsonError));
        Assert.Null(fromJson);
        Assert.Equal(("(document)", FhirMessages.Missing), (jsonError!.Path, jsonError.Rule));
    }

    [Fact]
    public void TryMembers_GiveTheEpisodeAndNoError()
    {
        Bundle bundle = EpisodeFhir.ToBundle(Whole, RoundTripTests.Options);
        Assert.True(EpisodeFhir.TryFromBundle(bundle, out Episode? fromBundle, out FhirMappingException? bundleError));
        Assert.Equal(Normalised.Of(Whole), fromBundle);
        Assert.Null(bundleError);
        Assert.True(EpisodeFhir.TryFromJson(EpisodeFhir.ToJson(bundle), out Episode? fromJson, out FhirMappingException? jsonError));
        Assert.Equal(Normalised.Of(Whole), fromJson);
        Assert.Null(jsonError);
    }

    [Fact]
    public void DocumentAtTheLengthLimit_IsParsed_OneCharacterOver_IsNot()
    {
        // At the limit the text reaches the parser (and fails there, as text of x's); one over, it is refused unread.
        var atLimit = Assert.Throws<FhirMappingException>(() => EpisodeFhir.BundleFromJson(new string('x', EpisodeFhir.MaxDocumentBytes)));
        Assert.Equal(FhirMessages.NotWellFormed, atLimit.Rule);
        var over = Assert.Throws<FhirMappingException>(() => EpisodeFhir.BundleFromJson(new string('x', EpisodeFhir.MaxDocumentBytes + 1)));
        Assert.Equal(("Bundle", FhirMessages.DocumentOver(EpisodeFhir.MaxDocumentBytes)), (over.Path, over.Rule));
    }

    [Fact]
    public void MalformedJson_NamesTheJsonPath()
    {
        var e = Assert.Throws<FhirMappingException>(() => EpisodeFhir.BundleFromJson("{\"resourceType\":\"Bundle\",\"entry\":[{\"fullUrl\":]}"));
        Assert.Equal(FhirMessages.NotWellFormed, e.Rule);
        Assert.NotEqual("(document)", e.Path);
    }

    [Fact]
    public void AnotherResource_IsNotABundle()
    {
        var e = Assert.Throws<FhirMappingException>(() => EpisodeFhir.BundleFromJson("{\"resourceType\":\"Parameters\",\"id\":\"p1\",\"parameter\":[{\"name\":\"x\",\"valueString\":\"y\"}]}"));
        Assert.Equal(("(document)", FhirMessages.NotABundle), (e.Path, e.Rule));
    }

    [Fact]
    public void UnknownElement_IsInvalidFhirJson_NamingWhereAndTheParsersCodes()
    {
        var e = Assert.Throws<FhirMappingException>(() => EpisodeFhir.BundleFromJson("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"unknownElement\":true}"));
        Assert.Matches("^is not valid FHIR JSON: [A-Z]+[0-9]+(; [A-Z]+[0-9]+)*$", e.Rule);
        Assert.Contains("unknownElement", e.Path, StringComparison.Ordinal);

        // Two problems: both codes, apart.
        var two = Assert.Throws<FhirMappingException>(() => EpisodeFhir.BundleFromJson("{\"resourceType\":\"Parameters\"}"));
        Assert.Matches("^is not valid FHIR JSON: [A-Z]+[0-9]+(; [A-Z]+[0-9]+)+$", two.Rule);
    }

    [Fact]
    public void TextThatCannotBeTranscoded_IsNotFhirJson()
    {
        var e = Assert.Throws<FhirMappingException>(() => EpisodeFhir.BundleFromJson("{\"resourceType\":\"Bundle\",\"id\":\"\uD800\"}"));
        Assert.Equal("(document)", e.Path);
        Assert.StartsWith("is not FHIR JSON (", e.Rule, StringComparison.Ordinal);
        Assert.EndsWith("Exception)", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void ExceptionConstructors_GiveTheBundleAsThePath()
    {
        var none = new FhirMappingException();
        Assert.Equal(("(bundle)", "The bundle does not map to an episode."), (none.Path, none.Rule));
        var message = new FhirMappingException("A rule.");
        Assert.Equal(("(bundle)", "A rule.", "(bundle): A rule."), (message.Path, message.Rule, message.Message));
        var inner = new InvalidOperationException();
        var chained = new FhirMappingException("A rule.", inner);
        Assert.Equal(("(bundle)", "A rule.", "A rule."), (chained.Path, chained.Rule, chained.Message));
        Assert.Same(inner, chained.InnerException);
    }

    [Fact]
    public void BundleAtTheEntryLimit_IsRead_OneEntryOver_IsNot()
    {
        var atLimit = new Bundle { Entry = [.. Enumerable.Range(0, EpisodeBundleReader.MaxEntries).Select(_ => new Bundle.EntryComponent())] };
        Assert.Equal("Bundle.identifier", Assert.Throws<FhirMappingException>(() => EpisodeFhir.FromBundle(atLimit)).Path);
        atLimit.Entry.Add(new Bundle.EntryComponent());
        var over = Assert.Throws<FhirMappingException>(() => EpisodeFhir.FromBundle(atLimit));
        Assert.Equal(("Bundle.entry", FhirMessages.EntriesOver(EpisodeBundleReader.MaxEntries)), (over.Path, over.Rule));
    }

    [Fact]
    public void BundleAtTheEventLimit_IsRead_OneEventOver_IsNot()
    {
        Bundle bundle = EpisodeFhir.ToBundle(Whole, RoundTripTests.Options);
        int provenances = bundle.Entry.Count(e => e.Resource is Provenance);
        for (int i = provenances; i < EpisodeBundleReader.MaxEvents; i++)
        {
            bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = "urn:example:provenance-" + i, Resource = new Provenance() });
        }

        // At the limit the extra Provenances are read, and the first of them lacks its activity.
        Assert.EndsWith(".activity", Assert.Throws<FhirMappingException>(() => EpisodeFhir.FromBundle(bundle)).Path, StringComparison.Ordinal);
        bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = "urn:example:provenance-over", Resource = new Provenance() });
        var over = Assert.Throws<FhirMappingException>(() => EpisodeFhir.FromBundle(bundle));
        Assert.Equal(("Bundle.entry", FhirMessages.EventsOver(EpisodeBundleReader.MaxEvents)), (over.Path, over.Rule));
    }
}
