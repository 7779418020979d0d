using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SocialPrescribing.Json;
using SocialPrescribing.Json.Wire;
using SocialPrescribing.Outcomes.Testing;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Benchmarks;

/// <summary>
/// Not a BenchmarkDotNet class: the first write and read of one episode in a fresh process (what a serverless function
/// or a script pays), source-generated or by reflection over the same wire forms. Run each in its own process:
/// <c>-- --cold generated</c> and <c>-- --cold reflection</c>; the episode is made before the clock starts.
/// </summary>
internal static class ColdStartMeasurement
{
    internal static void Run(string mode)
    {
        Episode episode = SyntheticEpisodes.Generate(1, seed: 2026).Single();
        EpisodeWire wire = EpisodeMapping.ToWire(episode);
        var clock = Stopwatch.StartNew();
        int events;
        if (mode == "reflection")
        {
            var options = new JsonSerializerOptions(WireOptions.Options) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
            byte[] bytes = JsonSerializer.SerializeToUtf8Bytes(wire, options);
            events = EpisodeMapping.ToModel(JsonSerializer.Deserialize<EpisodeWire>(bytes, options)!, SchemaVersions.Current).Events.Length;
        }
        else
        {
            byte[] bytes = SocialPrescribingJson.SerializeToUtf8Bytes(episode);
            events = SocialPrescribingJson.Deserialize<Episode>(bytes).Events.Length;
        }

        Console.WriteLine($"{mode}: first write and read of one episode ({events} events) took {clock.Elapsed.TotalMilliseconds:F1} ms");
    }
}
