using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using System.Numerics;

namespace SocialPrescribing;

/// <summary>
/// An NHS number: the 10-digit identifier of a person registered with the NHS in England, Wales and the Isle of Man.
/// </summary>
/// <remarks>
/// <para>
/// A value that exists is valid: 10 ASCII digits whose last digit is the modulus 11 check digit of the first nine
/// (weights 10 down to 2; a remainder giving 11 means check digit 0; one giving 10 means no number is valid), as the
/// NHS Data Dictionary's "NHS NUMBER" attribute defines it (see <c>docs/core.md</c>).
/// Text is accepted as 10 digits (<c>9434765919</c>) or in the display form, groups of 3-3-4 separated by single
/// spaces (<c>943 476 5919</c>). Nothing else is accepted: no other separators, no surrounding white space, no
/// non-ASCII digits.
/// </para>
/// <para>
/// An NHS number identifies a person, so it is never shown by accident (seed section 5 items 5 and 7: information
/// about a person is shared only with their permission, on a need-to-know basis; <c>docs/core.md</c>). <see cref="ToString()"/>
/// and the debugger show the masked form <c>*** *** 5919</c>; parse errors name the rule broken and never echo the
/// input. The full number is available only through <see cref="UnmaskedValue"/> or the explicit formats
/// <c>"D"</c> and <c>"S"</c>.
/// </para>
/// <para>
/// <c>default(NhsNumber)</c> holds no NHS number. It compares equal only to itself and sorts before every NHS number;
/// its <see cref="ToString()"/> says it is the default; <see cref="UnmaskedValue"/> and the <c>"D"</c> and
/// <c>"S"</c> formats throw <see cref="InvalidOperationException"/>.
/// </para>
/// <para>Numbers beginning 999 are never issued to people and are the range to use in tests and examples.</para>
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct NhsNumber :
    IEquatable<NhsNumber>,
    IComparable<NhsNumber>,
    IComparable,
    ISpanFormattable,
    IUtf8SpanFormattable,
    ISpanParsable<NhsNumber>,
    IEqualityOperators<NhsNumber, NhsNumber, bool>,
    IComparisonOperators<NhsNumber, NhsNumber, bool>,
    ITextParser<NhsNumber>
{
    private const int DigitCount = 10;
    private const int DisplayLength = 12;
    private const string DefaultText = "NhsNumber(default)";

    /// <summary>The number plus one, so that zero means <c>default(NhsNumber)</c> (0000000000 passes modulus 11).</summary>
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private readonly long _encoded;

    private NhsNumber(long value) => _encoded = value + 1;

    /// <summary>Gets the full 10-digit NHS number, unmasked.</summary>
    /// <value>Ten ASCII digits, for example <c>"9434765919"</c>.</value>
    /// <remarks>Use this only where the number itself must leave the process (a GP record, a message to the referrer).</remarks>
    /// <exception cref="InvalidOperationException">This is <c>default(NhsNumber)</c>.</exception>
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    public string UnmaskedValue => ToString("D", null);

    private long Number => _encoded != 0 ? _encoded - 1 : throw new InvalidOperationException(CoreMessages.NhsNumberDefault);

    /// <summary>Parses an NHS number from 10 digits or the 3-3-4 display form.</summary>
    /// <param name="s">The text to parse.</param>
    /// <returns>The NHS number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text breaks a rule (length, character or check digit); the message names it.</exception>
    public static NhsNumber Parse(string s) => TextParsing.Parse<NhsNumber>(s);

    /// <inheritdoc cref="Parse(string)"/>
    public static NhsNumber Parse(ReadOnlySpan<char> s) => TextParsing.Parse<NhsNumber>(s);

    /// <summary>Parses an NHS number from 10 digits or the 3-3-4 display form; the format provider is ignored.</summary>
    /// <param name="s">The text to parse.</param>
    /// <param name="provider">Ignored: NHS numbers are culture-invariant.</param>
    /// <returns>The NHS number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text breaks a rule (length, character or check digit); the message names it.</exception>
    static NhsNumber IParsable<NhsNumber>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="Parse(string)"/>
    static NhsNumber ISpanParsable<NhsNumber>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to parse an NHS number from 10 digits or the 3-3-4 display form, without throwing.</summary>
    /// <param name="s">The text to parse; null gives <see langword="false"/>.</param>
    /// <param name="result">The NHS number, or <c>default(NhsNumber)</c> when parsing fails.</param>
    /// <returns><see langword="true"/> when the text is a valid NHS number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out NhsNumber result) => TextParsing.TryParse(s, out result);

    /// <inheritdoc cref="TryParse(string?, out NhsNumber)"/>
    public static bool TryParse(ReadOnlySpan<char> s, out NhsNumber result) => TextParsing.TryParse(s, out result);

    /// <summary>Tries to parse an NHS number, without throwing; the format provider is ignored.</summary>
    /// <param name="s">The text to parse; null gives <see langword="false"/>.</param>
    /// <param name="provider">Ignored: NHS numbers are culture-invariant.</param>
    /// <param name="result">The NHS number, or <c>default(NhsNumber)</c> when parsing fails.</param>
    /// <returns><see langword="true"/> when the text is a valid NHS number.</returns>
    static bool IParsable<NhsNumber>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out NhsNumber result) => TryParse(s, out result);

    /// <inheritdoc cref="TryParse(string?, out NhsNumber)"/>
    static bool ISpanParsable<NhsNumber>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out NhsNumber result) => TryParse(s, out result);

    /// <summary>Parses an NHS number and, on failure, says which rule the text broke, without throwing or allocating.</summary>
    /// <param name="s">The text to parse.</param>
    /// <returns>The NHS number, or the message naming the broken rule (length, character or check digit).</returns>
    public static ParseResult<NhsNumber> ParseDetailed(ReadOnlySpan<char> s) => TextParsing.ParseDetailed<NhsNumber>(s);

    /// <inheritdoc/>
    static string? ITextParser<NhsNumber>.TryParseCore(ReadOnlySpan<char> text, out NhsNumber result)
    {
        result = default;
        bool spaced = text.Length == DisplayLength;
        if (!spaced && text.Length != DigitCount)
        {
            return CoreMessages.NhsNumberLength;
        }

        if (spaced && (text[3] != ' ' || text[7] != ' '))
        {
            return CoreMessages.NhsNumberCharacter;
        }

        // Ten digits at most: no sum or product here can overflow, so skip the repository-wide overflow checks.
        unchecked
        {
            ReadOnlySpan<byte> positions = spaced ? SpacedDigitPositions : PlainDigitPositions;
            long value = 0;
            int weightedSum = 0;
            uint digit = 0;
            for (int k = 0; k < DigitCount; k++)
            {
                digit = (uint)(text[positions[k]] - '0');
                if (digit > 9)
                {
                    return CoreMessages.NhsNumberCharacter;
                }

                weightedSum += (int)digit * (DigitCount - k);
                value = (value * 10) + digit;
            }

            // The loop weighted the check digit by 1; take it back out before applying modulus 11 to the first nine.
            if (CheckDigitFor(weightedSum - (int)digit) != (int)digit)
            {
                return CoreMessages.NhsNumberCheckDigit;
            }

            result = new NhsNumber(value);
            return null;
        }
    }

    /// <summary>Where the ten digits stand in the 10-character form.</summary>
    private static ReadOnlySpan<byte> PlainDigitPositions => [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

    /// <summary>Where the ten digits stand in the 12-character 3-3-4 display form.</summary>
    private static ReadOnlySpan<byte> SpacedDigitPositions => [0, 1, 2, 4, 5, 6, 8, 9, 10, 11];

    /// <summary>The modulus 11 check digit for a weighted sum of the first nine digits, or -1 when none is valid.</summary>
    private static int CheckDigitFor(int weightedSum)
    {
        int check = 11 - (weightedSum % 11);
        return check switch
        {
            11 => 0,
            10 => -1,
            _ => check,
        };
    }

    /// <summary>Returns the masked form, <c>*** *** 5919</c>, which shows only the last four digits.</summary>
    /// <returns>The masked NHS number, or <c>NhsNumber(default)</c> for the default value.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the NHS number: masked unless a format explicitly asks for the full number.</summary>
    /// <param name="format">
    /// <c>null</c>, empty or <c>"M"</c>: masked, <c>*** *** 5919</c>. <c>"D"</c>: 10 digits, <c>9434765919</c>.
    /// <c>"S"</c>: display form, <c>943 476 5919</c>.
    /// </param>
    /// <param name="formatProvider">Ignored: NHS numbers are culture-invariant.</param>
    /// <returns>The formatted NHS number.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the formats above.</exception>
    /// <exception cref="InvalidOperationException">This is <c>default(NhsNumber)</c> and <paramref name="format"/> asks for the full number (<c>"D"</c> or <c>"S"</c>); the masked formats give <c>NhsNumber(default)</c>.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[TextParsing.MaxFormattedLength];
        bool written = TryFormat(buffer, out int length, format, formatProvider);
        Debug.Assert(written, "Every format fits in 12 characters.");
        return new string(buffer[..length]);
    }

    /// <summary>Formats the NHS number into a span of characters: masked unless the format explicitly asks for the full number.</summary>
    /// <param name="destination">Where to write the characters.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Empty or <c>"M"</c> (masked), <c>"D"</c> (10 digits) or <c>"S"</c> (3-3-4 with spaces).</param>
    /// <param name="provider">Ignored: NHS numbers are culture-invariant.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too short.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the formats above.</exception>
    /// <exception cref="InvalidOperationException">This is <c>default(NhsNumber)</c> and <paramref name="format"/> asks for the full number (<c>"D"</c> or <c>"S"</c>); the masked formats write <c>NhsNumber(default)</c>.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        int formatChar = TextParsing.SingleFormatChar(format);
        bool masked = formatChar is '\0' or 'M';
        bool spaced = masked || formatChar == 'S';
        if (!masked && !spaced && formatChar != 'D')
        {
            throw new FormatException(CoreMessages.NhsNumberFormatString);
        }

        if (masked && _encoded == 0)
        {
            return TextParsing.TryCopy(DefaultText, destination, out charsWritten);
        }

        long number = Number;
        int length = spaced ? DisplayLength : DigitCount;
        if (destination.Length < length)
        {
            charsWritten = 0;
            return false;
        }

        for (int i = length - 1; i >= 0; i--)
        {
            if (spaced && (i == 3 || i == 7))
            {
                destination[i] = ' ';
                continue;
            }

            // The last four digits are written before any masking starts (positions 8 to 11 in the display form).
            destination[i] = masked && i < 8 ? '*' : (char)('0' + (number % 10));
            number /= 10;
        }

        charsWritten = length;
        return true;
    }

    /// <summary>Formats the NHS number as UTF-8: masked unless the format explicitly asks for the full number.</summary>
    /// <param name="utf8Destination">Where to write the bytes.</param>
    /// <param name="bytesWritten">How many bytes were written.</param>
    /// <param name="format">Empty or <c>"M"</c> (masked), <c>"D"</c> (10 digits) or <c>"S"</c> (3-3-4 with spaces).</param>
    /// <param name="provider">Ignored: NHS numbers are culture-invariant.</param>
    /// <returns><see langword="false"/> when <paramref name="utf8Destination"/> is too short.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the formats above.</exception>
    /// <exception cref="InvalidOperationException">This is <c>default(NhsNumber)</c> and <paramref name="format"/> asks for the full number (<c>"D"</c> or <c>"S"</c>).</exception>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => TextParsing.TryFormatUtf8(this, utf8Destination, out bytesWritten, format, provider);

    /// <summary>Compares two NHS numbers for equality.</summary>
    /// <param name="other">The NHS number to compare with.</param>
    /// <returns><see langword="true"/> when both hold the same number (or both are the default).</returns>
    [Pure]
    public bool Equals(NhsNumber other) => _encoded == other._encoded;

    /// <summary>Compares this NHS number with an object for equality.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal <see cref="NhsNumber"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is NhsNumber other && Equals(other);

    /// <summary>Returns a hash code consistent with <see cref="Equals(NhsNumber)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => _encoded.GetHashCode();

    /// <summary>Compares two NHS numbers by numeric value; the default value sorts first.</summary>
    /// <param name="other">The NHS number to compare with.</param>
    /// <returns>Negative, zero or positive as this number is less than, equal to or greater than <paramref name="other"/>.</returns>
    [Pure]
    public int CompareTo(NhsNumber other) => _encoded.CompareTo(other._encoded);

    /// <summary>Compares this NHS number with an object; null sorts first.</summary>
    /// <param name="obj">The object to compare with: null or an <see cref="NhsNumber"/>.</param>
    /// <returns>Negative, zero or positive as this number is less than, equal to or greater than <paramref name="obj"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not an <see cref="NhsNumber"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        NhsNumber other => CompareTo(other),
        _ => throw new ArgumentException("Object should be an NhsNumber.", nameof(obj)),
    };

    /// <summary>Tests two NHS numbers for equality.</summary>
    /// <param name="left">The first NHS number.</param>
    /// <param name="right">The second NHS number.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(NhsNumber left, NhsNumber right) => left.Equals(right);

    /// <summary>Tests two NHS numbers for inequality.</summary>
    /// <param name="left">The first NHS number.</param>
    /// <param name="right">The second NHS number.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(NhsNumber left, NhsNumber right) => !left.Equals(right);

    /// <summary>Tests whether one NHS number sorts before another.</summary>
    /// <param name="left">The first NHS number.</param>
    /// <param name="right">The second NHS number.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is less than <paramref name="right"/>.</returns>
    public static bool operator <(NhsNumber left, NhsNumber right) => left.CompareTo(right) < 0;

    /// <summary>Tests whether one NHS number sorts before or equal to another.</summary>
    /// <param name="left">The first NHS number.</param>
    /// <param name="right">The second NHS number.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is less than or equal to <paramref name="right"/>.</returns>
    public static bool operator <=(NhsNumber left, NhsNumber right) => left.CompareTo(right) <= 0;

    /// <summary>Tests whether one NHS number sorts after another.</summary>
    /// <param name="left">The first NHS number.</param>
    /// <param name="right">The second NHS number.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is greater than <paramref name="right"/>.</returns>
    public static bool operator >(NhsNumber left, NhsNumber right) => left.CompareTo(right) > 0;

    /// <summary>Tests whether one NHS number sorts after or equal to another.</summary>
    /// <param name="left">The first NHS number.</param>
    /// <param name="right">The second NHS number.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</returns>
    public static bool operator >=(NhsNumber left, NhsNumber right) => left.CompareTo(right) >= 0;
}
