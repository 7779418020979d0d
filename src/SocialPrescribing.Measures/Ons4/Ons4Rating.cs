using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using System.Globalization;
using System.Numerics;

namespace SocialPrescribing.Measures;

/// <summary>An answer on the ONS4 0-10 scale: a whole number from 0 to 10 (seed Appendix 6).</summary>
/// <remarks>
/// <para>A value that exists is in range; <see cref="Create"/> rejects anything else.</para>
/// <para>
/// <c>default(Ons4Rating)</c> is the rating 0. An item the person did not answer is not a rating at all: it is an
/// <see cref="Ons4Answer"/> that is refused or not asked, and is never scored as 0.
/// </para>
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct Ons4Rating :
    IEquatable<Ons4Rating>,
    IComparable<Ons4Rating>,
    IComparable,
    IEqualityOperators<Ons4Rating, Ons4Rating, bool>,
    IComparisonOperators<Ons4Rating, Ons4Rating, bool>
{
    /// <summary>The lowest rating.</summary>
    public const int MinValue = 0;

    /// <summary>The highest rating.</summary>
    public const int MaxValue = 10;

    private readonly byte _value;

    private Ons4Rating(int value) => _value = (byte)value;

    /// <summary>Gets the rating.</summary>
    /// <value>0 to 10.</value>
    public int Value => _value;

    /// <summary>Creates a rating.</summary>
    /// <param name="value">A whole number from 0 to 10.</param>
    /// <returns>The rating.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside [0-10].</exception>
    public static Ons4Rating Create(int value)
        => TryCreate(value, out Ons4Rating rating) ? rating : throw new ArgumentOutOfRangeException(nameof(value), MeasuresMessages.Ons4RatingRange);

    /// <summary>Tries to create a rating, without throwing.</summary>
    /// <param name="value">A whole number, which should be from 0 to 10.</param>
    /// <param name="rating">The rating, or 0 when <paramref name="value"/> is out of range.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is from 0 to 10.</returns>
    /// <remarks>Never throws.</remarks>
    public static bool TryCreate(int value, out Ons4Rating rating)
    {
        bool valid = value is >= MinValue and <= MaxValue;
        rating = valid ? new Ons4Rating(value) : default;
        return valid;
    }

    /// <summary>Returns the rating as a number.</summary>
    /// <returns>For example <c>7</c>.</returns>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Compares two ratings.</summary>
    /// <param name="other">The rating to compare with.</param>
    /// <returns><see langword="true"/> when they are the same number.</returns>
    [Pure]
    public bool Equals(Ons4Rating other) => _value == other._value;

    /// <summary>Compares this rating with an object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal rating.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Ons4Rating other && Equals(other);

    /// <summary>Returns a hash code consistent with <see cref="Equals(Ons4Rating)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => _value;

    /// <summary>Compares two ratings numerically.</summary>
    /// <param name="other">The rating to compare with.</param>
    /// <returns>Negative, zero or positive as this rating is lower than, equal to or higher than <paramref name="other"/>.</returns>
    [Pure]
    public int CompareTo(Ons4Rating other) => _value.CompareTo(other._value);

    /// <summary>Compares this rating with an object; null sorts first.</summary>
    /// <param name="obj">Null or an <see cref="Ons4Rating"/>.</param>
    /// <returns>Negative, zero or positive as this rating sorts before, with or after <paramref name="obj"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not an <see cref="Ons4Rating"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Ons4Rating other => CompareTo(other),
        _ => throw new ArgumentException("Object should be an Ons4Rating.", nameof(obj)),
    };

    /// <summary>Tests two ratings for equality.</summary>
    /// <param name="left">The first rating.</param>
    /// <param name="right">The second rating.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(Ons4Rating left, Ons4Rating right) => left.Equals(right);

    /// <summary>Tests two ratings for inequality.</summary>
    /// <param name="left">The first rating.</param>
    /// <param name="right">The second rating.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Ons4Rating left, Ons4Rating right) => !left.Equals(right);

    /// <summary>Tests whether one rating is lower than another.</summary>
    /// <param name="left">The first rating.</param>
    /// <param name="right">The second rating.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is lower.</returns>
    public static bool operator <(Ons4Rating left, Ons4Rating right) => left._value < right._value;

    /// <summary>Tests whether one rating is lower than or equal to another.</summary>
    /// <param name="left">The first rating.</param>
    /// <param name="right">The second rating.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is lower or equal.</returns>
    public static bool operator <=(Ons4Rating left, Ons4Rating right) => left._value <= right._value;

    /// <summary>Tests whether one rating is higher than another.</summary>
    /// <param name="left">The first rating.</param>
    /// <param name="right">The second rating.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is higher.</returns>
    public static bool operator >(Ons4Rating left, Ons4Rating right) => left._value > right._value;

    /// <summary>Tests whether one rating is higher than or equal to another.</summary>
    /// <param name="left">The first rating.</param>
    /// <param name="right">The second rating.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is higher or equal.</returns>
    public static bool operator >=(Ons4Rating left, Ons4Rating right) => left._value >= right._value;
}
