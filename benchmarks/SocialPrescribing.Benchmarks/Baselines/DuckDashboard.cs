using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using MathNet.Numerics.Distributions;
using SocialPrescribing.Analytics;
using SocialPrescribing.Outcomes;
using SocialPrescribing.Outcomes.Testing;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Benchmarks.Baselines;

/// <summary>
/// What an analyst would pick instead of the library: DuckDB running the dashboard's SQL (docs/sql/pcn-quarter-dashboard.sql,
/// copied beside the benchmarks) over the episode-level Parquet that <see cref="EpisodeTableFiles"/> writes. The SQL gives
/// each paired change's pairs, mean and standard deviation; the caller completes the 95% interval with the t quantile, as
/// the SQL's header says, so every figure of the library's table is computed.
/// </summary>
internal static class DuckDashboard
{
    private static readonly string[] Changes = ["life_satisfaction", "worthwhile", "happiness", "anxiety", "pam"];
    private static readonly ConcurrentDictionary<long, double> TQuantiles = new();

    /// <summary>Gets the dashboard's SQL.</summary>
    internal static string Sql { get; } = ReadSql();

    /// <summary>The secret the benchmarks pseudonymise person keys with (the Parquet holds no person's identifier anyway).</summary>
    internal static PersonKeyHasher Hasher() => new(Encoding.UTF8.GetBytes("benchmarks only: a secret of at least thirty-two bytes"));

    /// <summary>Writes the episode-level Parquet of the synthetic episodes (seed 2026), as the benchmarks' episodes.</summary>
    internal static async Task WriteParquetAsync(string path, int count, EpisodeOutcomeOptions options)
    {
        using PersonKeyHasher hasher = Hasher();
        await EpisodeTableFiles.WriteParquetAsync(SyntheticEpisodes.Generate(count, 2026).ToAsyncEnumerable(), path, hasher, options);
    }

    /// <summary>Opens an in-memory database where <c>episodes</c> is a view over the Parquet file, or a table loaded from it.</summary>
    /// <param name="parquet">The file.</param>
    /// <param name="load">Load the file into an in-memory table (warm, as episodes held in memory are) rather than read it at each query.</param>
    /// <param name="threads">DuckDB's threads; null for its default (every core).</param>
    internal static DuckDBConnection Open(string parquet, bool load, int? threads = null)
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        if (threads is int t)
        {
            Execute(connection, string.Create(CultureInfo.InvariantCulture, $"SET threads = {t}"));
        }

        Execute(connection, $"CREATE {(load ? "TABLE" : "VIEW")} episodes AS SELECT * FROM read_parquet('{parquet.Replace("'", "''", StringComparison.Ordinal)}')");
        return connection;
    }

    /// <summary>Runs the dashboard: every value of every row read, and each change's 95% interval added.</summary>
    /// <returns>The rows (the groups, then the total row), each the query's values then the intervals' bounds.</returns>
    internal static List<object?[]> Run(DuckDBConnection connection)
    {
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = Sql;
        using var reader = command.ExecuteReader();
        (int N, int Mean, int Sd)[] changes = [.. Changes.Select(c => (reader.GetOrdinal(c + "_pairs"), reader.GetOrdinal(c + "_mean_change"), reader.GetOrdinal(c + "_change_sd")))];
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            object?[] row = new object?[reader.FieldCount + (2 * changes.Length)];
            for (int i = 0; i < reader.FieldCount; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            int at = reader.FieldCount;
            foreach ((int n, int mean, int sd) in changes)
            {
                long pairs = Convert.ToInt64(row[n], CultureInfo.InvariantCulture);
                if (pairs >= 2 && row[mean] is not null && row[sd] is not null)
                {
                    double m = Convert.ToDouble(row[mean], CultureInfo.InvariantCulture);
                    double half = TQuantiles.GetOrAdd(pairs - 1, static df => StudentT.InvCDF(0, 1, df, 0.975)) * Convert.ToDouble(row[sd], CultureInfo.InvariantCulture) / Math.Sqrt(pairs);
                    row[at] = Math.Round(m - half, 2, MidpointRounding.AwayFromZero);
                    row[at + 1] = Math.Round(m + half, 2, MidpointRounding.AwayFromZero);
                }

                at += 2;
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Checks the query's groups and episodes against the library's (printed by the benchmarks' set-up).</summary>
    internal static bool Agrees(List<object?[]> rows, IReadOnlyList<Episode> episodes, EpisodeOutcomeOptions options)
    {
        EpisodeOutcomeAggregate aggregate = EpisodeOutcomes.Aggregate(episodes, options);
        GroupOutcomes total = aggregate.Total();
        object?[] all = rows[^1];
        int fields = all.Length - (2 * Changes.Length);
        decimal? pamLower = total.PamChange.ConfidenceInterval95?.Lower;
        return rows.Count == aggregate.Keys.Count + 1
            && Convert.ToInt64(all[2], CultureInfo.InvariantCulture) == aggregate.Episodes
            && Convert.ToInt64(all[fields - 3], CultureInfo.InvariantCulture) == total.Satisfaction.Total - total.Satisfaction[FriendsAndFamilyAnswer.DontKnow]
            && pamLower is decimal lower && Math.Abs((decimal)(double)all[^2]! - decimal.Round(lower, 2, MidpointRounding.AwayFromZero)) <= 0.01m;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string ReadSql()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "sql", "pcn-quarter-dashboard.sql");
        return File.Exists(path) ? File.ReadAllText(path) : string.Empty;
    }
}
