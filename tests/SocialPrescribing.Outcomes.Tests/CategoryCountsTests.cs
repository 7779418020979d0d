using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialPrescribing.Measures;

namespace SocialPrescribing.Outcomes.Tests;

/// <summary>Worked examples of <see cref="CategoryCounts{TEnum}"/>: unnamed members, text, arguments and equality.</summary>
public sealed class CategoryCountsTests
{
    /// <summary>A negative member and a positive one, at 8 bits.</summary>
    public enum SignedByteEnum : sbyte
    {
        Below = -1,
        Zero = 0,
        Top = sbyte.MaxValue,
    }

    /// <summary>A 16-bit enumeration whose members are far apart and negative.</summary>
    public enum ShortEnum : short
    {
        Lowest = short.MinValue,
        Minus = -300,
        Plus = 300,
    }

    /// <summary>An 8-bit enumeration: reading it as 32 bits would read past the value.</summary>
    public enum ByteEnum : byte
    {
        One = 1,
        Last = byte.MaxValue,
    }

    /// <summary>Members that agree in their low 32 bits: read as int, Big would be counted as Small.</summary>
    public enum LongEnum : long
    {
        Small = 1,
        Big = (1L << 40) + 1,
        Negative = long.MinValue,
    }

    /// <summary>Unsigned 64-bit members at both ends, and two names for one value.</summary>
    public enum ULongEnum : ulong
    {
        None = 0,
        Also = 0,
        Max = ulong.MaxValue,
    }

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
    public void FromEntries_NegativeCountOrUnnamedMember_IsRefused_AndZeroAddsNothing()
    {
        Assert.Equal("entries", Assert.Throws<ArgumentOutOfRangeException>(() => CategoryCounts<PamLevel>.FromEntries([KeyValuePair.Create(PamLevel.Level2, -1L)])).ParamName);
        Assert.Equal("entries", Assert.Throws<ArgumentOutOfRangeException>(() => CategoryCounts<PamLevel>.FromEntries([KeyValuePair.Create((PamLevel)9, 1L)])).ParamName);
        CategoryCounts<PamLevel> counts = CategoryCounts<PamLevel>.FromEntries([KeyValuePair.Create(PamLevel.Level2, 1L), KeyValuePair.Create(PamLevel.Level2, 0L)]);
        Assert.Equal((1L, 1L), (counts[PamLevel.Level2], counts.Total));
    }

    [Fact]
    public void NullArguments_AreRefusedWithTheParameterNamed()
    {
        CategoryCounts<PamLevel> counts = Of(PamLevel.Level1);
        Assert.Equal("first", Assert.Throws<ArgumentNullException>(() => CategoryCounts<PamLevel>.Merge(null!, counts)).ParamName);
        Assert.Equal("second", Assert.Throws<ArgumentNullException>(() => CategoryCounts<PamLevel>.Merge(counts, null!)).ParamName);
        Assert.Equal("entries", Assert.Throws<ArgumentNullException>(() => CategoryCounts<PamLevel>.FromEntries(null!)).ParamName);
    }

    [Fact]
    public void Equality_LawsHold_AndNullEqualsOnlyNull()
        => EqualityChecks.ClassLaws(Of(PamLevel.Level1, PamLevel.Level2), Of(PamLevel.Level2, PamLevel.Level1), Of(PamLevel.Level1, PamLevel.Level3), (a, b) => a == b, (a, b) => a != b);

    [Fact]
    public void Counts_SignedByteEnum_CountsTheNegativeMemberAsItself()
    {
        CategoryCounts<SignedByteEnum> counts = CategoryCounts<SignedByteEnum>.FromEntries([KeyValuePair.Create(SignedByteEnum.Below, 2L), KeyValuePair.Create(SignedByteEnum.Top, 1L)]);
        Assert.Equal((2L, 0L, 1L, 3L), (counts[SignedByteEnum.Below], counts[SignedByteEnum.Zero], counts[SignedByteEnum.Top], counts.Total));
        Assert.Equal(0, counts[(SignedByteEnum)5]);
    }

    [Fact]
    public void Counts_ShortAndByteEnums_ReadOnlyTheirOwnWidth()
    {
        var shorts = CategoryCounts<ShortEnum>.FromEntries([KeyValuePair.Create(ShortEnum.Lowest, 1L), KeyValuePair.Create(ShortEnum.Plus, 4L)]);
        Assert.Equal((1L, 0L, 4L), (shorts[ShortEnum.Lowest], shorts[ShortEnum.Minus], shorts[ShortEnum.Plus]));
        var bytes = CategoryCounts<ByteEnum>.FromEntries([KeyValuePair.Create(ByteEnum.Last, 2L)]);
        Assert.Equal((0L, 2L), (bytes[ByteEnum.One], bytes[ByteEnum.Last]));
        Assert.Equal("Last 2", bytes.ToString());
    }

    [Fact]
    public void Counts_LongEnum_DoesNotCountAMemberAsAnother()
    {
        var counts = CategoryCounts<LongEnum>.FromEntries([KeyValuePair.Create(LongEnum.Big, 3L), KeyValuePair.Create(LongEnum.Negative, 1L)]);
        Assert.Equal((0L, 3L, 1L), (counts[LongEnum.Small], counts[LongEnum.Big], counts[LongEnum.Negative]));
        Assert.Equal(0, counts[(LongEnum)(1L << 40)]);
        Assert.Equal("entries", Assert.Throws<ArgumentOutOfRangeException>(() => CategoryCounts<LongEnum>.FromEntries([KeyValuePair.Create((LongEnum)2, 1L)])).ParamName);
    }

    [Fact]
    public void Counts_ULongEnum_TwoNamesForOneValueAreOneMember()
    {
        var counts = CategoryCounts<ULongEnum>.FromEntries([KeyValuePair.Create(ULongEnum.Also, 1L), KeyValuePair.Create(ULongEnum.None, 1L), KeyValuePair.Create(ULongEnum.Max, 1L)]);
        Assert.Equal((2L, 1L), (counts[ULongEnum.None], counts[ULongEnum.Max]));
        Assert.Equal(2, counts.Entries.Count);
    }

    [Property]
    public Property Counts_AnyEnumWidth_AgreeWithCountingByValue() => Prop.ForAll(
        Gen.Elements(Enum.GetValues<LongEnum>()).ArrayOf().ToArbitrary(),
        Gen.Elements(Enum.GetValues<SignedByteEnum>()).ArrayOf().ToArbitrary(),
        (longs, bytes) =>
        {
            // Oracle: group by the boxed value, which compares the whole value whatever the width.
            CategoryCounts<LongEnum> l = CategoryCounts<LongEnum>.FromEntries(longs.Select(m => KeyValuePair.Create(m, 1L)));
            CategoryCounts<SignedByteEnum> b = CategoryCounts<SignedByteEnum>.FromEntries(bytes.Select(m => KeyValuePair.Create(m, 1L)));
            return Enum.GetValues<LongEnum>().All(m => l[m] == longs.Count(x => x.Equals(m)))
                && Enum.GetValues<SignedByteEnum>().All(m => b[m] == bytes.Count(x => x.Equals(m)))
                && l.Total == longs.Length && b.Total == bytes.Length;
        });
}
