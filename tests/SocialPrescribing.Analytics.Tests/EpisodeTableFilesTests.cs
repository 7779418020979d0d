using System.Globalization;
using System.Text;
using SocialPrescribing.Measures;
using SocialPrescribing.Outcomes;
using SocialPrescribing.Outcomes.Testing;
using SocialPrescribing.Referrals;

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

    /// <summary>Oracle: the aggregation's own figures, group by group, against SQL an analyst would write (docs/analytics.md shows it).</summary>
    [Fact]
    public async Task SqlOverTheRows_GivesTheAggregatesFigures()
    {
        Episode[] episodes = [.. SyntheticEpisodes.Generate(5_000, 7)];
        string path = Path.Combine(_folder, "episodes.parquet");
        await EpisodeTableFiles.WriteParquetAsync(episodes.ToAsyncEnumerable(), path, _hasher, Options, Token);
        EpisodeOutcomeAggregate aggregate = EpisodeOutcomes.Aggregate(episodes, Options, cancellationToken: Token);

        List<string?[]> rows = Duck.Query(
            $"""
            SELECT primary_care_network, period_start,
                   count(*), count(*) FILTER (WHERE state = 'closed'), sum(attended_contacts), sum(minutes_with_person),
                   count(*) FILTER (WHERE escalated), count(days_to_first_contact),
                   quantile_cont(days_to_first_contact, 0.5), quantile_cont(days_to_first_contact, 0.9),
                   avg(ons4_life_satisfaction_baseline), count(ons4_anxiety_follow_up), count(pam_follow_up)
            FROM read_parquet('{path}')
            GROUP BY ALL
            ORDER BY ALL
            """,
            out _);

        Assert.Equal(aggregate.Keys.Count, rows.Count);
        foreach (string?[] row in rows)
        {
            var key = new OutcomeGroupKey(row[0] is null ? null : OdsCode.Parse(row[0]!), null, null, ReportingPeriod.Containing(PeriodKind.Quarter, NodaTime.LocalDate.FromDateTime(DateTime.Parse(row[1]!, CultureInfo.InvariantCulture))));
            GroupOutcomes want = aggregate[key];
            Assert.Equal(
                new long[] { want.Episodes, want.States[EpisodeState.Closed], want.AttendedContacts, want.MinutesWithPeople, want.EpisodesEscalated, want.WaitingDays.Count },
                row[2..8].Select(v => long.Parse(v!, CultureInfo.InvariantCulture)));
            Assert.Equal(Rounded(want.WaitingDays.Median), Rounded(row[8]));
            Assert.Equal(Rounded(want.WaitingDays.Percentile(90)), Rounded(row[9]));
            Assert.Equal(Rounded(want.Ons4Baseline(Ons4Item.LifeSatisfaction).Mean), Rounded(row[10]));
            Assert.Equal(want.Ons4FollowUp(Ons4Item.Anxiety).Count, long.Parse(row[11]!, CultureInfo.InvariantCulture));
            Assert.Equal(want.PamChange.Count, long.Parse(row[12]!, CultureInfo.InvariantCulture));
        }
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
            Camel(s.State),
            Camel(s.ClosureReason),
            s.DaysToFirstContact?.ToString(CultureInfo.InvariantCulture),
            s.AttendedContacts.ToString(CultureInfo.InvariantCulture),
            s.MinutesWithPerson.ToString(CultureInfo.InvariantCulture),
            s.Connections.ToString(CultureInfo.InvariantCulture),
            s.Escalated.ToString(CultureInfo.InvariantCulture),
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
