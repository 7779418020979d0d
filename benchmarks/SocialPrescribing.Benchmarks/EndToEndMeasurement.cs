using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SocialPrescribing.Analytics;
using SocialPrescribing.Json;
using SocialPrescribing.Json.Wire;
using SocialPrescribing.Outcomes;
using SocialPrescribing.Outcomes.Testing;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Benchmarks;

/// <summary>
/// Not a BenchmarkDotNet class: read to published, end to end, for N synthetic episodes (seed 2026) in a JSON Lines file:
/// read the documents, replay each episode (the fold), aggregate by PCN and quarter and lay out the table, apply NHS
/// Digital's disclosure control and write the published table as CSV and Parquet. Prints each stage's time and share.
/// Run once per N in a fresh process: <c>dotnet bin/Release/net10.0/SocialPrescribing.Benchmarks.dll --e2e 1000000</c>.
/// </summary>
/// <remarks>
/// <para>
/// Method: the file is written first (not timed) to the temporary folder, so it is in the page cache for both passes.
/// Pass 1 is the library's own path, the figure a user gets (first in the process, so with just-in-time compilation; pass 3 repeats it compiled): <c>EpisodeOutcomes.Aggregate(JsonLines.Read&lt;Episode&gt;(file))</c>,
/// the table, disclosure control, the two files. Pass 2 is the same pipeline, streamed the same way (one episode at a
/// time, nothing materialised), with the two steps the converter does inside <c>JsonLines.Read&lt;Episode&gt;</c> done
/// here one after the other so each is timed: the line's JSON parsed into the wire record (reading), then the wire
/// record turned into events through their constructors and folded (<c>EpisodeMapping.ToModel</c>, the replay); the time
/// inside the aggregation's loop that is neither is the aggregation's. Stopwatch timestamps around each step cost about
/// 25 ns each, under 0.1% at 1,000,000 episodes. A garbage collection is charged to the stage that triggered it; the
/// total pause time is printed.
/// </para>
/// </remarks>
internal static class EndToEndMeasurement
{
    internal static async Task RunAsync(int count)
    {
        string folder = Path.Combine(Path.GetTempPath(), $"e2e-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        string input = Path.Combine(folder, "episodes.jsonl");
        var clock = Stopwatch.StartNew();
        using (FileStream file = File.Create(input))
        {
            JsonLines.Write(file, SyntheticEpisodes.Generate(count, seed: 2026));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {count:N0} episodes, {new FileInfo(input).Length:N0} bytes, in {clock.Elapsed.TotalSeconds:F1} s (not part of the figures)"));
        EpisodeOutcomeOptions options = OutcomesBenchmarks.DashboardOptions;
        DisclosurePolicy policy = DisclosurePolicy.NhsDigitalHesEcds(PublicationLevel.Subnational);

        // Pass 1: the library's own path, first in the process (just-in-time compilation included).
        (EpisodeOutcomeAggregate library, double pass1) = await LibraryPathAsync(input, folder, options, policy);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pass 1, the library's path, first in the process (JsonLines.Read<Episode> into EpisodeOutcomes.Aggregate, table, publish): {pass1:F2} s, {library.Episodes:N0} episodes in {library.Keys.Count:N0} groups"));

        // Pass 2: the same, each stage timed.
        GC.Collect();
        TimeSpan pausesBefore = GC.GetTotalPauseDuration();
        var stages = new Stages();
        long start = Stopwatch.GetTimestamp();
        EpisodeOutcomeAggregate aggregate;
        using (FileStream file = Open(input))
        {
            aggregate = EpisodeOutcomes.Aggregate(stages.Episodes(file), options);
        }

        long aggregated = Stopwatch.GetTimestamp();
        OutcomeTable table = aggregate.ToTable();
        long laidOut = Stopwatch.GetTimestamp();
        PublishedTable published = policy.Apply(table);
        long controlled = Stopwatch.GetTimestamp();
        await PublishedTableFiles.WriteCsvAsync(published, Path.Combine(folder, "published.csv"));
        await PublishedTableFiles.WriteParquetAsync(published, Path.Combine(folder, "published.parquet"));
        long written = Stopwatch.GetTimestamp();
        TimeSpan pauses = GC.GetTotalPauseDuration() - pausesBefore;

        double total = Seconds(written - start);
        (string Stage, double Seconds)[] rows =
        [
            ("read (JSON Lines -> wire records)", Seconds(stages.Read)),
            ("replay (events built and folded)", Seconds(stages.Replay)),
            ("aggregate (one pass)", Seconds(aggregated - start - stages.Read - stages.Replay)),
            ("table (ToTable)", Seconds(laidOut - aggregated)),
            ("disclosure control", Seconds(controlled - laidOut)),
            ("write CSV and Parquet", Seconds(written - controlled)),
        ];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pass 2, stages timed: {aggregate.Episodes:N0} episodes, same figures as pass 1: {aggregate.Equals(library)}"));
        Console.WriteLine("| stage | seconds | share |");
        Console.WriteLine("|---|---:|---:|");
        foreach ((string stage, double seconds) in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {stage} | {seconds:F2} | {seconds / total:P1} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| total | {total:F2} | 100% |"));
        using (var process = Process.GetCurrentProcess())
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"garbage collection pauses in pass 2: {pauses.TotalSeconds:F2} s; peak working set {process.PeakWorkingSet64 / (1024 * 1024):N0} MiB; {published.Rows.Count:N0} published rows"));
        }

        // Pass 3: the library's path again, compiled.
        (_, double pass3) = await LibraryPathAsync(input, folder, options, policy);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pass 3, the library's path again: {pass3:F2} s"));
        Directory.Delete(folder, recursive: true);
    }

    private static async Task<(EpisodeOutcomeAggregate Aggregate, double Seconds)> LibraryPathAsync(string input, string folder, EpisodeOutcomeOptions options, DisclosurePolicy policy)
    {
        GC.Collect();
        var clock = Stopwatch.StartNew();
        EpisodeOutcomeAggregate aggregate;
        using (FileStream file = Open(input))
        {
            aggregate = EpisodeOutcomes.Aggregate(JsonLines.Read<Episode>(file), options);
        }

        PublishedTable published = policy.Apply(aggregate.ToTable());
        await PublishedTableFiles.WriteCsvAsync(published, Path.Combine(folder, "library.csv"));
        await PublishedTableFiles.WriteParquetAsync(published, Path.Combine(folder, "library.parquet"));
        return (aggregate, clock.Elapsed.TotalSeconds);
    }

    private static FileStream Open(string path) => new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    private static double Seconds(long ticks) => (double)ticks / Stopwatch.Frequency;

    /// <summary>Reads the file line by line as <see cref="JsonLines"/> does, timing the parse and the replay of each episode.</summary>
    private sealed class Stages
    {
        private readonly JsonTypeInfo<EpisodeWire> _wire = (JsonTypeInfo<EpisodeWire>)WireOptions.Options.GetTypeInfo(typeof(EpisodeWire));
        private byte[] _buffer = new byte[1 << 20];
        private int _start;
        private int _end;

        internal long Read { get; private set; }

        internal long Replay { get; private set; }

        internal IEnumerable<Episode> Episodes(Stream stream)
        {
            while (true)
            {
                long before = Stopwatch.GetTimestamp();
                bool more = Next(stream, out EpisodeWire? wire, out int version);
                long parsed = Stopwatch.GetTimestamp();
                Read += parsed - before;
                if (!more)
                {
                    yield break;
                }

                Episode episode = EpisodeMapping.ToModel(wire!, version);
                Replay += Stopwatch.GetTimestamp() - parsed;
                yield return episode;
            }
        }

        private bool Next(Stream stream, out EpisodeWire? wire, out int version)
        {
            while (true)
            {
                int newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
                if (newline < 0 && Fill(stream))
                {
                    continue;
                }

                int length = newline < 0 ? _end - _start : newline;
                if (length == 0 && newline < 0)
                {
                    wire = null;
                    version = 0;
                    return false;
                }

                ReadOnlySpan<byte> line = _buffer.AsSpan(_start, length);
                _start += newline < 0 ? length : length + 1;
                if (line.Trim(" \t\r"u8).IsEmpty)
                {
                    continue;
                }

                var reader = new Utf8JsonReader(line);
                reader.Read();
                version = SchemaVersions.Peek(reader);
                wire = JsonSerializer.Deserialize(line, _wire)!;
                return true;
            }
        }

        /// <summary>Moves what is left to the front, grows the buffer if a line fills it, reads more; false at the end of the file.</summary>
        private bool Fill(Stream stream)
        {
            int left = _end - _start;
            if (left == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }
            else
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, left);
            }

            _start = 0;
            _end = left;
            int read = stream.Read(_buffer, _end, _buffer.Length - _end);
            _end += read;
            return read > 0;
        }
    }
}
