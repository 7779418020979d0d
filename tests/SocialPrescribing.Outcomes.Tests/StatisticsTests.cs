using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialPrescribing.Measures;

namespace SocialPrescribing.Outcomes.Tests;

public sealed class StatisticsTests
{
    private static readonly Gen<int[]> SmallValues = Gen.Choose(0, 40).ArrayOf();

    // Oracle: Hyndman and Fan type 7 on a sorted list (Excel PERCENTILE.INC), written directly from the definition.
    private static decimal Type7(IReadOnlyList<int> sorted, decimal percent)
    {
        decimal h = (sorted.Count - 1) * percent / 100m;
        int i = (int)Math.Floor(h);
        return i + 1 < sorted.Count ? sorted[i] + ((h - i) * (sorted[i + 1] - sorted[i])) : sorted[i];
    }

    private static ValueCounts CountsOf(IEnumerable<int> values)
    {
        var counts = new ValueCounts();
        foreach (int v in values)
        {
            counts.Add(v);
        }

        return counts;
    }

    [Theory]
    [InlineData(new[] { 1, 2, 3, 4 }, 50, "2.5")]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 90, "9.1")]
    [InlineData(new[] { 7 }, 90, "7")]
    [InlineData(new[] { 3, 1, 2 }, 50, "2")]
    [InlineData(new[] { 0, 0, 10 }, 100, "10")]
    [InlineData(new[] { 0, 0, 10 }, 0, "0")]
    public void Percentiles_worked_by_hand(int[] values, int percent, string expected)
        => Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), CountsOf(values).Percentile(percent));

    [Property]
    public Property Figures_agree_with_the_sorted_list() => Prop.ForAll(SmallValues.ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(), (values, percent) =>
    {
        ValueCounts counts = CountsOf(values);
        int[] sorted = [.. values.Order()];
        bool empty = values.Length == 0;
        return counts.Count == values.Length && counts.Sum == values.Sum()
            && counts.Min == (empty ? null : sorted[0]) && counts.Max == (empty ? null : sorted[^1])
            && counts.Percentile(percent) == (empty ? null : Type7(sorted, percent))
            && counts.Median == (empty ? null : Type7(sorted, 50))
            && counts.Mean == (empty ? null : (decimal)values.Sum() / values.Length)
            && counts.CountBetween(5, 9) == values.Count(v => v is >= 5 and <= 9)
            && ValueCounts.FromEntries(counts.Entries).Equals(counts);
    });

    [Property]
    public Property Merge_is_associative_and_commutative_with_an_identity() => Prop.ForAll(SmallValues.ToArbitrary(), SmallValues.ToArbitrary(), SmallValues.ToArbitrary(), (a, b, c) =>
    {
        ValueCounts x = CountsOf(a), y = CountsOf(b), z = CountsOf(c);
        return ValueCounts.Merge(ValueCounts.Merge(x, y), z).Equals(ValueCounts.Merge(x, ValueCounts.Merge(y, z)))
            && ValueCounts.Merge(x, y).Equals(ValueCounts.Merge(y, x))
            && ValueCounts.Merge(x, new ValueCounts()).Equals(x)
            && ValueCounts.Merge(x, y).Equals(CountsOf(a.Concat(b)))
            && x.Equals(CountsOf(a)); // merging leaves its arguments unchanged
    });

    [Fact]
    public void Values_outside_the_range_are_counted_as_out_of_range_and_left_out_of_the_statistics()
    {
        var counts = new ValueCounts();
        counts.Add(-1);
        counts.Add(ValueCounts.MaxValue + 1);
        counts.Add(int.MinValue);
        counts.Add(ValueCounts.MaxValue);
        Assert.Equal((1L, 3L, (long)ValueCounts.MaxValue), (counts.Count, counts.OutOfRange, counts.Sum));
        Assert.Equal(ValueCounts.MaxValue, counts.Max);
        Assert.Equal("1 values, median 10000, max 10000, 3 out of range", counts.ToString());
        Assert.Equal(counts, ValueCounts.FromEntries(counts.Entries, counts.OutOfRange));
        Assert.NotEqual(counts, ValueCounts.FromEntries(counts.Entries));
        Assert.Equal("percent", Assert.Throws<ArgumentOutOfRangeException>(() => counts.Percentile(100.5m)).ParamName);
        Assert.Equal("entries", Assert.Throws<ArgumentOutOfRangeException>(() => ValueCounts.FromEntries([new ValueCount(1, -1)])).ParamName);
        Assert.Null(new ValueCounts().Median);
        Assert.Equal("0 values", new ValueCounts().ToString());
    }

    [Fact]
    public void Mean_change_and_interval_worked_by_hand()
    {
        // Changes 1, 2, 3, 4, 5: mean 3; s = sqrt(10 / 4) = 1.5811; se = s / sqrt(5) = 0.70711;
        // t(0.975, 4) = 2.7764 (t table); half width 1.9632; interval 1.0368 to 4.9632.
        PairedChange change = Pairs((0, 1), (0, 2), (0, 3), (0, 4), (0, 5));
        Assert.Equal(5, change.Count);
        Assert.Equal(3m, change.MeanChange);
        Assert.Equal(1.5811m, decimal.Round(change.StandardDeviation!.Value, 4));
        Assert.Equal(1.0368m, decimal.Round(change.ConfidenceInterval95!.Value.Lower, 4));
        Assert.Equal(4.9632m, decimal.Round(change.ConfidenceInterval95!.Value.Upper, 4));
        Assert.Equal("1.04 to 4.96", change.ConfidenceInterval95!.Value.ToString());

        // Changes 2 and 4: mean 3; s = sqrt(2) ; se = 1; t(0.975, 1) = 12.7062; interval -9.7062 to 15.7062.
        PairedChange two = Pairs((5, 7), (1, 5));
        Assert.Equal(-9.7062m, decimal.Round(two.ConfidenceInterval95!.Value.Lower, 4));
        Assert.Equal(15.7062m, decimal.Round(two.ConfidenceInterval95!.Value.Upper, 4));

        // One pair: a mean, no interval.
        PairedChange one = Pairs((4, 6));
        Assert.Equal(2m, one.MeanChange);
        Assert.Null(one.ConfidenceInterval95);
        Assert.Null(new PairedChange(5, 1).MeanChange);
    }

    [Fact]
    public void Pam_change_is_in_points_though_kept_in_tenths()
    {
        var change = new PairedChange(4, 10);
        change.Add(500, 535, ChangeDirection.Improved, 2, 3, 30);
        change.Add(600, 620, ChangeDirection.Improved, 3, 3, 30);
        Assert.Equal(2.75m, change.MeanChange);
        Assert.Equal(1, change.AtLeastThreshold);
        Assert.Equal(1, change.Transitions(2, 3));
        Assert.Equal(1, change.Transitions(3, 3));
        Assert.Equal(0, change.Transitions(3, 2));
        Assert.Equal("from", Assert.Throws<ArgumentOutOfRangeException>(() => change.Transitions(0, 1)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => change.Add(new PairedChange(5, 1))).ParamName);
    }

    [Property]
    public Property Paired_change_merges_like_one_pass() => Prop.ForAll(
        Gen.Choose(0, 10).Two().ArrayOf().ToArbitrary(), Gen.Choose(0, 10).Two().ArrayOf().ToArbitrary(), (a, b) =>
        {
            PairedChange x = Pairs(a), y = Pairs(b);
            PairedChange whole = Pairs([.. a, .. b]);
            double[] changes = [.. a.Concat(b).Select(p => (double)(p.Item2 - p.Item1))];
            bool sdAgrees = changes.Length < 2 || Math.Abs((double)whole.StandardDeviation!.Value - StandardDeviation(changes)) < 1e-9;
            return PairedChange.Merge(x, y).Equals(whole) && PairedChange.Merge(y, x).Equals(whole)
                && PairedChange.Merge(x, new PairedChange(5, 1)).Equals(x) && sdAgrees
                && whole.Improved == changes.Count(c => c > 0) && whole.Worsened == changes.Count(c => c < 0);
        });

    [Property]
    public Property Category_counts_merge_like_one_pass() => Prop.ForAll(
        Gen.Elements(Enum.GetValues<PamLevel>()).ArrayOf().ToArbitrary(), Gen.Elements(Enum.GetValues<PamLevel>()).ArrayOf().ToArbitrary(), (a, b) =>
        {
            CategoryCounts<PamLevel> x = Categories(a), y = Categories(b), whole = Categories([.. a, .. b]);
            return CategoryCounts<PamLevel>.Merge(x, y).Equals(whole) && CategoryCounts<PamLevel>.Merge(y, x).Equals(whole)
                && whole.Total == a.Length + b.Length
                && Enum.GetValues<PamLevel>().All(l => whole[l] == a.Concat(b).Count(v => v == l));
        });

    [Fact]
    public void Category_counts_refuse_unnamed_members()
        => Assert.Equal("member", Assert.Throws<ArgumentOutOfRangeException>(() => new CategoryCounts<PamLevel>().Add((PamLevel)9)).ParamName);

    private static double StandardDeviation(double[] xs)
    {
        double mean = xs.Average();
        return Math.Sqrt(xs.Sum(x => (x - mean) * (x - mean)) / (xs.Length - 1));
    }

    private static CategoryCounts<PamLevel> Categories(IEnumerable<PamLevel> levels)
    {
        var counts = new CategoryCounts<PamLevel>();
        foreach (PamLevel level in levels)
        {
            counts.Add(level);
        }

        return counts;
    }

    private static PairedChange Pairs(params (int From, int To)[] pairs)
    {
        var change = new PairedChange(5, 1);
        foreach ((int from, int to) in pairs)
        {
            ChangeDirection direction = to > from ? ChangeDirection.Improved : to < from ? ChangeDirection.Worsened : ChangeDirection.Unchanged;
            change.Add(from, to, direction, 1 + (from / 3), 1 + (to / 3));
        }

        return change;
    }
}
