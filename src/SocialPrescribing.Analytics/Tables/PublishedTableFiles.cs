using nietras.SeparatedValues;
using Parquet;
using Parquet.Schema;
using SocialPrescribing.Outcomes;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Analytics;

/// <summary>
/// Writes published tables (disclosure control applied) to CSV and to Parquet, each with the disclosure policy's
/// description beside it, and each written safely (docs/analytics.md, "Published tables").
/// </summary>
/// <remarks>
/// <para>
/// CSV: one header line (the row headers, then the columns), then one line per row with each cell's published text,
/// so a suppressed cell reads <c>*</c> and a figure that does not apply <c>n/a</c>, exactly as <see cref="PublishedCell.Text"/>.
/// The policy's description is written to a text file beside it, named <c>&lt;file&gt;.disclosure.txt</c>.
/// </para>
/// <para>
/// Parquet: one string column per row header, then one decimal column per table column holding each cell's published
/// value (null where the cell is suppressed or does not apply), its scale the largest of its values'. The table's
/// title and the policy's description are in the file's key-value metadata (<c>title</c>, <c>disclosure_control</c>)
/// and in the text file beside it.
/// </para>
/// </remarks>
public static class PublishedTableFiles
{
    /// <summary>The key of the policy's description in a Parquet file's metadata.</summary>
    public const string DisclosureKey = "disclosure_control";

    /// <summary>The key of the table's title in a Parquet file's metadata.</summary>
    public const string TitleKey = "title";

    /// <summary>The ending added to a table file's name for the file beside it holding the policy's description.</summary>
    public const string DisclosureFileSuffix = ".disclosure.txt";

    /// <summary>Writes a published table to a CSV file, and its policy's description beside it.</summary>
    /// <param name="table">The table.</param>
    /// <param name="path">The CSV file to write or replace.</param>
    /// <param name="cancellationToken">Stops the writing; the files are then left as they were.</param>
    /// <returns>A task that completes when both files are in place.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">A file cannot be written.</exception>
    public static async Task WriteCsvAsync(PublishedTable table, string path, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(table, nameof(table));
        // Stryker disable once Statement : without it, Path.GetFullPath refuses a null path with the same exception and parameter name.
        Preconditions.CheckNotNull(path, nameof(path));
        await SafeFile.WriteAsync(path, (stream, _) => WriteCsv(table, stream), cancellationToken).ConfigureAwait(false);
        // Stryker disable once Boolean : the await before it resumed off the caller's context, so none is captured here.
        await WriteDisclosureAsync(table, path, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a published table to a Parquet file, and its policy's description beside it.</summary>
    /// <param name="table">The table.</param>
    /// <param name="path">The Parquet file to write or replace.</param>
    /// <param name="cancellationToken">Stops the writing; the files are then left as they were.</param>
    /// <returns>A task that completes when both files are in place.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">A file cannot be written.</exception>
    public static async Task WriteParquetAsync(PublishedTable table, string path, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(table, nameof(table));
        // Stryker disable once Statement : without it, Path.GetFullPath refuses a null path with the same exception and parameter name.
        Preconditions.CheckNotNull(path, nameof(path));
        await SafeFile.WriteAsync(path, (stream, token) => WriteParquetAsync(table, stream, token), cancellationToken).ConfigureAwait(false);
        // Stryker disable once Boolean : the await before it resumed off the caller's context, so none is captured here.
        await WriteDisclosureAsync(table, path, cancellationToken).ConfigureAwait(false);
    }

    private static Task WriteDisclosureAsync(PublishedTable table, string path, CancellationToken cancellationToken)
        => SafeFile.WriteAsync(
            path + DisclosureFileSuffix,
            async (stream, token) =>
            {
                var writer = new StreamWriter(stream, leaveOpen: true);
                // Stryker disable once Boolean : runs inside SafeFile's callback, on the thread pool, off the caller's context, where ConfigureAwait(true) resumes the same way.
                await using (writer.ConfigureAwait(false))
                {
                    // Stryker disable once Boolean : runs inside SafeFile's callback, on the thread pool, off the caller's context, where ConfigureAwait(true) resumes the same way.
                    await writer.WriteLineAsync(table.Title.AsMemory(), token).ConfigureAwait(false);
                    // Stryker disable once Boolean : runs inside SafeFile's callback, on the thread pool, off the caller's context, where ConfigureAwait(true) resumes the same way.
                    await writer.WriteLineAsync(table.Policy.Description.AsMemory(), token).ConfigureAwait(false);
                }
            },
            cancellationToken);

    private static Task WriteCsv(PublishedTable table, Stream stream)
    {
        using SepWriter writer = Sep.New(',').Writer(o => o with { Escape = true }).To(stream, leaveOpen: true);
        string[] names = ColumnNames(table);
        foreach (PublishedRow published in table.Rows)
        {
            using SepWriter.Row row = writer.NewRow();
            int column = 0;
            foreach (string label in published.Labels)
            {
                row[names[column++]].Set(label);
            }

            foreach (PublishedCell cell in published.Cells)
            {
                row[names[column++]].Set(cell.Text);
            }
        }

        return Task.CompletedTask;
    }

    private static async Task WriteParquetAsync(PublishedTable table, Stream stream, CancellationToken cancellationToken)
    {
        string[] names = ColumnNames(table);
        int headers = table.RowHeaders.Count;
        var fields = new List<DataField>(names.Length);
        for (int i = 0; i < names.Length; i++)
        {
            fields.Add(i < headers
                ? new DataField<string>(names[i])
                : new DecimalDataField(names[i], 28, Scale(table, i - headers), isNullable: true));
        }

        var schema = new ParquetSchema(fields);
        // Stryker disable once Boolean : runs inside SafeFile's callback, on the thread pool, off the caller's context, where ConfigureAwait(true) resumes the same way.
        ParquetWriter writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        // Stryker disable once Boolean : runs inside SafeFile's callback, on the thread pool, off the caller's context, where ConfigureAwait(true) resumes the same way.
        await using (writer.ConfigureAwait(false))
        {
            writer.CustomMetadata = new Dictionary<string, string>
            {
                [TitleKey] = table.Title,
                [DisclosureKey] = table.Policy.Description,
            };
            using ParquetRowGroupWriter group = writer.CreateRowGroup();
            for (int i = 0; i < names.Length; i++)
            {
                if (i < headers)
                {
                    string[] labels = [.. table.Rows.Select(r => r.Labels[i])];
                    // Stryker disable once Boolean : runs inside SafeFile's callback, on the thread pool, off the caller's context, where ConfigureAwait(true) resumes the same way.
                    await group.WriteAsync(fields[i], labels).ConfigureAwait(false);
                }
                else
                {
                    int column = i - headers;
                    decimal?[] values = [.. table.Rows.Select(r => r.Cells[column].Value)];
                    // Stryker disable once Boolean : runs inside SafeFile's callback, on the thread pool, off the caller's context, where ConfigureAwait(true) resumes the same way.
                    await group.WriteAsync(fields[i], new ReadOnlyMemory<decimal?>(values), cancellationToken: cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    private static int Scale(PublishedTable table, int column)
        => table.Rows.Select(r => r.Cells[column].Value).OfType<decimal>().Select(v => (int)v.Scale).DefaultIfEmpty(0).Max();

    private static string[] ColumnNames(PublishedTable table) => [.. table.RowHeaders, .. table.Columns.Select(c => c.Name)];
}
