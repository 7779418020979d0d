using System.Text.RegularExpressions;
using System.Xml.Linq;
using SocialPrescribing.Measures;

namespace SocialPrescribing.Measures.Tests;

/// <summary>The package's doc comments quote the seed whole and cite the seed or docs/ pages, never a note outside the repository.</summary>
public partial class DocumentationTests
{
    private static XDocument Docs() => XDocument.Load(Path.ChangeExtension(typeof(Ons4Questions).Assembly.Location, ".xml"));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [Fact]
    public void Ons4Item_Docs_QuoteEachQuestionWhole()
    {
        var members = Docs().Descendants("member").ToDictionary(m => (string)m.Attribute("name")!, m => Whitespace().Replace(m.Value, " "));
        foreach (Ons4Question question in Ons4Questions.All)
        {
            Assert.Contains(question.Text, members["F:SocialPrescribing.Measures.Ons4Item." + question.Item], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void DocComments_CiteNoNoteOutsideTheRepository()
        => Assert.Empty(Docs().Descendants("member").Where(m => m.Value.Contains("DESIGN.md", StringComparison.Ordinal) || m.Value.Contains("STYLE.md", StringComparison.Ordinal)).Select(m => (string?)m.Attribute("name")));
}
