using SocialPrescribing.Measures;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Outcomes.Tests;

/// <summary>Worked examples of one group's figures: the Friends and Family Test share, merging, equality.</summary>
public sealed class GroupOutcomesTests
{
    private static CategoryCounts<FriendsAndFamilyAnswer> Answers(params (FriendsAndFamilyAnswer Answer, long Count)[] counts)
        => CategoryCounts<FriendsAndFamilyAnswer>.FromEntries(counts.Select(c => KeyValuePair.Create(c.Answer, c.Count)));

    [Fact]
    public void SatisfactionSharePositive_VeryGoodAndGoodOverAnswersOtherThanDontKnow()
    {
        // NHS FFT convention (docs/outcomes.md): (2 very good + 1 good) / (2 + 1 + 1 poor) = 0.75; the 3 "don't know" are left out.
        var g = new GroupOutcomes
        {
            Satisfaction = Answers((FriendsAndFamilyAnswer.VeryGood, 2), (FriendsAndFamilyAnswer.Good, 1), (FriendsAndFamilyAnswer.Poor, 1), (FriendsAndFamilyAnswer.DontKnow, 3)),
        };
        Assert.Equal(0.75m, g.SatisfactionSharePositive);

        var onlyDontKnow = new GroupOutcomes { Satisfaction = Answers((FriendsAndFamilyAnswer.DontKnow, 2)) };
        Assert.Null(onlyDontKnow.SatisfactionSharePositive);
        Assert.Null(new GroupOutcomes().SatisfactionSharePositive);
    }

    [Fact]
    public void Merge_AddsEveryFigure_AndLeavesBothUnchanged()
    {
        GroupOutcomes a = new GroupOutcomes
        {
            Episodes = 2,
            Offered = 1,
            EscalationsByRecipient = CategoryCounts<EscalationRecipient>.FromEntries([KeyValuePair.Create(EscalationRecipient.Gp, 3L)]),
            WaitingDays = ValueCounts.FromEntries([new ValueCount(4, 1)]),
        }.WithOns4(Ons4Item.Anxiety, ValueCounts.FromEntries([new ValueCount(7, 1)]), new ValueCounts(), new PairedChange(5, 1));
        var b = new GroupOutcomes { Episodes = 1, Declined = 1, WaitingDays = ValueCounts.FromEntries([new ValueCount(10, 1)]) };

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
        var none = new ValueCounts();
        var noChange = new PairedChange(5, 1);
        GroupOutcomes followUp = new GroupOutcomes().WithOns4(Ons4Item.Happiness, none, ValueCounts.FromEntries([new ValueCount(6, 1)]), noChange);
        GroupOutcomes change = new GroupOutcomes().WithOns4(Ons4Item.Anxiety, none, none, PairedChange.Create(5, 1, 1, -2, 4, 1, 0, 0, 0, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]));
        GroupOutcomes baseline = new GroupOutcomes().WithOns4(Ons4Item.Worthwhile, ValueCounts.FromEntries([new ValueCount(3, 1)]), none, noChange);

        Assert.All(new[] { followUp, change, baseline }, g => Assert.False(new GroupOutcomes().Equals(g)));
    }

    [Fact]
    public void Equality_LawsHold_AndNullEqualsOnlyNull()
        => EqualityChecks.ClassLaws(new GroupOutcomes { Episodes = 2 }, new GroupOutcomes { Episodes = 2 }, new GroupOutcomes { Episodes = 2, Referred = 1 }, (a, b) => a == b, (a, b) => a != b);

    [Fact]
    public void PublicSurface_HasNoMutator_OnAnyFigureType()
    {
        // Immutable once returned (issue #18): no public method, setter or indexer setter may change a published figure.
        // Init-only setters (used when rebuilding) and With/From/Merge/Create factories that return new values are allowed.
        Type[] published = [typeof(EpisodeOutcomeAggregate), typeof(GroupOutcomes), typeof(CategoryCounts<EpisodeState>), typeof(ValueCounts), typeof(PairedChange), typeof(ConfidenceSurveySummary), typeof(EpisodeOutcomeOptions), typeof(ActivityAggregate), typeof(ActivityFigures), typeof(ActivityOptions), typeof(FriendsAndFamilyResponse)];
        foreach (Type type in published)
        {
            foreach (System.Reflection.MethodInfo method in type.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly))
            {
                bool initOnly = method.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
                Assert.False(method.ReturnType == typeof(void) && !initOnly, $"{type.Name}.{method.Name} changes the value in place.");
            }
        }
    }

    [Fact]
    public void Figures_ReturnedByAnAggregate_CannotBeChangedThroughTheirParts()
    {
        // The figures hand out their parts; a rebuilt group with a caller's counts does not share them with a merge.
        CategoryCounts<EpisodeState> states = CategoryCounts<EpisodeState>.FromEntries([KeyValuePair.Create(EpisodeState.Closed, 2L)]);
        var g = new GroupOutcomes { Episodes = 2, States = states };
        GroupOutcomes merged = GroupOutcomes.Merge(g, g);
        Assert.Equal(4, merged.States[EpisodeState.Closed]);
        Assert.Equal(2, states[EpisodeState.Closed]);
        Assert.Equal(2, g.States[EpisodeState.Closed]);
    }

    [Fact]
    public void WithOns4_OtherMeasureOrNull_IsRefused()
    {
        var none = new ValueCounts();
        Assert.Equal("change", Assert.Throws<ArgumentException>(() => new GroupOutcomes().WithOns4(Ons4Item.Anxiety, none, none, new PairedChange(4, 10))).ParamName);
        Assert.Equal("baseline", Assert.Throws<ArgumentNullException>(() => new GroupOutcomes().WithOns4(Ons4Item.Anxiety, null!, none, new PairedChange(5, 1))).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => new GroupOutcomes { PamChange = new PairedChange(5, 1) }).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => new GroupOutcomes { States = null! }).ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Ons4Figures_UnnamedItem_Throws(int item)
        => Assert.Equal("item", Assert.Throws<ArgumentOutOfRangeException>(() => new GroupOutcomes().Ons4Baseline((Ons4Item)item)).ParamName);
}
