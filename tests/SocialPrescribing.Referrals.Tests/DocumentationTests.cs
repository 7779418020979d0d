using System.Xml.Linq;

namespace SocialPrescribing.Referrals.Tests;

/// <summary>docs/referrals.md states the table the tests check, and the doc comments cite the seed or docs/, never the design note.</summary>
public class DocumentationTests
{
    private static readonly Lazy<string> Page = new(() => Repository.ReadText("docs", "referrals.md"));

    private static XDocument Docs() => XDocument.Load(Path.ChangeExtension(typeof(Episode).Assembly.Location, ".xml"));

    /// <summary>Every row and column of the documented state table agrees with <see cref="ExpectedTable"/>, which the transition tests check against the code.</summary>
    [Fact]
    public void StateTable_IsTheTableTheTestsCheck()
    {
        string[] lines = Page.Value.Split('\n');
        int header = Array.FindIndex(lines, l => l.StartsWith("| event | start |", StringComparison.Ordinal));
        Assert.True(header >= 0, "state table not found");
        string[] columns = Cells(lines[header]).Skip(1).ToArray();
        Assert.Equal(["start", .. Enum.GetNames<EpisodeState>()], columns);

        var rows = lines.Skip(header + 2).TakeWhile(l => l.StartsWith('|')).Select(Cells).ToList();
        Assert.Equal(Enum.GetNames<EpisodeEventKind>(), rows.Select(r => r[0]));
        foreach (string[] row in rows)
        {
            EpisodeEventKind kind = Enum.Parse<EpisodeEventKind>(row[0]);
            for (int c = 0; c < columns.Length; c++)
            {
                EpisodeState? state = c == 0 ? null : Enum.Parse<EpisodeState>(columns[c]);
                string cell = row[c + 1];
                Assert.True(ExpectedTable.IsAllowed(state, kind) == (cell != "·"), $"{kind} in {columns[c]}: '{cell}'");
                if (cell != "·" && !cell.StartsWith("state before", StringComparison.Ordinal) && !cell.StartsWith("state without", StringComparison.Ordinal))
                {
                    Assert.Equal(ExpectedTable.Target(state, kind).ToString(), cell.Split(' ')[0]);
                }
            }
        }
    }

    [Fact]
    public void ErrorCodes_AreDocumented()
    {
        foreach (string code in typeof(ReferralsErrorCodes).GetFields().Select(f => (string)f.GetValue(null)!))
        {
            Assert.Contains($"`{code}`", Page.Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void DocComments_CiteNoDesignNote()
        => Assert.Empty(Docs().Descendants("member").Where(m => m.Value.Contains("DESIGN.md", StringComparison.OrdinalIgnoreCase)).Select(m => (string?)m.Attribute("name")));

    [Fact]
    public void DocComments_PointToThePackagesPage()
    {
        string[] types = ["T:SocialPrescribing.Referrals.Episode", "T:SocialPrescribing.Referrals.EpisodeEvent", "T:SocialPrescribing.Referrals.Caseload", "T:SocialPrescribing.Referrals.MessageBack", "T:SocialPrescribing.Referrals.EpisodeState"];
        var members = Docs().Descendants("member").ToDictionary(m => (string)m.Attribute("name")!);
        Assert.All(types, t => Assert.Contains("docs/referrals.md", members[t].Value, StringComparison.Ordinal));
    }

    private static string[] Cells(string line) => line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
}
