using System.Text.RegularExpressions;

namespace SocialPrescribing.Tests;

/// <summary>
/// The README as a new user meets it: its C# is the tested quickstart sample (which <c>.ci/run</c> runs), and it and the
/// docs name only packages and projects that exist.
/// </summary>
public sealed partial class ReadmeTests
{
    private static readonly Lazy<string> Readme = new(() => Repository.ReadText("README.md"));

    [Fact]
    public void TheQuickstart_IsTheSampleFile_WithoutItsProjectDirectives()
    {
        string sample = Repository.ReadText("samples", "quickstart", "quickstart.cs");
        string[] directives = [.. sample.Split('\n').TakeWhile(line => line.StartsWith("#:", StringComparison.Ordinal))];
        Assert.NotEmpty(directives);
        string code = sample[sample.IndexOf("using ", StringComparison.Ordinal)..];

        string quickstart = Assert.Single(CSharpBlocks(Readme.Value));
        Assert.Equal(code, quickstart);
    }

    [Fact]
    public void TheReadmeAndDocs_NameOnlyProjectsThatExist()
    {
        string[] folders = [.. new[] { "src", "tests", "samples", "benchmarks" }
            .SelectMany(f => Directory.GetDirectories(Path.Combine(Repository.Root, f)))
            .Select(Path.GetFileName)!];
        string[] pages = [Path.Combine(Repository.Root, "README.md"), .. Directory.GetFiles(Path.Combine(Repository.Root, "docs"), "*.md"), .. Directory.GetFiles(Path.Combine(Repository.Root, "src"), "README.md", SearchOption.AllDirectories)];

        var named = pages.SelectMany(p => PackageName().Matches(File.ReadAllText(p)).Select(m => (Page: Path.GetFileName(p), m.Value))).ToList();

        Assert.Contains(named, n => n.Value == "SocialPrescribing.Analytics");
        Assert.All(named, n => Assert.True(folders.Contains(n.Value), $"{n.Page} names {n.Value}, which is no project of the repository"));
    }

    private static IEnumerable<string> CSharpBlocks(string markdown)
        => CSharpBlock().Matches(markdown.ReplaceLineEndings("\n")).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex(@"SocialPrescribing(\.[A-Z][A-Za-z0-9]*)+")]
    private static partial Regex PackageName();
}
