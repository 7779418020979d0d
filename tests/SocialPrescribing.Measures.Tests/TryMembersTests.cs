using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialPrescribing.Measures;

namespace SocialPrescribing.Measures.Tests;

/// <summary>A <c>Try*</c> member never throws for any input, extremes included, and agrees with its throwing twin.</summary>
public class TryMembersTests
{
    private static readonly Gen<decimal> AnyDecimal = Gen.OneOf(
        ArbMap.Default.GeneratorFor<decimal>(),
        Gen.Elements(decimal.MinValue, decimal.MaxValue, decimal.MinusOne, decimal.Zero, 0.0000000000000000000000000001m, 100.05m, 99.99m, 7922816251426433759354395033.5m, -0.1m, 100.1m),
        Gen.Choose(-20000, 20000).Select(t => t / 100m),
        ArbMap.Default.GeneratorFor<long>().Select(l => (decimal)l));

    [Fact]
    public void PamScore_TryCreate_Extremes_ReturnFalse()
    {
        // Threw OverflowException before: the value was multiplied by 10 before the range was checked.
        Assert.False(PamScore.TryCreate(decimal.MaxValue, out _));
        Assert.False(PamScore.TryCreate(decimal.MinValue, out _));
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => PamScore.Create(decimal.MaxValue)).ParamName);
    }

    [Property(MaxTest = 1000)]
    public Property PamScore_TryCreate_NeverThrows_AndAgreesWithCreate()
        => Prop.ForAll(AnyDecimal.ToArbitrary(), value =>
        {
            bool ok = PamScore.TryCreate(value, out PamScore score);

            // Oracle: the rule in words — within [0, 100] and a whole number of tenths.
            bool expected = value >= 0m && value <= 100m && decimal.Round(value, 1) == value;
            Assert.Equal(expected, ok);
            if (ok)
            {
                Assert.Equal(score, PamScore.Create(value));
                Assert.Equal(value, score.Value);
            }
            else
            {
                Assert.Equal(default, score);
                Assert.ThrowsAny<ArgumentException>(() => PamScore.Create(value));
            }
        });

    [Property(MaxTest = 1000)]
    public void Ons4Rating_TryCreate_NeverThrows_AndAgreesWithCreate(int value)
    {
        foreach (int v in new[] { value, int.MinValue, int.MaxValue, -1, 0, 10, 11 })
        {
            bool ok = Ons4Rating.TryCreate(v, out Ons4Rating rating);
            Assert.Equal(v is >= 0 and <= 10, ok);
            if (ok)
            {
                Assert.Equal(v, rating.Value);
            }
            else
            {
                Assert.Throws<ArgumentOutOfRangeException>(() => Ons4Rating.Create(v));
            }
        }
    }

    [Property]
    public void Ons4Answer_TryGetRating_NeverThrows(Ons4Answer answer)
    {
        bool ok = answer.TryGetRating(out Ons4Rating rating);
        Assert.Equal(answer.Kind == Ons4AnswerKind.Rated, ok);
        Assert.True(ok || rating == default);
    }
}
