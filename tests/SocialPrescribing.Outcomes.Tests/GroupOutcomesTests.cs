using SocialPrescribing.Measures;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Outcomes.Tests;

/// <summary>Worked examples of one group's figures: the Friends and Family Test share, merging, equality.</summary>
public sealed class GroupOutcomesTests
{
    [Fact]
    public void SatisfactionSharePositive_VeryGoodAndGoodOverAnswersOtherThanDontKnow()
    {
        // NHS FFT convention (docs/outcomes.md): (2 very good + 1 good) / (2 + 1 + 1 poor) = 0.75; the 3 "don't know" are left out.
        var g = new GroupOutcomes();
        g.Satisfaction.Add(FriendsAndFamilyAnswer.VeryGood, 2);
        g.Satisfaction.Add(FriendsAndFamilyAnswer.Good, 1);
        g.Satisfaction.Add(FriendsAndFamilyAnswer.Poor, 1);
        g.Satisfaction.Add(FriendsAndFamilyAnswer.DontKnow, 3);
        Assert.Equal(0.75m, g.SatisfactionSharePositive);

        var onlyDontKnow = new GroupOutcomes();
        onlyDontKnow.Satisfaction.Add(FriendsAndFamilyAnswer.DontKnow, 2);
        Assert.Null(onlyDontKnow.SatisfactionSharePositive);
        Assert.Null(new GroupOutcomes().SatisfactionSharePositive);
    }

    [Fact]
    public void Merge_AddsEveryFigure_AndLeavesBothUnchanged()
    {
        var a = new GroupOutcomes { Episodes = 2, Offered = 1, Escalations = 3 };
        a.WaitingDays.Add(4);
        a.Ons4Baseline(Ons4Item.Anxiety).Add(7);
        var b = new GroupOutcomes { Episodes = 1, Declined = 1 };
        b.WaitingDays.Add(10);

        GroupOutcomes merged = GroupOutcomes.Merge(a, b);

        Assert.Equal((3L, 1L, 1L, 3L), (merged.Episodes, merged.Offered, merged.Declined, merged.Escalations));
        Assert.Equal([new ValueCount(4, 1), new ValueCount(10, 1)], merged.WaitingDays.Entries);
        Assert.Equal(7, merged.Ons4Baseline(Ons4Item.Anxiety).Max);
        Assert.Equal((2L, 1L), (a.Episodes, a.WaitingDays.Count));
        Assert.Equal("first", Assert.Throws<ArgumentNullException>(() => GroupOutcomes.Merge(null!, b)).ParamName);
        Assert.Equal("second", Assert.Throws<ArgumentNullException>(() => GroupOutcomes.Merge(a, null!)).ParamName);
    }

    [Fact]
    public void Equals_OneOns4FigureOfOneItemDifferent_IsFalse()
    {
        var followUp = new GroupOutcomes();
        followUp.Ons4FollowUp(Ons4Item.Happiness).Add(6);
        var change = new GroupOutcomes();
        change.Ons4Change(Ons4Item.Anxiety).Add(PairedChange.Create(5, 1, 1, -2, 4, 1, 0, 0, 0, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]));
        var baseline = new GroupOutcomes();
        baseline.Ons4Baseline(Ons4Item.Worthwhile).Add(3);

        Assert.All(new[] { followUp, change, baseline }, g => Assert.False(new GroupOutcomes().Equals(g)));
    }

    [Fact]
    public void Equality_LawsHold_AndNullEqualsOnlyNull()
        => EqualityChecks.ClassLaws(new GroupOutcomes { Episodes = 2 }, new GroupOutcomes { Episodes = 2 }, new GroupOutcomes { Episodes = 2, Referred = 1 }, (a, b) => a == b, (a, b) => a != b);

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Ons4Figures_UnnamedItem_Throws(int item)
        => Assert.Equal("item", Assert.Throws<ArgumentOutOfRangeException>(() => new GroupOutcomes().Ons4Baseline((Ons4Item)item)).ParamName);
}
