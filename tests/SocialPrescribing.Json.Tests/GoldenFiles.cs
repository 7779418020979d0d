using System.Runtime.CompilerServices;

namespace SocialPrescribing.Json.Tests;

/// <summary>
/// The approved documents (<c>Documents/golden/</c>) and the version-1 fixtures kept for ever (<c>Documents/v1/</c>),
/// copied to the test output with the project. A golden file is compared byte for byte with what the library writes;
/// on a mismatch the test writes <c>&lt;name&gt;.received.json</c> beside it (in the source tree when it can be found)
/// and fails: compare the two, and approve by copying the received file over the golden one.
/// </summary>
internal static class GoldenFiles
{
    private static string Output(string folder, string name) => Path.Combine(AppContext.BaseDirectory, "Documents", folder, name);

    /// <summary>Asserts that the bytes written are the golden file's.</summary>
    internal static void AssertMatches(string name, byte[] written, [CallerFilePath] string caller = "")
    {
        string golden = Output("golden", name);
        byte[]? approved = File.Exists(golden) ? File.ReadAllBytes(golden) : null;
        if (approved is not null && approved.AsSpan().SequenceEqual(written))
        {
            return;
        }

        string sourceFolder = Path.Combine(Path.GetDirectoryName(caller) ?? string.Empty, "Documents", "golden");
        string folder = Directory.Exists(sourceFolder) ? sourceFolder : Path.GetDirectoryName(golden)!;
        string received = Path.Combine(folder, Path.ChangeExtension(name, ".received.json"));
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(received, written);
        Assert.Fail(approved is null
            ? $"No golden file {name}: wrote {received}; review it and approve it as {name}."
            : $"{name} differs from what the library writes: wrote {received}; compare the two, and approve only an intended change (a change of form needs a new schema version).");
    }

    /// <summary>Reads a version-1 fixture.</summary>
    internal static byte[] ReadV1(string name) => File.ReadAllBytes(Output("v1", name));
}
