using System.Reflection;
using System.Text;
using SocialPrescribing;
using SocialPrescribing.Analytics;
using SocialPrescribing.Fhir;
using SocialPrescribing.Json;
using SocialPrescribing.Outcomes;
using SocialPrescribing.Outcomes.Testing;
using SocialPrescribing.Referrals;

// A user's first program against the packages: episodes to JSON Lines and back, aggregated, published with disclosure
// control, written as Parquet, and sent as FHIR bundles and read back; it checks its own results and exits non-zero on a
// mismatch.
string folder = Directory.CreateTempSubdirectory("sp-consumer-").FullName;
try
{
    Episode[] episodes = [.. SyntheticEpisodes.Generate(500, 2026)];
    var lines = new MemoryStream();
    JsonLines.Write(lines, episodes);
    lines.Position = 0;
    Episode[] read = [.. JsonLines.Read<Episode>(lines)];
    Check(read.SequenceEqual(episodes), "the episodes read back from JSON Lines are those written");

    var options = new EpisodeOutcomeOptions { PracticeNetworks = SyntheticEpisodes.PracticeNetworks };
    EpisodeOutcomeAggregate aggregate = EpisodeOutcomes.Aggregate(read, options);
    Check(aggregate.Episodes == episodes.Length, "every episode is aggregated");

    PublishedTable table = DisclosurePolicy.NhsDigitalHesEcds(PublicationLevel.Subnational).Apply(aggregate.ToTable());
    string dashboard = Path.Combine(folder, "dashboard.parquet");
    await PublishedTableFiles.WriteParquetAsync(table, dashboard);
    Check(File.Exists(dashboard) && File.Exists(dashboard + PublishedTableFiles.DisclosureFileSuffix), "the published table and its policy are written");

    using var hasher = new PersonKeyHasher(Encoding.UTF8.GetBytes("a secret of at least thirty-two bytes, for this program"));
    long rows = await EpisodeTableFiles.WriteParquetAsync(read.ToAsyncEnumerable(), Path.Combine(folder, "episodes.parquet"), hasher, options);
    Check(rows == episodes.Length, "the episode-level table has a row per episode");

    var fhir = new EpisodeFhirOptions(OdsCode.Parse("Y02345"));
    Episode[] fromFhir = [.. read.Take(100).Select(e => EpisodeFhir.FromJson(EpisodeFhir.ToJson(EpisodeFhir.ToBundle(e, fhir))))];
    Check(fromFhir.Zip(read).All(p => p.First.State == p.Second.State && p.First.Events.Length == p.Second.Events.Length && p.First.Person == p.Second.Person),
        "episodes sent as FHIR bundles read back in the same state, with every event and the same person");

    string version = typeof(EpisodeOutcomes).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
    string? commit = Environment.GetEnvironmentVariable("EXPECTED_COMMIT");
    Check(string.IsNullOrEmpty(commit) || version.EndsWith("+" + commit, StringComparison.Ordinal), "the packages carry the commit they were built from");

    Console.WriteLine($"Package consumer: all checks passed (SocialPrescribing {version}).");
}
finally
{
    Directory.Delete(folder, recursive: true);
}

static void Check(bool holds, string what)
{
    if (!holds)
    {
        throw new InvalidOperationException("Package consumer check failed: " + what + ".");
    }
}
