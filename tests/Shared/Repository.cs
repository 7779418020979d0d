namespace SocialPrescribing.Tests.Shared;

/// <summary>The repository the tests run in: its docs, README and samples, read as they are committed.</summary>
internal static class Repository
{
    private static readonly Lazy<string> RootFolder = new(FindRoot);

    /// <summary>Gets the repository's root: the folder with SocialPrescribing.sln, above the test's output folder.</summary>
    internal static string Root => RootFolder.Value;

    /// <summary>Reads a file of the repository.</summary>
    /// <param name="path">The path from the root, one part per argument.</param>
    /// <returns>The file's text.</returns>
    internal static string ReadText(params string[] path) => File.ReadAllText(Path.Combine([Root, .. path]));

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SocialPrescribing.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (the folder with SocialPrescribing.sln) is not above the test's output folder.");
    }
}
