#:project ../../src/SocialPrescribing.Analytics
#:project ../../src/SocialPrescribing.Outcomes
#:project ../../src/SocialPrescribing.Json
#:package ScottPlot

// The analyst app: episodes (JSON Lines) or a coded GP activity extract (CSV) in; published tables (CSV, Parquet), the
// pseudonymised episode-level table (Parquet) and an HTML report with charts out. Run it as
//   dotnet run samples/analyst/outcomes.cs -- episodes.jsonl [options]
// (samples/analyst/README.md). Expected errors (a bad argument, a missing file, a bad row) print one message and exit
// non-zero, without a stack trace; nothing printed or written names a person.
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using nietras.SeparatedValues;
using Parquet;
using ScottPlot;
using SocialPrescribing;
using SocialPrescribing.Analytics;
using SocialPrescribing.Json;
using SocialPrescribing.Measures;
using SocialPrescribing.Outcomes;
using SocialPrescribing.Referrals;

const int ExitOk = 0;
const int ExitFailed = 1;
const int ExitUsage = 2;

AppOptions? options;
try
{
    options = AppOptions.Parse(args);
}
catch (UsageException e)
{
    Console.Error.WriteLine("outcomes: " + e.Message);
    Console.Error.WriteLine();
    Console.Error.WriteLine(AppOptions.Usage);
    return ExitUsage;
}

if (options is null)
{
    Console.WriteLine(AppOptions.Usage);
    return ExitOk;
}

try
{
    var stopwatch = Stopwatch.StartNew();
    Directory.CreateDirectory(options.OutputFolder);
    Report report = options.Kind == InputKind.Episodes
        ? await EpisodeRun.RunAsync(options)
        : await ExtractRun.RunAsync(options);
    string html = Path.Combine(options.OutputFolder, "report.html");
    // Written beside the target and renamed over it, as the library writes its files: a reader never sees half a page.
    string partial = html + ".tmp";
    await File.WriteAllTextAsync(partial, report.ToHtml(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    File.Move(partial, html, overwrite: true);
    report.Files.Add("report.html");

    Console.WriteLine(report.Summary);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {report.Files.Count} files to {options.OutputFolder} in {stopwatch.Elapsed.TotalSeconds:0.0} s:"));
    foreach (string file in report.Files)
    {
        Console.WriteLine("  " + file);
    }

    if (options.CheckFile is not null)
    {
        return await Checks.RunAsync(options.CheckFile, options.OutputFolder) ? ExitOk : ExitFailed;
    }

    return ExitOk;
}
catch (ExpectedException e)
{
    Console.Error.WriteLine("outcomes: " + e.Message);
    return ExitFailed;
}
catch (BadRowException e)
{
    // The library's message names the line, the column and the rule, never the cell (docs/analytics.md, "Bad rows").
    Console.Error.WriteLine($"outcomes: {Path.GetFileName(options.Input)}: {e.Message} Use --bad-rows skip to skip and count bad rows.");
    return ExitFailed;
}
catch (JsonException e)
{
    // The Json package's message starts "Line N:" and never quotes the line (docs/json.md).
    Console.Error.WriteLine($"outcomes: {Path.GetFileName(options.Input)}: {e.Message} Use --bad-rows skip to skip and count bad lines.");
    return ExitFailed;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine("outcomes: " + e.Message);
    return ExitFailed;
}

/// <summary>What the input file holds.</summary>
internal enum InputKind
{
    /// <summary>Episodes, one JSON document a line (the Json package's format).</summary>
    Episodes = 1,

    /// <summary>A coded GP activity extract (CSV).</summary>
    Extract = 2,
}

/// <summary>A bad command line: the message says what is wrong, and the usage follows.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>An expected failure (a missing secret, a bad practices file): printed as one line, without a stack trace.</summary>
internal sealed class ExpectedException(string message) : Exception(message);

/// <summary>The command line, checked.</summary>
internal sealed class AppOptions
{
    /// <summary>The environment variable the pseudonymisation secret may come from.</summary>
    public const string SecretVariable = "SP_PSEUDONYM_SECRET";

    public const string Usage = """
        Usage: dotnet run samples/analyst/outcomes.cs -- <input> [options]

          <input>                  episodes (.jsonl, the Json package's JSON Lines) or a coded GP activity extract (.csv)

        Options:
          --out <folder>           where the tables, charts and report go (default: ./outcomes-report)
          --kind episodes|extract  what the input holds (default: from the extension, .jsonl/.json or .csv)
          --practices <file.csv>   practice,pcn[,list_size] per practice: the PCN of each practice, and the registered
                                   list sizes for the share of the list referred (coded extracts)
          --registered <file.csv>  NHS Digital's registered patients by practice, 5-year age band and sex
                                   (gp-reg-pat-prac-quin-age.csv), for the equity page's rates per 1,000 registered;
                                   without it the equity page shows shares
          --policy <policy>        disclosure control: subnational (default: NHS Digital's HES/ECDS rule below national
                                   level), national, suppress-below:<n>, or none (for checking only: never publish it)
          --secret-file <file>     the HMAC secret for the pseudonymised episode-level table (at least 32 bytes); else the
                                   environment variable SP_PSEUDONYM_SECRET. It is held in memory only, never written.
          --no-episode-table       do not write the episode-level table (no secret needed)
          --exclude-pam-level4     leave out PAM pairs whose baseline is at level 4 (as some programmes do)
          --bad-rows stop|skip     stop at the first bad row or line (default), or skip and count bad ones
          --date-format <format>   the extract's date format (default yyyy-MM-dd; dd/MM/yyyy for many GP extracts)
          --separator <char>       the extract's cell separator (default ,; 'tab' for a tab)
          --check <expected.csv>   after writing, check the figures in expected.csv (file,row,column,expected,how);
                                   exits 1 on a mismatch
          -h, --help               show this help

        Exit codes: 0 done; 1 failed (a bad row or line, a bad practices file or secret, a check that does not hold);
        2 bad arguments (an unknown option, a file that does not exist).
        """;

    public required string Input { get; init; }

    public required InputKind Kind { get; init; }

    public string OutputFolder { get; init; } = "outcomes-report";

    public string? PracticesFile { get; init; }

    public string? RegisteredFile { get; init; }

    public required DisclosurePolicy Policy { get; init; }

    public string? SecretFile { get; init; }

    public bool EpisodeTable { get; init; } = true;

    public bool ExcludePamLevel4 { get; init; }

    public BadRowPolicy BadRows { get; init; } = BadRowPolicy.Stop;

    public string? DateFormat { get; init; }

    public char? Separator { get; init; }

    public string? CheckFile { get; init; }

    /// <summary>Parses the arguments.</summary>
    /// <returns>The options; null when help was asked for.</returns>
    /// <exception cref="UsageException">An argument is missing, unknown or malformed, or a named file does not exist.</exception>
    public static AppOptions? Parse(string[] args)
    {
        string? input = null;
        string output = "outcomes-report";
        string? kind = null;
        string? practices = null;
        string? registered = null;
        string policy = "subnational";
        string? secretFile = null;
        bool episodeTable = true;
        bool excludePamLevel4 = false;
        string badRows = "stop";
        string? dateFormat = null;
        char? separator = null;
        string? check = null;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            string Value() => i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal)
                ? args[++i]
                : throw new UsageException($"{arg} needs a value.");
            switch (arg)
            {
                case "-h" or "--help" or "-?":
                    return null;
                case "--out":
                    output = Value();
                    break;
                case "--kind":
                    kind = Value();
                    break;
                case "--practices":
                    practices = Value();
                    break;
                case "--registered":
                    registered = Value();
                    break;
                case "--policy":
                    policy = Value();
                    break;
                case "--secret-file":
                    secretFile = Value();
                    break;
                case "--no-episode-table":
                    episodeTable = false;
                    break;
                case "--exclude-pam-level4":
                    excludePamLevel4 = true;
                    break;
                case "--bad-rows":
                    badRows = Value();
                    break;
                case "--date-format":
                    dateFormat = Value();
                    break;
                case "--separator":
                    string s = Value();
                    separator = s == "tab" ? '\t' : s.Length == 1 ? s[0] : throw new UsageException("--separator takes one character, or 'tab'.");
                    break;
                case "--check":
                    check = Value();
                    break;
                default:
                    if (arg.StartsWith('-'))
                    {
                        throw new UsageException($"unknown option {arg}.");
                    }

                    input = input is null ? arg : throw new UsageException("give one input file.");
                    break;
            }
        }

        if (input is null)
        {
            throw new UsageException("no input file given.");
        }

        RequireFile(input, "the input file");
        RequireFile(practices, "the practices file (--practices)");
        RequireFile(registered, "the registered patients file (--registered)");
        RequireFile(secretFile, "the secret file (--secret-file)");
        RequireFile(check, "the expected figures (--check)");
        return new AppOptions
        {
            Input = input,
            Kind = kind switch
            {
                "episodes" => InputKind.Episodes,
                "extract" => InputKind.Extract,
                null => Path.GetExtension(input).ToUpperInvariant() switch
                {
                    ".JSONL" or ".JSON" or ".NDJSON" => InputKind.Episodes,
                    ".CSV" or ".TSV" or ".TXT" => InputKind.Extract,
                    _ => throw new UsageException("cannot tell the input's kind from its extension: give --kind episodes or --kind extract."),
                },
                _ => throw new UsageException("--kind is episodes or extract."),
            },
            OutputFolder = output,
            PracticesFile = practices,
            RegisteredFile = registered,
            Policy = ParsePolicy(policy),
            SecretFile = secretFile,
            EpisodeTable = episodeTable,
            ExcludePamLevel4 = excludePamLevel4,
            BadRows = badRows switch
            {
                "stop" => BadRowPolicy.Stop,
                "skip" => BadRowPolicy.Skip,
                _ => throw new UsageException("--bad-rows is stop or skip."),
            },
            DateFormat = dateFormat,
            Separator = separator,
            CheckFile = check,
        };
    }

    private static DisclosurePolicy ParsePolicy(string policy)
    {
        const string Below = "suppress-below:";
        if (policy.StartsWith(Below, StringComparison.Ordinal))
        {
            return int.TryParse(policy.AsSpan(Below.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int threshold) && threshold is >= 1 and <= 1000
                ? DisclosurePolicy.SuppressBelow(threshold)
                : throw new UsageException("--policy suppress-below:<n> takes a whole number from 1 to 1000.");
        }

        return policy switch
        {
            "subnational" => DisclosurePolicy.NhsDigitalHesEcds(PublicationLevel.Subnational),
            "national" => DisclosurePolicy.NhsDigitalHesEcds(PublicationLevel.National),
            "none" => DisclosurePolicy.None,
            _ => throw new UsageException("--policy is subnational, national, suppress-below:<n> or none."),
        };
    }

    private static void RequireFile(string? path, string what)
    {
        if (path is not null && !File.Exists(path))
        {
            throw new UsageException($"{what} '{path}' does not exist.");
        }
    }
}

/// <summary>The practices file: practice, PCN and (optionally) registered list size per practice.</summary>
internal sealed class Practices
{
    public Dictionary<OdsCode, OdsCode> Networks { get; } = [];

    public Dictionary<OdsCode, int> ListSizes { get; } = [];

    /// <summary>Reads practice,pcn[,list_size] (a header line, then a practice a line) with the CSV library.</summary>
    /// <exception cref="ExpectedException">A column is missing, or a cell is not an ODS code or a list size.</exception>
    public static Practices Read(string? path)
    {
        var practices = new Practices();
        if (path is null)
        {
            return practices;
        }

        string name = Path.GetFileName(path);
        using SepReader reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        if (!reader.Header.TryIndexOf("practice", out int practiceColumn) || !reader.Header.TryIndexOf("pcn", out int pcnColumn))
        {
            throw new ExpectedException($"{name}: the header needs the columns practice and pcn (and list_size for the share of the list).");
        }

        bool hasListSize = reader.Header.TryIndexOf("list_size", out int listColumn);
        foreach (SepReader.Row row in reader)
        {
            string line = row.LineNumberFrom.ToString(CultureInfo.InvariantCulture);
            if (!OdsCode.TryParse(row[practiceColumn].ToString(), out OdsCode practice) || !OdsCode.TryParse(row[pcnColumn].ToString(), out OdsCode pcn))
            {
                throw new ExpectedException($"{name}, line {line}: practice and pcn are ODS codes.");
            }

            if (!practices.Networks.TryAdd(practice, pcn))
            {
                throw new ExpectedException($"{name}, line {line}: each practice is listed once.");
            }

            if (hasListSize && row[listColumn].Span.Length > 0)
            {
                practices.ListSizes[practice] = int.TryParse(row[listColumn].Span, NumberStyles.None, CultureInfo.InvariantCulture, out int size) && size >= 1
                    ? size
                    : throw new ExpectedException($"{name}, line {line}: list_size is a whole number of at least 1, or blank.");
            }
        }

        return practices;
    }
}

/// <summary>A progress bar on the terminal, redrawn in place; silent when the output is redirected (CI logs stay clean).</summary>
internal sealed class ProgressBar(string noun, Stream input) : IProgress<long>
{
    private const int Width = 30;
    private readonly bool _enabled = !Console.IsOutputRedirected;
    private readonly long _length = input.Length;
    private readonly Stopwatch _sinceDrawn = Stopwatch.StartNew();
    private bool _drawn;

    /// <summary>Redraws the bar at most ten times a second: the share of the file read, and the records so far.</summary>
    public void Report(long value)
    {
        if (!_enabled || _sinceDrawn.ElapsedMilliseconds < 100)
        {
            return;
        }

        _sinceDrawn.Restart();
        double share = _length == 0 ? 1 : Math.Clamp((double)input.Position / _length, 0, 1);
        int filled = (int)(share * Width);
        Console.Write(string.Create(CultureInfo.InvariantCulture, $"\r[{new string('#', filled)}{new string('-', Width - filled)}] {share * 100,3:0}% {value:N0} {noun} "));
        _drawn = true;
    }

    /// <summary>Clears the bar's line.</summary>
    public void Done()
    {
        if (_drawn)
        {
            Console.Write("\r" + new string(' ', Width + 40) + "\r");
        }
    }
}

/// <summary>What a run made: the files, the charts for the report, the tables to show, and a summary line.</summary>
internal sealed class Report(string title, DisclosurePolicy policy)
{
    public List<string> Files { get; } = [];

    public List<(string File, string Caption)> Charts { get; } = [];

    public List<(string Heading, string[] Header, List<string[]> Rows)> Tables { get; } = [];

    public List<string> Notes { get; } = [];

    /// <summary>Gets or sets what was read, for the terminal: exact counts (a log for the analyst, not a publication).</summary>
    public string Summary { get; set; } = "";

    /// <summary>Gets or sets what was read, for the report: its counts published under the policy, as every figure there is.</summary>
    public string PublishedSummary { get; set; } = "";

    /// <summary>One self-contained page: the charts embedded as PNG data (they are also beside it), the tables, the policy.</summary>
    public string ToHtml()
    {
        static string E(string text) => WebUtility.HtmlEncode(text);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(title)).Append("</title>\n")
            .Append("<style>body{font-family:system-ui,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#222}")
            .Append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.25em .6em;text-align:right}")
            .Append("th:first-child,td:first-child{text-align:left}figure{margin:2em 0}img{max-width:100%;border:1px solid #eee}")
            .Append(".policy{background:#f4f4f4;padding:.6em 1em}</style>\n</head>\n<body>\n")
            .Append("<h1>").Append(E(title)).Append("</h1>\n<p>").Append(E(PublishedSummary)).Append("</p>\n")
            .Append("<p class=\"policy\"><strong>Disclosure control:</strong> ").Append(E(policy.Description))
            .Append(" Every figure on this page and in the published tables has it applied: <code>*</code> is a suppressed figure, <code>n/a</code> one that does not apply.</p>\n");
        foreach (string note in Notes)
        {
            html.Append("<p>").Append(E(note)).Append("</p>\n");
        }

        foreach ((string file, string caption) in Charts)
        {
            string data = Convert.ToBase64String(File.ReadAllBytes(file));
            html.Append("<figure><img alt=\"").Append(E(caption)).Append("\" src=\"data:image/png;base64,").Append(data).Append("\">")
                .Append("<figcaption>").Append(E(caption)).Append(" (<a href=\"").Append(E(Path.GetFileName(file))).Append("\">")
                .Append(E(Path.GetFileName(file))).Append("</a>)</figcaption></figure>\n");
        }

        foreach ((string heading, string[] header, List<string[]> rows) in Tables)
        {
            html.Append("<h2>").Append(E(heading)).Append("</h2>\n<table>\n<tr>");
            foreach (string h in header)
            {
                html.Append("<th>").Append(E(h)).Append("</th>");
            }

            html.Append("</tr>\n");
            foreach (string[] row in rows)
            {
                html.Append("<tr>");
                foreach (string cell in row)
                {
                    html.Append("<td>").Append(E(cell)).Append("</td>");
                }

                html.Append("</tr>\n");
            }

            html.Append("</table>\n");
        }

        html.Append("<h2>Files</h2>\n<ul>\n");
        foreach (string file in Files)
        {
            html.Append("<li><a href=\"").Append(E(file)).Append("\">").Append(E(file)).Append("</a></li>\n");
        }

        return html.Append("</ul>\n</body>\n</html>\n").ToString();
    }
}

/// <summary>Charts drawn with ScottPlot to PNG files: no display, no browser.</summary>
internal static class Charts
{
    public const int Width = 900;
    public const int Height = 500;

    /// <summary>A count as published (null when suppressed), for a chart: the policy's rule for a single count.</summary>
    public static double? Published(DisclosurePolicy policy, long count)
        => policy.PublishCount(count).Value is decimal value ? (double)value : null;

    public static Color ColorOf(int index) => new ScottPlot.Palettes.Category10().GetColor(index);

    /// <summary>Saves the plot and adds it to the report.</summary>
    public static void Save(Plot plot, Report report, string folder, string name, string caption, int width = Width)
    {
        string path = Path.Combine(folder, name);
        plot.SavePng(path, width, Height);
        report.Files.Add(name);
        report.Charts.Add((path, caption));
    }

    /// <summary>Labels the bottom axis with text at positions 0, 1, 2 ...</summary>
    public static void Categories(Plot plot, IReadOnlyList<string> labels, bool rotate = false)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (int i = 0; i < labels.Count; i++)
        {
            ticks.AddMajor(i, labels[i]);
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        if (rotate)
        {
            plot.Axes.Bottom.TickLabelStyle.Rotation = 45;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        }
    }

    /// <summary>Starts the value axis at 0; when every bar is 0 (all suppressed, or none), shows 0 to 1 rather than around 0.</summary>
    public static void FromZero(Plot plot)
    {
        bool empty = plot.GetPlottables<ScottPlot.Plottables.BarPlot>().SelectMany(b => b.Bars).All(b => b.Value == 0);
        if (empty)
        {
            plot.Axes.SetLimitsY(0, 1);
        }
        else
        {
            plot.Axes.Margins(bottom: 0);
        }
    }

    /// <summary>A note in the corner of the plot (what a gap means).</summary>
    public static void Note(Plot plot, string text)
    {
        var note = plot.Add.Annotation(text, Alignment.UpperLeft);
        note.LabelFontSize = 11;
    }
}

/// <summary>Episodes in: one read of the file feeds the aggregation and the episode-level table at once.</summary>
internal static class EpisodeRun
{
    private static readonly (Ons4Item Item, string Name, string Label)[] Ons4Items =
    [
        (Ons4Item.LifeSatisfaction, "ONS4 life satisfaction", "Life satisfaction"),
        (Ons4Item.Worthwhile, "ONS4 worthwhile", "Worthwhile"),
        (Ons4Item.Happiness, "ONS4 happiness", "Happiness"),
        (Ons4Item.Anxiety, "ONS4 anxiety", "Anxiety (a fall is better)"),
    ];

    public static async Task<Report> RunAsync(AppOptions options)
    {
        Practices practices = Practices.Read(options.PracticesFile);
        var outcomeOptions = new EpisodeOutcomeOptions { PracticeNetworks = practices.Networks, ExcludePamLevel4AtBaseline = options.ExcludePamLevel4 };
        using PersonKeyHasher? hasher = options.EpisodeTable ? Secret.Hasher(options) : null;
        string folder = options.OutputFolder;

        long badLines = 0;
        var firstBadLines = new List<string>();
        Action<JsonException>? onBadLine = options.BadRows == BadRowPolicy.Skip
            ? e =>
            {
                badLines++;
                if (firstBadLines.Count < 5)
                {
                    firstBadLines.Add(e.Message);
                }
            }
            : null;

        await using var stream = new FileStream(options.Input, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        var progress = new ProgressBar("episodes", stream);
        using var cancel = new CancellationTokenSource();
        var forAggregate = Channel.CreateBounded<Episode>(new BoundedChannelOptions(1024) { SingleReader = true, SingleWriter = true });
        Channel<Episode>? forTable = hasher is null ? null : Channel.CreateBounded<Episode>(new BoundedChannelOptions(1024) { SingleReader = true, SingleWriter = true });
        RegisteredPopulation? population = Registered.Read(options.RegisteredFile);
        Channel<Episode>[] forEquity = [.. EquityPage.Breakdowns.Select(_ => Channel.CreateBounded<Episode>(new BoundedChannelOptions(1024) { SingleReader = true, SingleWriter = true }))];

        long read = 0;
        Task producer = Task.Run(
            async () =>
            {
                try
                {
                    await foreach (Episode episode in JsonLines.ReadAsync<Episode>(stream, onBadLine, cancel.Token))
                    {
                        await forAggregate.Writer.WriteAsync(episode, cancel.Token);
                        if (forTable is not null)
                        {
                            await forTable.Writer.WriteAsync(episode, cancel.Token);
                        }

                        foreach (Channel<Episode> channel in forEquity)
                        {
                            await channel.Writer.WriteAsync(episode, cancel.Token);
                        }

                        if (++read % 1024 == 0)
                        {
                            progress.Report(read);
                        }
                    }

                    forAggregate.Writer.Complete();
                    forTable?.Writer.Complete();
                    Array.ForEach(forEquity, c => c.Writer.Complete());
                }
                catch (Exception e)
                {
                    forAggregate.Writer.TryComplete(e);
                    forTable?.Writer.TryComplete(e);
                    Array.ForEach(forEquity, c => c.Writer.TryComplete(e));
                    throw;
                }
            },
            cancel.Token);

        // Aggregated by PCN and quarter (the dashboard); the episode-level table written as the episodes come.
        Task<EpisodeOutcomeAggregate> aggregating = EpisodeOutcomes.AggregateAsync(forAggregate.Reader.ReadAllAsync(cancel.Token), outcomeOptions, cancellationToken: cancel.Token);
        string episodeTable = Path.Combine(folder, "episodes.parquet");
        Task<long> writing = hasher is null ? Task.FromResult(0L) : EpisodeTableFiles.WriteParquetAsync(forTable!.Reader.ReadAllAsync(cancel.Token), episodeTable, hasher, outcomeOptions, cancel.Token);
        // Who is offered, referred and declines, by each breakdown: one pass each, over the same read.
        Task<EquityReport>[] equity = [.. EquityPage.Breakdowns.Select((b, i) => EquityRates.AggregateAsync(
            forEquity[i].Reader.ReadAllAsync(cancel.Token), new EpisodeOutcomeOptions { Dimensions = b.Dimension, PracticeNetworks = practices.Networks }, population, cancel.Token))];
        _ = aggregating.ContinueWith(_ => cancel.Cancel(), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        _ = writing.ContinueWith(_ => cancel.Cancel(), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        try
        {
            await Task.WhenAll([producer, aggregating, writing, .. equity]);
        }
        catch (Exception) when (producer.IsFaulted && producer.Exception!.InnerException is { } reading && reading is not OperationCanceledException)
        {
            // The first cause: a bad line or a read error, not the cancellation it caused downstream.
            progress.Done();
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(reading);
        }
        finally
        {
            progress.Done();
        }

        EpisodeOutcomeAggregate aggregate = await aggregating;
        long tableRows = await writing;

        var report = new Report("Social prescribing outcomes: " + Path.GetFileName(options.Input), options.Policy);
        PublishedTable dashboard = options.Policy.Apply(aggregate.ToTable());
        await PublishedTableFiles.WriteCsvAsync(dashboard, Path.Combine(folder, "dashboard.csv"));
        await PublishedTableFiles.WriteParquetAsync(dashboard, Path.Combine(folder, "dashboard.parquet"));
        report.Files.AddRange(["dashboard.csv", "dashboard.csv" + PublishedTableFiles.DisclosureFileSuffix, "dashboard.parquet", "dashboard.parquet" + PublishedTableFiles.DisclosureFileSuffix]);
        if (hasher is not null)
        {
            report.Files.Add("episodes.parquet");
            report.Notes.Add("The episode-level table (episodes.parquet, a row per episode) is record-level data, pseudonymised with a secret that was held in memory only and written nowhere: it is not for publication.");
        }

        report.Summary = string.Create(CultureInfo.InvariantCulture, $"Read {aggregate.Episodes:N0} episodes from {Path.GetFileName(options.Input)}")
            + (badLines > 0 ? string.Create(CultureInfo.InvariantCulture, $"; bad lines skipped: {badLines:N0} (first: {string.Join(" ", firstBadLines)})") : "")
            + string.Create(CultureInfo.InvariantCulture, $"; {aggregate.Keys.Count:N0} groups of PCN and quarter")
            + (hasher is null ? "." : string.Create(CultureInfo.InvariantCulture, $"; {tableRows:N0} rows in the episode-level table."));
        report.PublishedSummary = $"Episodes read from {Path.GetFileName(options.Input)}: {options.Policy.PublishCount(aggregate.Episodes).Text}"
            + (badLines > 0 ? $"; bad lines skipped: {options.Policy.PublishCount(badLines).Text}." : ".");

        GroupOutcomes total = aggregate.Total();
        int totalRow = IndexOfTotal(dashboard);
        Ons4Chart(dashboard, totalRow, report, folder);
        PamChart(total, options.Policy, report, folder);
        WaitChart(total, dashboard, totalRow, options.Policy, report, folder);
        SourceChart(aggregate, options.Policy, report, folder);
        HeadlineTable(dashboard, totalRow, report);
        await EquityPage.WriteAsync([.. equity.Select(t => t.Result)], options, report);
        return report;
    }

    private static int IndexOfTotal(PublishedTable table)
    {
        for (int i = 0; i < table.Rows.Count; i++)
        {
            if (table.Rows[i].IsTotal)
            {
                return i;
            }
        }

        throw new InvalidOperationException("The dashboard has a total row.");
    }

    /// <summary>ONS4 mean change per item, with its 95% confidence interval as error bars, from the published total row.</summary>
    private static void Ons4Chart(PublishedTable dashboard, int row, Report report, string folder)
    {
        using var plot = new Plot();
        var labels = new List<string>();
        var missing = new List<string>();
        for (int i = 0; i < Ons4Items.Length; i++)
        {
            (_, string name, string label) = Ons4Items[i];
            PublishedCell mean = dashboard[row, name + ": mean change"];
            PublishedCell lower = dashboard[row, name + ": change 95% CI lower"];
            PublishedCell upper = dashboard[row, name + ": change 95% CI upper"];
            PublishedCell pairs = dashboard[row, name + ": pairs"];
            labels.Add($"{label}\n{pairs.Text} pairs");
            if (mean.Value is not decimal m)
            {
                missing.Add(label);
                continue;
            }

            var bar = new Bar { Position = i, Value = (double)m, FillColor = Charts.ColorOf(i) };
            if (lower.Value is decimal lo && upper.Value is decimal hi)
            {
                // The interval is mean ± t × s / √n: symmetric, so half its width is the error bar.
                bar.Error = (double)(hi - lo) / 2;
            }

            plot.Add.Bar(bar);
        }

        plot.Add.HorizontalLine(0, 1, Colors.Black);
        Charts.Categories(plot, labels);
        plot.Axes.SetLimitsX(-0.6, Ons4Items.Length - 0.4);
        plot.Title("ONS4 change from baseline to follow-up (mean, 95% confidence interval)");
        plot.YLabel("Mean change (points on 0-10)");
        if (missing.Count > 0)
        {
            Charts.Note(plot, "No published figure (too few pairs, or suppressed): " + string.Join(", ", missing));
        }

        Charts.Save(plot, report, folder, "ons4-change.png", "ONS4: mean change per item with 95% confidence intervals (all PCNs and quarters). For anxiety a fall is an improvement.");
    }

    /// <summary>PAM level at baseline against level at follow-up, as grouped bars (counts as published).</summary>
    private static void PamChart(GroupOutcomes total, DisclosurePolicy policy, Report report, string folder)
    {
        using var plot = new Plot();
        PairedChange pam = total.PamChange;
        bool anySuppressed = false;
        for (int to = 1; to <= pam.Bands; to++)
        {
            var bars = new List<Bar>();
            for (int from = 1; from <= pam.Bands; from++)
            {
                double? value = Charts.Published(policy, pam.Transitions(from, to));
                anySuppressed |= value is null && pam.Transitions(from, to) > 0;
                bars.Add(new Bar { Position = from - 1 + ((to - 2.5) * 0.2), Value = value ?? 0, Size = 0.18, FillColor = Charts.ColorOf(to - 1) });
            }

            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = $"Follow-up at level {to}";
        }

        Charts.Categories(plot, ["Level 1 at baseline", "Level 2 at baseline", "Level 3 at baseline", "Level 4 at baseline"]);
        plot.ShowLegend(Edge.Right);
        Charts.FromZero(plot);
        plot.Title(string.Create(CultureInfo.InvariantCulture, $"PAM level transitions ({policy.PublishCount(pam.Count).Text} pairs)")
            + (total.PamPairsExcludedAtLevel4 > 0 ? $"; {policy.PublishCount(total.PamPairsExcludedAtLevel4).Text} left out at level 4" : ""));
        plot.YLabel("People");
        if (anySuppressed)
        {
            Charts.Note(plot, "Suppressed counts are drawn as 0.");
        }

        Charts.Save(plot, report, folder, "pam-transitions.png", "PAM: level at baseline and at follow-up (levels 1-4: up to 47.0, 55.1, 67.0, above). Bars to the right of a group's middle are moves up.");
    }

    /// <summary>Completed waits from referral to first attended contact, by week, with the median and 90th percentile.</summary>
    private static void WaitChart(GroupOutcomes total, PublishedTable dashboard, int row, DisclosurePolicy policy, Report report, string folder)
    {
        using var plot = new Plot();
        const int BinDays = 7;
        const int LastBin = 16;
        long[] bins = new long[LastBin + 1];
        foreach (ValueCount entry in total.WaitingDays.Entries)
        {
            bins[Math.Min(entry.Value / BinDays, LastBin)] += entry.Count;
        }

        bool anySuppressed = false;
        var bars = new List<Bar>();
        for (int i = 0; i <= LastBin; i++)
        {
            double? value = Charts.Published(policy, bins[i]);
            anySuppressed |= value is null && bins[i] > 0;
            bars.Add(new Bar { Position = (i * BinDays) + (BinDays / 2.0), Value = value ?? 0, Size = BinDays * 0.9, FillColor = Charts.ColorOf(0) });
        }

        plot.Add.Bars(bars);
        if (dashboard[row, "Wait median (days)"].Value is decimal median)
        {
            var line = plot.Add.VerticalLine((double)median, 2, Charts.ColorOf(3), LinePattern.Dashed);
            line.LegendText = $"Median {median:0.#} days";
        }

        if (dashboard[row, "Wait 90th percentile (days)"].Value is decimal p90)
        {
            var line = plot.Add.VerticalLine((double)p90, 2, Charts.ColorOf(1), LinePattern.Dotted);
            line.LegendText = $"90th percentile {p90:0.#} days";
        }

        plot.ShowLegend(Alignment.UpperRight);
        Charts.FromZero(plot);
        plot.Title(string.Create(CultureInfo.InvariantCulture, $"Days from referral to first attended contact ({dashboard[row, "Waits completed"].Text} completed waits)"));
        plot.XLabel($"Days (weeks; the last bar is {LastBin * BinDays} days or more)");
        plot.YLabel("People");
        if (anySuppressed)
        {
            Charts.Note(plot, "Suppressed counts are drawn as 0.");
        }

        Charts.Save(plot, report, folder, "waiting-times.png", "Waiting times: completed waits by week, with the median and 90th percentile.");
    }

    /// <summary>Referrals per quarter, stacked by referral source (counts as published).</summary>
    private static void SourceChart(EpisodeOutcomeAggregate aggregate, DisclosurePolicy policy, Report report, string folder)
    {
        var byPeriod = new SortedDictionary<ReportingPeriod, CategoryCounts<ReferralSourceKind>>();
        foreach (OutcomeGroupKey key in aggregate.Keys)
        {
            ReportingPeriod period = key.Period!.Value;
            CategoryCounts<ReferralSourceKind> sources = aggregate[key].ReferralSources;
            byPeriod[period] = byPeriod.TryGetValue(period, out var sum) ? CategoryCounts<ReferralSourceKind>.Merge(sum, sources) : sources;
        }

        using var plot = new Plot();
        ReferralSourceKind[] kinds = [.. Enum.GetValues<ReferralSourceKind>().Where(k => byPeriod.Values.Any(c => c[k] > 0))];
        ReportingPeriod[] periods = [.. byPeriod.Keys];
        double[] stacked = new double[periods.Length];
        bool anySuppressed = false;
        for (int k = 0; k < kinds.Length; k++)
        {
            var bars = new List<Bar>();
            for (int p = 0; p < periods.Length; p++)
            {
                long count = byPeriod[periods[p]][kinds[k]];
                double? value = Charts.Published(policy, count);
                anySuppressed |= value is null && count > 0;
                double top = stacked[p] + (value ?? 0);
                bars.Add(new Bar { Position = p, ValueBase = stacked[p], Value = top, Size = 0.7, FillColor = Charts.ColorOf(k % 10) });
                stacked[p] = top;
            }

            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = kinds[k].GetDisplayName();
        }

        Charts.Categories(plot, [.. periods.Select(p => p.ToString())], rotate: periods.Length > 8);
        plot.ShowLegend(Edge.Right);
        Charts.FromZero(plot);
        plot.Title("Referrals by source and quarter of referral");
        plot.YLabel("Referrals");
        if (anySuppressed)
        {
            Charts.Note(plot, "Suppressed counts are left out of the stacks.");
        }

        Charts.Save(plot, report, folder, "referrals-by-source.png", "Referrals per quarter (financial year), by referral source.", width: 1300);
    }

    /// <summary>The headline figures of the total row, as published.</summary>
    private static void HeadlineTable(PublishedTable dashboard, int row, Report report)
    {
        string[] columns =
        [
            "Episodes", "Closed", "Attended contacts", "Waits completed", "Wait median (days)", "Wait 90th percentile (days)",
            .. Ons4Items.SelectMany(i => new[] { i.Name + ": pairs", i.Name + ": mean change", i.Name + ": change 95% CI lower", i.Name + ": change 95% CI upper" }),
            "PAM pairs", "PAM mean change", "PAM change 95% CI lower", "PAM change 95% CI upper", "PAM gain of 3 or more %", "FFT positive %",
        ];
        report.Tables.Add(("Headline figures (all PCNs and quarters; every group is in dashboard.csv)", ["Figure", "Published"], [.. columns.Select(c => new[] { c, dashboard[row, c].Text })]));
    }
}

/// <summary>A coded GP activity extract in: practice and PCN figures per quarter, the share of the list referred.</summary>
internal static class ExtractRun
{
    private static readonly OutcomeColumn[] Columns =
    [
        OutcomeColumn.Create("Offered codes"),
        OutcomeColumn.Create("Declined codes"),
        OutcomeColumn.Create("Referred codes"),
        OutcomeColumn.NotAdditive("People offered"),
        OutcomeColumn.NotAdditive("People declined"),
        OutcomeColumn.NotAdditive("People referred"),
        OutcomeColumn.NotAdditive("People with any of the three codes"),
        OutcomeColumn.NotAdditive("People newly referred"),
        OutcomeColumn.NotAdditive("List size"),
        OutcomeColumn.PercentageOf("Share of list referred %", "People referred", "List size"),
    ];

    public static async Task<Report> RunAsync(AppOptions options)
    {
        Practices practices = Practices.Read(options.PracticesFile);
        var extractOptions = new CodedExtractOptions
        {
            BadRows = options.BadRows,
            DateFormat = options.DateFormat ?? CodedExtractOptions.Default.DateFormat,
            Separator = options.Separator ?? CodedExtractOptions.Default.Separator,
        };
        string folder = options.OutputFolder;

        CodedActivityPartial partial;
        long skipped;
        IReadOnlyList<BadRow> badRows;
        await using (var stream = new FileStream(options.Input, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
        {
            var progress = new ProgressBar("rows", stream);
            try
            {
                using CodedExtractReader extract = CodedExtract.Open(stream, extractOptions);
                partial = CodedActivity.Aggregate(extract, PeriodKind.Quarter, progress);
                skipped = extract.RowsSkipped;
                badRows = [.. extract.BadRows.Take(5)];
            }
            finally
            {
                progress.Done();
            }
        }

        CodedActivityReport coded = CodedActivity.Report(partial, new CodedActivityOptions(practices.Networks, practices.ListSizes));
        var report = new Report("Coded social prescribing activity: " + Path.GetFileName(options.Input), options.Policy);
        report.Summary = string.Create(CultureInfo.InvariantCulture, $"Read {coded.RowsRead:N0} rows from {Path.GetFileName(options.Input)} ({coded.IgnoredRows:N0} with other codes, ignored)")
            + (skipped > 0 ? string.Create(CultureInfo.InvariantCulture, $"; bad rows skipped: {skipped:N0} (first: {string.Join(" ", badRows)})") : "")
            + string.Create(CultureInfo.InvariantCulture, $"; {coded.Groups.Count:N0} groups of practice or PCN and quarter.");
        report.PublishedSummary = $"Rows read from {Path.GetFileName(options.Input)}: {options.Policy.PublishCount(coded.RowsRead).Text}, of which with other codes (ignored): {options.Policy.PublishCount(coded.IgnoredRows).Text}"
            + (skipped > 0 ? $"; bad rows skipped: {options.Policy.PublishCount(skipped).Text}." : ".");
        if (coded.UnmappedPractices.Count > 0)
        {
            report.Notes.Add($"{coded.UnmappedPractices.Count} practices are in no PCN (not in the practices file): they are counted at practice level only.");
        }

        PublishedTable practiceTable = options.Policy.Apply(Table(coded, CodedActivityLevel.Practice, practices, "Coded social prescribing activity by practice and quarter"));
        PublishedTable pcnTable = options.Policy.Apply(Table(coded, CodedActivityLevel.PrimaryCareNetwork, practices, "Coded social prescribing activity by PCN and quarter"));
        foreach ((PublishedTable table, string name) in new[] { (practiceTable, "practices"), (pcnTable, "pcns") })
        {
            await PublishedTableFiles.WriteCsvAsync(table, Path.Combine(folder, name + ".csv"));
            await PublishedTableFiles.WriteParquetAsync(table, Path.Combine(folder, name + ".parquet"));
            report.Files.AddRange([name + ".csv", name + ".csv" + PublishedTableFiles.DisclosureFileSuffix, name + ".parquet", name + ".parquet" + PublishedTableFiles.DisclosureFileSuffix]);
        }

        CodesChart(coded, options.Policy, report, folder);
        ShareChart(practiceTable, report, folder);
        return report;
    }

    /// <summary>Lays one level's figures out as a table that disclosure control can be applied to.</summary>
    private static OutcomeTable Table(CodedActivityReport coded, CodedActivityLevel level, Practices practices, string title)
    {
        var rows = new List<OutcomeRow>();
        foreach (CodedActivityFigures f in coded.Groups.Where(g => g.Level == level))
        {
            string[] labels = level == CodedActivityLevel.Practice
                ? [f.Organisation.ToString(), practices.Networks.TryGetValue(f.Organisation, out OdsCode pcn) ? pcn.ToString() : "Unknown PCN", f.Period.ToString()]
                : [f.Organisation.ToString(), f.Period.ToString()];
            rows.Add(OutcomeRow.Create(labels,
            [
                OutcomeCell.Count(f.OfferedCodes),
                OutcomeCell.Count(f.DeclinedCodes),
                OutcomeCell.Count(f.ReferredCodes),
                OutcomeCell.Count(f.OfferedPeople),
                OutcomeCell.Count(f.DeclinedPeople),
                OutcomeCell.Count(f.ReferredPeople),
                OutcomeCell.Count(f.People),
                OutcomeCell.Count(f.NewlyReferredPeople),
                f.ListSize is long size ? OutcomeCell.Count(size) : OutcomeCell.NotApplicable,
                f.ListSize is long list ? OutcomeCell.Percentage(f.ReferredPeople, list, decimals: 2) : OutcomeCell.NotApplicable,
            ]));
        }

        string[] headers = level == CodedActivityLevel.Practice ? ["Practice", "PCN", "Period"] : ["PCN", "Period"];
        return OutcomeTable.Create(title, headers, Columns, rows);
    }

    /// <summary>Rows with each of the three codes per quarter, over every practice (counts as published).</summary>
    private static void CodesChart(CodedActivityReport coded, DisclosurePolicy policy, Report report, string folder)
    {
        ReportingPeriod[] periods = [.. coded.Groups.Where(g => g.Level == CodedActivityLevel.Practice).Select(g => g.Period).Distinct().Order()];
        using var plot = new Plot();
        (string Name, Func<CodedActivityFigures, long> Of)[] series =
        [
            ("Referred (871731000000106)", f => f.ReferredCodes),
            ("Offered (871691000000100)", f => f.OfferedCodes),
            ("Declined (871711000000103)", f => f.DeclinedCodes),
        ];
        for (int s = 0; s < series.Length; s++)
        {
            var bars = new List<Bar>();
            for (int p = 0; p < periods.Length; p++)
            {
                long count = coded.Groups.Where(g => g.Level == CodedActivityLevel.Practice && g.Period == periods[p]).Sum(series[s].Of);
                bars.Add(new Bar { Position = p + ((s - 1) * 0.27), Value = Charts.Published(policy, count) ?? 0, Size = 0.25, FillColor = Charts.ColorOf(s) });
            }

            plot.Add.Bars(bars).LegendText = series[s].Name;
        }

        Charts.Categories(plot, [.. periods.Select(p => p.ToString())], rotate: periods.Length > 8);
        plot.ShowLegend(Edge.Right);
        Charts.FromZero(plot);
        plot.Title("Social prescribing codes recorded per quarter");
        plot.YLabel("Codes recorded");
        Charts.Save(plot, report, folder, "codes-by-quarter.png", "Rows with each social prescribing code, per quarter, all practices.", width: 1200);
    }

    /// <summary>The share of each practice's registered list referred in the latest quarter, from the published table.</summary>
    private static void ShareChart(PublishedTable table, Report report, string folder)
    {
        using var plot = new Plot();
        int share = table.IndexOfColumn("Share of list referred %");
        string? latest = table.Rows.Select(r => r.Labels[2]).Max(StringComparer.Ordinal);
        var points = table.Rows
            .Where(r => r.Labels[2] == latest && r.Cells[share].Value is not null)
            .Select(r => (Practice: r.Labels[0], Share: (double)r.Cells[share].Value!.Value))
            .OrderByDescending(p => p.Share)
            .ToList();
        if (points.Count == 0)
        {
            Charts.Note(plot, "No list sizes: give --practices with a list_size column to see the share of the list referred.");
            plot.HideAxesAndGrid();
        }
        else
        {
            plot.Add.Bars(points.Select((p, i) => new Bar { Position = i, Value = p.Share, FillColor = Charts.ColorOf(0), Size = 0.8 }).ToArray());
            if (points.Count <= 40)
            {
                Charts.Categories(plot, [.. points.Select(p => p.Practice)], rotate: true);
            }
            else
            {
                plot.XLabel($"{points.Count} practices, highest share first");
            }

            double median = points[points.Count / 2].Share;
            plot.Add.HorizontalLine(median, 1, Charts.ColorOf(3), LinePattern.Dashed).LegendText = $"Middle practice {median:0.00}%";
            plot.ShowLegend(Alignment.UpperRight);
        }

        Charts.FromZero(plot);
        plot.Title($"Share of the registered list referred, per practice, {latest}");
        plot.YLabel("People referred / list size (%)");
        Charts.Save(plot, report, folder, "list-share-by-practice.png", $"People referred (871731000000106) in {latest} as a share of each practice's registered list, as published.");
    }
}

/// <summary>The pseudonymisation secret: from a file the user names, or an environment variable; never from the command line.</summary>
internal static class Secret
{
    /// <exception cref="ExpectedException">No secret is given, or it is shorter than 32 bytes.</exception>
    public static PersonKeyHasher Hasher(AppOptions options)
    {
        byte[] secret;
        if (options.SecretFile is not null)
        {
            secret = File.ReadAllBytes(options.SecretFile);
            int length = secret.Length;
            while (length > 0 && secret[length - 1] is (byte)'\n' or (byte)'\r')
            {
                length--;
            }

            Array.Resize(ref secret, length);
        }
        else if (Environment.GetEnvironmentVariable(AppOptions.SecretVariable) is { Length: > 0 } text)
        {
            secret = Encoding.UTF8.GetBytes(text);
        }
        else
        {
            throw new ExpectedException($"the episode-level table needs a secret for the pseudonyms: set {AppOptions.SecretVariable} or give --secret-file <file> (at least {PersonKeyHasher.MinimumSecretLength} bytes), or leave the table out with --no-episode-table.");
        }

        try
        {
            return secret.Length >= PersonKeyHasher.MinimumSecretLength
                ? new PersonKeyHasher(secret)
                : throw new ExpectedException($"the pseudonymisation secret is {secret.Length} bytes: it needs at least {PersonKeyHasher.MinimumSecretLength}.");
        }
        finally
        {
            Array.Clear(secret);
        }
    }
}

/// <summary>The --check mode: figures worked out by hand, compared with the files the run wrote.</summary>
internal static class Checks
{
    /// <summary>Checks each line of the expected file (file,row,column,expected,how) against the output folder.</summary>
    /// <returns>Whether every figure holds.</returns>
    public static async Task<bool> RunAsync(string expectedFile, string folder)
    {
        var lines = new List<(string File, string Row, string Column, string Expected, string How)>();
        using (SepReader expected = Sep.Reader(o => o with { Unescape = true }).FromFile(expectedFile))
        {
            foreach (SepReader.Row line in expected)
            {
                lines.Add((line["file"].ToString(), line["row"].ToString(), line["column"].ToString(), line["expected"].ToString(), line["how"].ToString()));
            }
        }

        int passed = 0;
        var failures = new List<string>();
        foreach ((string file, string row, string column, string want, string how) in lines)
        {
            string? got = await ActualAsync(Path.Combine(folder, file), row, column);
            if (got == want)
            {
                passed++;
            }
            else
            {
                failures.Add($"  {file} [{row}] '{column}': expected {want}, got {got ?? "(no such row or column)"}; worked as: {how}");
            }
        }

        Console.WriteLine($"check: {passed} of {passed + failures.Count} figures hold ({Path.GetFileName(expectedFile)}).");
        foreach (string failure in failures)
        {
            Console.WriteLine(failure);
        }

        return failures.Count == 0 && passed > 0;
    }

    /// <summary>
    /// A figure of a written file: for a .csv, the cell in the column whose row starts with the labels in <paramref name="row"/>
    /// (separated by " | "); for a .parquet, its number of rows (column "rows").
    /// </summary>
    private static async Task<string?> ActualAsync(string path, string row, string column)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        if (path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase))
        {
            await using ParquetReader parquet = await ParquetReader.CreateAsync(path);
            return column == "rows" ? parquet.Metadata!.NumRows.ToString(CultureInfo.InvariantCulture) : null;
        }

        string[] labels = row.Split(" | ");
        using SepReader reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        if (!reader.Header.TryIndexOf(column, out int index))
        {
            return null;
        }

        foreach (SepReader.Row r in reader)
        {
            bool match = labels.Length <= r.ColCount;
            for (int i = 0; match && i < labels.Length; i++)
            {
                match = r[i].ToString() == labels[i];
            }

            if (match)
            {
                return r[index].ToString();
            }
        }

        return null;
    }
}

/// <summary>
/// NHS Digital's numbers of patients registered at a GP practice by five-year age band and sex (the file
/// gp-reg-pat-prac-quin-age.csv of "Patients Registered at a GP Practice"): the denominators of the equity page's rates.
/// </summary>
internal static class Registered
{
    /// <summary>Reads ORG_CODE, SEX (MALE, FEMALE) and AGE_GROUP_5 (0_4 ... 95+) with NUMBER_OF_PATIENTS; the ALL rows are totals and are skipped.</summary>
    /// <returns>The population split by age band and stated gender; null without a file.</returns>
    /// <exception cref="ExpectedException">A column is missing, or a cell is not what the file's documentation says.</exception>
    public static RegisteredPopulation? Read(string? path)
    {
        if (path is null)
        {
            return null;
        }

        string name = Path.GetFileName(path);
        using SepReader reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        string[] columns = ["ORG_CODE", "SEX", "AGE_GROUP_5", "NUMBER_OF_PATIENTS"];
        int[] at = [.. columns.Select(c => reader.Header.TryIndexOf(c, out int i) ? i : throw new ExpectedException($"{name}: the header needs the columns {string.Join(", ", columns)} (NHS Digital's gp-reg-pat-prac-quin-age file)."))];
        var counts = new List<RegisteredCount>();
        foreach (SepReader.Row row in reader)
        {
            string line = row.LineNumberFrom.ToString(CultureInfo.InvariantCulture);
            string sex = row[at[1]].ToString(), age = row[at[2]].ToString();
            if (sex == "ALL" || age == "ALL")
            {
                continue;
            }

            StatedGender gender = sex switch
            {
                "MALE" => StatedGender.Male,
                "FEMALE" => StatedGender.Female,
                _ => throw new ExpectedException($"{name}, line {line}: SEX is MALE, FEMALE or ALL."),
            };
            if (!OdsCode.TryParse(row[at[0]].ToString(), out OdsCode practice)
                || !DemographicCodes.TryParseAgeBand(age, out AgeBand band)
                || !long.TryParse(row[at[3]].Span, NumberStyles.None, CultureInfo.InvariantCulture, out long people))
            {
                throw new ExpectedException($"{name}, line {line}: ORG_CODE is an ODS code, AGE_GROUP_5 a band (0_4 to 90_94, 95+) and NUMBER_OF_PATIENTS a whole number.");
            }

            counts.Add(new RegisteredCount(practice, new OutcomeGroupKey(null, null, null, null, ageBand: band, statedGender: gender), people));
        }

        return RegisteredPopulation.Create(OutcomeDimensions.AgeBand | OutcomeDimensions.StatedGender, counts);
    }
}

/// <summary>
/// The equity page (equity.html): who is offered, referred and declines, by age band, stated gender, ethnic group and
/// deprivation quintile; rates per 1,000 registered with Wilson 95% intervals where the registered population is known,
/// shares of all people otherwise; the share of offers declined. Every figure is published under the policy first.
/// </summary>
internal static class EquityPage
{
    public static readonly (OutcomeDimensions Dimension, string Name, string File)[] Breakdowns =
    [
        (OutcomeDimensions.AgeBand, "age band", "equity-age-band"),
        (OutcomeDimensions.StatedGender, "stated gender", "equity-stated-gender"),
        (OutcomeDimensions.EthnicGroup, "ethnic group", "equity-ethnic-group"),
        (OutcomeDimensions.DeprivationQuintile, "deprivation quintile (IMD)", "equity-deprivation-quintile"),
    ];

    private static readonly (EquityRate Rate, string Word)[] Rates = [(EquityRate.Offered, "offered"), (EquityRate.Referred, "referred"), (EquityRate.Declined, "declined")];

    public static async Task WriteAsync(EquityReport[] reports, AppOptions options, Report main)
    {
        string folder = options.OutputFolder;
        var page = new Report("Who is offered, referred and declines: " + Path.GetFileName(options.Input), options.Policy)
        {
            PublishedSummary = "People are counted once per group however many episodes they have. Offered, referred and declined are the episodes coded "
                + "871691000000100, 871731000000106 and 871711000000103. Rates are per 1,000 registered people, with 95% intervals by the Wilson score "
                + "method, where the registered population is known (age band and stated gender, from NHS Digital's registered patients file given "
                + "with --registered); otherwise each group's share of all the people offered, referred or declined, with its Wilson interval. "
                + "'Not recorded' is a group of its own (docs/demographics.md).",
        };
        for (int i = 0; i < reports.Length; i++)
        {
            (_, string name, string file) = Breakdowns[i];
            PublishedTable table = options.Policy.Apply(reports[i].ToTable());
            await PublishedTableFiles.WriteCsvAsync(table, Path.Combine(folder, file + ".csv"));
            page.Files.AddRange([file + ".csv", file + ".csv" + PublishedTableFiles.DisclosureFileSuffix]);
            RatesChart(table, reports[i].HasRates, name, file, page, folder);
            DeclinedTable(table, name, page);
        }

        string html = Path.Combine(folder, "equity.html");
        string partial = html + ".tmp";
        await File.WriteAllTextAsync(partial, page.ToHtml(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(partial, html, overwrite: true);
        main.Files.AddRange([.. page.Files, "equity.html"]);
        main.Notes.Add("The equity page (equity.html) breaks offers, referrals and declines down by age band, stated gender, ethnic group and deprivation quintile, with intervals.");
    }

    /// <summary>Offered, referred and declined per group, as grouped bars with their Wilson intervals as lines, from the published table.</summary>
    private static void RatesChart(PublishedTable table, bool rates, string name, string file, Report page, string folder)
    {
        using var plot = new Plot();
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        int[] rows = [.. Enumerable.Range(0, table.Rows.Count).Where(r => !table.Rows[r].IsTotal)];
        var intervals = new List<(double X, double Low, double High)>();
        for (int s = 0; s < Rates.Length; s++)
        {
            string column = EquityReport.MeasureColumn(Rates[s].Rate, rates);
            var bars = new List<Bar>();
            for (int g = 0; g < rows.Length; g++)
            {
                double x = (g * (Rates.Length + 1)) + s;
                if (table[rows[g], column].Value is decimal value)
                {
                    bars.Add(new Bar { Position = x, Value = (double)value, FillColor = Charts.ColorOf(s), Size = 0.9 });
                    if (table[rows[g], column + ": 95% CI lower (Wilson)"].Value is decimal lo && table[rows[g], column + ": 95% CI upper (Wilson)"].Value is decimal hi)
                    {
                        intervals.Add((x, (double)lo, (double)hi));
                    }
                }
            }

            plot.Add.Bars(bars).LegendText = Rates[s].Word;
        }

        // The intervals over the bars, drawn after them so the whole line shows.
        foreach ((double x, double low, double high) in intervals)
        {
            var line = plot.Add.Line(x, low, x, high);
            line.LineColor = Colors.Black;
            line.LineWidth = 1.5f;
        }

        for (int g = 0; g < rows.Length; g++)
        {
            ticks.AddMajor((g * (Rates.Length + 1)) + 1, table.Rows[rows[g]].Labels[0]);
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        if (rows.Length > 10)
        {
            // Many groups (the age bands): labels turned, with room kept below the axis for the longest.
            plot.Axes.Bottom.TickLabelStyle.Rotation = 45;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
            plot.Axes.Bottom.MinimumSize = 90;
        }

        plot.ShowLegend(Alignment.UpperRight);
        Charts.FromZero(plot);
        plot.Title(rates ? $"People offered, referred and declined per 1,000 registered, by {name}" : $"Share of the people offered, referred and declined, by {name}");
        plot.YLabel(rates ? "People per 1,000 registered" : "% of all such people");
        Charts.Save(plot, page, folder, file + ".png", $"By {name}: " + (rates ? "rates per 1,000 registered" : "shares of all people (no registered population for this breakdown)") + " with 95% Wilson intervals (black lines); a missing bar is suppressed or not applicable.", width: 1200);
    }

    /// <summary>The offers made and the share declined, per group, as published.</summary>
    private static void DeclinedTable(PublishedTable table, string name, Report page)
    {
        var rows = table.Rows.Select((row, r) => new[]
        {
            row.Labels[0],
            table[r, "Offers"].Text,
            table[r, "Offers declined"].Text,
            table[r, "Offers declined %"].Text,
            table[r, "Offers declined %: 95% CI lower (Wilson)"].Text + " to " + table[r, "Offers declined %: 95% CI upper (Wilson)"].Text,
        }).ToList();
        page.Tables.Add(($"Offers declined, by {name}", [char.ToUpperInvariant(name[0]) + name[1..], "Offers", "Declined", "Declined %", "95% CI (Wilson)"], rows));
    }
}
