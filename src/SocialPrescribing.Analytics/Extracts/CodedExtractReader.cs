using System.Collections;
using System.Globalization;
using nietras.SeparatedValues;
using NodaTime;
using SocialPrescribing.Outcomes;

namespace SocialPrescribing.Analytics;

/// <summary>
/// The rows of one coded extract, read as they are enumerated (once), with the bad rows counted under
/// <see cref="BadRowPolicy.Skip"/>. Made by <see cref="CodedExtract.OpenFile(string, CodedExtractOptions?)"/>.
/// </summary>
/// <remarks>
/// Cells are parsed from the CSV library's buffers without a string, apart from the person key each row keeps. Errors
/// name the line, the column and the rule, never a cell: the person key column holds an identifier, and a misplaced
/// cell may too. The CSV library's own errors (a ragged row, a quote never closed) quote the row, so ragged rows are
/// checked here and the library's other errors are replaced by this package's.
/// </remarks>
/// <threadsafety>Not thread-safe: one reader, one enumeration.</threadsafety>
public sealed class CodedExtractReader : IEnumerable<CodedActivityRow>, IDisposable
{
    private readonly SepReader _reader;
    private readonly CodedExtractOptions _options;
    private readonly int _practice;
    private readonly int _personKey;
    private readonly int _code;
    private readonly int _date;
    private readonly int _columns;
    private readonly int _ageBand;
    private readonly int _statedGender;
    private readonly int _ethnicCategory;
    private readonly int _deprivationDecile;

    /// <summary>Whether any demographic column is read: without one, a row carries no demographics and none is built.</summary>
    private readonly bool _readsDemographics;
    private readonly List<BadRow> _badRows = [];
    private bool _enumerated;
    private long _nextLine = 2;

    internal CodedExtractReader(Stream stream, CodedExtractOptions options, bool leaveOpen)
    {
        _options = options;
        try
        {
            _reader = Sep.New(options.Separator)
                .Reader(o => o with { Unescape = true, DisableColCountCheck = true, CultureInfo = CultureInfo.InvariantCulture })
                .From(stream, leaveOpen);
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException)
        {
            // Stryker disable once Statement : the CSV library disposes a stream it was not told to leave open when it cannot read it; this makes sure.
            DisposeStream(stream, leaveOpen);
            throw Unreadable(1);
        }

        try
        {
            _practice = IndexOf(options.PracticeColumn);
            _personKey = IndexOf(options.PersonKeyColumn);
            _code = IndexOf(options.CodeColumn);
            _date = IndexOf(options.DateColumn);
            _ageBand = options.AgeBandColumn is string age ? IndexOf(age) : -1;
            _statedGender = options.StatedGenderColumn is string gender ? IndexOf(gender) : -1;
            _ethnicCategory = options.EthnicCategoryColumn is string ethnic ? IndexOf(ethnic) : -1;
            _deprivationDecile = options.DeprivationDecileColumn is string decile ? IndexOf(decile) : -1;
            _readsDemographics = options.AgeBandColumn is not null || options.StatedGenderColumn is not null || options.EthnicCategoryColumn is not null || options.DeprivationDecileColumn is not null;
            _columns = new[] { _practice, _personKey, _code, _date, _ageBand, _statedGender, _ethnicCategory, _deprivationDecile }.Max() + 1;
        }
        catch (BadRowException)
        {
            _reader.Dispose();
            throw;
        }
    }

    /// <summary>Gets the number of rows read so far, good and bad, header not counted.</summary>
    /// <value>Zero or more.</value>
    public long RowsRead { get; private set; }

    /// <summary>Gets the number of bad rows skipped so far under <see cref="BadRowPolicy.Skip"/>.</summary>
    /// <value>Zero or more.</value>
    public long RowsSkipped { get; private set; }

    /// <summary>Gets the first bad rows skipped (up to <see cref="CodedExtractOptions.BadRowsKept"/>), in file order.</summary>
    /// <value>Where each broke which rule; never a cell's content.</value>
    public IReadOnlyList<BadRow> BadRows => _badRows;

    /// <summary>Reads the rows: each good row once, bad rows skipped or thrown as the policy says.</summary>
    /// <returns>The rows, read as they are enumerated.</returns>
    /// <exception cref="InvalidOperationException">The rows were enumerated before: a file is read once.</exception>
    /// <exception cref="BadRowException">While enumerating: a row broke a rule under <see cref="BadRowPolicy.Stop"/>, or the file is not well-formed CSV.</exception>
    public IEnumerator<CodedActivityRow> GetEnumerator()
    {
        if (_enumerated)
        {
            throw new InvalidOperationException(AnalyticsMessages.ReadOnce);
        }

        _enumerated = true;
        return Rows();
    }

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Closes the file (a stream given by the caller is left open).</summary>
    public void Dispose() => _reader.Dispose();

    private static void DisposeStream(Stream stream, bool leaveOpen)
    {
        if (!leaveOpen)
        {
            stream.Dispose();
        }
    }

    private static BadRowException Unreadable(long line) => new(new BadRow(line, string.Empty, AnalyticsMessages.Unreadable));

    private int IndexOf(string column)
        => _reader.Header.TryIndexOf(column, out int index) ? index : throw new BadRowException(new BadRow(1, column, AnalyticsMessages.NoSuchColumn));

    private IEnumerator<CodedActivityRow> Rows()
    {
        while (TryReadRow(out CodedActivityRow row))
        {
            yield return row;
        }
    }

    /// <summary>Reads rows until a good one or the end, counting and keeping (or throwing) the bad ones.</summary>
    private bool TryReadRow(out CodedActivityRow row)
    {
        while (true)
        {
            try
            {
                if (!_reader.MoveNext())
                {
                    row = default;
                    return false;
                }
            }
            catch (Exception e) when (e is InvalidDataException or NotSupportedException)
            {
                throw Unreadable(_nextLine);
            }

            RowsRead++;
            SepReader.Row current = _reader.Current;
            _nextLine = current.LineNumberToExcl;
            BadRow? bad = Parse(current, out row);
            if (bad is null)
            {
                return true;
            }

            if (_options.BadRows == BadRowPolicy.Stop)
            {
                throw new BadRowException(bad);
            }

            RowsSkipped++;
            if (_badRows.Count < _options.BadRowsKept)
            {
                _badRows.Add(bad);
            }
        }
    }

    private BadRow? Parse(SepReader.Row current, out CodedActivityRow row)
    {
        row = default;
        long line = current.LineNumberFrom;
        if (current.ColCount < _columns)
        {
            return new BadRow(line, string.Empty, AnalyticsMessages.TooFewColumns);
        }

        if (!OdsCode.TryParse(current[_practice].Span, out OdsCode practice))
        {
            return new BadRow(line, _options.PracticeColumn, AnalyticsMessages.Practice);
        }

        ReadOnlySpan<char> key = current[_personKey].Span;
        if (key.IsWhiteSpace())
        {
            return new BadRow(line, _options.PersonKeyColumn, AnalyticsMessages.PersonKey);
        }

        if (!SctId.TryParse(current[_code].Span, out SctId code))
        {
            return new BadRow(line, _options.CodeColumn, AnalyticsMessages.Code);
        }

        if (!DateTime.TryParseExact(current[_date].Span, _options.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime date))
        {
            return new BadRow(line, _options.DateColumn, AnalyticsMessages.Date);
        }

        row = CodedActivityRow.Create(practice, key.ToString(), code, LocalDate.FromDateTime(date));
        if (!_readsDemographics)
        {
            return null;
        }

        // The person's demographics, each column optional and each blank cell not recorded (docs/demographics.md).
        AgeBand? band = null;
        if (_ageBand >= 0 && !Blank(current[_ageBand].Span))
        {
            if (!DemographicCodes.TryParseAgeBand(current[_ageBand].ToString(), out AgeBand b))
            {
                return new BadRow(line, _options.AgeBandColumn!, AnalyticsMessages.AgeBand);
            }

            band = b;
        }

        if (Coded(current, _statedGender, DemographicCodes.StatedGenders, out StatedGender? gender) is false)
        {
            return new BadRow(line, _options.StatedGenderColumn!, AnalyticsMessages.StatedGender);
        }

        if (Coded(current, _ethnicCategory, DemographicCodes.EthnicCategories, out EthnicCategory? ethnic) is false)
        {
            return new BadRow(line, _options.EthnicCategoryColumn!, AnalyticsMessages.EthnicCategory);
        }

        if (Coded(current, _deprivationDecile, DemographicCodes.DeprivationDeciles, out DeprivationDecile? decile) is false)
        {
            return new BadRow(line, _options.DeprivationDecileColumn!, AnalyticsMessages.DeprivationDecile);
        }

        row = row.WithDemographics(new PersonDemographics(ageBand: band, statedGender: gender, ethnicCategory: ethnic, deprivationDecile: decile));
        return null;
    }

    private static bool Blank(ReadOnlySpan<char> cell) => cell.IsWhiteSpace();

    /// <summary>Reads a coded cell: true with the value, null for no column or a blank cell (not recorded), false for a code the vocabulary does not have.</summary>
    private static bool? Coded<TEnum>(SepReader.Row current, int column, Vocabulary<TEnum> codes, out TEnum? value)
        where TEnum : struct, Enum
    {
        value = null;
        if (column < 0 || Blank(current[column].Span))
        {
            return null;
        }

        if (!codes.TryFindByCode(current[column].ToString().Trim(), out TEnum found))
        {
            return false;
        }

        value = found;
        return true;
    }
}
