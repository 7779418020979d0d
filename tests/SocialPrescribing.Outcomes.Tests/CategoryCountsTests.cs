using SocialPrescribing.Measures;

namespace SocialPrescribing.Outcomes.Tests;

/// <summary>Worked examples of <see cref="CategoryCounts{TEnum}"/>: unnamed members, text, arguments and equality.</summary>
public sealed class CategoryCountsTests
{
    private static CategoryCounts<PamLevel> Of(params PamLevel[] levels)
    {
        var counts = new CategoryCounts<PamLevel>();
        foreach (PamLevel level in levels)
        {
            counts.Add(level);
        }

        return counts;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]  // one past the largest member, Level4
    [InlineData(99)]
    [InlineData(-1)]
    public void Indexer_NotANamedMember_IsZero(int member)
        => Assert.Equal(0, Of(PamLevel.Level1, PamLevel.Level4)[(PamLevel)member]);

    [Fact]
    public void ToString_ListsEachCountedMember_OrNone()
    {
        Assert.Equal("Level1 2, Level3 1", Of(PamLevel.Level3, PamLevel.Level1, PamLevel.Level1).ToString());
        Assert.Equal("none", new CategoryCounts<PamLevel>().ToString());
    }

    [Fact]
    public void Add_NegativeCount_IsRefused_AndZeroAddsNothing()
    {
        CategoryCounts<PamLevel> counts = Of(PamLevel.Level2);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => counts.Add(PamLevel.Level2, -1)).ParamName);
        counts.Add(PamLevel.Level2, 0);
        Assert.Equal((1L, 1L), (counts[PamLevel.Level2], counts.Total));
    }

    [Fact]
    public void NullArguments_AreRefusedWithTheParameterNamed()
    {
        CategoryCounts<PamLevel> counts = Of(PamLevel.Level1);
        Assert.Equal("first", Assert.Throws<ArgumentNullException>(() => CategoryCounts<PamLevel>.Merge(null!, counts)).ParamName);
        Assert.Equal("second", Assert.Throws<ArgumentNullException>(() => CategoryCounts<PamLevel>.Merge(counts, null!)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => counts.Add((CategoryCounts<PamLevel>)null!)).ParamName);
    }

    [Fact]
    public void Equality_LawsHold_AndNullEqualsOnlyNull()
        => EqualityChecks.ClassLaws(Of(PamLevel.Level1, PamLevel.Level2), Of(PamLevel.Level2, PamLevel.Level1), Of(PamLevel.Level1, PamLevel.Level3), (a, b) => a == b, (a, b) => a != b);
}
