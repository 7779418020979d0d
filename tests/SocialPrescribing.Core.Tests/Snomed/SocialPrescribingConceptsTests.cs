using SocialPrescribing.Testing;

namespace SocialPrescribing.Tests.Snomed;

public class SocialPrescribingConceptsTests
{
    [Fact]
    public void All_AreTheSeedsThreeCodes_InOrder()
    {
        // Seed section 10, word for word.
        Assert.Equal(
            [
                "871691000000100 - Social prescribing offered (finding)",
                "871711000000103 - Social prescribing declined (situation)",
                "871731000000106 - Referral to social prescribing service (procedure)",
            ],
            SocialPrescribingConcepts.All.Select(c => $"{c.Id} - {c.DisplayName}"));
        Assert.All(SocialPrescribingConcepts.All, c => Assert.True(c.Id.IsUkExtension));
        Assert.All(SocialPrescribingConcepts.All, c => Assert.Equal(SctIdComponentType.Concept, c.Id.ComponentType));
    }

    [Fact]
    public void Lookup_ById()
    {
        Assert.Same(SocialPrescribingConcepts.ReferralToService, SocialPrescribingConcepts.Get(SctId.Parse("871731000000106")));
        Assert.True(SocialPrescribingConcepts.TryGet(SctId.Parse("871691000000100"), out SnomedConcept? offered));
        Assert.Same(SocialPrescribingConcepts.Offered, offered);
        Assert.True(SocialPrescribingConcepts.Contains(SocialPrescribingConcepts.Declined.Id));
        Assert.False(SocialPrescribingConcepts.TryGet(SctId.Parse("22298006"), out SnomedConcept? none));
        Assert.Null(none);
        Assert.Equal(
            CoreMessages.SnomedConceptNotSocialPrescribing,
            Assert.Throws<KeyNotFoundException>(() => SocialPrescribingConcepts.Get(SctId.Parse("22298006"))).Message);
    }

    [Fact]
    public void Concept_ToString_IsCompositionalGrammar()
        => Assert.Equal("871731000000106 |Referral to social prescribing service (procedure)|", SocialPrescribingConcepts.ReferralToService.ToString());

    [Fact]
    public void Concept_Validation()
    {
        SctId concept = SctId.Parse("22298006");
        SctId description = SctId.Create(22298, SctIdComponentType.Description);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new SnomedConcept(description, "Term", "tag")).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new SnomedConcept(default, "Term", "tag")).ParamName);
        Assert.Equal("preferredTerm", Assert.Throws<ArgumentException>(() => new SnomedConcept(concept, " ", "tag")).ParamName);
        Assert.Equal("semanticTag", Assert.Throws<ArgumentException>(() => new SnomedConcept(concept, "Term", "(disorder)")).ParamName);
        Assert.Equal("semanticTag", Assert.Throws<ArgumentNullException>(() => new SnomedConcept(concept, "Term", null!)).ParamName);
    }

    [Fact]
    public void Concept_Equality()
    {
        SctId id = SctId.Parse("22298006");
        var a = new SnomedConcept(id, "Myocardial infarction", "disorder");
        Laws.CheckEquality(a, new SnomedConcept(id, "Myocardial infarction", "disorder"), new SnomedConcept(id, "Heart attack", "disorder"));
        Assert.False(a == null);
        Assert.True((SnomedConcept?)null == null);
    }
}
