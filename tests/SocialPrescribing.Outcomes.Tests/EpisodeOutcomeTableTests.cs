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

    [Property(MaxTest = 40)]
    public Property Every_cell_agrees_with_the_dashboard_written_with_LINQ() => Prop.ForAll(
        Gen.Frequency((1, EpisodeGenerators.EpisodesInEveryState), (1, EpisodeOutcomesTests.MeasuredEpisodes)).ArrayOf().ToArbitrary(), Gen.Choose(0, 15).ToArbitrary(), (episodes, dimensions) =>
        {
            var options = new EpisodeOutcomeOptions { Dimensions = (OutcomeDimensions)dimensions };
            EpisodeOutcomeAggregate aggregate = EpisodeOutcomes.Aggregate(episodes, options);
            OutcomeTable table = aggregate.ToTable();
            Dictionary<OutcomeGroupKey, decimal?[]> expected = ReferenceDashboard.For(episodes, options);
            Assert.Equal(expected.Count, aggregate.Keys.Count);
            for (int r = 0; r < table.Rows.Count; r++)
            {
                bool total = r == aggregate.Keys.Count;
                decimal?[] want = total ? ReferenceDashboard.Total(episodes, options) : expected[aggregate.Keys[r]];
                Assert.Equal(table.Columns.Count, want.Length);
                for (int c = 0; c < table.Columns.Count; c++)
                {
                    OutcomeCell cell = table[r, c];
                    decimal? got = cell.Kind switch
                    {
                        OutcomeCellKind.Count => cell.CountValue,
                        OutcomeCellKind.Statistic => cell.StatisticValue,
                        OutcomeCellKind.Percentage => (decimal)cell.Numerator / cell.Denominator,
                        _ => null,
                    };
                    bool interval = table.Columns[c].Name.Contains("CI", StringComparison.Ordinal);
                    Assert.True(
                        got == want[c] || (interval && got is decimal g && want[c] is decimal w && Math.Abs(g - w) <= 0.01m),
                        $"row {r} ({(total ? "total" : aggregate.Keys[r])}), column {table.Columns[c].Name}: library {got}, LINQ {want[c]}");
                }
            }
        });

    [Fact]
    public void The_benchmark_s_raw_loop_computes_the_same_dashboard()
    {
        // The limit the benchmark compares against must do the same work: check it against LINQ.
        Episode[] episodes = [.. SyntheticEpisodes.Generate(4000, seed: 11)];
        var options = new EpisodeOutcomeOptions { PracticeNetworks = SyntheticEpisodes.PracticeNetworks };
        Dictionary<OutcomeGroupKey, decimal?[]> linq = ReferenceDashboard.For(episodes, options);
        var raw = RawDashboard.For(episodes, SyntheticEpisodes.PracticeNetworks, PeriodKind.Quarter);
        Assert.Equal(linq.Count, raw.Count);
        foreach (((OdsCode? network, ReportingPeriod period), decimal?[] row) in raw)
        {
            decimal?[] want = linq[new OutcomeGroupKey(network, null, null, period)];
            Assert.Equal(want.Length, row.Length);
            Assert.All(want.Zip(row), p => Assert.True(p.First == p.Second || Math.Abs(p.First!.Value - p.Second!.Value) <= 0.01m));
        }
    }

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
