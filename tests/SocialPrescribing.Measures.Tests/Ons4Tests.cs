using FsCheck.Xunit;
using NodaTime;
using SocialPrescribing.Measures;
using SocialPrescribing.Measures.Testing;
using SocialPrescribing.Testing;

namespace SocialPrescribing.Measures.Tests;

public class Ons4Tests
{
    // ONS thresholds (docs/measures.md): every boundary pair 4/5, 6/7, 8/9 and anxiety 1/2, 3/4, 5/6, plus the ends.
    public static TheoryData<Ons4Item, int, Ons4Band> BandBoundaries => new()
    {
        { Ons4Item.LifeSatisfaction, 0, Ons4Band.Low },
        { Ons4Item.LifeSatisfaction, 4, Ons4Band.Low },
        { Ons4Item.LifeSatisfaction, 5, Ons4Band.Medium },
        { Ons4Item.Worthwhile, 6, Ons4Band.Medium },
        { Ons4Item.Worthwhile, 7, Ons4Band.High },
        { Ons4Item.Happiness, 8, Ons4Band.High },
        { Ons4Item.Happiness, 9, Ons4Band.VeryHigh },
        { Ons4Item.Happiness, 10, Ons4Band.VeryHigh },
        { Ons4Item.Anxiety, 0, Ons4Band.VeryLow },
        { Ons4Item.Anxiety, 1, Ons4Band.VeryLow },
        { Ons4Item.Anxiety, 2, Ons4Band.Low },
        { Ons4Item.Anxiety, 3, Ons4Band.Low },
        { Ons4Item.Anxiety, 4, Ons4Band.Medium },
        { Ons4Item.Anxiety, 5, Ons4Band.Medium },
        { Ons4Item.Anxiety, 6, Ons4Band.High },
        { Ons4Item.Anxiety, 10, Ons4Band.High },
    };

    [Theory]
    [MemberData(nameof(BandBoundaries))]
    public void BandOf_Boundaries(Ons4Item item, int rating, Ons4Band band)
    {
        Assert.Equal(band, Ons4Thresholds.BandOf(item, Ons4Rating.Create(rating)));
        Assert.Equal(band, Ons4Thresholds.BandOf(item, Ons4Answer.Create(rating)));
    }

    [Fact]
    public void Questions_AreAppendix6WordForWord()
    {
        Assert.Equal(
            [
                "Overall, how satisfied are you with your life nowadays?",
                "Overall, to what extent do you feel the things you do in your life are worthwhile?",
                "Overall, how happy did you feel yesterday?",
                "On a scale where 0 is \u201Cnot at all anxious\u201D and 10 is \u201Ccompletely anxious\u201D, overall, how anxious did you feel yesterday?",
            ],
            Ons4Questions.All.Select(q => q.Text));
        Assert.All(Enum.GetValues<Ons4Item>(), item => Assert.Equal(item, Ons4Questions.For(item).Item));
        Assert.Equal(("not at all anxious", "completely anxious"), (Ons4Questions.For(Ons4Item.Anxiety).ZeroMeans, Ons4Questions.For(Ons4Item.Anxiety).TenMeans));
        Assert.Equal(("not at all", "completely"), (Ons4Questions.For(Ons4Item.Happiness).ZeroMeans, Ons4Questions.For(Ons4Item.Happiness).TenMeans));
        Assert.False(Ons4Questions.For(Ons4Item.Anxiety).HigherIsBetter);
        Assert.True(Ons4Questions.For(Ons4Item.Worthwhile).HigherIsBetter);
        Assert.Throws<ArgumentOutOfRangeException>(() => Ons4Questions.For(default));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    [InlineData(int.MinValue)]
    public void Rating_OutOfRange(int value)
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => Ons4Rating.Create(value));
        Assert.Equal("value", ex.ParamName);
        Assert.StartsWith(MeasuresMessages.Ons4RatingRange, ex.Message, StringComparison.Ordinal);
        Assert.False(Ons4Rating.TryCreate(value, out _));
    }

    [Fact]
    public void Rating_Ends()
    {
        Assert.Equal(0, Ons4Rating.Create(0).Value);
        Assert.Equal(10, Ons4Rating.Create(10).Value);
        Assert.Equal(default, Ons4Rating.Create(0));
        Laws.CheckOrdering(Ons4Rating.Create(4), Ons4Rating.Create(5));
        Laws.CheckEquality(Ons4Rating.Create(4), Ons4Rating.Create(4), Ons4Rating.Create(5));
    }

    [Fact]
    public void Answer_UnansweredIsNeverZero()
    {
        Assert.Equal(Ons4Answer.NotAsked, default);
        foreach (Ons4Answer unanswered in new[] { Ons4Answer.NotAsked, Ons4Answer.Refused })
        {
            Assert.False(unanswered.IsRated);
            Assert.Null(unanswered.Rating);
            Assert.False(unanswered.TryGetRating(out _));
            Assert.NotEqual(Ons4Answer.Create(0), unanswered);
            Assert.Null(Ons4Thresholds.BandOf(Ons4Item.LifeSatisfaction, unanswered));
            Ons4ItemChange change = Ons4ItemChange.Between(Ons4Item.LifeSatisfaction, unanswered, Ons4Answer.Create(5));
            Assert.Equal(ChangeDirection.NotComparable, change.Direction);
            Assert.Null(change.Difference);
            Assert.False(change.IsImprovement);
        }

        Assert.Equal(Ons4AnswerKind.Refused, Ons4Answer.Refused.Kind);
        Assert.Equal(Ons4AnswerKind.NotAsked, Ons4Answer.NotAsked.Kind);
        Assert.Equal(Ons4AnswerKind.Rated, Ons4Answer.Create(0).Kind);
        Assert.Equal("refused", Ons4Answer.Refused.ToString());
        Assert.Equal("not asked", Ons4Answer.NotAsked.ToString());
        Assert.Equal("7", Ons4Answer.Create(7).ToString());
        Assert.Equal("0", Ons4Answer.Create(0).ToString());
    }

    [Fact]
    public void Answer_EqualityLaws()
    {
        // A rating of 0 is an answer; refused and not asked are two different non-answers.
        SocialPrescribing.Testing.Laws.CheckEquality(Ons4Answer.Create(3), Ons4Answer.FromRating(Ons4Rating.Create(3)), Ons4Answer.Create(4));
        SocialPrescribing.Testing.Laws.CheckEquality(Ons4Answer.NotAsked, default, Ons4Answer.Refused);
        SocialPrescribing.Testing.Laws.CheckEquality(Ons4Answer.Refused, Ons4Answer.Refused, Ons4Answer.Create(0));
        SocialPrescribing.Testing.Laws.CheckEquality(Ons4Answer.Create(0), Ons4Answer.Create(0), Ons4Answer.NotAsked);
    }

    [Fact]
    public void CompareTo_Object_OfAnotherType_NamesTheParameter()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => Ons4Rating.Create(3).CompareTo("3"));
        Assert.Equal("obj", ex.ParamName);
        Assert.StartsWith("Object should be an Ons4Rating.", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Ons4Rating.Create(3).CompareTo(3));
    }

    public static TheoryData<int> UndefinedItems => new() { 0, 5, -1, int.MaxValue };

    [Theory]
    [MemberData(nameof(UndefinedItems))]
    public void UndefinedItem_IsRejectedEverywhere_NamingTheItem(int value)
    {
        // Just outside the four items (0 and 5) and far outside: every member that takes an item refuses it, whatever the answer.
        var item = (Ons4Item)value;
        Ons4Rating rating = Ons4Rating.Create(5);
        var response = new Ons4Response(new LocalDate(2026, 1, 5), AssessmentOccasion.Baseline, Ons4Answer.Create(1), Ons4Answer.Create(2), Ons4Answer.Create(3), Ons4Answer.Create(4));
        Action[] uses =
        [
            () => Ons4Thresholds.BandOf(item, rating),
            () => Ons4Thresholds.BandOf(item, Ons4Answer.FromRating(rating)),
            () => Ons4Thresholds.BandOf(item, Ons4Answer.NotAsked),
            () => Ons4Thresholds.BandOf(item, Ons4Answer.Refused),
            () => Ons4Thresholds.DirectionOf(item, rating, rating),
            () => Ons4ItemChange.Between(item, Ons4Answer.Create(1), Ons4Answer.Create(2)),
            () => Ons4ItemChange.Between(item, Ons4Answer.Refused, Ons4Answer.NotAsked),
            () => Ons4Questions.For(item),
            () => _ = response[item],
            () => response.BandOf(item),
            () => _ = Ons4Change.Between(response, response)[item],
        ];
        Assert.All(uses, use => Assert.Equal("item", Assert.Throws<ArgumentOutOfRangeException>(use).ParamName));
    }

    [Fact]
    public void Response_IndexerAndSummary()
    {
        var response = new Ons4Response(new LocalDate(2026, 1, 5), AssessmentOccasion.Baseline, Ons4Answer.Create(3), Ons4Answer.Refused, Ons4Answer.Create(9), Ons4Answer.Create(8));
        Assert.Equal(Ons4Answer.Create(3), response[Ons4Item.LifeSatisfaction]);
        Assert.Equal(Ons4Answer.Refused, response[Ons4Item.Worthwhile]);
        Assert.Equal(3, response.RatedCount);
        Assert.Equal(Ons4Band.VeryHigh, response.BandOf(Ons4Item.Happiness));
        Assert.Null(response.BandOf(Ons4Item.Worthwhile));
        Assert.Equal("ONS4 Baseline on 2026-01-05, 3 of 4 items rated", response.ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => response[(Ons4Item)9]);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Ons4Response(default, default, default, default, default, default));
    }

    [Fact]
    public void Change_Example()
    {
        var baseline = new Ons4Response(new LocalDate(2026, 1, 5), AssessmentOccasion.Baseline, Ons4Answer.Create(4), Ons4Answer.Create(5), Ons4Answer.Create(6), Ons4Answer.Create(7));
        var followUp = new Ons4Response(new LocalDate(2026, 7, 5), AssessmentOccasion.FollowUp, Ons4Answer.Create(5), Ons4Answer.Create(5), Ons4Answer.Create(4), Ons4Answer.Create(3));
        Ons4Change change = Ons4Change.Between(baseline, followUp);
        Assert.Equal((1, ChangeDirection.Improved, Ons4Band.Low, Ons4Band.Medium), Describe(change.LifeSatisfaction));
        Assert.Equal((0, ChangeDirection.Unchanged, Ons4Band.Medium, Ons4Band.Medium), Describe(change.Worthwhile));
        Assert.Equal((-2, ChangeDirection.Worsened, Ons4Band.Medium, Ons4Band.Low), Describe(change.Happiness));
        Assert.Equal((-4, ChangeDirection.Improved, Ons4Band.High, Ons4Band.Low), Describe(change.Anxiety)); // a fall in anxiety
        Assert.Equal(change.Anxiety.Direction, change[Ons4Item.Anxiety].Direction);
        Assert.Equal(new LocalDate(2026, 7, 5), change.ToDate);
        Assert.Equal(new LocalDate(2026, 1, 5), change.FromDate);
        Assert.Equal("to", Assert.Throws<ArgumentNullException>(() => Ons4Change.Between(baseline, null!)).ParamName);
        Assert.Equal("from", Assert.Throws<ArgumentNullException>(() => Ons4Change.Between(null!, followUp)).ParamName);
    }

    [Property]
    public void Banding_IsTotalAndMonotone(Ons4Item item, Ons4Rating a, Ons4Rating b)
    {
        Ons4Band bandA = Ons4Thresholds.BandOf(item, a);
        Ons4Band bandB = Ons4Thresholds.BandOf(item, b);
        Assert.True(Enum.IsDefined(bandA));

        // Every pair is checked: the lower rating never has the higher band.
        Assert.True(a <= b ? bandA <= bandB : bandB <= bandA);

        // Anxiety runs very low to high; the other items low to very high.
        Assert.NotEqual(item == Ons4Item.Anxiety ? Ons4Band.VeryHigh : Ons4Band.VeryLow, bandA);
    }

    [Property]
    public void Banding_AgreesWithReferenceTable(Ons4Item item, Ons4Rating rating)
        => Assert.Equal(MeasuresReferenceImplementations.Ons4BandOf(item, rating.Value), Ons4Thresholds.BandOf(item, rating));

    [Property]
    public void Change_AgreesWithReferenceImplementation(Ons4Response a, Ons4Response b)
    {
        Ons4Change change = Ons4Change.Between(a, b);
        foreach ((Ons4Item item, (int? difference, bool improved, Ons4Band? fromBand, Ons4Band? toBand)) in MeasuresReferenceImplementations.Ons4ChangeOf(a, b))
        {
            Assert.Equal((difference, improved, fromBand, toBand), (change[item].Difference, change[item].IsImprovement, change[item].FromBand, change[item].ToBand));
        }
    }

    [Property]
    public void Change_SwappedIsNegation(Ons4Response a, Ons4Response b)
    {
        Ons4Change forward = Ons4Change.Between(a, b);
        Ons4Change backward = Ons4Change.Between(b, a);
        foreach (Ons4Item item in Enum.GetValues<Ons4Item>())
        {
            Ons4ItemChange f = forward[item];
            Ons4ItemChange r = backward[item];
            Assert.Equal(f.Difference is int d ? -d : null, r.Difference);
            Assert.Equal(f.FromBand, r.ToBand);
            Assert.Equal(f.ToBand, r.FromBand);
            Assert.Equal(
                f.Direction switch { ChangeDirection.Improved => ChangeDirection.Worsened, ChangeDirection.Worsened => ChangeDirection.Improved, _ => f.Direction },
                r.Direction);
        }
    }

    [Property]
    public void Anxiety_FallIsTheImprovement(Ons4Rating from, Ons4Rating to)
    {
        // Seed Appendix 6 / ONS: for anxiety a fall is an improvement and a rise is a worsening.
        Ons4ItemChange change = Ons4ItemChange.Between(Ons4Item.Anxiety, Ons4Answer.FromRating(from), Ons4Answer.FromRating(to));
        Assert.Equal(to.Value - from.Value, change.Difference);
        ChangeDirection expected = to.Value < from.Value ? ChangeDirection.Improved
            : to.Value > from.Value ? ChangeDirection.Worsened
            : ChangeDirection.Unchanged;
        Assert.Equal(expected, change.Direction);
        Assert.Equal(to.Value < from.Value, change.IsImprovement);
    }

    [Property]
    public void Response_RatedCount_CountsTheRatedItems(Ons4Response response)
    {
        // Oracle: the items whose answer is a rating, found through the indexer and the answer's kind.
        int rated = Enum.GetValues<Ons4Item>().Count(item => response[item].Kind == Ons4AnswerKind.Rated);
        Assert.Equal(rated, response.RatedCount);
        Assert.EndsWith($", {rated} of 4 items rated", response.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Response_RatedCount_EachItemCountsOnce()
    {
        LocalDate date = new(2026, 1, 5);
        Ons4Answer r = Ons4Answer.Create(0);
        Ons4Answer n = Ons4Answer.NotAsked;
        Assert.Equal(0, new Ons4Response(date, AssessmentOccasion.FollowUp, n, Ons4Answer.Refused, n, Ons4Answer.Refused).RatedCount);
        Assert.Equal(1, new Ons4Response(date, AssessmentOccasion.FollowUp, r, n, n, n).RatedCount);
        Assert.Equal(1, new Ons4Response(date, AssessmentOccasion.FollowUp, n, r, n, n).RatedCount);
        Assert.Equal(1, new Ons4Response(date, AssessmentOccasion.FollowUp, n, n, r, n).RatedCount);
        Assert.Equal(1, new Ons4Response(date, AssessmentOccasion.FollowUp, n, n, n, r).RatedCount);
        Assert.Equal(4, new Ons4Response(date, AssessmentOccasion.FollowUp, r, r, r, r).RatedCount);
    }

    [Property]
    public void PositiveItems_RiseIsImprovement(Ons4Item item, Ons4Rating from, Ons4Rating to)
    {
        // Which way is better comes from the Appendix 6 question catalogue (its anchors), not from the code under test.
        ChangeDirection direction = Ons4Thresholds.DirectionOf(item, from, to);
        bool higherIsBetter = Ons4Questions.For(item).HigherIsBetter;
        ChangeDirection expected = from == to ? ChangeDirection.Unchanged
            : (to > from) == higherIsBetter ? ChangeDirection.Improved
            : ChangeDirection.Worsened;
        Assert.Equal(expected, direction);
    }

    [Property]
    public void Answer_RoundTripsItsRating(Ons4Rating rating)
    {
        Ons4Answer answer = Ons4Answer.FromRating(rating);
        Assert.True(answer.TryGetRating(out Ons4Rating back));
        Assert.Equal(rating, back);
        Assert.Equal(rating, answer.Rating);
        Assert.Equal(answer, Ons4Answer.Create(rating.Value));
    }

    private static (int?, ChangeDirection, Ons4Band?, Ons4Band?) Describe(Ons4ItemChange c) => (c.Difference, c.Direction, c.FromBand, c.ToBand);
}
