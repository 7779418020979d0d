#:project ../../src/SocialPrescribing.Analytics
#:project ../../src/SocialPrescribing.Outcomes.Testing

// Writes realistic synthetic input files for the analyst app, of any size, the same for the same seed:
//   dotnet run samples/analyst/generate.cs -- episodes 100000 episodes.jsonl [--seed 2026]
//   dotnet run samples/analyst/generate.cs -- extract 1000000 extract.csv [--seed 2026]
// Beside the file, <name>.practices.csv gives each practice's PCN and a registered list size (for --practices), and
// <name>.registered.csv the same lists by five-year age band and sex in NHS Digital's layout (for --registered).
// The people are synthetic local keys (SYN-...), never NHS numbers.
using System.Diagnostics;
using System.Globalization;
using nietras.SeparatedValues;
using SocialPrescribing;
using SocialPrescribing.Json;
using SocialPrescribing.Outcomes;
using SocialPrescribing.Outcomes.Testing;
using SocialPrescribing.Referrals;

const string Usage = """
    Usage: dotnet run samples/analyst/generate.cs -- <kind> <count> <file> [--seed <n>]

      <kind>     episodes (JSON Lines, the Json package's format) or extract (a coded GP activity CSV)
      <count>    how many episodes or rows, 0 to 2,147,483,647
      <file>     the file to write; <name>.practices.csv (practice,pcn,list_size) and <name>.registered.csv (the lists
                 by age band and sex, as NHS Digital publishes them) are written beside it
      --seed <n> the random seed (default 2026): the same seed gives the same files
    """;

if (args is ["-h" or "--help"] || args.Length is not (3 or 5) || (args.Length == 5 && args[3] != "--seed"))
{
    bool help = args is ["-h" or "--help"];
    (help ? Console.Out : Console.Error).WriteLine(help ? Usage : "generate: give a kind, a count and a file.\n\n" + Usage);
    return help ? 0 : 2;
}

if (args[0] is not ("episodes" or "extract")
    || !int.TryParse(args[1], NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out int count) || count < 0)
{
    Console.Error.WriteLine("generate: the kind is episodes or extract, and the count a whole number of 0 or more.\n\n" + Usage);
    return 2;
}

int seed = 2026;
if (args.Length == 5 && !int.TryParse(args[4], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seed))
{
    Console.Error.WriteLine("generate: --seed takes a whole number.\n\n" + Usage);
    return 2;
}

string path = args[2];
string practicesPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, Path.GetFileNameWithoutExtension(path) + ".practices.csv");
string registeredPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, Path.GetFileNameWithoutExtension(path) + ".registered.csv");
var people = new Dictionary<OdsCode, HashSet<string>>();
var stopwatch = Stopwatch.StartNew();
// Written to a temporary file beside the target, then renamed over it: a reader never sees half a file.
string temporary = path + ".tmp";
try
{
    if (args[0] == "episodes")
    {
        await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            JsonLines.Write(stream, SyntheticEpisodes.Generate(count, seed).Select(Note));
        }
    }
    else
    {
        using SepWriter writer = Sep.New(',').Writer(o => o with { Escape = true }).ToFile(temporary);
        foreach (CodedActivityRow row in SyntheticCodedRows.Generate(count, seed))
        {
            Count(row.Practice, row.PersonKey);
            using SepWriter.Row line = writer.NewRow();
            line["practice"].Set(row.Practice.ToString());
            line["person_key"].Set(row.PersonKey);
            line["snomed_code"].Set(row.Code.ToString());
            line["date"].Set(row.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    File.Move(temporary, path, overwrite: true);
    WritePractices();
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    if (File.Exists(temporary))
    {
        File.Delete(temporary);
    }

    Console.Error.WriteLine("generate: " + e.Message);
    return 1;
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {count:N0} {(args[0] == "episodes" ? "episodes" : "rows")} to {path} ({new FileInfo(path).Length / 1e6:0.0} MB, seed {seed}) and {SyntheticEpisodes.PracticeNetworks.Count} practices to {practicesPath} in {stopwatch.Elapsed.TotalSeconds:0.0} s."));
return 0;

Episode Note(Episode episode)
{
    Count(EpisodeOutcomes.Summarise(episode).Practice, episode.Person.LocalKey ?? "");
    return episode;
}

void Count(OdsCode practice, string person)
{
    if (!people.TryGetValue(practice, out HashSet<string>? set))
    {
        people[practice] = set = [];
    }

    set.Add(person);
}

// Every practice of the synthetic PCNs, with a list size of 12 to 40 times the people seen there (at least 1,000), so that
// a few per cent of a list is referred in a year, as in a real service.
void WritePractices()
{
    var random = new Random(seed);
    var sizes = new List<(OdsCode Practice, OdsCode Pcn, int Size)>();
    using (SepWriter writer = Sep.New(',').Writer(o => o with { Escape = true }).ToFile(practicesPath))
    {
        foreach ((OdsCode practice, OdsCode pcn) in SyntheticEpisodes.PracticeNetworks.OrderBy(p => p.Key.ToString(), StringComparer.Ordinal))
        {
            int seen = people.TryGetValue(practice, out HashSet<string>? set) ? set.Count : 0;
            int size = Math.Max(1000, seen * random.Next(12, 41));
            sizes.Add((practice, pcn, size));
            using SepWriter.Row line = writer.NewRow();
            line["practice"].Set(practice.ToString());
            line["pcn"].Set(pcn.ToString());
            line["list_size"].Set(size.ToString(CultureInfo.InvariantCulture));
        }
    }

    WriteRegistered(sizes);
}

// Each list split by five-year age band (a rough English age profile, 0-4 to 95+) and sex, in the columns of NHS
// Digital's gp-reg-pat-prac-quin-age file, with the ALL rows it carries: the app skips them.
void WriteRegistered(List<(OdsCode Practice, OdsCode Pcn, int Size)> sizes)
{
    double[] profile = [5.5, 6.0, 6.0, 5.6, 6.0, 6.6, 7.0, 6.8, 6.4, 6.6, 7.0, 6.8, 5.9, 5.0, 4.8, 3.6, 2.5, 1.5, 0.6, 0.2];
    double sum = profile.Sum();
    using SepWriter writer = Sep.New(',').Writer(o => o with { Escape = true }).ToFile(registeredPath);
    void Row(OdsCode practice, OdsCode pcn, string sex, string age, long patients)
    {
        using SepWriter.Row line = writer.NewRow();
        line["PUBLICATION"].Set("GP_PRAC_PAT_LIST");
        line["EXTRACT_DATE"].Set("01DEC2026");
        line["ORG_TYPE"].Set("GP");
        line["ORG_CODE"].Set(practice.ToString());
        line["ONS_CODE"].Set(pcn.ToString());
        line["POSTCODE"].Set("");
        line["SEX"].Set(sex);
        line["AGE_GROUP_5"].Set(age);
        line["NUMBER_OF_PATIENTS"].Set(patients.ToString(CultureInfo.InvariantCulture));
    }

    foreach ((OdsCode practice, OdsCode pcn, int size) in sizes)
    {
        Row(practice, pcn, "ALL", "ALL", size);
        for (int band = 0; band < profile.Length; band++)
        {
            string age = band == profile.Length - 1 ? "95+" : string.Create(CultureInfo.InvariantCulture, $"{band * 5}_{band * 5 + 4}");
            long inBand = (long)Math.Round(size * profile[band] / sum);
            Row(practice, pcn, "FEMALE", age, (inBand + 1) / 2);
            Row(practice, pcn, "MALE", age, inBand / 2);
        }
    }
}
