
namespace SocialPrescribing.Tests.Vocabularies;

public class VocabularyTests
{
    [Fact]
    public void EveryVocabulary_CoversItsEnum_WithDistinctNames()
    {
        AssertCovers(SocialPrescribingVocabularies.ReferralSources);
        AssertCovers(SocialPrescribingVocabularies.ReferralReasons);
        AssertCovers(SocialPrescribingVocabularies.ConnectionCategories);
        AssertCovers(SocialPrescribingVocabularies.SharingPermissions);
    }

    [Fact]
    public void ConnectionCategories_AreSeedSection10_InOrder()
        => Assert.Equal(
            [
                "Money/welfare rights", "Housing support", "Statutory services", "Employment support",
                "Practical support (e.g. aids/adaptations, food banks)", "Arts-based activities and groups",
                "Access to nature (such as gardening groups)", "Physical activity support", "Local neighbourhood groups",
                "Adult learning classes", "Other (please state)",
            ],
            SocialPrescribingVocabularies.ConnectionCategories.Terms.Select(t => t.DisplayName));

    [Fact]
    public void ReferralSources_IncludeEveryAgencyOfTheSeed()
    {
        // Seed section 1, footnote 9, and the sample job description (section 4): "list not exhaustive", hence Other.
        string[] agencies =
            [
                "GP practice", "PCN multi-disciplinary team", "Pharmacy", "Wider multi-disciplinary team", "Hospital discharge team",
                "Allied health professional", "Fire service", "Police", "Job centre", "Social care services", "Housing association",
                "Voluntary, community and social enterprise (VCSE) organisation", "Self-referral", "Other agency",
            ];
        foreach (string agency in agencies)
        {
            Assert.True(SocialPrescribingVocabularies.ReferralSources.TryFindByDisplayName(agency, out _), agency);
        }

        Assert.Equal(15, SocialPrescribingVocabularies.ReferralSources.Terms.Count);
        Assert.Equal(13, SocialPrescribingVocabularies.ReferralReasons.Terms.Count);
    }

    [Fact]
    public void GetDisplayName_ExtensionsAndErrors()
    {
        Assert.Equal("Self-referral", ReferralSourceKind.SelfReferral.GetDisplayName());
        Assert.Equal("Loneliness or isolation", ReferralReason.LonelinessOrIsolation.GetDisplayName());
        Assert.Equal("Housing support", ConnectionCategoryKind.HousingSupport.GetDisplayName());
        Assert.Equal("I am happy to share my personal story", SharingPermission.ShareMyStory.GetDisplayName());
        Assert.Throws<ArgumentOutOfRangeException>(() => default(ReferralSourceKind).GetDisplayName());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((ConnectionCategoryKind)99).GetDisplayName());
    }

    [Fact]
    public void TryFindByDisplayName_IgnoresCase()
    {
        Assert.True(SocialPrescribingVocabularies.ConnectionCategories.TryFindByDisplayName("HOUSING SUPPORT", out ConnectionCategoryKind kind));
        Assert.Equal(ConnectionCategoryKind.HousingSupport, kind);
        Assert.False(SocialPrescribingVocabularies.ConnectionCategories.TryFindByDisplayName("Housing", out _));
        Assert.False(SocialPrescribingVocabularies.ConnectionCategories.TryFindByDisplayName(null, out _));
    }

    [Fact]
    public void Vocabulary_RejectsAnIncompleteTable()
        => Assert.Throws<InvalidOperationException>(() => new Vocabulary<ConsentAnswer>("Broken", "test", new VocabularyTerm<ConsentAnswer>(ConsentAnswer.Given, "Given", "test")));

    private static void AssertCovers<TEnum>(Vocabulary<TEnum> vocabulary)
        where TEnum : struct, Enum
    {
        Assert.Equal(Enum.GetValues<TEnum>().Order(), vocabulary.Terms.Select(t => t.Value).Order());
        Assert.Equal(vocabulary.Terms.Count, vocabulary.Terms.Select(t => t.DisplayName).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(vocabulary.Terms, t => Assert.False(string.IsNullOrWhiteSpace(t.DisplayName)));
        Assert.All(vocabulary.Terms, t => Assert.Equal(t.DisplayName, t.ToString()));
        Assert.All(vocabulary.Terms, t => Assert.Matches("^Seed (section|Appendix) [0-9]+", t.Source));
        Assert.All(vocabulary.Terms, t => Assert.Contains("\"", t.Source, StringComparison.Ordinal));
        Assert.DoesNotContain(default, vocabulary.Terms.Select(t => t.Value));
        Assert.False(string.IsNullOrWhiteSpace(vocabulary.Name));
        Assert.Contains("section", vocabulary.Source, StringComparison.OrdinalIgnoreCase);
    }
}
