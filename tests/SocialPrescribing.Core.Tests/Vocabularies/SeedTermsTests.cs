using System.Text.RegularExpressions;

namespace SocialPrescribing.Tests.Vocabularies;

/// <summary>
/// The referral vocabularies against the seed: each term's display name, its numeric code (stable: members are only
/// ever appended) and where the seed names it. The tables are transcribed from the seed here, independently of the
/// library, with the seed's typography (\u2019 is its apostrophe).
/// </summary>
public class SeedTermsTests
{
    /// <summary>Display name, code, where the seed names the term, and the seed's words for it.</summary>
    public static TheoryData<string, int, string, string> ReferralSourceTerms { get; } = new()
    {
        { "GP practice or PCN multi-disciplinary team", 1, "section 1", "the PCN\u2019s members" },
        { "Pharmacy", 2, "footnote 9", "pharmacies" },
        { "Hospital discharge team", 3, "footnote 9", "hospital discharge teams" },
        { "Allied health professional", 4, "footnote 9", "allied health professionals" },
        { "Fire service", 5, "footnote 9", "fire service" },
        { "Police", 6, "footnote 9", "police" },
        { "Job centre", 7, "footnote 9", "job centres" },
        { "Social care services", 8, "footnote 9", "social care services" },
        { "Housing association", 9, "footnote 9", "housing associations" },
        { "Voluntary, community and social enterprise (VCSE) organisation", 10, "footnote 9", "voluntary, community and social enterprise (VCSE) organisations" },
        { "Self-referral", 11, "section 1", "supports self-referral" },
        { "Other agency", 12, "key responsibility 1", "(list not exhaustive)" },
        { "GP practice", 13, "section 4, sample job description, key responsibility 1", "PCNs\u2019 GP practices and multi-disciplinary team" },
        { "PCN multi-disciplinary team", 14, "section 4, sample job description, key responsibility 1", "PCNs\u2019 GP practices and multi-disciplinary team" },
        { "Wider multi-disciplinary team", 15, "section 4, sample job description, key responsibility 1", "wider multi-disciplinary teams" },
    };

    /// <summary>Display name, code, where the seed names the term, and the seed's words for it.</summary>
    public static TheoryData<string, int, string, string> ReferralReasonTerms { get; } = new()
    {
        { "Loneliness or isolation", 1, "section 1", "who are lonely or isolated" },
        { "Support with mental health", 2, "section 1", "who need support with their mental health" },
        { "Long-term conditions", 3, "section 1", "with one or more long term conditions" },
        { "Complex social needs", 4, "section 1", "who have complex social needs which affect their wellbeing" },
        { "Debt and money", 5, "section 4", "such as debt, poor housing and physical inactivity" },
        { "Housing", 6, "section 5 item 2", "housing, food, access to green space, work and transport" },
        { "Unemployment", 7, "section 4", "being unemployed" },
        { "Caring responsibilities", 8, "section 4", "loneliness and caring responsibilities" },
        { "Physical inactivity", 9, "section 4", "such as debt, poor housing and physical inactivity" },
        { "Food", 10, "section 5 item 2", "not having enough food, money or secure housing" },
        { "Other reason", 11, "section 1", "including (but not exclusively)" },
        { "Access to green space", 12, "section 5 item 2", "housing, food, access to green space, work and transport" },
        { "Transport", 13, "section 5 item 2", "housing, food, access to green space, work and transport" },
    };

    [Theory]
    [MemberData(nameof(ReferralSourceTerms))]
    public void ReferralSources_HaveTheSeedsTerm_WithAStableCode(string displayName, int code, string section, string seedWords)
    {
        _ = (section, seedWords);
        Assert.True(SocialPrescribingVocabularies.ReferralSources.TryFindByDisplayName(displayName, out ReferralSourceKind kind), displayName);
        Assert.Equal(code, (int)kind);
        Assert.Equal(displayName, kind.GetDisplayName());
    }

    [Theory]
    [MemberData(nameof(ReferralReasonTerms))]
    public void ReferralReasons_HaveTheSeedsTerm_WithAStableCode(string displayName, int code, string section, string seedWords)
    {
        _ = (section, seedWords);
        Assert.True(SocialPrescribingVocabularies.ReferralReasons.TryFindByDisplayName(displayName, out ReferralReason reason), displayName);
        Assert.Equal(code, (int)reason);
        Assert.Equal(displayName, reason.GetDisplayName());
    }

    [Theory]
    [MemberData(nameof(ReferralSourceTerms))]
    public void ReferralSources_CiteWhereTheSeedNamesEachTerm(string displayName, int code, string section, string seedWords)
        => AssertCites(SocialPrescribingVocabularies.ReferralSources, displayName, code, section, seedWords);

    [Theory]
    [MemberData(nameof(ReferralReasonTerms))]
    public void ReferralReasons_CiteWhereTheSeedNamesEachTerm(string displayName, int code, string section, string seedWords)
        => AssertCites(SocialPrescribingVocabularies.ReferralReasons, displayName, code, section, seedWords);

    [Fact]
    public void ReferralVocabularies_HaveNoTermMissingFromTheSeedTables()
    {
        Assert.Equal(ReferralSourceTerms.Count, SocialPrescribingVocabularies.ReferralSources.Terms.Count);
        Assert.Equal(ReferralReasonTerms.Count, SocialPrescribingVocabularies.ReferralReasons.Terms.Count);
    }

    private static void AssertCites<TEnum>(Vocabulary<TEnum> vocabulary, string displayName, int code, string section, string seedWords)
        where TEnum : struct, Enum
    {
        VocabularyTerm<TEnum> term = Assert.Single(vocabulary.Terms, t => Convert.ToInt32(t.Value, System.Globalization.CultureInfo.InvariantCulture) == code);
        Assert.Equal(displayName, term.DisplayName);
        // The seed's words are quoted in the clause that cites the section ("section 1" must not match "section 10").
        string clause = Assert.Single(term.Source.Split("; "), c => c.Contains("\"" + seedWords + "\"", StringComparison.Ordinal));
        Assert.Matches(Regex.Escape(section) + @"\b", clause);
    }
}
