using System.Globalization;
using System.Text;
using SocialPrescribing.Measures;
using SocialPrescribing.Outcomes;
using SocialPrescribing.Outcomes.Testing;
using SocialPrescribing.Referrals;
using SocialPrescribing.Referrals.Testing;

namespace SocialPrescribing.Analytics.Tests;

/// <summary>The episode-level table, read back by DuckDB: each row is the episode's summary, and SQL over the rows gives the library's figures.</summary>
public sealed class EpisodeTableFilesTests : IDisposable
{
    private static readonly EpisodeOutcomeOptions Options = new() { PracticeNetworks = SyntheticEpisodes.PracticeNetworks };

    private readonly string _folder = Directory.CreateTempSubdirectory("sp-episodes-").FullName;
    private readonly PersonKeyHasher _hasher = new(Encoding.UTF8.GetBytes("a secret of at least thirty-two bytes, for the tests"));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        _hasher.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task EveryRow_IsTheEpisodesSummary_WithThePersonPseudonymised()
    {
        Episode[] episodes = [.. SyntheticEpisodes.Generate(2_000, 2026)];
        string path = Path.Combine(_folder, "episodes.parquet");

        long written = await EpisodeTableFiles.WriteParquetAsync(episodes.ToAsyncEnumerable(), path, _hasher, Options, Token);

        Assert.Equal(episodes.Length, written);
        List<string?[]> rows = Duck.Query($"SELECT * FROM read_parquet('{path}')", out string[] names);
        Assert.Equal(EpisodeTableFiles.ColumnNames, names);
        Assert.Equal(episodes.Length, rows.Count);
        for (int i = 0; i < episodes.Length; i++)
        {
            Assert.Equal(Expected(episodes[i]), rows[i]);
        }
    }

    /// <summary>
    /// Oracle: the library's PCN-by-quarter dashboard (every column, every group and the total row) against the SQL that
    /// docs/analytics.md gives analysts (docs/sql/pcn-quarter-dashboard.sql), run by DuckDB over the written file.
    /// </summary>
    [Fact]
    public async Task TheDashboardSql_GivesTheLibrarysTable_CellForCell()
    {
        // With waits on either side of the counters' limit (10,000 days in range, 10,001 out of it), in one group.
        Episode[] episodes = [.. SyntheticEpisodes.Generate(5_000, 7), Waited(10_000, 1), Waited(10_001, 2), Waited(10_001, 3)];
        string path = Path.Combine(_folder, "episodes.parquet");
        await EpisodeTableFiles.WriteParquetAsync(episodes.ToAsyncEnumerable(), path, _hasher, Options, Token);
        EpisodeOutcomeAggregate aggregate = EpisodeOutcomes.Aggregate(episodes, Options, cancellationToken: Token);
        Assert.Equal(2, aggregate.Total().WaitingDays.OutOfRange);
        OutcomeTable table = aggregate.ToTable();

        List<string?[]> rows = Duck.Query(DashboardSql(path), out string[] names);

        Assert.Equal(table.Rows.Count, rows.Count);
        Assert.Equal(2 + table.Columns.Count - 5, names.Length); // the labels, then the columns, where five intervals' two bounds are one sd each
        foreach (string?[] row in rows)
        {
            int r = row[0] == "All" ? aggregate.Keys.Count : IndexOf(aggregate, row);
            int sql = 2;
            for (int c = 0; c < table.Columns.Count; c++, sql++)
            {
                OutcomeCell cell = table[r, c];
                string where = $"{table.Rows[r].Labels[0]} {table.Rows[r].Labels[1]}, {table.Columns[c].Name} (SQL {names[sql]})";
                if (table.Columns[c].Name.EndsWith("95% CI lower", StringComparison.Ordinal))
                {
                    // The interval from the SQL's n, mean and sd, with the t quantile supplied.
                    (decimal? lower, decimal? upper) = Interval(row[sql - 2], row[sql - 1], row[sql]);
                    AssertClose(cell, lower, where);
                    AssertClose(table[r, c + 1], upper, where);
                    c++;
                    continue;
                }

                switch (cell.Kind)
                {
                    case OutcomeCellKind.Count:
                        Assert.True(cell.CountValue.ToString(CultureInfo.InvariantCulture) == row[sql], $"{where}: library {cell.CountValue}, SQL {row[sql]}");
                        break;
                    case OutcomeCellKind.Percentage:
                        Assert.True(Math.Abs(((double)cell.Numerator / cell.Denominator) - Number(row[sql])!.Value) < 1e-12, $"{where}: library {cell}, SQL {row[sql]}");
                        break;
                    case OutcomeCellKind.Statistic:
                        Assert.True(Shown(cell.StatisticValue, cell.Decimals) == Shown((decimal)Number(row[sql])!.Value, cell.Decimals), $"{where}: library {cell.StatisticValue}, SQL {row[sql]}");
                        break;
                    default:
                        Assert.True(row[sql] is null, $"{where}: not applicable in the library, SQL {row[sql]}");
                        break;
                }
            }

            Assert.Equal(names.Length, sql);
        }
    }

    [Fact]
    public async Task MoreEpisodesThanARowGroup_AreWrittenEachOnce()
    {
        Episode[] episodes = [.. SyntheticEpisodes.Generate(EpisodeTableFiles.RowGroupSize + 3, 5)];
        string path = Path.Combine(_folder, "episodes.parquet");

        long written = await EpisodeTableFiles.WriteParquetAsync(episodes.ToAsyncEnumerable(), path, _hasher, Options, Token);

        Assert.Equal(episodes.Length, written);
        Assert.Equal([episodes.Length.ToString(CultureInfo.InvariantCulture), episodes.Count(e => e.State == EpisodeState.Closed).ToString(CultureInfo.InvariantCulture)], Duck.Query($"SELECT count(*), count(*) FILTER (WHERE state = 'closed') FROM read_parquet('{path}')", out _).Single());
        Assert.Equal(["2"], Duck.Query($"SELECT count(DISTINCT row_group_id) FROM parquet_metadata('{path}')", out _).Single());
    }

    [Fact]
    public void Columns_AreTheDocumentedOnes()
    {
        // Written out: the SQL of analysts depends on these names, so a change must be deliberate (docs/analytics.md).
        string[] ons4 = [.. new[] { "life_satisfaction", "worthwhile", "happiness", "anxiety" }.SelectMany(i => new[] { $"ons4_{i}_baseline", $"ons4_{i}_follow_up" })];
        string[] expected =
        [
            "person_key", "practice", "primary_care_network", "period_start", "referral_source",
            "age_band", "stated_gender", "ethnic_category", "ethnic_group", "deprivation_decile", "deprivation_quintile", "state", "closure_reason",
            "days_to_first_contact", "attended_contacts", "minutes_with_person", "connections",
            "coded_offered", "coded_declined", "coded_referred", "escalations",
            "escalations_to_gp_supervisor", "escalations_to_gp", "escalations_to_other_health_professional", "escalations_to_identified_individual",
            "escalations_to_local_authority_safeguarding_team", "escalations_to_emergency_services",
            "satisfaction", .. ons4, "pam_baseline", "pam_follow_up", "pam_excluded_at_level4",
        ];
        Assert.Equal(expected, EpisodeTableFiles.ColumnNames);
        string docs = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "sql", "analytics.md"));
        Assert.All(expected.Where(c => !c.StartsWith("ons4_", StringComparison.Ordinal) && !c.StartsWith("escalations_to_", StringComparison.Ordinal)), c => Assert.Contains($"`{c}`", docs, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Writing_NeverResumesOnTheCallersContext()
    {
        Episode[] episodes = [.. SyntheticEpisodes.Generate(300, 3)];
        string path = Path.Combine(_folder, "episodes.parquet");
        Assert.Equal(0, await CallerContext.PostsDuring(() => EpisodeTableFiles.WriteParquetAsync(Slowly(episodes), path, _hasher, Options, Token)));
        Assert.Equal("300", Duck.Query($"SELECT count(*) FROM read_parquet('{path}')", out _).Single()[0]);

        static async IAsyncEnumerable<Episode> Slowly(IEnumerable<Episode> episodes)
        {
            foreach (Episode episode in episodes)
            {
                await Task.Delay(1).ConfigureAwait(false); // completes later, on the thread pool: each await of the stream resumes afresh
                yield return episode;
            }
        }
    }

    [Fact]
    public void TheDocsShowTheDashboardSql_AsTheTestsRunIt()
    {
        string docs = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "sql", "analytics.md"));
        Assert.Contains(DashboardSqlText, docs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_SaysItIsRecordLevel_AndHoldsNoNhsNumber()
    {
        Episode[] episodes = [.. SyntheticEpisodes.Generate(300, 11)];
        string path = Path.Combine(_folder, "episodes.parquet");
        await EpisodeTableFiles.WriteParquetAsync(episodes.ToAsyncEnumerable(), path, _hasher, new EpisodeOutcomeOptions { PeriodKind = PeriodKind.FinancialYear }, Token);

        List<string?[]> metadata = Duck.Query($"SELECT decode(key), decode(value) FROM parquet_kv_metadata('{path}') WHERE decode(key) IN ('data_classification', 'period_kind') ORDER BY 1", out _);
        Assert.Equal([[EpisodeTableFiles.ClassificationKey, EpisodeTableFiles.Classification], [EpisodeTableFiles.PeriodKindKey, "financialYear"]], metadata);

        string text = Encoding.Latin1.GetString(await File.ReadAllBytesAsync(path, Token));
        foreach (Episode episode in episodes)
        {
            if (episode.Person.NhsNumber is NhsNumber nhs)
            {
                Assert.DoesNotContain(nhs.UnmaskedValue, text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task NullArguments_AreRefusedByName_AndLeaveNoFile()
    {
        string path = Path.Combine(_folder, "episodes.parquet");
        IAsyncEnumerable<Episode> none = Array.Empty<Episode>().ToAsyncEnumerable();
        Assert.Equal("episodes", (await Assert.ThrowsAsync<ArgumentNullException>(() => EpisodeTableFiles.WriteParquetAsync(null!, path, _hasher, cancellationToken: Token))).ParamName);
        Assert.Equal("path", (await Assert.ThrowsAsync<ArgumentNullException>(() => EpisodeTableFiles.WriteParquetAsync(none, null!, _hasher, cancellationToken: Token))).ParamName);
        Assert.Equal("hasher", (await Assert.ThrowsAsync<ArgumentNullException>(() => EpisodeTableFiles.WriteParquetAsync(none, path, null!, cancellationToken: Token))).ParamName);
        Episode[] withNull = [.. SyntheticEpisodes.Generate(3, 1), null!];
        Assert.Equal("episodes", (await Assert.ThrowsAsync<ArgumentException>(() => EpisodeTableFiles.WriteParquetAsync(withNull.ToAsyncEnumerable(), path, _hasher, cancellationToken: Token))).ParamName);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    /// <summary>Episode <paramref name="n"/>, referred in the first quarter of 2025/26 and first seen <paramref name="days"/> later.</summary>
    private static Episode Waited(int days, int n)
        => new EpisodeScript(EpisodeId.Create(new Guid(n, 0, 0, new byte[8])), new NodaTime.LocalDate(2025, 4, 7), [
            new EpisodeCommand(EpisodeEventKind.Referred, 0, 1),
            new EpisodeCommand(EpisodeEventKind.Accepted, 0),
            new EpisodeCommand(EpisodeEventKind.ContactRecorded, days, 0)]).Episode!;

    private static string DashboardSql(string path)
        => $"CREATE VIEW episodes AS SELECT * FROM read_parquet('{path}');\n" + DashboardSqlText;

    private static string DashboardSqlText => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "sql", "pcn-quarter-dashboard.sql"));

    private static int IndexOf(EpisodeOutcomeAggregate aggregate, string?[] row)
    {
        OdsCode? network = row[0] == "Unknown PCN" ? null : OdsCode.Parse(row[0]!);
        var period = ReportingPeriod.Containing(PeriodKind.Quarter, NodaTime.LocalDate.FromDateTime(DateTime.Parse(row[1]!, CultureInfo.InvariantCulture)));
        int index = aggregate.Keys.ToList().IndexOf(new OutcomeGroupKey(network, null, null, period));
        Assert.True(index >= 0, $"SQL group {row[0]} {row[1]} is not one of the library's");
        return index;
    }

    /// <summary>mean -/+ t(0.975, n - 1) * sd / sqrt(n), as docs/analytics.md tells analysts to finish the interval.</summary>
    private static (decimal? Lower, decimal? Upper) Interval(string? n, string? mean, string? sd)
    {
        if (sd is null || long.Parse(n!, CultureInfo.InvariantCulture) < 2)
        {
            return (null, null);
        }

        long count = long.Parse(n!, CultureInfo.InvariantCulture);
        double half = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, count - 1, 0.975) * Number(sd)!.Value / Math.Sqrt(count);
        return ((decimal)(Number(mean)!.Value - half), (decimal)(Number(mean)!.Value + half));
    }

    private static void AssertClose(OutcomeCell cell, decimal? sql, string where)
    {
        if (cell.Kind == OutcomeCellKind.NotApplicable)
        {
            Assert.True(sql is null, $"{where}: not applicable in the library, SQL {sql}");
            return;
        }

        decimal unit = 1m / (decimal)Math.Pow(10, cell.Decimals);
        Assert.True(sql is decimal s && Math.Abs(Shown(cell.StatisticValue, cell.Decimals) - Shown(s, cell.Decimals)) <= unit, $"{where}: library {cell.StatisticValue}, SQL {sql}");
    }

    private static decimal Shown(decimal value, int decimals) => decimal.Round(value, decimals, MidpointRounding.AwayFromZero);

    private static double? Number(string? text) => text is null ? null : double.Parse(text, CultureInfo.InvariantCulture);

    private string?[] Expected(Episode episode)
    {
        EpisodeSummary s = EpisodeOutcomes.Summarise(episode, Options);
        string key = _hasher.Pseudonymise(episode.Person.NhsNumber is NhsNumber nhs ? nhs.UnmaskedValue : "local:" + episode.Person.LocalKey);
        string?[] ons4 = [.. new[] { Ons4Item.LifeSatisfaction, Ons4Item.Worthwhile, Ons4Item.Happiness, Ons4Item.Anxiety }
            .SelectMany(i => new[] { s.Ons4Baseline(i)?.Value.ToString(CultureInfo.InvariantCulture), s.Ons4FollowUp(i)?.Value.ToString(CultureInfo.InvariantCulture) })];
        return
        [
            key,
            s.Practice.ToString(),
            s.PrimaryCareNetwork?.ToString(),
            Convert.ToString(s.Period.Start.ToDateOnly(), CultureInfo.InvariantCulture),
            Camel(s.ReferralSource),
            s.AgeBand?.GetDisplayName(),
            s.StatedGender is StatedGender g ? DemographicCodes.StatedGenders.GetCode(g) : null,
            s.EthnicCategory is EthnicCategory e ? DemographicCodes.EthnicCategories.GetCode(e) : null,
            Camel(s.EthnicCategory?.GetGroup()),
            s.DeprivationDecile is DeprivationDecile d ? ((int)d).ToString(CultureInfo.InvariantCulture) : null,
            s.DeprivationDecile is DeprivationDecile q ? (((int)q + 1) / 2).ToString(CultureInfo.InvariantCulture) : null,
            Camel(s.State),
            Camel(s.ClosureReason),
            s.DaysToFirstContact?.ToString(CultureInfo.InvariantCulture),
            s.AttendedContacts.ToString(CultureInfo.InvariantCulture),
            s.MinutesWithPerson.ToString(CultureInfo.InvariantCulture),
            s.Connections.ToString(CultureInfo.InvariantCulture),
            s.CodedOffered.ToString(CultureInfo.InvariantCulture),
            s.CodedDeclined.ToString(CultureInfo.InvariantCulture),
            s.CodedReferred.ToString(CultureInfo.InvariantCulture),
            s.Escalations.ToString(CultureInfo.InvariantCulture),
            .. Enum.GetValues<EscalationRecipient>().Select(r => s.EscalationsTo(r).ToString(CultureInfo.InvariantCulture)),
            Camel(s.Satisfaction),
            .. ons4,
            s.PamBaseline?.Value.ToString("0.0", CultureInfo.InvariantCulture),
            s.PamFollowUp?.Value.ToString("0.0", CultureInfo.InvariantCulture),
            s.PamExcludedAtLevel4.ToString(CultureInfo.InvariantCulture),
        ];
    }

    /// <summary>An independent spelling of the JSON names: the member's name with its first letter lower-cased.</summary>
    private static string? Camel<TEnum>(TEnum? value)
        where TEnum : struct, Enum
        => value is TEnum v ? char.ToLowerInvariant(v.ToString()[0]) + v.ToString()[1..] : null;

    private static string? Camel<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => Camel((TEnum?)value);

    private static string? Rounded(decimal? value) => value?.ToString("0.000000", CultureInfo.InvariantCulture);

    private static string? Rounded(string? value) => value is null ? null : Rounded(decimal.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture));
}
