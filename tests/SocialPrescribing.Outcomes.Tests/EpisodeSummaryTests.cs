using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialPrescribing.Measures;
using SocialPrescribing.Referrals;
using SocialPrescribing.Referrals.Testing;

namespace SocialPrescribing.Outcomes.Tests;

/// <summary>
/// One row per episode: counted up by PCN and period, the summaries give the aggregation's figures, which is what lets
/// an engine holding only the rows (DuckDB over the episode-level table) reproduce them.
/// </summary>
public sealed class EpisodeSummaryTests
{
    private static readonly Ons4Item[] Items = [Ons4Item.LifeSatisfaction, Ons4Item.Worthwhile, Ons4Item.Happiness, Ons4Item.Anxiety];

    [Property(MaxTest = 100)]
    public Property Summaries_CountedByGroup_GiveTheAggregatesFigures() => Prop.ForAll(EpisodeOutcomesTests.EpisodeLists.ToArbitrary(), EpisodeOutcomesTests.Options.ToArbitrary(), (episodes, options) =>
    {
        options = new EpisodeOutcomeOptions
        {
            Dimensions = OutcomeDimensions.PrimaryCareNetwork | OutcomeDimensions.Period,
            PeriodKind = options.PeriodKind,
            ExcludePamLevel4AtBaseline = options.ExcludePamLevel4AtBaseline,
            PracticeNetworks = options.PracticeNetworks,
        };
        EpisodeOutcomeAggregate aggregate = EpisodeOutcomes.Aggregate(episodes, options);
        var groups = episodes.Select(e => EpisodeOutcomes.Summarise(e, options)).GroupBy(s => new OutcomeGroupKey(s.PrimaryCareNetwork, null, null, s.Period)).ToList();

        Assert.Equal(aggregate.Keys.Count, groups.Count);
        foreach (IGrouping<OutcomeGroupKey, EpisodeSummary> rows in groups)
        {
            GroupOutcomes want = aggregate[rows.Key];
            Assert.Equal(want.Episodes, rows.LongCount());
            foreach (EpisodeState state in Enum.GetValues<EpisodeState>())
            {
                Assert.Equal(want.States[state], rows.LongCount(s => s.State == state));
            }

            foreach (ClosureReason reason in Enum.GetValues<ClosureReason>())
            {
                Assert.Equal(want.ClosureReasons[reason], rows.LongCount(s => s.ClosureReason == reason));
            }

            foreach (ReferralSourceKind source in Enum.GetValues<ReferralSourceKind>())
            {
                Assert.Equal(want.ReferralSources[source], rows.LongCount(s => s.ReferralSource == source));
            }

            foreach (FriendsAndFamilyAnswer answer in Enum.GetValues<FriendsAndFamilyAnswer>())
            {
                Assert.Equal(want.Satisfaction[answer], rows.LongCount(s => s.Satisfaction == answer));
            }

            Assert.Equal(want.AttendedContacts, rows.Sum(s => (long)s.AttendedContacts));
            Assert.Equal(want.MinutesWithPeople, rows.Sum(s => s.MinutesWithPerson));
            Assert.Equal(want.ConnectionCategories.Total, rows.Sum(s => (long)s.Connections));
            Assert.Equal(want.EpisodesEscalated, rows.LongCount(s => s.Escalated));
            Assert.Equal(want.Offered, rows.LongCount(s => s.CodedOffered));
            Assert.Equal(want.Declined, rows.LongCount(s => s.CodedDeclined));
            Assert.Equal(want.Referred, rows.LongCount(s => s.CodedReferred));
            Assert.Equal(want.Escalations, rows.Sum(s => (long)s.Escalations));
            foreach (EscalationRecipient recipient in Enum.GetValues<EscalationRecipient>())
            {
                Assert.Equal(want.EscalationsByRecipient[recipient], rows.Sum(s => (long)s.EscalationsTo(recipient)));
            }
            Assert.Equal(Counts(want.WaitingDays), Counts(rows.Select(s => s.DaysToFirstContact)));
            foreach (Ons4Item item in Items)
            {
                Assert.Equal(Counts(want.Ons4Baseline(item)), Counts(rows.Select(s => s.Ons4Baseline(item)?.Value)));
                Assert.Equal(Counts(want.Ons4FollowUp(item)), Counts(rows.Select(s => s.Ons4FollowUp(item)?.Value)));
                Assert.True(rows.All(s => s.Ons4FollowUp(item) is null || s.Ons4Baseline(item) is not null));
            }

            Assert.Equal(Counts(want.PamBaseline), Counts(rows.Select(s => s.PamBaseline?.Tenths)));
            Assert.Equal(want.PamChange.Count, rows.LongCount(s => s.PamFollowUp is not null));
            Assert.Equal(want.PamPairsExcludedAtLevel4, rows.LongCount(s => s.PamExcludedAtLevel4));
        }

        return true;
    });

    [Fact]
    public void Summary_ShowsNothingOfThePerson()
    {
        Episode episode = EpisodeGenerators.EpisodesInEveryState.Sample(50, new Rnd(20261207UL), 20).First(e => e.Referral is not null);

        EpisodeSummary summary = EpisodeOutcomes.Summarise(episode);

        Assert.Equal($"{episode.RegisteredPractice} {summary.Period} {episode.State}", summary.ToString());
        Assert.Equal(episode.RegisteredPractice, summary.Practice);
        Assert.Equal(ReportingPeriod.Containing(PeriodKind.Quarter, episode.Referral!.ReferredOn), summary.Period);
    }

    [Fact]
    public void Summarise_RefusesNullAndABadWindow()
    {
        Episode episode = EpisodeGenerators.EpisodesInEveryState.Sample(1, new Rnd(20261207UL), 20).First();

        Assert.Equal("episode", Assert.Throws<ArgumentNullException>(() => EpisodeOutcomes.Summarise(null!)).ParamName);
        Assert.Throws<ArgumentException>(() => EpisodeOutcomes.Summarise(episode, new EpisodeOutcomeOptions { FollowUpEarliest = NodaTime.Period.FromMonths(9) }));
        Assert.Throws<ArgumentOutOfRangeException>(() => EpisodeOutcomes.Summarise(episode).Ons4Baseline((Ons4Item)99));
        Assert.Equal("recipient", Assert.Throws<ArgumentOutOfRangeException>(() => EpisodeOutcomes.Summarise(episode).EscalationsTo((EscalationRecipient)99)).ParamName);
        Assert.Equal("recipient", Assert.Throws<ArgumentOutOfRangeException>(() => EpisodeOutcomes.Summarise(episode).EscalationsTo(0)).ParamName);
    }

    private static IEnumerable<(int Value, long Count)> Counts(ValueCounts counts) => counts.Entries.Select(e => (e.Value, e.Count));

    private static IEnumerable<(int Value, long Count)> Counts(IEnumerable<int?> values)
        => values.OfType<int>().GroupBy(v => v).Select(g => (g.Key, g.LongCount())).OrderBy(p => p.Key);
}
