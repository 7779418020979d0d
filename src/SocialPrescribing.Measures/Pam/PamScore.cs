using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using System.Globalization;
using System.Numerics;

namespace SocialPrescribing.Measures;

/// <summary>A Patient Activation Measure score: 0.0 to 100.0, to one decimal place, as the licensed PAM tool reports it.</summary>
/// <remarks>
/// <para>
/// The library never scores PAM answers: the 13 questions and their scoring are licensed (seed Appendix 6, "How do
/// we get access to PAM?"). It takes the score the licensed tool returns.
/// </para>
/// <para>Held as a whole number of tenths, so comparisons and thresholds are exact. <c>default(PamScore)</c> is 0.0.</para>
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct PamScore :
    IEquatable<PamScore>,
    IComparable<PamScore>,
    IComparable,
    IEqualityOperators<PamScore, PamScore, bool>,
    IComparisonOperators<PamScore, PamScore, bool>
{
    /// <summary>The highest score, in tenths.</summary>
    public const int MaxTenths = 1000;

    private readonly short _tenths;

    private PamScore(int tenths) => _tenths = (short)tenths;

    /// <summary>Gets the lowest score, 0.0.</summary>
    /// <value>0.0.</value>
    public static PamScore MinValue => default;

    /// <summary>Gets the highest score, 100.0.</summary>
    /// <value>100.0.</value>
    public static PamScore MaxValue => new(MaxTenths);

    /// <summary>Gets the score.</summary>
    /// <value>0.0 to 100.0, with one decimal place.</value>
    public decimal Value => _tenths / 10m;

    /// <summary>Gets the score in tenths of a point.</summary>
    /// <value>0 to 1000.</value>
    public int Tenths => _tenths;

    /// <summary>Gets the activation level of this score.</summary>
    /// <value>Level 1 to 4; see <see cref="PamLevels"/>.</value>
    public PamLevel Level => PamLevels.LevelOf(this);

    /// <summary>Creates a score from the number the licensed tool reports.</summary>
    /// <param name="value">0.0 to 100.0, with at most one decimal place.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside [0.0-100.0].</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> has more than one decimal place.</exception>
    public static PamScore Create(decimal value) => Check(value, out PamScore score) switch
    {
        null => score,
        MeasuresMessages.PamScoreRange => throw new ArgumentOutOfRangeException(nameof(value), MeasuresMessages.PamScoreRange),
        string message => throw new ArgumentException(message, nameof(value)),
    };

    /// <summary>Tries to create a score, without throwing, for any <see cref="decimal"/>.</summary>
    /// <param name="value">0.0 to 100.0, with at most one decimal place.</param>
    /// <param name="score">The score, or 0.0 when <paramref name="value"/> is not a valid score.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is a valid score.</returns>
    /// <remarks>Never throws.</remarks>
    public static bool TryCreate(decimal value, out PamScore score) => Check(value, out score) is null;

    /// <summary>
    /// The one check behind <see cref="Create"/> and <see cref="TryCreate"/>: the range first (so nothing outside it is
    /// ever multiplied), then the precision. Returns the message of the rule broken, or null with the score.
    /// </summary>
    private static string? Check(decimal value, out PamScore score)
    {
        score = default;
        if (value is < 0m or > 100m)
        {
            return MeasuresMessages.PamScoreRange;
        }

        decimal tenths = value * 10m;
        if (tenths != decimal.Truncate(tenths))
        {
            return MeasuresMessages.PamScorePrecision;
        }

        score = new PamScore((int)tenths);
        return null;
    }

    /// <summary>Creates a score from a whole number of tenths.</summary>
    /// <param name="tenths">0 to 1000 (0.0 to 100.0).</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tenths"/> is outside [0-1000].</exception>
    public static PamScore FromTenths(int tenths)
        => tenths is >= 0 and <= MaxTenths ? new PamScore(tenths) : throw new ArgumentOutOfRangeException(nameof(tenths), MeasuresMessages.PamScoreRange);

    /// <summary>Returns the score with one decimal place.</summary>
    /// <returns>For example <c>47.1</c>.</returns>
    public override string ToString() => Value.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>Compares two scores.</summary>
    /// <param name="other">The score to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    [Pure]
    public bool Equals(PamScore other) => _tenths == other._tenths;

    /// <summary>Compares this score with an object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal score.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is PamScore other && Equals(other);

    /// <summary>Returns a hash code consistent with <see cref="Equals(PamScore)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => _tenths;

    /// <summary>Compares two scores numerically.</summary>
    /// <param name="other">The score to compare with.</param>
    /// <returns>Negative, zero or positive as this score is lower than, equal to or higher than <paramref name="other"/>.</returns>
    [Pure]
    public int CompareTo(PamScore other) => _tenths.CompareTo(other._tenths);

    /// <summary>Compares this score with an object; null sorts first.</summary>
    /// <param name="obj">Null or a <see cref="PamScore"/>.</param>
    /// <returns>Negative, zero or positive as this score sorts before, with or after <paramref name="obj"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="PamScore"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        PamScore other => CompareTo(other),
        _ => throw new ArgumentException("Object should be a PamScore.", nameof(obj)),
    };

    /// <summary>Tests two scores for equality.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(PamScore left, PamScore right) => left.Equals(right);

    /// <summary>Tests two scores for inequality.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(PamScore left, PamScore right) => !left.Equals(right);

    /// <summary>Tests whether one score is lower than another.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is lower.</returns>
    public static bool operator <(PamScore left, PamScore right) => left._tenths < right._tenths;

    /// <summary>Tests whether one score is lower than or equal to another.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is lower or equal.</returns>
    public static bool operator <=(PamScore left, PamScore right) => left._tenths <= right._tenths;

    /// <summary>Tests whether one score is higher than another.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is higher.</returns>
    public static bool operator >(PamScore left, PamScore right) => left._tenths > right._tenths;

    /// <summary>Tests whether one score is higher than or equal to another.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is higher or equal.</returns>
    public static bool operator >=(PamScore left, PamScore right) => left._tenths >= right._tenths;
}
