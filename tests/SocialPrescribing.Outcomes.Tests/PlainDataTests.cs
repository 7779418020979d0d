using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialPrescribing.Measures;
using SocialPrescribing.Referrals;
using SocialPrescribing.Referrals.Testing;

namespace SocialPrescribing.Outcomes.Tests;

/// <summary>
/// A partial is plain data: everything it holds can be read through its public members and rebuilt through public
/// members alone, as a store or the Json package does (docs/outcomes.md, "Scaling out").
/// </summary>
public sealed class PlainDataTests
{
    private static readonly Ons4Item[] Items = [Ons4Item.LifeSatisfaction, Ons4Item.Worthwhile, Ons4Item.Happiness, Ons4Item.Anxiety];

    [Property(MaxTest = 60)]
    public Property A_partial_rebuilt_from_what_it_shows_is_equal_and_merges_the_same() => Prop.ForAll(
        Gen.Frequency((1, EpisodeGenerators.EpisodesInEveryState), (1, EpisodeOutcomesTests.MeasuredEpisodes)).ArrayOf().ToArbitrary(), Gen.Choose(0, 15).ToArbitrary(), (episodes, dimensions) =>
        {
            var options = new EpisodeOutcomeOptions { Dimensions = (OutcomeDimensions)dimensions };
            EpisodeOutcomeAggregate partial = EpisodeOutcomes.Aggregate(episodes, options);
            EpisodeOutcomeAggregate rebuilt = EpisodeOutcomeAggregate.Create(
                partial.Dimensions, partial.PeriodKind, partial.Keys.Select(k => KeyValuePair.Create(k, Rebuild(partial[k]))));
            return rebuilt.Equals(partial) && EpisodeOutcomeAggregate.Merge(rebuilt, partial).Equals(EpisodeOutcomeAggregate.Merge(partial, partial));
        });

    [Fact]
    public void Rebuilding_refuses_figures_that_cannot_be()
    {
        Assert.Equal("count", Assert.Throws<ArgumentException>(() => PairedChange.Create(4, 10, 3, 0, 0, 1, 1, 0, 0, new long[16])).ParamName);
        Assert.Equal("atLeastThreshold", Assert.Throws<ArgumentException>(() => PairedChange.Create(4, 10, 1, 5, 25, 1, 0, 0, 2, Transitions(4, 1))).ParamName);
        Assert.Equal("transitionCounts", Assert.Throws<ArgumentException>(() => PairedChange.Create(4, 10, 1, 5, 25, 1, 0, 0, 0, new long[15])).ParamName);
        Assert.Equal("sumOfSquaredChanges", Assert.Throws<ArgumentException>(() => PairedChange.Create(4, 10, 2, 10, 20, 2, 0, 0, 0, Transitions(4, 2))).ParamName);
        Assert.Equal("improved", Assert.Throws<ArgumentOutOfRangeException>(() => PairedChange.Create(4, 10, 0, 0, 0, -1, 1, 0, 0, new long[16])).ParamName);
        Assert.Equal(2.5m, PairedChange.Create(4, 10, 2, 50, 1300, 2, 0, 0, 1, Transitions(4, 2)).MeanChange);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new GroupOutcomes { Episodes = -1 }).ParamName);

        var byPcn = new OutcomeGroupKey(OdsCode.Parse("U12345"), null, null, null);
        var byPractice = new OutcomeGroupKey(null, OdsCode.Parse("A81001"), null, null);
        Assert.Equal("groups", Assert.Throws<ArgumentException>(() => EpisodeOutcomeAggregate.Create(OutcomeDimensions.Practice, PeriodKind.Quarter, [KeyValuePair.Create(byPcn, new GroupOutcomes())])).ParamName);
        Assert.Equal("groups", Assert.Throws<ArgumentException>(() => EpisodeOutcomeAggregate.Create(OutcomeDimensions.Practice, PeriodKind.Quarter, [KeyValuePair.Create(byPractice, new GroupOutcomes()), KeyValuePair.Create(byPractice, new GroupOutcomes())])).ParamName);
        Assert.Equal("groups", Assert.Throws<ArgumentException>(() => EpisodeOutcomeAggregate.Create(OutcomeDimensions.Period, PeriodKind.Quarter, [KeyValuePair.Create(new OutcomeGroupKey(null, null, null, ReportingPeriod.Containing(PeriodKind.Month, new NodaTime.LocalDate(2026, 1, 1))), new GroupOutcomes())])).ParamName);
    }

    private static long[] Transitions(int bands, long inFirst)
    {
        long[] t = new long[bands * bands];
        t[0] = inFirst;
        return t;
    }

    // Reads every figure through public members and rebuilds it through public members only.
    private static GroupOutcomes Rebuild(GroupOutcomes g)
    {
        var copy = new GroupOutcomes
        {
            Episodes = g.Episodes,
            Offered = g.Offered,
            Declined = g.Declined,
            Referred = g.Referred,
            ConnectionsWithoutOutcome = g.ConnectionsWithoutOutcome,
            AttendedContacts = g.AttendedContacts,
            MinutesWithPeople = g.MinutesWithPeople,
            EpisodesEscalated = g.EpisodesEscalated,
            PamPairsExcludedAtLevel4 = g.PamPairsExcludedAtLevel4,
            States = Copy(g.States),
            ClosureReasons = Copy(g.ClosureReasons),
            ReferralSources = Copy(g.ReferralSources),
            ReferralReasons = Copy(g.ReferralReasons),
            ConnectionCategories = Copy(g.ConnectionCategories),
            ConnectionOutcomes = Copy(g.ConnectionOutcomes),
            EscalationsByRecipient = Copy(g.EscalationsByRecipient),
            Satisfaction = Copy(g.Satisfaction),
            WaitingDays = Copy(g.WaitingDays),
            PamBaseline = Copy(g.PamBaseline),
            PamChange = Copy(g.PamChange),
        };
        foreach (Ons4Item item in Items)
        {
            copy = copy.WithOns4(item, Copy(g.Ons4Baseline(item)), Copy(g.Ons4FollowUp(item)), Copy(g.Ons4Change(item)));
        }

        return copy;
    }

    private static CategoryCounts<T> Copy<T>(CategoryCounts<T> from)
        where T : struct, Enum
        => CategoryCounts<T>.FromEntries(from.Entries);

    private static ValueCounts Copy(ValueCounts from) => ValueCounts.FromEntries(from.Entries, from.OutOfRange);

    private static PairedChange Copy(PairedChange c)
        => PairedChange.Create(c.Bands, c.UnitsPerPoint, c.Count, c.SumOfChanges, c.SumOfSquaredChanges, c.Improved, c.Unchanged, c.Worsened, c.AtLeastThreshold, c.TransitionCounts);
}
