using System.Collections.Frozen;
using Parquet;
using Parquet.Schema;
using SocialPrescribing.Json;
using SocialPrescribing.Measures;
using SocialPrescribing.Outcomes;
using SocialPrescribing.Referrals;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Analytics;

/// <summary>
/// Writes the episode-level table: one row per episode with its figures as the aggregation counts them
/// (<see cref="EpisodeSummary"/>) and its person pseudonymised, to Parquet, written safely (docs/analytics.md,
/// "The episode-level table"). DuckDB, Spark and Databricks read it as it is, so an engine with only this file
/// computes the same figures as <see cref="EpisodeOutcomes"/>.
/// </summary>
/// <remarks>
/// <para>
/// Record-level data: the file's metadata says so under <see cref="ClassificationKey"/>, and it is not for publication
/// (publish the tables of <see cref="PublishedTableFiles"/>). It holds no free text, no name, no NHS number and no
/// episode id; the person is <c>person_key</c>, the <see cref="PersonKeyHasher"/> pseudonym of the NHS number's ten
/// digits (or of <c>local:</c> and the local key when the person has no NHS number).
/// </para>
/// <para>
/// Coded values (state, source, reasons, answers) are the names the JSON documents use, fixed for ever
/// (docs/json.md, "Enums"). Rows are written in row groups of <see cref="RowGroupSize"/>: memory stays flat in the
/// number of episodes.
/// </para>
/// </remarks>
public static class EpisodeTableFiles
{
    /// <summary>The key of the data's classification in the file's metadata.</summary>
    public const string ClassificationKey = "data_classification";

    /// <summary>The classification written under <see cref="ClassificationKey"/>.</summary>
    public const string Classification = "Record-level data, pseudonymised: not for publication. Publish only tables with disclosure control applied.";

    /// <summary>The key of the period kind (<c>month</c>, <c>quarter</c>, <c>financialYear</c>) in the file's metadata.</summary>
    public const string PeriodKindKey = "period_kind";

    /// <summary>The most rows in one row group.</summary>
    public const int RowGroupSize = 65_536;

    // Stryker disable String,Boolean : the column table's names are static, set once per test process before any mutant is active (the MTP runner reuses its test host, stryker-net#3742); EpisodeTableFilesTests.Columns_AreTheDocumentedOnes pins every name. Its lambdas run per row and stay mutated.
    private static readonly Column[] Columns =
    [
        new TextColumn("person_key", r => r.PersonKey),
        new TextColumn("practice", r => r.Summary.Practice.ToString()),
        new TextColumn("primary_care_network", r => r.Summary.PrimaryCareNetwork?.ToString()),
        new Column<DateOnly>("period_start", r => r.Summary.Period.Start.ToDateOnly()),
        new TextColumn("referral_source", r => Name(r.Summary.ReferralSource)),
        new TextColumn("age_band", r => Name(r.Summary.AgeBand)),
        new TextColumn("stated_gender", r => Name(r.Summary.StatedGender)),
        new TextColumn("ethnic_category", r => Name(r.Summary.EthnicCategory)),
        new TextColumn("ethnic_group", r => Name(r.Summary.EthnicCategory?.GetGroup())),
        new TextColumn("deprivation_decile", r => Name(r.Summary.DeprivationDecile)),
        new TextColumn("deprivation_quintile", r => Name(r.Summary.DeprivationDecile?.GetQuintile())),
        new TextColumn("state", r => Name(r.Summary.State)),
        new TextColumn("closure_reason", r => Name(r.Summary.ClosureReason)),
        new NullableColumn<int>("days_to_first_contact", r => r.Summary.DaysToFirstContact),
        new Column<int>("attended_contacts", r => r.Summary.AttendedContacts),
        new Column<long>("minutes_with_person", r => r.Summary.MinutesWithPerson),
        new Column<int>("connections", r => r.Summary.Connections),
        new Column<bool>("coded_offered", r => r.Summary.CodedOffered),
        new Column<bool>("coded_declined", r => r.Summary.CodedDeclined),
        new Column<bool>("coded_referred", r => r.Summary.CodedReferred),
        new Column<int>("escalations", r => r.Summary.Escalations),
        .. Enum.GetValues<EscalationRecipient>().Distinct().Select(to => new Column<int>("escalations_to_" + Snake(Name(to)), r => r.Summary.EscalationsTo(to))),
        new TextColumn("satisfaction", r => Name(r.Summary.Satisfaction)),
        .. Ons4Columns(Ons4Item.LifeSatisfaction, "life_satisfaction"),
        .. Ons4Columns(Ons4Item.Worthwhile, "worthwhile"),
        .. Ons4Columns(Ons4Item.Happiness, "happiness"),
        .. Ons4Columns(Ons4Item.Anxiety, "anxiety"),
        new NullableColumn<decimal>("pam_baseline", r => r.Summary.PamBaseline?.Value, new DecimalDataField("pam_baseline", 4, 1, isNullable: true)),
        new NullableColumn<decimal>("pam_follow_up", r => r.Summary.PamFollowUp?.Value, new DecimalDataField("pam_follow_up", 4, 1, isNullable: true)),
        new Column<bool>("pam_excluded_at_level4", r => r.Summary.PamExcludedAtLevel4),
    ];
    // Stryker restore all

    /// <summary>Gets the names of the table's columns, in order.</summary>
    public static IReadOnlyList<string> ColumnNames { get; } = [.. Columns.Select(c => c.Field.Name)];

    /// <summary>Writes the episode-level table of a stream of episodes (an episode file read with <see cref="JsonLines"/>, or a list through <c>ToAsyncEnumerable()</c>).</summary>
    /// <param name="episodes">The episodes; read once.</param>
    /// <param name="path">The Parquet file to write or replace.</param>
    /// <param name="hasher">Pseudonymises each person.</param>
    /// <param name="options">The period kind, networks and pairing, as for the aggregation; <see langword="null"/> for <see cref="EpisodeOutcomeOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the writing; the file is then left as it was.</param>
    /// <returns>The number of rows written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="episodes"/>, <paramref name="path"/> or <paramref name="hasher"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="episodes"/> contains null, or the options' follow-up window is not earliest &lt;= target &lt;= latest (checked with the first episode).</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static async Task<long> WriteParquetAsync(IAsyncEnumerable<Episode> episodes, string path, PersonKeyHasher hasher, EpisodeOutcomeOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(episodes, nameof(episodes));
        // Stryker disable once Statement : without it, Path.GetFullPath refuses a null path with the same exception and parameter name.
        Preconditions.CheckNotNull(path, nameof(path));
        Preconditions.CheckNotNull(hasher, nameof(hasher));
        options ??= EpisodeOutcomeOptions.Default;
        long rows = 0;
        await SafeFile.WriteAsync(
            path,
            async (stream, token) =>
            {
                var schema = new ParquetSchema(Columns.Select(c => c.Field));
                // Stryker disable once Boolean : runs inside SafeFile's callback, on the thread pool, off the caller's context, where ConfigureAwait(true) resumes the same way.
                ParquetWriter writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: token).ConfigureAwait(false);
                // Stryker disable once Boolean : runs inside SafeFile's callback, on the thread pool, off the caller's context, where ConfigureAwait(true) resumes the same way.
                await using (writer.ConfigureAwait(false))
                {
                    writer.CustomMetadata = new Dictionary<string, string>
                    {
                        [ClassificationKey] = Classification,
                        [PeriodKindKey] = Name(options.PeriodKind),
                    };
                    var batch = new List<Row>(RowGroupSize);
                    // Stryker disable once Boolean : runs inside SafeFile's callback, on the thread pool, off the caller's context, where ConfigureAwait(true) resumes the same way.
                    await foreach (Episode episode in episodes.WithCancellation(token).ConfigureAwait(false))
                    {
                        Preconditions.CheckArgument(episode is not null, nameof(episodes), AnalyticsMessages.NullEpisode);
                        batch.Add(new Row(PersonKeyOf(episode.Person, hasher), EpisodeOutcomes.Summarise(episode, options)));
                        if (batch.Count == RowGroupSize)
                        {
                            // Stryker disable once Boolean : runs inside SafeFile's callback, on the thread pool, off the caller's context, where ConfigureAwait(true) resumes the same way.
                            rows += await WriteGroupAsync(writer, batch, token).ConfigureAwait(false);
                        }
                    }

                    // Stryker disable once Boolean : runs inside SafeFile's callback, on the thread pool, off the caller's context, where ConfigureAwait(true) resumes the same way.
                    rows += await WriteGroupAsync(writer, batch, token).ConfigureAwait(false);
                }
            },
            cancellationToken).ConfigureAwait(false);
        return rows;
    }

    /// <summary>The text a person is pseudonymised from: the NHS number's ten digits, else <c>local:</c> and the local key.</summary>
    internal static string PersonKeyOf(PersonIdentifier person, PersonKeyHasher hasher)
        => hasher.Pseudonymise(person.NhsNumber is NhsNumber nhs ? nhs.UnmaskedValue : "local:" + person.LocalKey);

    private static async Task<int> WriteGroupAsync(ParquetWriter writer, List<Row> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        using (ParquetRowGroupWriter group = writer.CreateRowGroup())
        {
            foreach (Column column in Columns)
            {
                // Stryker disable once Boolean : runs inside SafeFile's callback, on the thread pool, off the caller's context, where ConfigureAwait(true) resumes the same way.
                await column.WriteAsync(group, batch, cancellationToken).ConfigureAwait(false);
            }
        }

        int written = batch.Count;
        batch.Clear();
        return written;
    }

    // Stryker disable once String : names built once, in the static column table, before any mutant is active (stryker-net#3742); pinned by EpisodeTableFilesTests.Columns_AreTheDocumentedOnes and the row test.
    private static Column[] Ons4Columns(Ons4Item item, string name) =>
    [
        new NullableColumn<int>($"ons4_{name}_baseline", r => r.Summary.Ons4Baseline(item)?.Value),
        new NullableColumn<int>($"ons4_{name}_follow_up", r => r.Summary.Ons4FollowUp(item)?.Value),
    ];

    /// <summary>A JSON name in snake case, as the columns are named: <c>gpSupervisor</c> gives <c>gp_supervisor</c>.</summary>
    // Stryker disable once all : built once, in the static column table, before any mutant is active (stryker-net#3742); pinned by EpisodeTableFilesTests.Columns_AreTheDocumentedOnes and the row test.
    private static string Snake(string camel) => string.Concat(camel.Select(c => char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString()));

    /// <summary>The JSON documents' name of a coded value (for example <c>gpPractice</c>).</summary>
    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => NamesOf<TEnum>.Table[value];

    private static string? Name<TEnum>(TEnum? value)
        where TEnum : struct, Enum
        => value is TEnum v ? Name(v) : null;

    private sealed record Row(string PersonKey, EpisodeSummary Summary);

    /// <summary>Each member's name, written once by the JSON package (a name is a JSON string of plain ASCII letters).</summary>
    private static class NamesOf<TEnum>
        where TEnum : struct, Enum
    {
        internal static readonly FrozenDictionary<TEnum, string> Table = Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => SocialPrescribingJson.Serialize(v)[1..^1]);
    }

    /// <summary>One column: its Parquet field and how a row gives its value.</summary>
    private abstract class Column(DataField field)
    {
        internal DataField Field { get; } = field;

        internal abstract Task WriteAsync(ParquetRowGroupWriter group, List<Row> rows, CancellationToken cancellationToken);
    }

    /// <summary>A column of values that are never null.</summary>
    private sealed class Column<T>(string name, Func<Row, T> value) : Column(new DataField<T>(name))
        where T : struct
    {
        internal override Task WriteAsync(ParquetRowGroupWriter group, List<Row> rows, CancellationToken cancellationToken)
            => group.WriteAsync(Field, new ReadOnlyMemory<T>([.. rows.Select(value)]), cancellationToken: cancellationToken);
    }

    /// <summary>A column of values that may be null.</summary>
    // Stryker disable once NullCoalescing : fields built once, in the static column table, before any mutant is active (stryker-net#3742); pinned by EpisodeTableFilesTests.Columns_AreTheDocumentedOnes and the row test.
    private sealed class NullableColumn<T>(string name, Func<Row, T?> value, DataField? field = null) : Column(field ?? new DataField<T?>(name))
        where T : struct
    {
        internal override Task WriteAsync(ParquetRowGroupWriter group, List<Row> rows, CancellationToken cancellationToken)
            => group.WriteAsync(Field, new ReadOnlyMemory<T?>([.. rows.Select(value)]), cancellationToken: cancellationToken);
    }

    /// <summary>A column of text, null where absent.</summary>
    private sealed class TextColumn(string name, Func<Row, string?> value) : Column(new DataField<string>(name))
    {
        internal override Task WriteAsync(ParquetRowGroupWriter group, List<Row> rows, CancellationToken cancellationToken)
        {
            string[] texts = [.. rows.Select(value)!];
            return group.WriteAsync(Field, texts);
        }
    }
}
