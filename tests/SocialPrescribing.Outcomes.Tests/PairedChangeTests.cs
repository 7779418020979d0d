using SocialPrescribing.Measures;

namespace SocialPrescribing.Outcomes.Tests;

/// <summary>Worked examples of <see cref="PairedChange"/>: what it accepts, what it refuses, equality and text.</summary>
public sealed class PairedChangeTests
{
    // Two ONS4 pairs, changes +1 (band 1 to 1) and +2 (band 1 to 2): sum 3, sum of squares 5, both improved, one rise of 2 or more.
    private static readonly long[] TwoPairs = Transitions(5, (1, 1), (1, 2));

    private static long[] Transitions(int bands, params (int From, int To)[] moves)
    {
        long[] t = new long[bands * bands];
        foreach ((int from, int to) in moves)
        {
            t[((from - 1) * bands) + to - 1]++;
        }

        return t;
    }

    private static PairedChange Base() => PairedChange.Create(5, 1, 2, 3, 5, 2, 0, 0, 1, TwoPairs);

    public static TheoryData<string, PairedChange> OneFigureDifferent => new()
    {
        { "units per point", PairedChange.Create(5, 10, 2, 3, 5, 2, 0, 0, 1, TwoPairs) },
        { "bands", PairedChange.Create(4, 1, 2, 3, 5, 2, 0, 0, 1, Transitions(4, (1, 1), (1, 2))) },
        { "sum of changes", PairedChange.Create(5, 1, 2, 1, 5, 2, 0, 0, 1, TwoPairs) },
        { "sum of squares", PairedChange.Create(5, 1, 2, 3, 9, 2, 0, 0, 1, TwoPairs) },
        { "directions", PairedChange.Create(5, 1, 2, 3, 5, 1, 1, 0, 1, TwoPairs) },
        { "worsened", PairedChange.Create(5, 1, 2, 3, 5, 1, 0, 1, 1, TwoPairs) },
        { "at least the threshold", PairedChange.Create(5, 1, 2, 3, 5, 2, 0, 0, 0, TwoPairs) },
        { "transitions", PairedChange.Create(5, 1, 2, 3, 5, 2, 0, 0, 1, Transitions(5, (1, 2), (1, 2))) },
        { "count", PairedChange.Create(5, 1, 3, 3, 5, 3, 0, 0, 1, Transitions(5, (1, 1), (1, 2), (2, 2))) },
    };

    [Theory]
    [MemberData(nameof(OneFigureDifferent))]
    public void Equals_AnyFigureDifferent_IsFalse(string figure, PairedChange other)
    {
        Assert.False(Base().Equals(other), figure);
        Assert.False(other.Equals(Base()), figure);
        Assert.True(Base().Equals(PairedChange.Create(5, 1, 2, 3, 5, 2, 0, 0, 1, TwoPairs)));
    }

    [Fact]
    public void Equality_LawsHold_AndNullEqualsOnlyNull()
        => EqualityChecks.ClassLaws(Base(), Base(), PairedChange.Create(5, 1, 2, 3, 5, 2, 0, 0, 0, TwoPairs), (a, b) => a == b, (a, b) => a != b);

    [Theory]
    [InlineData(0, 1, "bands")]
    [InlineData(11, 1, "bands")]
    [InlineData(5, 2, "unitsPerPoint")]
    [InlineData(5, 0, "unitsPerPoint")]
    public void Constructor_BandsOutside1To10OrUnitsNot1Or10_Throws(int bands, int unitsPerPoint, string parameter)
        => Assert.Equal(parameter, Assert.ThrowsAny<ArgumentException>(() => new PairedChange(bands, unitsPerPoint)).ParamName);

    [Fact]
    public void Transitions_BandOutsideTheMeasure_Throws()
    {
        PairedChange change = Base();
        Assert.Equal("to", Assert.Throws<ArgumentOutOfRangeException>(() => change.Transitions(1, 6)).ParamName);
        Assert.Equal("to", Assert.Throws<ArgumentOutOfRangeException>(() => change.Transitions(1, 0)).ParamName);
        Assert.Equal(1, change.Transitions(1, 2));
    }

    [Fact]
    public void Create_TransitionsThatCannotBe_AreRefused()
    {
        // They add up to the count but are 24 instead of 5 x 5; the right number but one is negative.
        long[] tooFew = new long[24];
        tooFew[0] = 2;
        long[] negative = Transitions(5, (1, 1), (1, 1), (1, 1));
        negative[1] = -1;
        Assert.Equal("transitionCounts", Assert.Throws<ArgumentException>(() => PairedChange.Create(5, 1, 2, 3, 5, 2, 0, 0, 1, tooFew)).ParamName);
        Assert.Equal("transitionCounts", Assert.Throws<ArgumentException>(() => PairedChange.Create(5, 1, 2, 3, 5, 2, 0, 0, 1, negative)).ParamName);
        Assert.Equal("transitionCounts", Assert.Throws<ArgumentNullException>(() => PairedChange.Create(5, 1, 2, 3, 5, 2, 0, 0, 1, null!)).ParamName);
    }

    [Fact]
    public void Create_NoPairsButASum_IsRefused()
    {
        // With no pairs both sums are 0; a sum of squares of 4 passes Cauchy-Schwarz (0 <= 0 x 4) but cannot be.
        Assert.Equal("sumOfSquaredChanges", Assert.Throws<ArgumentException>(() => PairedChange.Create(5, 1, 0, 0, 4, 0, 0, 0, 0, new long[25])).ParamName);
        Assert.Equal(0, PairedChange.Create(5, 1, 0, 0, 0, 0, 0, 0, 0, new long[25]).Count);
    }

    [Fact]
    public void Merge_OtherMeasure_IsRefused()
    {
        // Same number of levels, but scores in tenths against ratings in points.
        var pam = new PairedChange(4, 10);
        Assert.Equal("second", Assert.Throws<ArgumentException>(() => PairedChange.Merge(pam, new PairedChange(4, 1))).ParamName);
    }

    [Fact]
    public void Merge_Null_IsRefused()
    {
        Assert.Equal("first", Assert.Throws<ArgumentNullException>(() => PairedChange.Merge(null!, Base())).ParamName);
        Assert.Equal("second", Assert.Throws<ArgumentNullException>(() => PairedChange.Merge(Base(), null!)).ParamName);
    }

    [Fact]
    public void ToString_GivesPairsAndMeanChangeToTwoPlaces()
    {
        // Changes +1, 0, 0: mean 1/3.
        Assert.Equal("3 pairs, mean change 0.33", PairedChange.Create(5, 1, 3, 1, 1, 1, 2, 0, 0, Transitions(5, (1, 2), (1, 1), (1, 1))).ToString());
        Assert.Equal("0 pairs, mean change -", new PairedChange(4, 10).ToString());
    }

    [Fact]
    public void AtLeastThreshold_ARiseOfExactlyTheThreshold_Counts()
    {
        var pam = new PairedChange(4, 10);
        pam.Add(500, 530, ChangeDirection.Improved, 2, 2, threshold: 30);
        pam.Add(500, 529, ChangeDirection.Improved, 2, 2, threshold: 30);
        Assert.Equal(1, pam.AtLeastThreshold);
    }
}
