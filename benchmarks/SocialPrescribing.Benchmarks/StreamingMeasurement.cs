using System.Diagnostics;
using SocialPrescribing.Json;
using SocialPrescribing.Outcomes;
using SocialPrescribing.Outcomes.Testing;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Benchmarks;

/// <summary>
/// Not a BenchmarkDotNet class: streams N synthetic episodes (seeded) from a JSON Lines file into
/// <see cref="EpisodeOutcomes.AggregateAsync"/> and reports time and the process's peak working set, to show memory stays
/// flat in the number of episodes. Run once per N in a fresh process:
/// <c>dotnet run -c Release --project benchmarks/SocialPrescribing.Benchmarks -- --stream 1000000</c>.
/// The file is written first (to the temporary folder) and deleted after.
/// </summary>
internal static class StreamingMeasurement
{
    internal static async Task RunAsync(int count)
    {
        string path = Path.Combine(Path.GetTempPath(), $"episodes-{count}.jsonl");
        var write = Stopwatch.StartNew();
        await using (FileStream file = File.Create(path))
        {
            // Generated lazily: the writer never holds more than one episode.
            JsonLines.Write(file, SyntheticEpisodes.Generate(count, seed: 2026));
        }

        write.Stop();
        long bytes = new FileInfo(path).Length;
        using (var current = Process.GetCurrentProcess())
        {
            Console.WriteLine($"wrote {count:N0} episodes, {bytes:N0} bytes ({bytes / count:N0} an episode) in {write.Elapsed.TotalSeconds:F1} s; peak working set so far {current.PeakWorkingSet64 / (1024 * 1024):N0} MiB");
        }

        // Measure reading in a fresh process state as far as we can: collect what writing left, then reset the peak by reading it relative.
        GC.Collect();
        var read = Stopwatch.StartNew();
        EpisodeOutcomeAggregate aggregate;
        await using (FileStream file = new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous))
        {
            aggregate = await EpisodeOutcomes.AggregateAsync(JsonLines.ReadAsync<Episode>(file));
        }

        read.Stop();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"streamed {count:N0} episodes ({aggregate.Episodes:N0} counted) into {aggregate.Keys.Count:N0} groups in {read.Elapsed.TotalSeconds:F1} s; peak working set {process.PeakWorkingSet64 / (1024 * 1024):N0} MiB, managed heap after {GC.GetTotalMemory(false) / (1024 * 1024):N0} MiB");
        File.Delete(path);
    }
}
