using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using System.Numerics;

namespace SocialPrescribing;

/// <summary>
/// An Organisation Data Service (ODS) code: the NHS code of a GP practice, a primary care network or another
/// organisation, such as the practice or PCN a referral comes from (seed sections 1 and 10).
/// </summary>
/// <remarks>
/// <para>
/// A value that exists is valid: 3 to 10 ASCII letters and digits, held in upper case. Parsing accepts lower-case
/// letters and normalises them; it rejects anything else (white space, punctuation, non-ASCII letters or digits)
/// with a message naming the rule. <see cref="Shape"/> says which kind of organisation the code's shape allows.
/// </para>
/// <para>
/// An organisation code is not person-identifiable, so <see cref="ToString()"/> shows it. So that an NHS number pasted
/// into an organisation field never becomes a code shown in clear, text of 9 or 10 digits and nothing else is refused
/// (this library's choice: ODS codes of organisations are letters and digits, and no organisation code in use is 9 or
/// 10 digits; see <c>docs/core.md</c>).
/// </para>
/// <para>
/// <c>default(OdsCode)</c> holds no code: it equals only itself, sorts first, and <see cref="Value"/> throws
/// <see cref="InvalidOperationException"/>.
/// </para>
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct OdsCode :
    IEquatable<OdsCode>,
    IComparable<OdsCode>,
    IComparable,
    ISpanParsable<OdsCode>,
    IEqualityOperators<OdsCode, OdsCode, bool>,
    IComparisonOperators<OdsCode, OdsCode, bool>,
    ITextParser<OdsCode>
{
    private const int MinLength = 3;
    private const int MaxLength = 10;
    private const int PracticeOrPcnLength = 6;

    /// <summary>All-digit text this long or longer is refused: an NHS number (10 digits) or one missing a digit, pasted in the wrong field.</summary>
    private const int MinAllDigitsRejected = 9;
    private const string DefaultText = "OdsCode(default)";

    private readonly string? _value;

    private OdsCode(string value) => _value = value;

    /// <summary>Gets the code in upper case.</summary>
    /// <value>3 to 10 characters from A-Z and 0-9.</value>
    /// <exception cref="InvalidOperationException">This is <c>default(OdsCode)</c>.</exception>
    public string Value => _value ?? throw new InvalidOperationException(CoreMessages.OdsCodeDefault);

    /// <summary>Gets the kind of organisation this code's shape allows.</summary>
    /// <value>GP practice for a letter other than U and five digits, PCN for U and five digits, otherwise another organisation.</value>
    /// <exception cref="InvalidOperationException">This is <c>default(OdsCode)</c>.</exception>
    public OdsCodeShape Shape => ShapeOf(Value);

    /// <summary>Parses an ODS code, normalising lower-case letters to upper case.</summary>
    /// <param name="s">The text to parse.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text breaks a rule (length or character); the message names it.</exception>
    public static OdsCode Parse(string s) => TextParsing.Parse<OdsCode>(s);

    /// <inheritdoc cref="Parse(string)"/>
    public static OdsCode Parse(ReadOnlySpan<char> s) => TextParsing.Parse<OdsCode>(s);

    /// <summary>Parses an ODS code; the format provider is ignored.</summary>
    /// <param name="s">The text to parse.</param>
    /// <param name="provider">Ignored: codes are culture-invariant.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text breaks a rule; the message names it.</exception>
    static OdsCode IParsable<OdsCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="Parse(string)"/>
    static OdsCode ISpanParsable<OdsCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to parse an ODS code, without throwing.</summary>
    /// <param name="s">The text to parse; null gives <see langword="false"/>.</param>
    /// <param name="result">The code, or <c>default(OdsCode)</c> when parsing fails.</param>
    /// <returns><see langword="true"/> when the text is a valid ODS code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out OdsCode result) => TextParsing.TryParse(s, out result);

    /// <inheritdoc cref="TryParse(string?, out OdsCode)"/>
    public static bool TryParse(ReadOnlySpan<char> s, out OdsCode result) => TextParsing.TryParse(s, out result);

    /// <summary>Tries to parse an ODS code, without throwing; the format provider is ignored.</summary>
    /// <param name="s">The text to parse; null gives <see langword="false"/>.</param>
    /// <param name="provider">Ignored: codes are culture-invariant.</param>
    /// <param name="result">The code, or <c>default(OdsCode)</c> when parsing fails.</param>
    /// <returns><see langword="true"/> when the text is a valid ODS code.</returns>
    static bool IParsable<OdsCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out OdsCode result) => TryParse(s, out result);

    /// <inheritdoc cref="TryParse(string?, out OdsCode)"/>
    static bool ISpanParsable<OdsCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out OdsCode result) => TryParse(s, out result);

    /// <summary>Parses an ODS code and, on failure, says which rule the text broke, without throwing.</summary>
    /// <param name="s">The text to parse.</param>
    /// <returns>The code, or the message naming the broken rule.</returns>
    public static ParseResult<OdsCode> ParseDetailed(ReadOnlySpan<char> s) => TextParsing.ParseDetailed<OdsCode>(s);

    /// <inheritdoc/>
    static string? ITextParser<OdsCode>.TryParseCore(ReadOnlySpan<char> text, out OdsCode result)
    {
        result = default;
        if (text.Length is < MinLength or > MaxLength)
        {
            return CoreMessages.OdsCodeLength;
        }

        if (text.ContainsAnyExcept(AlphanumericAscii))
        {
            return CoreMessages.OdsCodeCharacter;
        }

        if (text.Length >= MinAllDigitsRejected && !text.ContainsAnyExceptInRange('0', '9'))
        {
            return CoreMessages.OdsCodeLooksLikeNhsNumber;
        }

        Span<char> upper = stackalloc char[MaxLength];
        System.Text.Ascii.ToUpper(text, upper, out int written);
        result = new OdsCode(new string(upper[..written]));
        return null;
    }

    private static readonly System.Buffers.SearchValues<char> AlphanumericAscii =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    private static OdsCodeShape ShapeOf(string code)
    {
        if (code.Length != PracticeOrPcnLength || !char.IsAsciiLetter(code[0]) || code.AsSpan(1).ContainsAnyExceptInRange('0', '9'))
        {
            return OdsCodeShape.OtherOrganisation;
        }

        return code[0] == 'U' ? OdsCodeShape.PrimaryCareNetwork : OdsCodeShape.GpPractice;
    }

    /// <summary>Returns the code in upper case.</summary>
    /// <returns>The code, or <c>OdsCode(default)</c> for the default value.</returns>
    public override string ToString() => _value ?? DefaultText;

    /// <summary>Compares two codes for equality (ordinal, upper case).</summary>
    /// <param name="other">The code to compare with.</param>
    /// <returns><see langword="true"/> when both hold the same code (or both are the default).</returns>
    [Pure]
    public bool Equals(OdsCode other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <summary>Compares this code with an object for equality.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal <see cref="OdsCode"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is OdsCode other && Equals(other);

    /// <summary>Returns a hash code consistent with <see cref="Equals(OdsCode)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Compares two codes ordinally; the default value sorts first.</summary>
    /// <param name="other">The code to compare with.</param>
    /// <returns>Negative, zero or positive as this code sorts before, with or after <paramref name="other"/>.</returns>
    [Pure]
    public int CompareTo(OdsCode other) => string.CompareOrdinal(_value, other._value);

    /// <summary>Compares this code with an object; null sorts first.</summary>
    /// <param name="obj">The object to compare with: null or an <see cref="OdsCode"/>.</param>
    /// <returns>Negative, zero or positive as this code sorts before, with or after <paramref name="obj"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not an <see cref="OdsCode"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        OdsCode other => CompareTo(other),
        _ => throw new ArgumentException("Object should be an OdsCode.", nameof(obj)),
    };

    /// <summary>Tests two codes for equality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(OdsCode left, OdsCode right) => left.Equals(right);

    /// <summary>Tests two codes for inequality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(OdsCode left, OdsCode right) => !left.Equals(right);

    /// <summary>Tests whether one code sorts before another.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(OdsCode left, OdsCode right) => left.CompareTo(right) < 0;

    /// <summary>Tests whether one code sorts before or with another.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before or with <paramref name="right"/>.</returns>
    public static bool operator <=(OdsCode left, OdsCode right) => left.CompareTo(right) <= 0;

    /// <summary>Tests whether one code sorts after another.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(OdsCode left, OdsCode right) => left.CompareTo(right) > 0;

    /// <summary>Tests whether one code sorts after or with another.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after or with <paramref name="right"/>.</returns>
    public static bool operator >=(OdsCode left, OdsCode right) => left.CompareTo(right) >= 0;
}
