namespace SocialPrescribing.Outcomes.Tests;

/// <summary>Worked examples of <see cref="ValueCounts"/> at its edges: a value of 0, ranges past the values seen, equality of distributions.</summary>
public sealed class ValueCountsTests
{
    private static ValueCounts Of(params int[] values)
    {
        var counts = new ValueCounts();
        foreach (int v in values)
        {
            counts.Add(v);
        }

        return counts;
    }

    [Fact]
    public void MinAndMax_OnlyZeros_AreZero()
        => Assert.Equal((0, 0), (Of(0, 0).Min, Of(0, 0).Max));

    [Fact]
    public void CountBetween_RangesPastTheValuesSeen_CountWhatIsInside()
    {
        ValueCounts counts = Of(3, 7, 7);
        Assert.Equal(3, counts.CountBetween(0, int.MaxValue));
        Assert.Equal(1, counts.CountBetween(-5, 6));
        Assert.Equal(0, counts.CountBetween(8, 2));
    }

    [Fact]
    public void Equals_SameCountAndSumButDifferentValues_IsFalse()
    {
        // {0, 2} and {1, 1}: two values adding up to 2 in each, but different values.
        ValueCounts spread = Of(0, 2), together = Of(1, 1);
        Assert.Equal((spread.Count, spread.Sum), (together.Count, together.Sum));
        Assert.False(spread.Equals(together));
        Assert.False(together.Equals(spread));
    }

    [Fact]
    public void Equality_LawsHold_AndNullEqualsOnlyNull()
        => EqualityChecks.ClassLaws(Of(1, 2, 2), Of(2, 1, 2), Of(1, 2), (a, b) => a == b, (a, b) => a != b);

    [Fact]
    public void ToString_GivesCountMedianAndMax()
        => Assert.Equal("3 values, median 4, max 9", Of(9, 1, 4).ToString());

    [Fact]
    public void NullArguments_AreRefusedWithTheParameterNamed()
    {
        ValueCounts counts = Of(1);
        Assert.Equal("entries", Assert.Throws<ArgumentNullException>(() => ValueCounts.FromEntries(null!)).ParamName);
        Assert.Equal("first", Assert.Throws<ArgumentNullException>(() => ValueCounts.Merge(null!, counts)).ParamName);
        Assert.Equal("second", Assert.Throws<ArgumentNullException>(() => ValueCounts.Merge(counts, null!)).ParamName);
        Assert.Equal("outOfRange", Assert.Throws<ArgumentOutOfRangeException>(() => ValueCounts.FromEntries([], -1)).ParamName);
    }
}
