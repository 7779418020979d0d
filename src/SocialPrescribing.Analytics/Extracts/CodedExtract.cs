using SocialPrescribing.Outcomes;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Analytics;

/// <summary>
/// Reads coded GP activity extracts: CSV files of practice, pseudonymised person key, SNOMED CT code and date, one row
/// per code recorded (docs/analytics.md, "Coded extracts"), into the rows <see cref="CodedActivity"/> aggregates.
/// </summary>
/// <example>
/// <code>
/// using CodedExtractReader extract = CodedExtract.OpenFile("extract.csv", new CodedExtractOptions { BadRows = BadRowPolicy.Skip });
/// CodedActivityPartial partial = CodedActivity.Aggregate(extract, PeriodKind.Quarter);
/// Console.WriteLine($"{extract.RowsRead} rows read, {extract.RowsSkipped} skipped");
/// </code>
/// </example>
public static class CodedExtract
{
    /// <summary>Opens an extract file for reading, row by row.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Its layout and bad-row policy; <see cref="CodedExtractOptions.Default"/> when null.</param>
    /// <returns>A reader to enumerate once and dispose.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="BadRowException">The header lacks one of the four columns.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static CodedExtractReader OpenFile(string path, CodedExtractOptions? options = null)
    {
        Preconditions.CheckNotNull(path, nameof(path));
        return new CodedExtractReader(File.OpenRead(path), options ?? CodedExtractOptions.Default, leaveOpen: false);
    }

    /// <summary>Opens an extract in a stream for reading, row by row; the stream is left open.</summary>
    /// <param name="stream">The extract, UTF-8 (a byte-order mark is skipped).</param>
    /// <param name="options">Its layout and bad-row policy; <see cref="CodedExtractOptions.Default"/> when null.</param>
    /// <returns>A reader to enumerate once and dispose.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="BadRowException">The header lacks one of the four columns.</exception>
    public static CodedExtractReader Open(Stream stream, CodedExtractOptions? options = null)
    {
        // Stryker disable once Statement : without it, the CSV library refuses a null stream with the same exception and parameter name.
        Preconditions.CheckNotNull(stream, nameof(stream));
        return new CodedExtractReader(stream, options ?? CodedExtractOptions.Default, leaveOpen: true);
    }
}
