using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using MathNet.Numerics.Distributions;
using SocialPrescribing.Measures;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// Change from baseline to follow-up over pairs of one person's own scores: the number of pairs, the mean change with
/// its 95% confidence interval, the shares improved, unchanged and worse, and the movement between bands or levels.
/// </summary>
/// <remarks>
/// <para>
/// The sums are kept in whole units of the measure (ONS4 rating points, PAM tenths), so merging two summaries is exact:
/// <see cref="Merge"/> gives the summary of one pass over both sets of pairs. The mean change and the interval are
/// computed from the sums when asked. The interval is the mean plus or minus the 97.5th percentile of Student's t
/// distribution with n - 1 degrees of freedom times the standard error (sample standard deviation over the square root
/// of n); it needs at least 2 pairs.
/// </para>
/// <para>
/// "Improved" follows the measure's direction: for ONS4 anxiety a fall is an improvement, as
/// <see cref="Ons4Thresholds.DirectionOf"/> says (Appendix 6).
/// </para>
/// <para>
/// Immutable: the aggregation fills a summary before it returns it, and no public member changes it. Rebuild one from
/// stored figures with <see cref="Create"/>, and add two with <see cref="Merge"/>.
/// </para>
/// </remarks>
/// <threadsafety>Immutable once returned; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class PairedChange : IEquatable<PairedChange>, System.Numerics.IEqualityOperators<PairedChange, PairedChange, bool>
{
    /// <summary>
    /// The 97.5th percentile of Student's t by degrees of freedom, computed once per process for each number of degrees
    /// seen (MathNet's inverse is a root search, about 7 microseconds; a dashboard asks for the same few again and again).
    /// </summary>
    private static readonly ConcurrentDictionary<long, double> UpperQuantiles = new();

    /// <summary>The ONS4 bands, from very low to very high.</summary>
    internal const int Ons4Bands = 5;

    /// <summary>The PAM levels.</summary>
    internal const int PamLevelCount = 4;

    /// <summary>The PAM gain that counts towards <see cref="AtLeastThreshold"/>, in tenths: 3 points (CBE 2483).</summary>
    internal static readonly int PamGainTenths = (int)(PamLevels.MeaningfulImprovement * 10);

    private readonly long[] _transitions;

    /// <summary>Initializes an empty summary for a measure with the given number of bands or levels.</summary>
    /// <param name="bands">How many bands (ONS4: 5, counting from <see cref="Ons4Band.VeryLow"/>) or levels (PAM: 4); 1 to 10.</param>
    /// <param name="unitsPerPoint">Units per point of the measure: 1 for ONS4 ratings, 10 for PAM scores kept in tenths.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bands"/> is outside 1 to 10, or <paramref name="unitsPerPoint"/> is not 1 or 10.</exception>
    public PairedChange(int bands, int unitsPerPoint)
    {
        Preconditions.CheckArgumentRange(nameof(bands), bands, 1, 10);
        Preconditions.CheckArgument(unitsPerPoint is 1 or 10, nameof(unitsPerPoint), OutcomesMessages.UnitsPerPoint);
        Bands = bands;
        UnitsPerPoint = unitsPerPoint;
        _transitions = new long[bands * bands];
    }

    /// <summary>Gets the number of bands or levels transitions are counted between.</summary>
    /// <value>1 to 10.</value>
    public int Bands { get; }

    /// <summary>Gets the units per point of the measure.</summary>
    /// <value>1 (ONS4) or 10 (PAM in tenths).</value>
    public int UnitsPerPoint { get; }

    /// <summary>Gets the number of pairs.</summary>
    /// <value>0 or more.</value>
    public long Count { get; private set; }

    /// <summary>Gets the sum of the changes (follow-up minus baseline), in units.</summary>
    /// <value>Any sign.</value>
    public long SumOfChanges { get; private set; }

    /// <summary>Gets the sum of the squared changes, in units squared.</summary>
    /// <value>0 or more.</value>
    public long SumOfSquaredChanges { get; private set; }

    /// <summary>Gets how many pairs improved, in the measure's direction.</summary>
    /// <value>0 to <see cref="Count"/>.</value>
    public long Improved { get; private set; }

    /// <summary>Gets how many pairs did not change.</summary>
    /// <value>0 to <see cref="Count"/>.</value>
    public long Unchanged { get; private set; }

    /// <summary>Gets how many pairs got worse, in the measure's direction.</summary>
    /// <value>0 to <see cref="Count"/>.</value>
    public long Worsened { get; private set; }

    /// <summary>Gets how many pairs rose by at least the threshold given when they were added (PAM: 3 points, CBE 2483).</summary>
    /// <value>0 to <see cref="Count"/>; 0 when no threshold applies.</value>
    public long AtLeastThreshold { get; private set; }

    /// <summary>Gets the mean change in points of the measure (follow-up minus baseline).</summary>
    /// <value>Unrounded; <see langword="null"/> with no pairs.</value>
    public decimal? MeanChange => Count == 0 ? null : (decimal)SumOfChanges / Count / UnitsPerPoint;

    /// <summary>Gets the sample standard deviation of the changes, in points.</summary>
    /// <value>
    /// <see langword="null"/> with fewer than 2 pairs. A <see langword="decimal"/>, like every statistic of this package
    /// (docs/outcomes.md, "Number types"); the square root is taken in <see langword="double"/> (about 15 significant digits).
    /// </value>
    public decimal? StandardDeviation
    {
        get
        {
            if (Count < 2)
            {
                return null;
            }

            // Exact in integers up to the final division: n * sum(d^2) - (sum d)^2 over n (n - 1).
            decimal n = Count;
            decimal spread = (n * SumOfSquaredChanges) - ((decimal)SumOfChanges * SumOfChanges);
            return (decimal)Math.Sqrt((double)(spread / (n * (n - 1)))) / UnitsPerPoint;
        }
    }

    /// <summary>Gets the 95% confidence interval of the mean change, from Student's t distribution with n - 1 degrees of freedom.</summary>
    /// <value><see langword="null"/> with fewer than 2 pairs.</value>
    public ConfidenceInterval? ConfidenceInterval95
    {
        get
        {
            if (StandardDeviation is not decimal sd)
            {
                return null;
            }

            double halfWidth = UpperQuantiles.GetOrAdd(Count - 1, static df => StudentT.InvCDF(0, 1, df, 0.975)) * (double)sd / Math.Sqrt(Count);
            decimal mean = MeanChange!.Value;
            decimal half = (decimal)halfWidth;
            return new ConfidenceInterval(mean - half, mean + half);
        }
    }

    /// <summary>Gets how many pairs moved from one band or level to another.</summary>
    /// <param name="from">The band at baseline, 1 to <see cref="Bands"/>.</param>
    /// <param name="to">The band at follow-up, 1 to <see cref="Bands"/>.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="from"/> or <paramref name="to"/> is outside 1 to <see cref="Bands"/>.</exception>
    public long Transitions(int from, int to)
    {
        Preconditions.CheckArgumentRange(nameof(from), from, 1, Bands);
        Preconditions.CheckArgumentRange(nameof(to), to, 1, Bands);
        return _transitions[((from - 1) * Bands) + to - 1];
    }

    /// <summary>Gets the transition counts as one list, row by row: from band 1 to bands 1 to <see cref="Bands"/>, then from band 2, and so on.</summary>
    /// <value>A new read-only list of <see cref="Bands"/> x <see cref="Bands"/> counts, for storage and sending.</value>
    public System.Collections.ObjectModel.ReadOnlyCollection<long> TransitionCounts => Array.AsReadOnly((long[])_transitions.Clone());

    /// <summary>Rebuilds a summary from its figures, as read back from storage (the properties of a summary, and <see cref="TransitionCounts"/>).</summary>
    /// <param name="bands">The number of bands or levels, 1 to 10.</param>
    /// <param name="unitsPerPoint">1 or 10.</param>
    /// <param name="count">The number of pairs.</param>
    /// <param name="sumOfChanges">The sum of the changes, in units.</param>
    /// <param name="sumOfSquaredChanges">The sum of the squared changes, in units squared.</param>
    /// <param name="improved">The pairs that improved.</param>
    /// <param name="unchanged">The pairs that did not change.</param>
    /// <param name="worsened">The pairs that got worse.</param>
    /// <param name="atLeastThreshold">The pairs that rose by at least the threshold.</param>
    /// <param name="transitionCounts">The transitions, row by row, as <see cref="TransitionCounts"/> gives them.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transitionCounts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bands"/> is outside 1 to 10, or a count is negative.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="unitsPerPoint"/> is not 1 or 10; improved, unchanged and worsened do not add up to
    /// <paramref name="count"/>; <paramref name="atLeastThreshold"/> exceeds it; the transitions are not
    /// <paramref name="bands"/> squared counts adding up to it; or the sums cannot come from <paramref name="count"/> pairs.
    /// </exception>
    public static PairedChange Create(int bands, int unitsPerPoint, long count, long sumOfChanges, long sumOfSquaredChanges, long improved, long unchanged, long worsened, long atLeastThreshold, IEnumerable<long> transitionCounts)
    {
        Preconditions.CheckNotNull(transitionCounts, nameof(transitionCounts));
        var change = new PairedChange(bands, unitsPerPoint);
        foreach ((long value, string name) in new[] { (count, nameof(count)), (sumOfSquaredChanges, nameof(sumOfSquaredChanges)), (improved, nameof(improved)), (unchanged, nameof(unchanged)), (worsened, nameof(worsened)), (atLeastThreshold, nameof(atLeastThreshold)) })
        {
            Preconditions.CheckArgumentRange(name, value, 0, long.MaxValue);
        }

        long[] transitions = [.. transitionCounts];
        Preconditions.CheckArgument(improved + unchanged + worsened == count, nameof(count), OutcomesMessages.PairedChangeDirections);
        Preconditions.CheckArgument(atLeastThreshold <= count, nameof(atLeastThreshold), OutcomesMessages.PairedChangeThreshold);
        Preconditions.CheckArgument(transitions.Length == bands * bands && transitions.All(t => t >= 0) && transitions.Sum() == count, nameof(transitionCounts), OutcomesMessages.PairedChangeTransitions);

        // Cauchy-Schwarz: (sum of changes)^2 <= count x (sum of squares); no pairs means no sums.
        Preconditions.CheckArgument(
            (decimal)sumOfChanges * sumOfChanges <= (decimal)count * sumOfSquaredChanges && (count > 0 || (sumOfChanges == 0 && sumOfSquaredChanges == 0)),
            nameof(sumOfSquaredChanges),
            OutcomesMessages.PairedChangeSums);
        change.Count = count;
        change.SumOfChanges = sumOfChanges;
        change.SumOfSquaredChanges = sumOfSquaredChanges;
        change.Improved = improved;
        change.Unchanged = unchanged;
        change.Worsened = worsened;
        change.AtLeastThreshold = atLeastThreshold;
        transitions.CopyTo(change._transitions, 0);
        return change;
    }

    /// <summary>Summarises ONS4 changes of one item, each one person's baseline and follow-up (for analysts with their own pairs).</summary>
    /// <param name="changes">The changes, as <see cref="Ons4ItemChange.Between"/> gives them; a change with an unrated answer (not comparable) is left out.</param>
    /// <returns>A summary with 5 bands and 1 unit per point, as <see cref="GroupOutcomes.Ons4Change"/> holds; improvement follows the item's direction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="changes"/> is null.</exception>
    /// <exception cref="ArgumentException">The changes are not all of the same item.</exception>
    public static PairedChange FromOns4(IEnumerable<Ons4ItemChange> changes)
    {
        Preconditions.CheckNotNull(changes, nameof(changes));
        var summary = new PairedChange(Ons4Bands, 1);
        Ons4Item? item = null;
        foreach (Ons4ItemChange change in changes)
        {
            Preconditions.CheckArgument(item is null || item == change.Item, nameof(changes), OutcomesMessages.PairsOfOneItem);
            item = change.Item;
            if (change.From.TryGetRating(out Ons4Rating from) && change.To.TryGetRating(out Ons4Rating to))
            {
                summary.Add(from.Value, to.Value, change.Direction, (int)change.FromBand!.Value, (int)change.ToBand!.Value);
            }
        }

        return summary;
    }

    /// <summary>Summarises PAM changes, each one person's baseline and follow-up (for analysts with their own pairs).</summary>
    /// <param name="changes">The changes, as <see cref="PamChange.Between"/> gives them.</param>
    /// <returns>A summary with 4 levels and 10 units per point (tenths), as <see cref="GroupOutcomes.PamChange"/> holds; <see cref="AtLeastThreshold"/> counts gains of 3 points or more (CBE 2483).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="changes"/> is null.</exception>
    public static PairedChange FromPam(IEnumerable<PamChange> changes)
    {
        Preconditions.CheckNotNull(changes, nameof(changes));
        var summary = new PairedChange(PamLevelCount, 10);
        foreach (PamChange change in changes)
        {
            summary.Add(change.From.Tenths, change.To.Tenths, change.Direction, (int)change.FromLevel, (int)change.ToLevel, PamGainTenths);
        }

        return summary;
    }

    /// <summary>Merges two summaries of the same measure into a new one, leaving both unchanged.</summary>
    /// <param name="first">The first summary.</param>
    /// <param name="second">The second summary.</param>
    /// <returns>The summary of all the pairs of both; associative and commutative, with an empty summary as identity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> or <paramref name="second"/> is null.</exception>
    /// <exception cref="ArgumentException">The two have different <see cref="Bands"/> or <see cref="UnitsPerPoint"/>.</exception>
    public static PairedChange Merge(PairedChange first, PairedChange second)
    {
        Preconditions.CheckNotNull(first, nameof(first));
        Preconditions.CheckNotNull(second, nameof(second));
        Preconditions.CheckArgument(second.Bands == first.Bands && second.UnitsPerPoint == first.UnitsPerPoint, nameof(second), OutcomesMessages.DifferentMeasure);
        var merged = new PairedChange(first.Bands, first.UnitsPerPoint);
        merged.Add(first);
        merged.Add(second);
        return merged;
    }

    /// <summary>Adds every pair of another summary of the same measure to this one (the aggregation's builder; never on a summary already returned).</summary>
    /// <exception cref="ArgumentException"><paramref name="other"/> has different <see cref="Bands"/> or <see cref="UnitsPerPoint"/>.</exception>
    internal void Add(PairedChange other)
    {
        Preconditions.CheckArgument(other.Bands == Bands && other.UnitsPerPoint == UnitsPerPoint, nameof(other), OutcomesMessages.DifferentMeasure);
        Count += other.Count;
        SumOfChanges += other.SumOfChanges;
        SumOfSquaredChanges += other.SumOfSquaredChanges;
        Improved += other.Improved;
        Unchanged += other.Unchanged;
        Worsened += other.Worsened;
        AtLeastThreshold += other.AtLeastThreshold;
        for (int i = 0; i < _transitions.Length; i++)
        {
            _transitions[i] += other._transitions[i];
        }
    }

    /// <summary>Compares two summaries figure by figure.</summary>
    /// <param name="other">The summary to compare with.</param>
    /// <returns><see langword="true"/> when every sum, count and transition is equal.</returns>
    public bool Equals(PairedChange? other)
        => other is not null && other.Bands == Bands && other.UnitsPerPoint == UnitsPerPoint && other.Count == Count
           && other.SumOfChanges == SumOfChanges && other.SumOfSquaredChanges == SumOfSquaredChanges && other.Improved == Improved
           && other.Unchanged == Unchanged && other.Worsened == Worsened && other.AtLeastThreshold == AtLeastThreshold
           && other._transitions.AsSpan().SequenceEqual(_transitions);

    /// <summary>Compares two values for equality, as <see cref="Equals(PairedChange)"/> does.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(PairedChange? left, PairedChange? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(PairedChange? left, PairedChange? right) => !(left == right);

    /// <summary>Compares with an object.</summary>
    /// <param name="obj">The object.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal <see cref="PairedChange"/>.</returns>
    public override bool Equals(object? obj) => Equals(obj as PairedChange);

    /// <summary>Gets a hash code from the count and sums.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Count, SumOfChanges, SumOfSquaredChanges);

    /// <summary>Describes the summary by pairs and mean change.</summary>
    /// <returns>For example <c>12 pairs, mean change 1.25</c>.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Count} pairs, mean change {(MeanChange is decimal m ? m.ToString("0.00", CultureInfo.InvariantCulture) : "-")}");

    /// <summary>Adds one pair.</summary>
    /// <param name="baseline">The baseline score in units.</param>
    /// <param name="followUp">The follow-up score in units.</param>
    /// <param name="direction">Whether it improved, in the measure's direction.</param>
    /// <param name="fromBand">The band or level at baseline, 1 to <see cref="Bands"/>.</param>
    /// <param name="toBand">The band or level at follow-up, 1 to <see cref="Bands"/>.</param>
    /// <param name="threshold">The rise in units that counts towards <see cref="AtLeastThreshold"/>; <see cref="int.MaxValue"/> for none.</param>
    internal void Add(int baseline, int followUp, ChangeDirection direction, int fromBand, int toBand, int threshold = int.MaxValue)
    {
        long change = followUp - baseline;
        Count++;
        SumOfChanges += change;
        SumOfSquaredChanges += change * change;
        switch (direction)
        {
            case ChangeDirection.Improved: Improved++; break;
            case ChangeDirection.Worsened: Worsened++; break;
            default: Unchanged++; break;
        }

        if (change >= threshold)
        {
            AtLeastThreshold++;
        }

        _transitions[((fromBand - 1) * Bands) + toBand - 1]++;
    }
}
