using NodaTime;
using SocialPrescribing.Measures;
using SocialPrescribing.Referrals;
using SocialPrescribing.Referrals.Testing;

namespace SocialPrescribing.Outcomes.Tests;

/// <summary>The pairing window's boundaries and tie rule, worked by hand (docs/outcomes.md, EpisodeOutcomeOptions).</summary>
public sealed class FollowUpWindowTests
{
    private static readonly EpisodeOutcomeOptions All = new() { Dimensions = OutcomeDimensions.None };

    // An episode at first contact, then ONS4 taken with life-satisfaction ratings (the script rates choice c as c % 11),
    // each the given number of days after the one before; the first ONS4 comes 1 day after the contact.
    private static Episode WithOns4(params (int DaysLater, int Rating)[] taken)
    {
        EpisodeScript script = EpisodeScript.Canonical(EpisodeState.FirstContactMade, EpisodeId.Create(Guid.NewGuid()), new LocalDate(2026, 1, 1))
            .With([.. taken.Select(t => new EpisodeCommand(EpisodeEventKind.Ons4Recorded, t.DaysLater, t.Rating))]);
        Assert.Equal(taken.Length, script.Episode!.Ons4Responses.Length);
        return script.Episode;
    }

    private static LocalDate BaselineDate => EpisodeScript.Canonical(EpisodeState.FirstContactMade, EpisodeId.Create(Guid.NewGuid()), new LocalDate(2026, 1, 1)).Episode!.Events[^1].On.PlusDays(1);

    private static int DaysTo(Period period) => Period.DaysBetween(BaselineDate, BaselineDate.Plus(period));

    private static PairedChange LifeSatisfaction(Episode episode) => EpisodeOutcomes.Aggregate([episode], All).Total().Ons4Change(Ons4Item.LifeSatisfaction);

    [Fact]
    public void On_a_tie_the_earlier_follow_up_is_taken()
    {
        int toTarget = DaysTo(SeedPeriods.SixMonths);
        PairedChange change = LifeSatisfaction(WithOns4((1, 2), (toTarget - 10, 5), (20, 9)));
        Assert.Equal(1, change.Count);
        Assert.Equal(3, change.SumOfChanges); // 2 -> 5, not 2 -> 9
    }

    [Fact]
    public void The_nearest_to_six_months_is_taken()
    {
        int toTarget = DaysTo(SeedPeriods.SixMonths);
        PairedChange change = LifeSatisfaction(WithOns4((1, 2), (toTarget - 10, 5), (19, 9)));
        Assert.Equal(7, change.SumOfChanges); // the second follow-up is 9 days from the target, the first 10
    }

    [Fact]
    public void The_window_is_three_to_nine_months_inclusive()
    {
        int nine = DaysTo(Period.FromMonths(9));
        int three = DaysTo(SeedPeriods.ThreeMonths);
        Assert.Equal(1, LifeSatisfaction(WithOns4((1, 2), (nine, 5))).Count);
        Assert.Equal(0, LifeSatisfaction(WithOns4((1, 2), (nine + 1, 5))).Count);
        Assert.Equal(1, LifeSatisfaction(WithOns4((1, 2), (three, 5))).Count);
        Assert.Equal(0, LifeSatisfaction(WithOns4((1, 2), (three - 1, 5))).Count);
    }

    [Fact]
    public void Anxiety_improves_when_it_falls()
    {
        // The script rates anxiety as (c + 7) % 11: choice 2 gives 9, choice 5 gives 1.
        int toTarget = DaysTo(SeedPeriods.SixMonths);
        PairedChange anxiety = EpisodeOutcomes.Aggregate([WithOns4((1, 2), (toTarget, 5))], All).Total().Ons4Change(Ons4Item.Anxiety);
        Assert.Equal(1, anxiety.Improved);
        Assert.Equal(-8, anxiety.SumOfChanges);
        Assert.Equal(1, anxiety.Transitions((int)Ons4Band.High, (int)Ons4Band.VeryLow));
    }
}
