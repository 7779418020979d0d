using FsCheck.Xunit;
using SocialPrescribing.Measures;
using SocialPrescribing.Measures.Testing;
using SocialPrescribing.Testing;

namespace SocialPrescribing.Measures.Tests;

public class PamTests
{
    public static TheoryData<string, PamLevel> LevelBoundaries => new()
    {
        { "0.0", PamLevel.Level1 },
        { "47.0", PamLevel.Level1 },
        { "47.1", PamLevel.Level2 },
        { "55.1", PamLevel.Level2 },
        { "55.2", PamLevel.Level3 },
        { "67.0", PamLevel.Level3 },
        { "67.1", PamLevel.Level4 },
        { "100.0", PamLevel.Level4 },
    };

    [Theory]
    [MemberData(nameof(LevelBoundaries))]
    public void Level_Boundaries(string score, PamLevel level)
    {
        PamScore pam = PamScore.Create(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(level, pam.Level);
        Assert.Equal(level, PamLevels.LevelOf(pam));
        Assert.Equal(score, pam.ToString());
    }

    [Fact]
    public void Level_ConstantsMatchTheTable()
    {
        Assert.Equal(PamLevel.Level1, PamScore.Create(PamLevels.Level1Max).Level);
        Assert.Equal(PamLevel.Level2, PamScore.Create(PamLevels.Level1Max + 0.1m).Level);
        Assert.Equal(PamLevel.Level2, PamScore.Create(PamLevels.Level2Max).Level);
        Assert.Equal(PamLevel.Level3, PamScore.Create(PamLevels.Level3Max).Level);
        Assert.Equal(PamLevel.Level4, PamScore.Create(PamLevels.Level3Max + 0.1m).Level);
    }

    [Theory]
    [InlineData("-0.1")]
    [InlineData("100.1")]
    public void Score_OutOfRange(string value)
    {
        decimal d = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(MeasuresMessages.PamScoreRange, Assert.Throws<ArgumentOutOfRangeException>(() => PamScore.Create(d)).Message.Split(" (Parameter")[0]);
        Assert.False(PamScore.TryCreate(d, out _));
    }

    [Fact]
    public void Score_PrecisionAndTenths()
    {
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => PamScore.Create(47.05m)).ParamName);
        Assert.False(PamScore.TryCreate(47.05m, out _));
        Assert.True(PamScore.TryCreate(47.10m, out PamScore trailingZero));
        Assert.Equal(471, trailingZero.Tenths);
        Assert.Equal(PamScore.Create(55.2m), PamScore.FromTenths(552));
        Assert.Throws<ArgumentOutOfRangeException>(() => PamScore.FromTenths(1001));
        Assert.Throws<ArgumentOutOfRangeException>(() => PamScore.FromTenths(-1));
        Assert.Equal(PamScore.MinValue, default);
        Assert.Equal(100m, PamScore.MaxValue.Value);
    }

    [Fact]
    public void Change_MeaningfulImprovementBoundary()
    {
        PamScore from = PamScore.Create(50.0m);
        Assert.False(PamChange.Between(from, PamScore.Create(52.9m)).IsMeaningfulImprovement);
        PamChange three = PamChange.Between(from, PamScore.Create(53.0m));
        Assert.True(three.IsMeaningfulImprovement);
        Assert.Equal(3.0m, three.Difference);
        Assert.Equal((PamLevel.Level2, PamLevel.Level2), (three.FromLevel, three.ToLevel));
        PamChange levelUp = PamChange.Between(PamScore.Create(47.0m), PamScore.Create(47.1m));
        Assert.Equal((PamLevel.Level1, PamLevel.Level2, false, ChangeDirection.Improved), (levelUp.FromLevel, levelUp.ToLevel, levelUp.IsMeaningfulImprovement, levelUp.Direction));
        Assert.False(PamChange.Between(PamScore.Create(60m), PamScore.Create(50m)).IsMeaningfulImprovement);
    }

    [Property]
    public void Level_NeverFallsAsScoreRises(PamScore a, PamScore b)
    {
        // Every pair is checked, ordered by the decimal scores (not by the type's own operators).
        (PamScore lower, PamScore higher) = a.Value <= b.Value ? (a, b) : (b, a);
        Assert.True(lower.Level <= higher.Level);
    }

    [Property]
    public void Level_AgreesWithReferenceTable(PamScore score)
        => Assert.Equal(MeasuresReferenceImplementations.PamLevelOf(score.Value), score.Level);

    [Property]
    public void Score_RoundTripsThroughDecimal(PamScore score)
    {
        Assert.Equal(score, PamScore.Create(score.Value));
        Assert.Equal(score, PamScore.FromTenths(score.Tenths));
        Assert.Equal(score.Value, decimal.Parse(score.ToString(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Property]
    public void Change_SwappedIsNegation(PamScore a, PamScore b)
    {
        PamChange forward = PamChange.Between(a, b);
        PamChange backward = PamChange.Between(b, a);
        Assert.Equal(-forward.Difference, backward.Difference);
        Assert.Equal((forward.FromLevel, forward.ToLevel), (backward.ToLevel, backward.FromLevel));
        // Oracle: the gain in points, from the decimal scores, against the recognised 3 points (CBE 2483).
        Assert.Equal(b.Value - a.Value >= 3.0m, forward.IsMeaningfulImprovement);
        Assert.Equal(b.Value - a.Value, forward.Difference);
        Assert.Equal(decimal.Sign(b.Value - a.Value), forward.Direction switch { ChangeDirection.Improved => 1, ChangeDirection.Worsened => -1, _ => 0 });
        Assert.Equal(a.Value - b.Value >= 3.0m, backward.IsMeaningfulImprovement);
    }

    [Property]
    public void Laws_Hold(PamScore a, PamScore b)
    {
        // Every pair is checked: ordered by the decimal scores, and an equal pair is moved a tenth apart.
        (PamScore lower, PamScore higher) = a.Value <= b.Value ? (a, b) : (b, a);
        if (lower.Value == higher.Value)
        {
            (lower, higher) = lower.Tenths == PamScore.MaxTenths ? (PamScore.FromTenths(lower.Tenths - 1), higher) : (lower, PamScore.FromTenths(lower.Tenths + 1));
        }

        Laws.CheckOrdering(lower, higher);
        Laws.CheckEquality(lower, PamScore.Create(lower.Value), higher);
    }

    [Fact]
    public void CompareTo_Object_OfAnotherType_NamesTheParameter()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => PamScore.Create(50m).CompareTo(50m));
        Assert.Equal("obj", ex.ParamName);
        Assert.StartsWith("Object should be a PamScore.", ex.Message, StringComparison.Ordinal);
    }
}
