using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using nietras.SeparatedValues;
using NodaTime;
using SocialPrescribing.Analytics;
using SocialPrescribing.Outcomes;
using SocialPrescribing.Outcomes.Testing;

namespace SocialPrescribing.Benchmarks;

/// <summary>
/// Reading a coded GP extract of 1,000,000 rows (<see cref="SyntheticCodedRows"/>, seed 2026) from a CSV file into
/// <see cref="CodedActivityRow"/>s, every cell parsed and checked the same way: with Sep and with CsvHelper 34, the two
/// libraries issue 20 names, each used as its documentation shows (header lookup once, cells as spans, no object
/// mapping), and through the package's <see cref="CodedExtract"/> (Sep, with its bad-row checks and error reporting).
/// The file is read from the page cache: the OS has it after the set-up writes it.
/// </summary>
[MemoryDiagnoser]
public class CsvBenchmarks
{
    private const int Rows = 1_000_000;
    private string _path = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), "sp-bench-extract.csv");
        using (var writer = new StreamWriter(_path, false, new UTF8Encoding(false)))
        {
            writer.WriteLine("practice,person_key,snomed_code,date");
            foreach (CodedActivityRow row in SyntheticCodedRows.Generate(Rows, 2026))
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.Practice},{row.PersonKey},{row.Code},{row.Date:uuuu-MM-dd}"));
            }
        }

        long expected = SyntheticCodedRows.Generate(Rows, 2026).Sum(r => (long)r.Date.Day);
        bool agree = CsvHelper() == expected && Sep() == expected && Library() == expected;
        Console.WriteLine($"// {Rows:N0} rows, {new FileInfo(_path).Length:N0} bytes; every reader reads every row: {agree}");
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark(Baseline = true)]
    public long CsvHelper()
    {
        long sum = 0;
        using var reader = global::CsvHelper.CsvReader.Create(File.OpenRead(_path), global::CsvHelper.CsvReaderOptions.Default, false);
        reader.ReadHeader();
        int practice = reader.GetFieldIndex("practice");
        int key = reader.GetFieldIndex("person_key");
        int code = reader.GetFieldIndex("snomed_code");
        int date = reader.GetFieldIndex("date");
        Span<char> text = stackalloc char[64];
        while (reader.Read())
        {
            CodedActivityRow row = CodedActivityRow.Create(
                OdsCode.Parse(Chars(reader.GetSpan(practice), text)),
                reader.GetString(key),
                SctId.Parse(Chars(reader.GetSpan(code), text)),
                Date(Chars(reader.GetSpan(date), text)));
            sum += row.Date.Day;
        }

        return sum;
    }

    [Benchmark]
    public long Sep()
    {
        long sum = 0;
        using SepReader reader = nietras.SeparatedValues.Sep.New(',').Reader(o => o with { Unescape = true }).FromFile(_path);
        int practice = reader.Header.IndexOf("practice");
        int key = reader.Header.IndexOf("person_key");
        int code = reader.Header.IndexOf("snomed_code");
        int date = reader.Header.IndexOf("date");
        foreach (SepReader.Row r in reader)
        {
            CodedActivityRow row = CodedActivityRow.Create(OdsCode.Parse(r[practice].Span), r[key].ToString(), SctId.Parse(r[code].Span), Date(r[date].Span));
            sum += row.Date.Day;
        }

        return sum;
    }

    [Benchmark]
    public long Library()
    {
        long sum = 0;
        using CodedExtractReader reader = CodedExtract.OpenFile(_path);
        foreach (CodedActivityRow row in reader)
        {
            sum += row.Date.Day;
        }

        return sum;
    }

    private static LocalDate Date(ReadOnlySpan<char> text)
        => LocalDate.FromDateTime(DateTime.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None));

    private static ReadOnlySpan<char> Chars(ReadOnlySpan<byte> utf8, Span<char> buffer) => buffer[..Encoding.UTF8.GetChars(utf8, buffer)];
}
