using System.Diagnostics;

namespace SocialPrescribing.Analytics.Tests;

/// <summary>
/// A process killed while it writes a file leaves the old file or the new one, whole (docs/analytics.md, "Files are
/// written safely"): the writer process rewrites one CSV file, version after version, and is killed at random moments,
/// five times of six while it rewrites a version that is in place.
/// </summary>
public sealed class SafeWritingTests : IDisposable
{
    private const int RowsPerVersion = 200_000;

    private readonly string _folder = Directory.CreateTempSubdirectory("sp-kill-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task AWriterKilledPartWay_LeavesAWholeFile()
    {
        string path = Path.Combine(_folder, "versions.csv");
        var random = new Random(2026);
        int kills = 0;
        for (int attempt = 0; attempt < 6; attempt++)
        {
            using Process writer = StartWriter(path);
            Assert.Equal("writing", await writer.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken));
            if (attempt > 0)
            {
                // After the first run, kill only once a version is in place, so the kill lands on a rewrite however
                // slow the machine is; the first run may be killed before anything is written.
                Assert.Equal("written", await writer.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken));
            }

            await Task.Delay(random.Next(0, 1_500), TestContext.Current.CancellationToken);
            writer.Kill(entireProcessTree: true);
            await writer.WaitForExitAsync(TestContext.Current.CancellationToken);
            kills++;
            if (File.Exists(path))
            {
                AssertWhole(path);
            }
        }

        Assert.Equal(6, kills);
        Assert.True(File.Exists(path), "A version was in place before five of the kills.");
    }

    private static void AssertWhole(string path)
    {
        string[] lines = File.ReadAllLines(path);
        Assert.Equal(RowsPerVersion + 2, lines.Length);
        string version = lines[^1].Split(',')[1];
        Assert.Equal("end," + version, lines[^1]);
        Assert.StartsWith(version + "-0,", lines[1], StringComparison.Ordinal);
    }

    private static Process StartWriter(string path)
    {
        string writer = Path.Combine(AppContext.BaseDirectory, "SocialPrescribing.Analytics.Tests.Writer.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(writer);
        start.ArgumentList.Add(path);
        return Process.Start(start)!;
    }
}
