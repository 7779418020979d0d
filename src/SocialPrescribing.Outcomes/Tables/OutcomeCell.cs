using System.Diagnostics;
using System.Globalization;
using System.Numerics;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// One figure of an <see cref="OutcomeTable"/> before disclosure control: a count, a statistic with the number of values
/// it was computed from, a percentage kept as its numerator and denominator, or not applicable.
/// </summary>
/// <remarks>
/// <para>
/// A cell is unpublished: a <see cref="DisclosurePolicy"/> turns it into a <see cref="PublishedCell"/>. It keeps what
/// the policy needs: a statistic knows how many values it rests on, so a mean of 1 to 7 values can be suppressed; a
/// percentage keeps its numerator and denominator, so it can be computed from the published (rounded or suppressed)
/// counts (docs/outcomes.md, "Disclosure control").
/// </para>
/// <para>
/// <see langword="default"/> holds nothing (its <see cref="Kind"/> is <c>0</c>, every value accessor throws) and a table
/// refuses it: create cells with <see cref="Count"/>, <see cref="Statistic"/>, <see cref="Percentage"/> or
/// <see cref="NotApplicable"/>. <see cref="ToString"/> shows the kind only, never a value, since the cell is not yet
/// controlled.
/// </para>
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct OutcomeCell : IEquatable<OutcomeCell>, IEqualityOperators<OutcomeCell, OutcomeCell, bool>
{
    /// <summary>The most decimal places a statistic or percentage can be shown with.</summary>
    internal const int MaxDecimals = 10;

    private readonly decimal _value;
    private readonly long _first;
    private readonly long _second;
    private readonly int _decimals;

    private OutcomeCell(OutcomeCellKind kind, decimal value, long first, long second, int decimals)
    {
        Kind = kind;
        _value = value;
        _first = first;
        _second = second;
        _decimals = decimals;
    }

    /// <summary>Gets a cell for a figure that does not apply to its row, such as a mean change in a row with no pairs.</summary>
    /// <value>A cell of kind <see cref="OutcomeCellKind.NotApplicable"/>, published as <c>n/a</c> under every policy.</value>
    public static OutcomeCell NotApplicable { get; } = new(OutcomeCellKind.NotApplicable, 0m, 0, 0, 0);

    /// <summary>Gets what the cell holds.</summary>
    /// <value>The kind; <c>0</c> for <see langword="default"/>.</value>
    public OutcomeCellKind Kind { get; }

    /// <summary>Gets the count of a count cell.</summary>
    /// <value>Zero or more.</value>
    /// <exception cref="InvalidOperationException">The cell is not a count.</exception>
    public long CountValue => Require(OutcomeCellKind.Count, nameof(CountValue))._first;

    /// <summary>Gets the value of a statistic cell, unrounded.</summary>
    /// <value>Any value, negative for a fall (a mean change, say).</value>
    /// <exception cref="InvalidOperationException">The cell is not a statistic.</exception>
    public decimal StatisticValue => Require(OutcomeCellKind.Statistic, nameof(StatisticValue))._value;

    /// <summary>Gets the number of values a statistic cell was computed from.</summary>
    /// <value>At least 1.</value>
    /// <exception cref="InvalidOperationException">The cell is not a statistic.</exception>
    public long BasedOn => Require(OutcomeCellKind.Statistic, nameof(BasedOn))._first;

    /// <summary>Gets the numerator of a percentage cell.</summary>
    /// <value>From 0 to <see cref="Denominator"/>.</value>
    /// <exception cref="InvalidOperationException">The cell is not a percentage.</exception>
    public long Numerator => Require(OutcomeCellKind.Percentage, nameof(Numerator))._first;

    /// <summary>Gets the denominator of a percentage cell.</summary>
    /// <value>At least 1.</value>
    /// <exception cref="InvalidOperationException">The cell is not a percentage.</exception>
    public long Denominator => Require(OutcomeCellKind.Percentage, nameof(Denominator))._second;

    /// <summary>Gets the number of decimal places a statistic or percentage is shown with.</summary>
    /// <value>From 0 to 10.</value>
    /// <exception cref="InvalidOperationException">The cell is neither a statistic nor a percentage.</exception>
    public int Decimals => Kind is OutcomeCellKind.Statistic or OutcomeCellKind.Percentage
        ? _decimals
        : throw KindMismatch(nameof(Decimals), OutcomeCellKind.Statistic + " or " + OutcomeCellKind.Percentage);

    /// <summary>Creates a count cell.</summary>
    /// <param name="value">The count of people or episodes.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static OutcomeCell Count(long value)
    {
        CheckNotNegative(value, nameof(value), OutcomesMessages.CountNegative);
        return new(OutcomeCellKind.Count, 0m, value, 0, 0);
    }

    /// <summary>Creates a statistic cell: a mean, median, percentile, maximum or confidence interval bound.</summary>
    /// <param name="value">The statistic, unrounded; the policy rounds it to <paramref name="decimals"/> places when it shows it.</param>
    /// <param name="decimals">The number of decimal places to show, from 0 to 10 (2 for an ONS4 mean, as ONS reports it).</param>
    /// <param name="basedOn">The number of values (people, pairs, episodes) the statistic was computed from; at least 1.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside [0-10], or <paramref name="basedOn"/> is less than 1.</exception>
    public static OutcomeCell Statistic(decimal value, int decimals, long basedOn)
    {
        CheckDecimals(decimals);
        if (basedOn < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(basedOn), OutcomesMessages.BasedOnNotPositive);
        }

        return new(OutcomeCellKind.Statistic, value, basedOn, 0, decimals);
    }

    /// <summary>Creates a percentage cell from its numerator and denominator.</summary>
    /// <param name="numerator">The count of the part, from 0 to <paramref name="denominator"/>.</param>
    /// <param name="denominator">The count of the whole, at least 1 (a row with no denominator is <see cref="NotApplicable"/>).</param>
    /// <param name="decimals">The number of decimal places to show, from 0 to 10; 1 unless given (this library's choice).</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="numerator"/> is negative, <paramref name="denominator"/> is less than 1, or <paramref name="decimals"/> is outside [0-10].
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="numerator"/> is greater than <paramref name="denominator"/>.</exception>
    public static OutcomeCell Percentage(long numerator, long denominator, int decimals = 1)
    {
        CheckNotNegative(numerator, nameof(numerator), OutcomesMessages.NumeratorNegative);
        if (denominator < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), OutcomesMessages.DenominatorNotPositive);
        }

        CheckDecimals(decimals);
        if (numerator > denominator)
        {
            throw new ArgumentException(OutcomesMessages.NumeratorAboveDenominator, nameof(numerator));
        }

        return new(OutcomeCellKind.Percentage, 0m, numerator, denominator, decimals);
    }

    /// <summary>Describes the kind of cell, never its value: the cell is not yet controlled.</summary>
    /// <returns>For example <c>OutcomeCell(Count)</c>; <c>OutcomeCell(default)</c> for <see langword="default"/>.</returns>
    public override string ToString() => Kind == 0
        ? "OutcomeCell(default)"
        : string.Create(CultureInfo.InvariantCulture, $"OutcomeCell({Kind})");

    /// <summary>Compares two cells by kind and every value they hold.</summary>
    /// <param name="other">The cell to compare with.</param>
    /// <returns><see langword="true"/> when both hold the same figure (a statistic's value compared as a number: 2.5 equals 2.50).</returns>
    public bool Equals(OutcomeCell other)
        => Kind == other.Kind && _value == other._value && _first == other._first && _second == other._second && _decimals == other._decimals;

    /// <summary>Compares with an object.</summary>
    /// <param name="obj">The object.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal cell.</returns>
    public override bool Equals(object? obj) => obj is OutcomeCell other && Equals(other);

    /// <summary>Gets a hash code from the kind and values.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Kind, _value, _first, _second, _decimals);

    /// <summary>Compares two cells for equality.</summary>
    /// <param name="left">The first cell.</param>
    /// <param name="right">The second cell.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(OutcomeCell left, OutcomeCell right) => left.Equals(right);

    /// <summary>Compares two cells for inequality.</summary>
    /// <param name="left">The first cell.</param>
    /// <param name="right">The second cell.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(OutcomeCell left, OutcomeCell right) => !left.Equals(right);

    private static void CheckNotNegative(long value, string paramName, string message)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, message);
        }
    }

    private static void CheckDecimals(int decimals)
    {
        if (decimals is < 0 or > MaxDecimals)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), OutcomesMessages.DecimalsRange);
        }
    }

    private static InvalidOperationException KindMismatch(string member, string kind)
        => new(string.Format(CultureInfo.InvariantCulture, OutcomesMessages.CellKindMismatchFormat, member, kind));

    private OutcomeCell Require(OutcomeCellKind kind, string member) => Kind == kind ? this : throw KindMismatch(member, kind.ToString());
}
