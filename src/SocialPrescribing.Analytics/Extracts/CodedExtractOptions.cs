using System.Globalization;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Analytics;

/// <summary>
/// How a coded GP activity extract is laid out and what to do with bad rows (docs/analytics.md, "Coded extracts"): the
/// header names of its four columns, the separator and the date format. Other columns are ignored.
/// </summary>
/// <threadsafety>Immutable once made; safe to share between threads.</threadsafety>
public sealed class CodedExtractOptions
{
    private readonly string _practice = "practice";
    private readonly string _personKey = "person_key";
    private readonly string _code = "snomed_code";
    private readonly string _date = "date";
    private readonly string _dateFormat = "yyyy-MM-dd";
    private readonly char _separator = ',';
    private readonly BadRowPolicy _badRows = BadRowPolicy.Stop;
    private readonly int _badRowsKept = 100;
    private readonly string? _ageBand;
    private readonly string? _statedGender;
    private readonly string? _ethnicCategory;
    private readonly string? _deprivationDecile;

    /// <summary>Gets the options of an extract with the default header names, comma-separated, ISO dates, stopping at a bad row.</summary>
    /// <value>Shared; immutable.</value>
    public static CodedExtractOptions Default { get; } = new();

    /// <summary>Gets the header name of the practice's ODS code.</summary>
    /// <value>Default <c>practice</c>; compared ordinally.</value>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set blank.</exception>
    public string PracticeColumn { get => _practice; init => _practice = Name(value); }

    /// <summary>Gets the header name of the pseudonymised person key.</summary>
    /// <value>Default <c>person_key</c>.</value>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set blank.</exception>
    public string PersonKeyColumn { get => _personKey; init => _personKey = Name(value); }

    /// <summary>Gets the header name of the SNOMED CT code.</summary>
    /// <value>Default <c>snomed_code</c>.</value>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set blank.</exception>
    public string CodeColumn { get => _code; init => _code = Name(value); }

    /// <summary>Gets the header name of the date the code was recorded.</summary>
    /// <value>Default <c>date</c>.</value>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set blank.</exception>
    public string DateColumn { get => _date; init => _date = Name(value); }

    /// <summary>Gets the header name of the person's age band, when the extract carries one (docs/demographics.md).</summary>
    /// <value>Default <see langword="null"/>: none. Cells are the bands' words (<c>40-44</c>, <c>95+</c>; NHS Digital's <c>40_44</c> too); a blank cell is not recorded.</value>
    /// <exception cref="ArgumentException">Set blank.</exception>
    public string? AgeBandColumn { get => _ageBand; init => _ageBand = OptionalName(value); }

    /// <summary>Gets the header name of the person's stated gender, when the extract carries one.</summary>
    /// <value>Default <see langword="null"/>: none. Cells are the NHS Data Dictionary codes (<c>1</c>, <c>2</c>, <c>9</c>, <c>X</c>); a blank cell is not recorded.</value>
    /// <exception cref="ArgumentException">Set blank.</exception>
    public string? StatedGenderColumn { get => _statedGender; init => _statedGender = OptionalName(value); }

    /// <summary>Gets the header name of the person's ethnic category, when the extract carries one.</summary>
    /// <value>Default <see langword="null"/>: none. Cells are the NHS Data Dictionary codes (<c>A</c> to <c>S</c>, <c>Z</c>, <c>99</c>); a blank cell is not recorded.</value>
    /// <exception cref="ArgumentException">Set blank.</exception>
    public string? EthnicCategoryColumn { get => _ethnicCategory; init => _ethnicCategory = OptionalName(value); }

    /// <summary>Gets the header name of the deprivation decile of where the person lives, when the extract carries one.</summary>
    /// <value>Default <see langword="null"/>: none. Cells are <c>1</c> (most deprived) to <c>10</c>; a blank cell is not recorded.</value>
    /// <exception cref="ArgumentException">Set blank.</exception>
    public string? DeprivationDecileColumn { get => _deprivationDecile; init => _deprivationDecile = OptionalName(value); }

    /// <summary>Gets the format of dates: a .NET custom date format read with the invariant culture.</summary>
    /// <value>Default <c>yyyy-MM-dd</c>; for example <c>dd/MM/yyyy</c>.</value>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set to a format that cannot write and read back a date.</exception>
    public string DateFormat
    {
        get => _dateFormat;
        init
        {
            Preconditions.CheckNotNull(value, nameof(value));
            Preconditions.CheckArgument(RoundTrips(value), nameof(value), AnalyticsMessages.DateFormatRule);
            _dateFormat = value;
        }
    }

    /// <summary>Gets the separator between cells.</summary>
    /// <value>Default a comma; a tab, semicolon or pipe are common too.</value>
    /// <exception cref="ArgumentException">Set to anything but a tab, the unit separator (U+001F) or a printable ASCII character other than a quote, a hash (which the CSV library keeps for comments), a letter or a digit.</exception>
    public char Separator
    {
        get => _separator;
        init
        {
            bool printable = value is >= ' ' and <= '~' && value is not ('"' or '#') && !char.IsAsciiLetterOrDigit(value);
            Preconditions.CheckArgument(printable || value is '\t' or '\u001f', nameof(value), AnalyticsMessages.SeparatorRule);
            _separator = value;
        }
    }

    /// <summary>Gets what is done with a bad row.</summary>
    /// <value>Default <see cref="BadRowPolicy.Stop"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined policy.</exception>
    public BadRowPolicy BadRows
    {
        get => _badRows;
        init
        {
            Preconditions.CheckDefined(value, nameof(value));
            _badRows = value;
        }
    }

    /// <summary>Gets how many bad rows' errors are kept when they are skipped (all are counted).</summary>
    /// <value>Default 100; 0 keeps none.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set negative.</exception>
    public int BadRowsKept
    {
        get => _badRowsKept;
        init
        {
            Preconditions.CheckArgumentRange(nameof(value), value, 0, int.MaxValue);
            _badRowsKept = value;
        }
    }

    private static bool RoundTrips(string format)
    {
        var probe = new DateTime(2024, 2, 29, 0, 0, 0, DateTimeKind.Unspecified);
        try
        {
            string text = probe.ToString(format, CultureInfo.InvariantCulture);
            return DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime back) && back == probe;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static string? OptionalName(string? value) => value is null ? null : Name(value);

    private static string Name(string value)
    {
        Preconditions.CheckNotNull(value, nameof(value));
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(value), nameof(value), AnalyticsMessages.ColumnNameRule);
        return value;
    }
}
