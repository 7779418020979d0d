using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using System.Globalization;
using System.Numerics;
using SocialPrescribing.Utility;

namespace SocialPrescribing;

/// <summary>
/// A SNOMED CT identifier (SCTID): the number that identifies a concept, description or relationship.
/// </summary>
/// <remarks>
/// <para>
/// A value that exists is valid (SNOMED CT Release File Specification, chapter 6 "SNOMED CT Identifiers"; see
/// <c>docs/core.md</c>): 6 to 18 ASCII digits with no leading zero; the two digits before the last are the partition
/// identifier, 00, 01 or 02 in short format and 10, 11 or 12 in long format, whose last digit gives the
/// <see cref="ComponentType"/>; in long format the seven digits before the partition are the
/// <see cref="NamespaceId"/>; the last digit is the Verhoeff check digit of all the others.
/// </para>
/// <para>
/// The specification also reserves partition 16 for postcoordinated expressions; accepting only the six component
/// partitions is this library's choice, since a GP record codes concepts.
/// </para>
/// <para>
/// The social prescribing codes of seed section 10 are long-format concept ids in the UK namespace 1000000
/// (<see cref="IsUkExtension"/>); see <see cref="SocialPrescribingConcepts"/>.
/// </para>
/// <para>
/// <c>default(SctId)</c> holds no identifier: it equals only itself, sorts first, and its accessors throw
/// <see cref="InvalidOperationException"/>.
/// </para>
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct SctId :
    IEquatable<SctId>,
    IComparable<SctId>,
    IComparable,
    ISpanFormattable,
    IUtf8SpanFormattable,
    ISpanParsable<SctId>,
    IEqualityOperators<SctId, SctId, bool>,
    IComparisonOperators<SctId, SctId, bool>,
    ITextParser<SctId>
{
    /// <summary>
    /// The namespace identifier of the UK extension, which the seed's social prescribing codes carry (seed section 10:
    /// 871731000000106 is item 87173, namespace 1000000, partition 10, check digit 6; see <c>docs/core.md</c>).
    /// </summary>
    public const int UkNamespaceId = 1_000_000;

    private const int MinDigits = 6;
    private const int MaxDigits = 18;
    private const int MinLongFormatDigits = 11;
    private const ulong NamespaceModulus = 10_000_000;
    private const ulong MaxShortItemId = 999_999_999_999_999;
    private const ulong MinShortItemId = 100;
    private const ulong MaxLongItemId = 99_999_999;
    private const string DefaultText = "SctId(default)";

    private readonly ulong _value;

    private SctId(ulong value) => _value = value;

    /// <summary>Gets the identifier as a number.</summary>
    /// <value>A number of 6 to 18 digits, at least 100000.</value>
    /// <exception cref="InvalidOperationException">This is <c>default(SctId)</c>.</exception>
    public ulong Value => _value != 0 ? _value : throw new InvalidOperationException(CoreMessages.SctIdDefault);

    /// <summary>Gets the two-digit partition identifier (00, 01, 02, 10, 11 or 12).</summary>
    /// <value>0, 1, 2, 10, 11 or 12.</value>
    /// <exception cref="InvalidOperationException">This is <c>default(SctId)</c>.</exception>
    public int PartitionId => (int)(Value / 10 % 100);

    /// <summary>Gets the kind of component this identifies.</summary>
    /// <value>Concept, description or relationship, from the partition identifier's last digit.</value>
    /// <exception cref="InvalidOperationException">This is <c>default(SctId)</c>.</exception>
    public SctIdComponentType ComponentType => (SctIdComponentType)(PartitionId % 10);

    /// <summary>Gets whether this is a short-format (International Release) or long-format (extension) identifier.</summary>
    /// <value>From the partition identifier's first digit.</value>
    /// <exception cref="InvalidOperationException">This is <c>default(SctId)</c>.</exception>
    public SctIdFormat Format => (SctIdFormat)(PartitionId / 10);

    /// <summary>Gets the 7-digit namespace identifier of a long-format identifier.</summary>
    /// <value>0 to 9999999 in long format; <see langword="null"/> in short format, which has none.</value>
    /// <exception cref="InvalidOperationException">This is <c>default(SctId)</c>.</exception>
    public int? NamespaceId => Format == SctIdFormat.Long ? (int)(Value / 1000 % NamespaceModulus) : null;

    /// <summary>Gets a value indicating whether this identifier belongs to the UK extension (namespace 1000000).</summary>
    /// <value><see langword="true"/> for a long-format identifier in namespace <see cref="UkNamespaceId"/>.</value>
    /// <exception cref="InvalidOperationException">This is <c>default(SctId)</c>.</exception>
    public bool IsUkExtension => NamespaceId == UkNamespaceId;

    /// <summary>Gets the item identifier: the digits before the namespace (long format) or partition (short format).</summary>
    /// <value>At least 100 in short format and at least 1 in long format.</value>
    /// <exception cref="InvalidOperationException">This is <c>default(SctId)</c>.</exception>
    public ulong ItemId => Format == SctIdFormat.Long ? Value / (1000 * NamespaceModulus) : Value / 1000;

    /// <summary>Gets the Verhoeff check digit (the last digit).</summary>
    /// <value>0 to 9.</value>
    /// <exception cref="InvalidOperationException">This is <c>default(SctId)</c>.</exception>
    public int CheckDigit => (int)(Value % 10);

    /// <summary>Builds a valid identifier from its parts, computing the Verhoeff check digit.</summary>
    /// <param name="itemId">
    /// The item identifier: 100 to 999999999999999 in short format, 1 to 99999999 in long format (so that the whole
    /// identifier has 6 to 18 digits).
    /// </param>
    /// <param name="componentType">What the identifier identifies.</param>
    /// <param name="namespaceId">
    /// The 7-digit namespace identifier (0 to 9999999) for a long-format identifier, such as
    /// <see cref="UkNamespaceId"/>; <see langword="null"/> for a short-format identifier.
    /// </param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="itemId"/> or <paramref name="namespaceId"/> is outside its range, or
    /// <paramref name="componentType"/> is not a named member.
    /// </exception>
    public static SctId Create(ulong itemId, SctIdComponentType componentType, int? namespaceId = null)
    {
        Preconditions.CheckDefined(componentType, nameof(componentType));
        ulong payload;
        if (namespaceId is int ns)
        {
            Preconditions.CheckArgumentRange(nameof(itemId), itemId, 1UL, MaxLongItemId);
            Preconditions.CheckArgumentRange(nameof(namespaceId), ns, 0, (int)NamespaceModulus - 1);
            payload = (((itemId * NamespaceModulus) + (ulong)ns) * 100) + 10 + (ulong)componentType;
        }
        else
        {
            Preconditions.CheckArgumentRange(nameof(itemId), itemId, MinShortItemId, MaxShortItemId);
            payload = (itemId * 100) + (ulong)componentType;
        }

        return new SctId((payload * 10) + (ulong)Verhoeff.ComputeCheckDigit(payload));
    }

    /// <summary>Parses an SCTID from its decimal digits.</summary>
    /// <param name="s">The text to parse.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">
    /// The text breaks a rule (length, character, leading zero, partition, namespace or check digit); the message names it.
    /// </exception>
    public static SctId Parse(string s) => TextParsing.Parse<SctId>(s);

    /// <inheritdoc cref="Parse(string)"/>
    public static SctId Parse(ReadOnlySpan<char> s) => TextParsing.Parse<SctId>(s);

    /// <summary>Parses an SCTID from its decimal digits; the format provider is ignored.</summary>
    /// <param name="s">The text to parse.</param>
    /// <param name="provider">Ignored: identifiers are culture-invariant.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text breaks a rule; the message names it.</exception>
    static SctId IParsable<SctId>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="Parse(string)"/>
    static SctId ISpanParsable<SctId>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to parse an SCTID from its decimal digits, without throwing.</summary>
    /// <param name="s">The text to parse; null gives <see langword="false"/>.</param>
    /// <param name="result">The identifier, or <c>default(SctId)</c> when parsing fails.</param>
    /// <returns><see langword="true"/> when the text is a valid SCTID.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out SctId result) => TextParsing.TryParse(s, out result);

    /// <inheritdoc cref="TryParse(string?, out SctId)"/>
    public static bool TryParse(ReadOnlySpan<char> s, out SctId result) => TextParsing.TryParse(s, out result);

    /// <summary>Tries to parse an SCTID, without throwing; the format provider is ignored.</summary>
    /// <param name="s">The text to parse; null gives <see langword="false"/>.</param>
    /// <param name="provider">Ignored: identifiers are culture-invariant.</param>
    /// <param name="result">The identifier, or <c>default(SctId)</c> when parsing fails.</param>
    /// <returns><see langword="true"/> when the text is a valid SCTID.</returns>
    static bool IParsable<SctId>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out SctId result) => TryParse(s, out result);

    /// <inheritdoc cref="TryParse(string?, out SctId)"/>
    static bool ISpanParsable<SctId>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out SctId result) => TryParse(s, out result);

    /// <summary>Parses an SCTID and, on failure, says which rule the text broke, without throwing or allocating.</summary>
    /// <param name="s">The text to parse.</param>
    /// <returns>The identifier, or the message naming the broken rule.</returns>
    public static ParseResult<SctId> ParseDetailed(ReadOnlySpan<char> s) => TextParsing.ParseDetailed<SctId>(s);

    /// <inheritdoc/>
    static string? ITextParser<SctId>.TryParseCore(ReadOnlySpan<char> text, out SctId result)
    {
        result = default;
        int length = text.Length;
        if (length is < MinDigits or > MaxDigits)
        {
            return CoreMessages.SctIdLength;
        }

        // Verhoeff folds digits from the right (the dihedral group D5 is not commutative), so read right to left.
        // Eighteen digits at most fit a ulong: skip the repository-wide overflow checks in this loop.
        ulong value = 0;
        int check = 0;
        unchecked
        {
            ulong placeValue = 1;
            for (int position = 0; position < length; position++)
            {
                uint digit = (uint)(text[length - 1 - position] - '0');
                if (digit > 9)
                {
                    return CoreMessages.SctIdCharacter;
                }

                value += digit * placeValue;
                placeValue *= 10;
                check = Verhoeff.Step(check, (int)digit, position);
            }
        }

        if (text[0] == '0')
        {
            return CoreMessages.SctIdLeadingZero;
        }

        ulong partition = value / 10 % 100;
        if (partition is not (0 or 1 or 2 or 10 or 11 or 12))
        {
            return CoreMessages.SctIdPartition;
        }

        if (partition >= 10 && length < MinLongFormatDigits)
        {
            return CoreMessages.SctIdNamespaceLength;
        }

        if (check != 0)
        {
            return CoreMessages.SctIdCheckDigit;
        }

        result = new SctId(value);
        return null;
    }

    /// <summary>Returns the identifier's decimal digits.</summary>
    /// <returns>The digits, or <c>SctId(default)</c> for the default value.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the identifier as decimal digits.</summary>
    /// <param name="format">Null, empty, <c>"G"</c> or <c>"D"</c>: the decimal digits.</param>
    /// <param name="formatProvider">Ignored: identifiers are culture-invariant.</param>
    /// <returns>The decimal digits; for <c>default(SctId)</c> and the general formats (null, empty, <c>"G"</c>), <c>SctId(default)</c>.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the formats above.</exception>
    /// <exception cref="InvalidOperationException">This is <c>default(SctId)</c> and <paramref name="format"/> is <c>"D"</c>, which asks for the digits.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[TextParsing.MaxFormattedLength];
        bool written = TryFormat(buffer, out int length, format, formatProvider);
        Debug.Assert(written, "Every format fits the buffer.");
        return new string(buffer[..length]);
    }

    /// <summary>Formats the identifier's decimal digits into a span of characters.</summary>
    /// <param name="destination">Where to write the characters.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Empty, <c>"G"</c> or <c>"D"</c>.</param>
    /// <param name="provider">Ignored: identifiers are culture-invariant.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too short.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the formats above.</exception>
    /// <exception cref="InvalidOperationException">This is <c>default(SctId)</c> and <paramref name="format"/> is <c>"D"</c>; the general formats write <c>SctId(default)</c>.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        CheckFormat(format);
        return _value == 0 && TextParsing.SingleFormatChar(format) != 'D'
            ? TextParsing.TryCopy(DefaultText, destination, out charsWritten)
            : Value.TryFormat(destination, out charsWritten, default, CultureInfo.InvariantCulture);
    }

    /// <summary>Formats the identifier's decimal digits as UTF-8.</summary>
    /// <param name="utf8Destination">Where to write the bytes.</param>
    /// <param name="bytesWritten">How many bytes were written.</param>
    /// <param name="format">Empty, <c>"G"</c> or <c>"D"</c>.</param>
    /// <param name="provider">Ignored: identifiers are culture-invariant.</param>
    /// <returns><see langword="false"/> when <paramref name="utf8Destination"/> is too short.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the formats above.</exception>
    /// <exception cref="InvalidOperationException">This is <c>default(SctId)</c> and <paramref name="format"/> is <c>"D"</c>.</exception>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => TextParsing.TryFormatUtf8(this, utf8Destination, out bytesWritten, format, provider);

    private static void CheckFormat(ReadOnlySpan<char> format)
    {
        if (TextParsing.SingleFormatChar(format) is not ('\0' or 'G' or 'D'))
        {
            throw new FormatException(CoreMessages.SctIdFormatString);
        }
    }

    /// <summary>Compares two identifiers for equality.</summary>
    /// <param name="other">The identifier to compare with.</param>
    /// <returns><see langword="true"/> when both hold the same identifier (or both are the default).</returns>
    [Pure]
    public bool Equals(SctId other) => _value == other._value;

    /// <summary>Compares this identifier with an object for equality.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal <see cref="SctId"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is SctId other && Equals(other);

    /// <summary>Returns a hash code consistent with <see cref="Equals(SctId)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => _value.GetHashCode();

    /// <summary>Compares two identifiers by numeric value; the default value sorts first.</summary>
    /// <param name="other">The identifier to compare with.</param>
    /// <returns>Negative, zero or positive as this identifier is less than, equal to or greater than <paramref name="other"/>.</returns>
    [Pure]
    public int CompareTo(SctId other) => _value.CompareTo(other._value);

    /// <summary>Compares this identifier with an object; null sorts first.</summary>
    /// <param name="obj">The object to compare with: null or an <see cref="SctId"/>.</param>
    /// <returns>Negative, zero or positive as this identifier is less than, equal to or greater than <paramref name="obj"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not an <see cref="SctId"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        SctId other => CompareTo(other),
        _ => throw new ArgumentException("Object should be an SctId.", nameof(obj)),
    };

    /// <summary>Tests two identifiers for equality.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(SctId left, SctId right) => left.Equals(right);

    /// <summary>Tests two identifiers for inequality.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(SctId left, SctId right) => !left.Equals(right);

    /// <summary>Tests whether one identifier sorts before another.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is less than <paramref name="right"/>.</returns>
    public static bool operator <(SctId left, SctId right) => left.CompareTo(right) < 0;

    /// <summary>Tests whether one identifier sorts before or equal to another.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is less than or equal to <paramref name="right"/>.</returns>
    public static bool operator <=(SctId left, SctId right) => left.CompareTo(right) <= 0;

    /// <summary>Tests whether one identifier sorts after another.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is greater than <paramref name="right"/>.</returns>
    public static bool operator >(SctId left, SctId right) => left.CompareTo(right) > 0;

    /// <summary>Tests whether one identifier sorts after or equal to another.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</returns>
    public static bool operator >=(SctId left, SctId right) => left.CompareTo(right) >= 0;
}
