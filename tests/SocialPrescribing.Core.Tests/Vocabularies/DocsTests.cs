using SocialPrescribing.Tests.Shared;

namespace SocialPrescribing.Tests.Vocabularies;

/// <summary>docs/core.md lists every vocabulary term with its code, display name and seed citation, as the code has them.</summary>
public class DocsTests
{
    private static readonly Lazy<string> CoreDoc = new(() => Repository.ReadText("docs", "core.md"));

    [Fact]
    public void CoreDoc_ListsEveryReferralSource() => AssertListed(SocialPrescribingVocabularies.ReferralSources);

    [Fact]
    public void CoreDoc_ListsEveryReferralReason() => AssertListed(SocialPrescribingVocabularies.ReferralReasons);

    [Fact]
    public void CoreDoc_ListsEveryConnectionCategory() => AssertListed(SocialPrescribingVocabularies.ConnectionCategories);

    [Fact]
    public void CoreDoc_ListsEverySharingPermission() => AssertListed(SocialPrescribingVocabularies.SharingPermissions);

    private static void AssertListed<TEnum>(Vocabulary<TEnum> vocabulary)
        where TEnum : struct, Enum
    {
        foreach (VocabularyTerm<TEnum> term in vocabulary.Terms)
        {
            string row = $"| {Convert.ToInt32(term.Value, System.Globalization.CultureInfo.InvariantCulture)} | `{term.Value}` | {term.DisplayName} | {term.Source} |";
            Assert.Contains(row, CoreDoc.Value, StringComparison.Ordinal);
        }
    }
}
