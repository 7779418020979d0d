using SocialPrescribing.Referrals;

namespace SocialPrescribing.Outcomes;

/// <summary>Lays an <see cref="ActivityAggregate"/> out as a table (docs/outcomes.md, "Activity figures").</summary>
internal static class ActivityTable
{
    private const string EscalationFamily = "Escalations by recipient";
    private const string Closures = "Closure reasons";
    private const string Answers = "FFT answers";
    private static readonly EscalationRecipient[] Recipients = [.. Enum.GetValues<EscalationRecipient>().Distinct()];
    private static readonly ClosureReason[] Reasons = Enum.GetValues<ClosureReason>();
    private static readonly FriendsAndFamilyAnswer[] FftAnswers = Enum.GetValues<FriendsAndFamilyAnswer>();

    internal static OutcomeTable Create(ActivityAggregate aggregate, string title)
    {
        ActivityDimensions d = aggregate.Dimensions;
        bool network = d.HasFlag(ActivityDimensions.PrimaryCareNetwork), practice = d.HasFlag(ActivityDimensions.Practice), period = d.HasFlag(ActivityDimensions.Period);
        List<string> headers = GroupLabels.Headers(network, practice, false, period);
        var rows = new List<OutcomeRow>();
        foreach (ActivityGroupKey key in aggregate.Keys)
        {
            rows.Add(OutcomeRow.Create(GroupLabels.Labels(network, key.PrimaryCareNetwork, practice, key.Practice, false, null, period, key.Period), Cells(aggregate[key])));
        }

        rows.Add(OutcomeRow.Total(Enumerable.Repeat(GroupLabels.All, headers.Count), Cells(aggregate.Total())));
        return OutcomeTable.Create(title, headers, Columns(), rows);
    }

    internal static string Title(ActivityDimensions d)
        => GroupLabels.Title("Social prescribing activity", d.HasFlag(ActivityDimensions.PrimaryCareNetwork), d.HasFlag(ActivityDimensions.Practice), false, d.HasFlag(ActivityDimensions.Period));

    private static List<OutcomeColumn> Columns()
    {
        var columns = new List<OutcomeColumn>
        {
            OutcomeColumn.Create("Attended contacts"),
            OutcomeColumn.Create("Minutes with people"),
            OutcomeColumn.Create("Connections made"),
            OutcomeColumn.TotalOf("Escalations", EscalationFamily),
        };
        columns.AddRange(Recipients.Select(r => OutcomeColumn.PartOf("Escalated to: " + Wording.Of(r), EscalationFamily)));
        columns.Add(OutcomeColumn.TotalOf("Closed", Closures));
        columns.AddRange(Reasons.Select(r => OutcomeColumn.PartOf("Closed: " + Wording.Of(r), Closures)));
        columns.Add(OutcomeColumn.Create("ONS4 taken"));
        columns.Add(OutcomeColumn.Create("PAM taken"));
        columns.Add(OutcomeColumn.TotalOf("FFT answers", Answers));
        columns.AddRange(FftAnswers.Select(a => OutcomeColumn.PartOf("FFT: " + a.GetDisplayName(), Answers)));
        columns.Add(OutcomeColumn.Create("FFT anonymous answers"));
        columns.Add(OutcomeColumn.Create("FFT answered (not don't know)"));
        columns.Add(OutcomeColumn.Create("FFT very good or good"));
        columns.Add(OutcomeColumn.PercentageOf("FFT positive %", "FFT very good or good", "FFT answered (not don't know)"));
        return columns;
    }

    private static List<OutcomeCell> Cells(ActivityFigures f)
    {
        var cells = new List<OutcomeCell>
        {
            OutcomeCell.Count(f.AttendedContacts),
            OutcomeCell.Count(f.MinutesWithPeople),
            OutcomeCell.Count(f.ConnectionsMade),
            OutcomeCell.Count(f.Escalations),
        };
        cells.AddRange(Recipients.Select(r => OutcomeCell.Count(f.EscalationsByRecipient[r])));
        cells.Add(OutcomeCell.Count(f.Closures));
        cells.AddRange(Reasons.Select(r => OutcomeCell.Count(f.ClosureReasons[r])));
        cells.Add(OutcomeCell.Count(f.Ons4Taken));
        cells.Add(OutcomeCell.Count(f.PamTaken));
        cells.Add(OutcomeCell.Count(f.Satisfaction.Total));
        cells.AddRange(FftAnswers.Select(a => OutcomeCell.Count(f.Satisfaction[a])));
        cells.Add(OutcomeCell.Count(f.AnonymousAnswers));
        long answered = f.Satisfaction.Total - f.Satisfaction[FriendsAndFamilyAnswer.DontKnow];
        long positive = f.Satisfaction[FriendsAndFamilyAnswer.VeryGood] + f.Satisfaction[FriendsAndFamilyAnswer.Good];
        cells.Add(OutcomeCell.Count(answered));
        cells.Add(OutcomeCell.Count(positive));
        cells.Add(answered == 0 ? OutcomeCell.NotApplicable : OutcomeCell.Percentage(positive, answered));
        return cells;
    }
}
