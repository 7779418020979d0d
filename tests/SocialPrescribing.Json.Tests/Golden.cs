using System.Runtime.CompilerServices;

namespace SocialPrescribing.Json.Tests;

/// <summary>Plain file comparison of what the library writes with an approved file under Documents/.</summary>
internal static class Golden
{
    /// <summary>The path of a document copied beside the tests.</summary>
    internal static string Path(string folder, string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Documents", folder, name);

    /// <summary>Compares bytes with the approved golden file; on a mismatch writes the received bytes beside the source file and fails.</summary>
    internal static void Check(string name, byte[] written, [CallerFilePath] string caller = "")
    {
        string approved = Path("golden", name);
        byte[] expected = File.Exists(approved) ? File.ReadAllBytes(approved) : [];
        if (!expected.AsSpan().SequenceEqual(written))
        {
            string received = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(caller)!, "Documents", "golden", System.IO.Path.ChangeExtension(name, ".received" + System.IO.Path.GetExtension(name)));
            File.WriteAllBytes(received, written);
            Assert.Fail($"{name} differs from the approved file; what was written is in {received}.");
        }
    }
}
