using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using SocialPrescribing.Benchmarks.Baselines;
using SocialPrescribing.Json;
using SocialPrescribing.Json.Wire;
using SocialPrescribing.Outcomes.Testing;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Benchmarks;

/// <summary>
/// Writing and reading 10,000 synthetic episodes (seeded) as JSON Lines in memory, each way in its own category. The
/// baseline is System.Text.Json's reflection-based serializer over the same wire forms, settings and value converters
/// (the generator's own gain); "UserPick" is what a user writing their own DTOs would pick instead: the reflection-based
/// serializer with NodaTime.Serialization.SystemTextJson's converters and identifiers read and written through strings.
/// "Wire" rows stop at the wire forms; "Episodes" rows go to and from the models, replay included, which all share.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class JsonBenchmarks
{
    private Episode[] _episodes = [];
    private EpisodeWire[] _wires = [];
    private byte[][] _lines = [];
    private JsonTypeInfo<EpisodeWire> _generated = null!;
    private JsonTypeInfo<EpisodeWire> _reflection = null!;
    private JsonTypeInfo<EpisodeWire> _userPick = null!;
    private JsonTypeInfo<Episode> _episode = null!;

    [GlobalSetup]
    public void Setup()
    {
        _episodes = [.. SyntheticEpisodes.Generate(10_000, seed: 2026)];
        _wires = [.. _episodes.Select(EpisodeMapping.ToWire)];
        _generated = (JsonTypeInfo<EpisodeWire>)WireOptions.Options.GetTypeInfo(typeof(EpisodeWire));
        var reflection = new JsonSerializerOptions(WireOptions.Options) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        _reflection = (JsonTypeInfo<EpisodeWire>)reflection.GetTypeInfo(typeof(EpisodeWire));
        _userPick = (JsonTypeInfo<EpisodeWire>)UserPick.Options.GetTypeInfo(typeof(EpisodeWire));
        _episode = SocialPrescribingJson.GetTypeInfo<Episode>();
        _lines = [.. _episodes.Select(e => JsonSerializer.SerializeToUtf8Bytes(e, _episode))];
        long bytes = _lines.Sum(l => l.LongLength + 1);
        bool same = _wires.Take(100).All(w => JsonSerializer.SerializeToUtf8Bytes(w, _reflection).AsSpan().SequenceEqual(JsonSerializer.SerializeToUtf8Bytes(w, _generated)));
        bool samePick = _wires.Take(100).All(w => JsonSerializer.SerializeToUtf8Bytes(w, _userPick).AsSpan().SequenceEqual(JsonSerializer.SerializeToUtf8Bytes(w, _generated)));
        Console.WriteLine($"// {_episodes.Length} episodes, {_episodes.Sum(e => e.Events.Length)} events, {bytes:N0} bytes as JSON Lines ({bytes / _episodes.Length:N0} bytes an episode); reflection writes the same bytes: {same}; the user's pick: {samePick}");
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Write wire")]
    public long WriteWire_Reflection() => Write(_reflection);

    [Benchmark]
    [BenchmarkCategory("Write wire")]
    public long WriteWire_UserPick() => Write(_userPick);

    [Benchmark]
    [BenchmarkCategory("Write wire")]
    public long WriteWire_SourceGenerated() => Write(_generated);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Read wire")]
    public int ReadWire_Reflection() => Read(_reflection);

    [Benchmark]
    [BenchmarkCategory("Read wire")]
    public int ReadWire_UserPick() => Read(_userPick);

    [Benchmark]
    [BenchmarkCategory("Read wire")]
    public int ReadWire_SourceGenerated() => Read(_generated);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Write episodes")]
    public long WriteEpisodes_Reflection() => WriteEpisodes(_reflection);

    [Benchmark]
    [BenchmarkCategory("Write episodes")]
    public long WriteEpisodes_UserPick() => WriteEpisodes(_userPick);

    [Benchmark]
    [BenchmarkCategory("Write episodes")]
    public long WriteEpisodes_Library()
    {
        var buffer = new MemoryStream();
        JsonLines.Write(buffer, _episodes);
        return buffer.Length;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Read episodes")]
    public int ReadEpisodes_Reflection() => ReadEpisodes(_reflection);

    [Benchmark]
    [BenchmarkCategory("Read episodes")]
    public int ReadEpisodes_UserPick() => ReadEpisodes(_userPick);

    [Benchmark]
    [BenchmarkCategory("Read episodes")]
    public int ReadEpisodes_Library()
    {
        int events = 0;
        foreach (byte[] line in _lines)
        {
            events += SocialPrescribingJson.Deserialize<Episode>(line).Events.Length;
        }

        return events;
    }

    private long WriteEpisodes(JsonTypeInfo<EpisodeWire> info)
    {
        var buffer = new MemoryStream();
        foreach (Episode episode in _episodes)
        {
            JsonSerializer.Serialize(buffer, EpisodeMapping.ToWire(episode), info);
            buffer.WriteByte((byte)'\n');
        }

        return buffer.Length;
    }

    private int ReadEpisodes(JsonTypeInfo<EpisodeWire> info)
    {
        int events = 0;
        foreach (byte[] line in _lines)
        {
            EpisodeWire wire = JsonSerializer.Deserialize(line, info)!;
            events += EpisodeMapping.ToModel(wire, SchemaVersions.Current).Events.Length;
        }

        return events;
    }

    private long Write(JsonTypeInfo<EpisodeWire> info)
    {
        var buffer = new MemoryStream();
        foreach (EpisodeWire wire in _wires)
        {
            JsonSerializer.Serialize(buffer, wire, info);
            buffer.WriteByte((byte)'\n');
        }

        return buffer.Length;
    }

    private int Read(JsonTypeInfo<EpisodeWire> info)
    {
        int events = 0;
        foreach (byte[] line in _lines)
        {
            events += JsonSerializer.Deserialize(line, info)!.Events.Length;
        }

        return events;
    }
}
