using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Globalization;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// Counts per value of a small non-negative integer (ONS4 ratings 0-10, PAM scores in tenths, waiting days): an exact,
/// mergeable summary from which count, sum, mean, median, percentiles and maximum are computed exactly.
/// </summary>
/// <remarks>
/// <para>
/// Because the values are small integers, keeping a count per value loses nothing: two summaries merged with
/// <see cref="Merge"/> give exactly the summary of one pass over all the values, so medians and percentiles stay exact
/// across shards (an average of medians would not). Memory is in proportion to the largest value seen, never to the
/// number of values added (docs/outcomes.md, "How it computes").
/// </para>
/// <para>
/// A value outside 0 to <see cref="MaxValue"/> (a wait of more than 10,000 days, a negative one) is a recording error,
/// not a figure: it is counted in <see cref="OutOfRange"/> and left out of <see cref="Count"/>, <see cref="Sum"/> and
/// every statistic, so one bad row never ends an aggregation (this library's choice).
/// </para>
/// <para>
/// Immutable: the aggregation fills a summary before it returns it, and no public member changes it. Make one from
/// stored entries with <see cref="FromEntries(IEnumerable{ValueCount}, long)"/>, and add two with <see cref="Merge"/>.
/// </para>
/// <para>
/// Percentiles use linear interpolation between closest ranks (Hyndman and Fan's definition 7, the one of Excel's
/// <c>PERCENTILE.INC</c> and R's default): this library's choice, since it is the one analysts reproduce by hand.
/// </para>
/// </remarks>
/// <threadsafety>Immutable once returned; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class ValueCounts : IEquatable<ValueCounts>, System.Numerics.IEqualityOperators<ValueCounts, ValueCounts, bool>
{
    /// <summary>The largest value accepted: a little over 27 years in days, or 100.0 in tenths many times over.</summary>
    public const int MaxValue = 10_000;

    private long[] _counts;

    /// <summary>Initializes an empty summary.</summary>
    public ValueCounts() => _counts = [];

    private ValueCounts(long[] counts, long count, long sum, long outOfRange)
    {
        _counts = counts;
        Count = count;
        Sum = sum;
        OutOfRange = outOfRange;
    }

    /// <summary>Gets how many values were added within 0 to <see cref="MaxValue"/>: the values every statistic is computed from.</summary>
    /// <value>0 for an empty summary.</value>
    public long Count { get; private set; }

    /// <summary>Gets how many values outside 0 to <see cref="MaxValue"/> were seen and left out of the statistics.</summary>
    /// <value>0 or more; not part of <see cref="Count"/>.</value>
    public long OutOfRange { get; private set; }

    /// <summary>Gets the sum of the values added.</summary>
    /// <value>0 for an empty summary.</value>
    public long Sum { get; private set; }

    /// <summary>Gets the smallest value added.</summary>
    /// <value><see langword="null"/> for an empty summary.</value>
    public int? Min
    {
        get
        {
            for (int v = 0; v < _counts.Length; v++)
            {
                if (_counts[v] != 0)
                {
                    return v;
                }
            }

            return null;
        }
    }

    /// <summary>Gets the largest value added.</summary>
    /// <value><see langword="null"/> for an empty summary.</value>
    public int? Max
    {
        get
        {
            for (int v = _counts.Length - 1; v >= 0; v--)
            {
                if (_counts[v] != 0)
                {
                    return v;
                }
            }

            return null;
        }
    }

    /// <summary>Gets the mean of the values added.</summary>
    /// <value><see cref="Sum"/> / <see cref="Count"/> unrounded; <see langword="null"/> for an empty summary.</value>
    public decimal? Mean => Count == 0 ? null : (decimal)Sum / Count;

    /// <summary>Gets the median: the 50th percentile (for an even count, the mean of the two middle values).</summary>
    /// <value><see langword="null"/> for an empty summary.</value>
    public decimal? Median => Percentile(50);

    /// <summary>Gets the values seen and how often, smallest first; values never seen are left out.</summary>
    /// <value>A new read-only list.</value>
    public ReadOnlyCollection<ValueCount> Entries
    {
        get
        {
            var entries = new List<ValueCount>();
            for (int v = 0; v < _counts.Length; v++)
            {
                if (_counts[v] != 0)
                {
                    entries.Add(new ValueCount(v, _counts[v]));
                }
            }

            return entries.AsReadOnly();
        }
    }

    /// <summary>Makes a summary from the counts per value, as read back from <see cref="Entries"/> (for storage and sending).</summary>
    /// <param name="entries">The counts; a value may appear more than once (the counts add).</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside 0 to <see cref="MaxValue"/>, or a count is negative.</exception>
    public static ValueCounts FromEntries(IEnumerable<ValueCount> entries) => FromEntries(entries, 0);

    /// <summary>Makes a summary from the counts per value and the count of values out of range, as read back from <see cref="Entries"/> and <see cref="OutOfRange"/>.</summary>
    /// <param name="entries">The counts; a value may appear more than once (the counts add).</param>
    /// <param name="outOfRange">How many values outside 0 to <see cref="MaxValue"/> were seen; 0 or more.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside 0 to <see cref="MaxValue"/>, a count is negative, or <paramref name="outOfRange"/> is negative.</exception>
    public static ValueCounts FromEntries(IEnumerable<ValueCount> entries, long outOfRange)
    {
        Preconditions.CheckNotNull(entries, nameof(entries));
        Preconditions.CheckArgumentRange(nameof(outOfRange), outOfRange, 0, long.MaxValue);
        var counts = new ValueCounts { OutOfRange = outOfRange };
        foreach (ValueCount entry in entries)
        {
            counts.Add(entry.Value, entry.Count, nameof(entries));
        }

        return counts;
    }

    /// <summary>Merges two summaries into a new one, leaving both unchanged: the summary of all their values.</summary>
    /// <param name="first">The first summary.</param>
    /// <param name="second">The second summary.</param>
    /// <returns>A new summary; merging is associative and commutative, and an empty summary is its identity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> or <paramref name="second"/> is null.</exception>
    public static ValueCounts Merge(ValueCounts first, ValueCounts second)
    {
        Preconditions.CheckNotNull(first, nameof(first));
        Preconditions.CheckNotNull(second, nameof(second));
        ValueCounts merged = first.Copy();
        merged.Add(second);
        return merged;
    }

    /// <summary>Adds one value, or counts it in <see cref="OutOfRange"/> (the aggregation's builder; never on a summary already returned).</summary>
    internal void Add(int value)
    {
        if (unchecked((uint)value) < (uint)_counts.Length)
        {
            _counts[value]++;
            Count++;
            Sum += value;
        }
        else if (unchecked((uint)value) <= MaxValue)
        {
            Add(value, 1, nameof(value));
        }
        else
        {
            OutOfRange++;
        }
    }

    /// <summary>Adds every value of another summary to this one (the aggregation's builder; never on a summary already returned).</summary>
    internal void Add(ValueCounts other)
    {
        long[] theirs = other._counts;
        Grow(theirs.Length - 1);
        for (int v = 0; v < theirs.Length; v++)
        {
            _counts[v] += theirs[v];
        }

        Count += other.Count;
        Sum += other.Sum;
        OutOfRange += other.OutOfRange;
    }

    /// <summary>Gets how many times a value was added.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The count; 0 for a value never added (including negative ones).</returns>
    public long CountOf(int value) => unchecked((uint)value) < (uint)_counts.Length ? _counts[value] : 0;

    /// <summary>Gets how many values fall from <paramref name="low"/> to <paramref name="high"/> inclusive.</summary>
    /// <param name="low">The smallest value counted.</param>
    /// <param name="high">The largest value counted.</param>
    /// <returns>The count; 0 when <paramref name="high"/> is below <paramref name="low"/>.</returns>
    public long CountBetween(int low, int high)
    {
        long n = 0;
        for (int v = Math.Max(low, 0); v <= high && v < _counts.Length; v++)
        {
            n += _counts[v];
        }

        return n;
    }

    /// <summary>Gets a percentile by linear interpolation between closest ranks (Excel's <c>PERCENTILE.INC</c>).</summary>
    /// <param name="percent">The percentile, 0 to 100: 50 is the median, 90 the 90th percentile.</param>
    /// <returns>The percentile, exact; <see langword="null"/> for an empty summary.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is outside 0 to 100.</exception>
    public decimal? Percentile(decimal percent)
    {
        Preconditions.CheckArgumentRange(nameof(percent), percent, 0m, 100m);
        if (Count == 0)
        {
            return null;
        }

        // Rank h = (n - 1) p, zero-based; the value is x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]).
        decimal h = (Count - 1) * percent / 100m;
        long lower = (long)decimal.Floor(h);
        int below = ValueAtRank(lower);
        return h == lower ? below : below + ((h - lower) * (ValueAtRank(lower + 1) - below));
    }

    /// <summary>Makes an independent copy for a builder to add to.</summary>
    internal ValueCounts Copy() => new((long[])_counts.Clone(), Count, Sum, OutOfRange);

    /// <summary>Compares two summaries value by value.</summary>
    /// <param name="other">The summary to compare with.</param>
    /// <returns><see langword="true"/> when every value has the same count in both, and so has <see cref="OutOfRange"/>.</returns>
    public bool Equals(ValueCounts? other)
    {
        if (other is null || other.Count != Count || other.Sum != Sum || other.OutOfRange != OutOfRange)
        {
            return false;
        }

        int longest = Math.Max(_counts.Length, other._counts.Length);
        for (int v = 0; v < longest; v++)
        {
            if (CountOf(v) != other.CountOf(v))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Compares two values for equality, as <see cref="Equals(ValueCounts)"/> does.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(ValueCounts? left, ValueCounts? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ValueCounts? left, ValueCounts? right) => !(left == right);

    /// <summary>Compares with an object.</summary>
    /// <param name="obj">The object.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal <see cref="ValueCounts"/>.</returns>
    public override bool Equals(object? obj) => Equals(obj as ValueCounts);

    /// <summary>Gets a hash code from the count and sum.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Count, Sum);

    /// <summary>Describes the summary by count, median and maximum.</summary>
    /// <returns>For example <c>12 values, median 4, max 9</c>, or <c>12 values, median 4, max 9, 1 out of range</c>.</returns>
    public override string ToString()
        => (Count == 0 ? "0 values" : string.Create(CultureInfo.InvariantCulture, $"{Count} values, median {Median}, max {Max}"))
           + (OutOfRange == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $", {OutOfRange} out of range"));

    private void Add(int value, long times, string paramName)
    {
        Preconditions.CheckArgumentRange(paramName, value, 0, MaxValue);
        Preconditions.CheckArgumentRange(paramName, times, 0, long.MaxValue);
        Grow(value);
        _counts[value] += times;
        Count += times;
        Sum += value * times;
    }

    private void Grow(int value)
    {
        if (value >= _counts.Length)
        {
            Array.Resize(ref _counts, Math.Min(MaxValue + 1, Math.Max(value + 1, Math.Max(16, _counts.Length * 2))));
        }
    }

    private int ValueAtRank(long rank)
    {
        long seen = 0;
        for (int v = 0; v < _counts.Length; v++)
        {
            seen += _counts[v];
            if (seen > rank)
            {
                return v;
            }
        }

        throw new UnreachableException();
    }
}
