using System.Xml.Linq;

namespace SocialPrescribing.QualityAssurance.Tests;

/// <summary>The package's doc comments cite the seed or docs/quality-assurance.md, never the design note outside the repository.</summary>
public class DocumentationTests
{
    private static XDocument Docs() => XDocument.Load(Path.ChangeExtension(typeof(QualityAssuranceCheck).Assembly.Location, ".xml"));

    [Fact]
    public void DocComments_CiteNoDesignNote()
    {
        var citing = Docs().Descendants("member").Where(m => m.Value.Contains("DESIGN.md", StringComparison.OrdinalIgnoreCase)).Select(m => (string?)m.Attribute("name"));
        Assert.Empty(citing);
    }

    [Fact]
    public void DocComments_PointToThePackagesPage()
    {
        string[] types = ["T:SocialPrescribing.QualityAssurance.QualityAssuranceCheck", "T:SocialPrescribing.QualityAssurance.GroupSchedule", "T:SocialPrescribing.QualityAssurance.CommunityGroupMenu", "T:SocialPrescribing.QualityAssurance.PromptSheets"];
        var members = Docs().Descendants("member").ToDictionary(m => (string)m.Attribute("name")!);
        Assert.All(types, t => Assert.Contains("docs/quality-assurance.md", members[t].Value, StringComparison.Ordinal));
    }
}
