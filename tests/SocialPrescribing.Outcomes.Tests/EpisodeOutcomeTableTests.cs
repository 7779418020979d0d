using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialPrescribing.Measures;
using SocialPrescribing.Outcomes.Testing;
using SocialPrescribing.Referrals;
using SocialPrescribing.Referrals.Testing;

namespace SocialPrescribing.Outcomes.Tests;

public sealed class EpisodeOutcomeTableTests
{
    [Property(MaxTest = 50)]
    public Property Every_aggregate_lays_out_as_a_table_that_adds_up() => Prop.ForAll(
        EpisodeGenerators.EpisodesInEveryState.ArrayOf().ToArbitrary(), Gen.Choose(0, 15).ToArbitrary(), (episodes, dimensions) =>
        {
            EpisodeOutcomeAggregate aggregate = EpisodeOutcomes.Aggregate(episodes, new EpisodeOutcomeOptions { Dimensions = (OutcomeDimensions)dimensions });
            OutcomeTable table = aggregate.ToTable(); // OutcomeTable.Create refuses a table whose families or total row do not add up
            int episodesColumn = table.Columns.Select((c, i) => (c, i)).Single(x => x.c.Name == "Episodes").i;
            return table.Rows.Count == aggregate.Keys.Count + 1
                && table.Rows.Take(aggregate.Keys.Count).Select((r, i) => table[i, episodesColumn].CountValue).SequenceEqual(aggregate.Keys.Select(k => aggregate[k].Episodes))
                && table[table.Rows.Count - 1, episodesColumn].CountValue == episodes.Length;
        });

    [Fact]
    public void A_PCN_dashboard_is_published_with_NHS_Digital_s_rule()
    {
        Episode[] episodes = [.. SyntheticEpisodes.Generate(3000, seed: 7)];
        var options = new EpisodeOutcomeOptions { PracticeNetworks = SyntheticEpisodes.PracticeNetworks, PeriodKind = PeriodKind.FinancialYear };
        EpisodeOutcomeAggregate aggregate = EpisodeOutcomes.Aggregate(episodes, options);
        PublishedTable published = DisclosurePolicy.NhsDigitalHesEcds(PublicationLevel.Subnational).Apply(aggregate.ToTable("Social prescribing by PCN and financial year"));

        Assert.Equal(["PCN", "Period"], published.RowHeaders);
        int total = published.Rows.Count - 1;
        int episodesColumn = published.Columns.Select((c, i) => (c, i)).Single(x => x.c.Name == "Episodes").i;
        Assert.Equal(RoundToFive(3000), published[total, episodesColumn].Value);       // a total: rounded from its unrounded value
        Assert.Contains(published.Rows.SelectMany((_, r) => published.Columns.Select((_, c) => published[r, c])), cell => cell.Control == CellControl.SmallCount);
        Assert.Contains("NHS Digital", published.Policy.Description, StringComparison.Ordinal);

        // The ONS4 anxiety baseline mean of the whole service, as published: a statistic on thousands of values is shown to 2 decimal places.
        int anxietyMean = published.Columns.Select((c, i) => (c, i)).Single(x => x.c.Name == "ONS4 anxiety: baseline mean").i;
        decimal expected = decimal.Round(aggregate.Total().Ons4Baseline(Ons4Item.Anxiety).Mean!.Value, 2, MidpointRounding.AwayFromZero);
        Assert.Equal(expected, published[total, anxietyMean].Value);
    }

    private static decimal RoundToFive(long count) => Math.Round(count / 5m, MidpointRounding.AwayFromZero) * 5;
}
