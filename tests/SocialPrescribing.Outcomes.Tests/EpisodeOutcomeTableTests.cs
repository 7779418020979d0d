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
            AssertAgreesWithLinq(episodes, new EpisodeOutcomeOptions { Dimensions = (OutcomeDimensions)dimensions }));

    [Fact]
    public void Every_cell_agrees_with_LINQ_on_synthetic_episodes()
    {
        // The generated episodes above all wait the same number of days for a first contact; the synthetic ones do not.
        Episode[] episodes = [.. SyntheticEpisodes.Generate(3000, seed: 5)];
        Assert.True(episodes.Select(e => e.DaysToFirstContact).Where(d => d is not null).Distinct().Count() > 10);
        AssertAgreesWithLinq(episodes, new EpisodeOutcomeOptions { PracticeNetworks = SyntheticEpisodes.PracticeNetworks });
        AssertAgreesWithLinq(episodes, new EpisodeOutcomeOptions { Dimensions = OutcomeDimensions.Practice | OutcomeDimensions.ReferralSource, PeriodKind = PeriodKind.FinancialYear });
    }

    [Fact]
    public void Waits_WorkedByHand()
    {
        // Waits of 4 and 10 days: median 7, 90th percentile 4 + 0.9 x 6 = 9.4, longest 10.
        EpisodeOutcomeAggregate aggregate = EpisodeOutcomes.Aggregate(
            [EpisodeBuilder.Referred(new NodaTime.LocalDate(2026, 1, 5), waitDays: 10).Episode, EpisodeBuilder.Referred(new NodaTime.LocalDate(2026, 1, 5), waitDays: 4).Episode],
            new EpisodeOutcomeOptions { Dimensions = OutcomeDimensions.None });
        OutcomeTable table = aggregate.ToTable();
        decimal?[] waits = [.. new[] { "Waits completed", "Wait median (days)", "Wait 90th percentile (days)", "Wait longest (days)" }
            .Select(name => table.Columns.Select((c, i) => (c, i)).Single(x => x.c.Name == name).i)
            .Select(c => table[0, c].Kind == OutcomeCellKind.Count ? table[0, c].CountValue : table[0, c].StatisticValue)];
        Assert.Equal([2m, 7m, 9.4m, 10m], waits);
    }

    [Fact]
    public void Row_labels_name_each_part_and_say_what_is_unknown()
    {
        // Referred by a GP practice in PCN U12345 in 2025/26 Q4; offered and never referred, with no PCN known for its practice.
        EpisodeOutcomeAggregate aggregate = EpisodeOutcomes.Aggregate(
            [EpisodeBuilder.Referred(new NodaTime.LocalDate(2026, 1, 5)).Episode, EpisodeBuilder.Offered(new NodaTime.LocalDate(2026, 1, 5)).Episode],
            new EpisodeOutcomeOptions { Dimensions = OutcomeDimensions.PrimaryCareNetwork | OutcomeDimensions.Practice | OutcomeDimensions.ReferralSource | OutcomeDimensions.Period });
        OutcomeTable table = aggregate.ToTable();

        Assert.Equal(["PCN", "Practice", "Referral source", "Period"], table.RowHeaders);
        Assert.Equal(
            [["Unknown PCN", "A81001", "Not referred", "2025/26 Q4"], ["U12345", "A81001", "GP practice", "2025/26 Q4"], ["All", "All", "All", "All"]],
            table.Rows.Select(r => r.Labels.ToArray()));

        OutcomeTable ungrouped = EpisodeOutcomes.Aggregate([EpisodeBuilder.Referred(new NodaTime.LocalDate(2026, 1, 5)).Episode], new EpisodeOutcomeOptions { Dimensions = OutcomeDimensions.None }).ToTable();
        Assert.Equal(["Group"], ungrouped.RowHeaders);
        Assert.Equal([["All"], ["All"]], ungrouped.Rows.Select(r => r.Labels.ToArray()));
    }

    [Fact]
    public void Columns_are_the_published_dashboard_s()
    {
        // The layout readers and stored tables rely on, written out: a change to it must be deliberate.
        string[] ons4(string item, string band) =>
        [
            $"ONS4 {item}: baselines", $"ONS4 {item}: baseline mean", $"ONS4 {item}: baseline {band}", $"ONS4 {item}: baseline {band} %",
            $"ONS4 {item}: pairs", $"ONS4 {item}: mean change", $"ONS4 {item}: change 95% CI lower", $"ONS4 {item}: change 95% CI upper",
            $"ONS4 {item}: improved", $"ONS4 {item}: improved %",
        ];
        string[] expected =
        [
            "Episodes",
            "State: offered", "State: declined", "State: referred", "State: accepted", "State: not accepted", "State: first contact made",
            "State: plan agreed", "State: connected", "State: under review", "State: on hold", "State: closed", "State: lapsed",
            "Coded offered (871691000000100)", "Coded declined (871711000000103)", "Coded referred (871731000000106)",
            "Closed",
            "Closed: Goals met", "Closed: The person declined further support", "Closed: No contact after the service's attempts",
            "Closed: The person disengaged", "Closed: The person moved away",
            "Closed: Referred back to a clinician: the need is beyond the link worker's scope", "Closed: The person died", "Closed: Other",
            "Attended contacts", "Minutes with people",
            "Escalations",
            "Escalated to: the GP supervisor", "Escalated to: the GP", "Escalated to: another health professional", "Escalated to: an identified individual",
            .. Enum.GetValues<EscalationRecipient>().Distinct().Skip(4).Select(r => "Escalated to: " + Wording.Of(r)), // any recipient Referrals adds, in its words
            "Waits completed", "Wait median (days)", "Wait 90th percentile (days)", "Wait longest (days)", "Waits out of range",
            .. ons4("life satisfaction", "low (0-4)"), .. ons4("worthwhile", "low (0-4)"), .. ons4("happiness", "low (0-4)"), .. ons4("anxiety", "high (6-10)"),
            "PAM pairs", "PAM mean change", "PAM change 95% CI lower", "PAM change 95% CI upper", "PAM gain of 3 or more", "PAM gain of 3 or more %",
            "FFT answered (not don't know)", "FFT very good or good", "FFT positive %",
        ];
        OutcomeTable table = EpisodeOutcomes.Aggregate([]).ToTable();
        Assert.Equal(expected, table.Columns.Select(c => c.Name));
        Assert.Equal(
            ["ONS4 anxiety: baseline high (6-10)", "ONS4 anxiety: baselines"],
            [table.Columns.Single(c => c.Name == "ONS4 anxiety: baseline high (6-10) %").NumeratorColumn!, table.Columns.Single(c => c.Name == "ONS4 anxiety: baseline high (6-10) %").DenominatorColumn!]);
    }

    private static bool AssertAgreesWithLinq(Episode[] episodes, EpisodeOutcomeOptions options)
    {
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
                decimal? got = DashboardBaselineTests.ValueOf(cell);
                bool interval = table.Columns[c].Name.Contains("CI", StringComparison.Ordinal);
                Assert.True(
                    got == want[c] || (interval && got is decimal g && want[c] is decimal w && Math.Abs(g - w) <= 0.01m),
                    $"row {r} ({(total ? "total" : aggregate.Keys[r])}), column {table.Columns[c].Name}: library {got}, LINQ {want[c]}");
            }
        }

        return true;
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
