using SocialPrescribing.Measures;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Outcomes;

/// <summary>Lays an <see cref="EpisodeOutcomeAggregate"/> out as the dashboard table (docs/outcomes.md, "The dashboard").</summary>
internal static class EpisodeOutcomeTable
{
    private const string States = "States";
    private const string Closures = "Closure reasons";
    private const string EscalationFamily = "Escalations by recipient";
    private const int StatisticDecimals = 2;
    private static readonly (Ons4Item Item, string Name, Ons4Band Band, string BandName)[] Ons4Columns =
    [
        (Ons4Item.LifeSatisfaction, "ONS4 life satisfaction", Ons4Band.Low, "low (0-4)"),
        (Ons4Item.Worthwhile, "ONS4 worthwhile", Ons4Band.Low, "low (0-4)"),
        (Ons4Item.Happiness, "ONS4 happiness", Ons4Band.Low, "low (0-4)"),
        (Ons4Item.Anxiety, "ONS4 anxiety", Ons4Band.High, "high (6-10)"),
    ];

    internal static OutcomeTable Create(EpisodeOutcomeAggregate aggregate, string title)
    {
        OutcomeDimensions d = aggregate.Dimensions;
        bool network = d.HasFlag(OutcomeDimensions.PrimaryCareNetwork), practice = d.HasFlag(OutcomeDimensions.Practice);
        bool source = d.HasFlag(OutcomeDimensions.ReferralSource), period = d.HasFlag(OutcomeDimensions.Period);
        List<string> headers = GroupLabels.Headers(network, practice, source, period, d);
        var rows = new List<OutcomeRow>();
        foreach (OutcomeGroupKey key in aggregate.Keys)
        {
            List<string> labels = GroupLabels.Labels(network, key.PrimaryCareNetwork, practice, key.Practice, source, key.ReferralSource, period, key.Period, d, key);
            rows.Add(OutcomeRow.Create(labels, Cells(aggregate[key])));
        }

        rows.Add(OutcomeRow.Total(Enumerable.Repeat(GroupLabels.All, headers.Count), Cells(aggregate.Total())));
        return OutcomeTable.Create(title, headers, Columns(), rows);
    }

    private static List<OutcomeColumn> Columns()
    {
        var columns = new List<OutcomeColumn>
        {
            OutcomeColumn.TotalOf("Episodes", States),
        };
        columns.AddRange(Enum.GetValues<EpisodeState>().Select(s => OutcomeColumn.PartOf("State: " + Wording.Of(s), States)));
        columns.Add(OutcomeColumn.Create("Coded offered (871691000000100)"));
        columns.Add(OutcomeColumn.Create("Coded declined (871711000000103)"));
        columns.Add(OutcomeColumn.Create("Coded referred (871731000000106)"));
        columns.Add(OutcomeColumn.TotalOf("Closed", Closures));
        columns.AddRange(Enum.GetValues<ClosureReason>().Select(r => OutcomeColumn.PartOf("Closed: " + Wording.Of(r), Closures)));
        columns.Add(OutcomeColumn.Create("Attended contacts"));
        columns.Add(OutcomeColumn.Create("Minutes with people"));
        columns.Add(OutcomeColumn.TotalOf("Escalations", EscalationFamily));
        columns.AddRange(Enum.GetValues<EscalationRecipient>().Distinct().Select(r => OutcomeColumn.PartOf("Escalated to: " + Wording.Of(r), EscalationFamily)));
        columns.Add(OutcomeColumn.Create("Waits completed"));
        columns.Add(OutcomeColumn.Create("Wait median (days)"));
        columns.Add(OutcomeColumn.Create("Wait 90th percentile (days)"));
        columns.Add(OutcomeColumn.Create("Wait longest (days)"));
        columns.Add(OutcomeColumn.Create("Waits out of range"));
        foreach ((Ons4Item _, string name, Ons4Band _, string bandName) in Ons4Columns)
        {
            columns.Add(OutcomeColumn.Create(name + ": baselines"));
            columns.Add(OutcomeColumn.Create(name + ": baseline mean"));
            columns.Add(OutcomeColumn.Create(name + ": baseline " + bandName));
            columns.Add(OutcomeColumn.PercentageOf(name + ": baseline " + bandName + " %", name + ": baseline " + bandName, name + ": baselines"));
            columns.Add(OutcomeColumn.Create(name + ": pairs"));
            columns.Add(OutcomeColumn.Create(name + ": mean change"));
            columns.Add(OutcomeColumn.Create(name + ": change 95% CI lower"));
            columns.Add(OutcomeColumn.Create(name + ": change 95% CI upper"));
            columns.Add(OutcomeColumn.Create(name + ": improved"));
            columns.Add(OutcomeColumn.PercentageOf(name + ": improved %", name + ": improved", name + ": pairs"));
        }

        columns.Add(OutcomeColumn.Create("PAM pairs"));
        columns.Add(OutcomeColumn.Create("PAM mean change"));
        columns.Add(OutcomeColumn.Create("PAM change 95% CI lower"));
        columns.Add(OutcomeColumn.Create("PAM change 95% CI upper"));
        columns.Add(OutcomeColumn.Create("PAM gain of 3 or more"));
        columns.Add(OutcomeColumn.PercentageOf("PAM gain of 3 or more %", "PAM gain of 3 or more", "PAM pairs"));
        columns.Add(OutcomeColumn.Create("FFT answered (not don't know)"));
        columns.Add(OutcomeColumn.Create("FFT very good or good"));
        columns.Add(OutcomeColumn.PercentageOf("FFT positive %", "FFT very good or good", "FFT answered (not don't know)"));
        return columns;
    }

    private static List<OutcomeCell> Cells(GroupOutcomes g)
    {
        var cells = new List<OutcomeCell> { OutcomeCell.Count(g.Episodes) };
        cells.AddRange(Enum.GetValues<EpisodeState>().Select(s => OutcomeCell.Count(g.States[s])));
        cells.Add(OutcomeCell.Count(g.Offered));
        cells.Add(OutcomeCell.Count(g.Declined));
        cells.Add(OutcomeCell.Count(g.Referred));
        cells.Add(OutcomeCell.Count(g.ClosureReasons.Total));
        cells.AddRange(Enum.GetValues<ClosureReason>().Select(r => OutcomeCell.Count(g.ClosureReasons[r])));
        cells.Add(OutcomeCell.Count(g.AttendedContacts));
        cells.Add(OutcomeCell.Count(g.MinutesWithPeople));
        cells.Add(OutcomeCell.Count(g.Escalations));
        cells.AddRange(Enum.GetValues<EscalationRecipient>().Distinct().Select(r => OutcomeCell.Count(g.EscalationsByRecipient[r])));
        long waits = g.WaitingDays.Count;
        cells.Add(OutcomeCell.Count(waits));
        cells.Add(Statistic(g.WaitingDays.Median, waits));
        cells.Add(Statistic(g.WaitingDays.Percentile(90), waits));
        cells.Add(Statistic(g.WaitingDays.Max, waits));
        cells.Add(OutcomeCell.Count(g.WaitingDays.OutOfRange));
        foreach ((Ons4Item item, string _, Ons4Band band, string _) in Ons4Columns)
        {
            ValueCounts baseline = g.Ons4Baseline(item);
            long inBand = Enumerable.Range(0, 11).Where(v => Ons4Thresholds.BandOf(item, Ons4Rating.Create(v)) == band).Sum(baseline.CountOf);
            PairedChange change = g.Ons4Change(item);
            cells.Add(OutcomeCell.Count(baseline.Count));
            cells.Add(Statistic(baseline.Mean, baseline.Count));
            cells.Add(OutcomeCell.Count(inBand));
            cells.Add(Percentage(inBand, baseline.Count));
            AddChange(cells, change);
            cells.Add(OutcomeCell.Count(change.Improved));
            cells.Add(Percentage(change.Improved, change.Count));
        }

        AddChange(cells, g.PamChange);
        cells.Add(OutcomeCell.Count(g.PamChange.AtLeastThreshold));
        cells.Add(Percentage(g.PamChange.AtLeastThreshold, g.PamChange.Count));
        long answered = g.Satisfaction.Total - g.Satisfaction[FriendsAndFamilyAnswer.DontKnow];
        long positive = g.Satisfaction[FriendsAndFamilyAnswer.VeryGood] + g.Satisfaction[FriendsAndFamilyAnswer.Good];
        cells.Add(OutcomeCell.Count(answered));
        cells.Add(OutcomeCell.Count(positive));
        cells.Add(Percentage(positive, answered));
        return cells;
    }

    private static void AddChange(List<OutcomeCell> cells, PairedChange change)
    {
        cells.Add(OutcomeCell.Count(change.Count));
        cells.Add(Statistic(change.MeanChange, change.Count));
        ConfidenceInterval? interval = change.ConfidenceInterval95;
        cells.Add(Statistic(interval?.Lower, change.Count));
        cells.Add(Statistic(interval?.Upper, change.Count));
    }

    private static OutcomeCell Statistic(decimal? value, long basedOn)
        => value is decimal v ? OutcomeCell.Statistic(decimal.Round(v, StatisticDecimals, MidpointRounding.AwayFromZero), StatisticDecimals, basedOn) : OutcomeCell.NotApplicable;

    private static OutcomeCell Percentage(long numerator, long denominator)
        => denominator == 0 ? OutcomeCell.NotApplicable : OutcomeCell.Percentage(numerator, denominator);

    private static OutcomeCell Statistic(int? value, long basedOn) => Statistic((decimal?)value, basedOn);

    internal static string Title(EpisodeOutcomeAggregate aggregate)
    {
        OutcomeDimensions d = aggregate.Dimensions;
        return GroupLabels.Title(
            "Social prescribing outcomes (cohort)", d.HasFlag(OutcomeDimensions.PrimaryCareNetwork), d.HasFlag(OutcomeDimensions.Practice), d.HasFlag(OutcomeDimensions.ReferralSource), d.HasFlag(OutcomeDimensions.Period), d);
    }
}
