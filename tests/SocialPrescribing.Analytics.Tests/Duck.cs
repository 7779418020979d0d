using System.Globalization;
using DuckDB.NET.Data;

namespace SocialPrescribing.Analytics.Tests;

/// <summary>DuckDB, the independent engine the tests read the files with.</summary>
internal static class Duck
{
    /// <summary>Runs a query in a fresh in-memory database.</summary>
    /// <param name="sql">The query.</param>
    /// <param name="names">The result's column names.</param>
    /// <returns>Each row's values as invariant text; null for SQL NULL.</returns>
    internal static List<string?[]> Query(string sql, out string[] names)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        names = [.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetName)];
        var rows = new List<string?[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))]);
        }

        return rows;
    }
}
