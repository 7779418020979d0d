using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using SocialPrescribing.Fhir;
using SocialPrescribing.Json;
using SocialPrescribing.Outcomes.Testing;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Benchmarks;

/// <summary>
/// Mapping 10,000 synthetic episodes (seeded) to FHIR bundles and back, and writing and reading those bundles as FHIR
/// JSON with Firely's serializer (issue 22). No peer library maps this domain, so the figures are the baseline for later
/// changes; each category also runs this library's own JSON form of the same episodes (SocialPrescribing.Json), the
/// other way a system stores and sends them, for scale. Per episode and per resource: divide by the counts printed at
/// setup.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class FhirBenchmarks
{
    private static readonly EpisodeFhirOptions Options = new(OdsCode.Parse("Y02345"));

    // Firely's serializer used directly, as a user without this package would: the same settings BundleFromJson uses.
    private static readonly System.Text.Json.JsonSerializerOptions Firely = new System.Text.Json.JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);
    private Episode[] _episodes = [];
    private Bundle[] _bundles = [];
    private string[] _fhirJson = [];
    private byte[][] _fhirUtf8 = [];
    private string[] _json = [];

    [GlobalSetup]
    public void Setup()
    {
        _episodes = [.. SyntheticEpisodes.Generate(10_000, seed: 2026)];
        _bundles = [.. _episodes.Select(e => EpisodeFhir.ToBundle(e, Options))];
        _fhirJson = [.. _bundles.Select(b => EpisodeFhir.ToJson(b))];
        _fhirUtf8 = [.. _fhirJson.Select(System.Text.Encoding.UTF8.GetBytes)];
        _json = [.. _episodes.Select(e => SocialPrescribingJson.Serialize(e))];
        long resources = _bundles.Sum(b => (long)b.Entry.Count);
        Console.WriteLine($"// {_episodes.Length} episodes, {_episodes.Sum(e => e.Events.Length)} events, {resources} resources ({resources / (double)_episodes.Length:F1} an episode); FHIR JSON {_fhirJson.Sum(j => (long)j.Length):N0} chars, SocialPrescribing.Json {_json.Sum(j => (long)j.Length):N0} chars");
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Map")]
    public int ToBundle()
    {
        int entries = 0;
        foreach (Episode e in _episodes)
        {
            entries += EpisodeFhir.ToBundle(e, Options).Entry.Count;
        }

        return entries;
    }

    [Benchmark]
    [BenchmarkCategory("Map")]
    public int FromBundle()
    {
        int events = 0;
        foreach (Bundle b in _bundles)
        {
            events += EpisodeFhir.FromBundle(b).Events.Length;
        }

        return events;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Write")]
    public long WriteFhirJson()
    {
        long chars = 0;
        foreach (Bundle b in _bundles)
        {
            chars += EpisodeFhir.ToJson(b).Length;
        }

        return chars;
    }

    [Benchmark]
    [BenchmarkCategory("Write")]
    public long WriteSocialPrescribingJson()
    {
        long chars = 0;
        foreach (Episode e in _episodes)
        {
            chars += SocialPrescribingJson.Serialize(e).Length;
        }

        return chars;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Read")]
    public int ReadFhirJson()
    {
        int entries = 0;
        foreach (string json in _fhirJson)
        {
            entries += EpisodeFhir.BundleFromJson(json).Entry.Count;
        }

        return entries;
    }

    [Benchmark]
    [BenchmarkCategory("Read")]
    public int ReadFhirJsonFirelyDirect()
    {
        int entries = 0;
        foreach (string json in _fhirJson)
        {
            entries += ((Bundle)System.Text.Json.JsonSerializer.Deserialize<Resource>(json, Firely)!).Entry.Count;
        }

        return entries;
    }

    [Benchmark]
    [BenchmarkCategory("Read")]
    public int ReadFhirUtf8FirelyDirect()
    {
        int entries = 0;
        foreach (byte[] utf8 in _fhirUtf8)
        {
            entries += ((Bundle)System.Text.Json.JsonSerializer.Deserialize<Resource>(utf8, Firely)!).Entry.Count;
        }

        return entries;
    }

    [Benchmark]
    [BenchmarkCategory("Read")]
    public int ReadFhirJsonToEpisodes()
    {
        int events = 0;
        foreach (string json in _fhirJson)
        {
            events += EpisodeFhir.FromJson(json).Events.Length;
        }

        return events;
    }

    [Benchmark]
    [BenchmarkCategory("Read")]
    public int ReadSocialPrescribingJson()
    {
        int events = 0;
        foreach (string json in _json)
        {
            events += SocialPrescribingJson.Deserialize<Episode>(json).Events.Length;
        }

        return events;
    }
}
