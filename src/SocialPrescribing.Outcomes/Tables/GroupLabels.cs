using System.Globalization;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// The row headers, row labels and title words of the cohort and activity tables, in words for people
/// (docs/outcomes.md, "Row headers and labels"): one place, so the two views label a PCN, a practice and a period alike.
/// </summary>
internal static class GroupLabels
{
    internal const string All = "All";

    /// <summary>The label of a demographic part that is not recorded: a group of its own.</summary>
    internal const string NotRecorded = "Not recorded";

    /// <summary>Gets the row headers of the parts grouped by, in table order; "Group" when grouped by nothing.</summary>
    internal static List<string> Headers(bool network, bool practice, bool source, bool period, OutcomeDimensions demographics = OutcomeDimensions.None)
    {
        var headers = new List<string>(4);
        AddIf(headers, network, "PCN");
        AddIf(headers, practice, "Practice");
        AddIf(headers, source, "Referral source");
        AddIf(headers, period, "Period");
        foreach ((OutcomeDimensions flag, string header, _, _) in OutcomeGroupKey.DemographicParts)
        {
            AddIf(headers, (demographics & flag) != 0, header);
        }

        if (headers.Count == 0)
        {
            headers.Add("Group");
        }

        return headers;
    }

    /// <summary>Gets the labels of one group's row, in the order of <see cref="Headers"/>; "All" when grouped by nothing.</summary>
    internal static List<string> Labels(bool network, OdsCode? pcn, bool practice, OdsCode? code, bool source, ReferralSourceKind? kind, bool period, ReportingPeriod? when, OutcomeDimensions demographics = OutcomeDimensions.None, OutcomeGroupKey key = default)
    {
        var labels = new List<string>(4);
        AddIf(labels, network, pcn?.ToString() ?? "Unknown PCN");
        AddIf(labels, practice, code?.ToString() ?? "Unknown practice");
        AddIf(labels, source, kind?.GetDisplayName() ?? "Not referred");
        AddIf(labels, period, when?.ToString() ?? string.Empty);
        foreach ((OutcomeDimensions flag, _, _, Func<OutcomeGroupKey, string?> label) in OutcomeGroupKey.DemographicParts)
        {
            AddIf(labels, (demographics & flag) != 0, label(key) ?? NotRecorded);
        }

        if (labels.Count == 0)
        {
            labels.Add(All);
        }

        return labels;
    }

    /// <summary>Gets a title naming the grouping in words, e.g. "Social prescribing outcomes by PCN and period".</summary>
    internal static string Title(string what, bool network, bool practice, bool source, bool period, OutcomeDimensions demographics = OutcomeDimensions.None)
    {
        string[] parts =
        [
            .. new[] { (network, "PCN"), (practice, "practice"), (source, "referral source"), (period, "period") }.Where(p => p.Item1).Select(p => p.Item2),
            .. OutcomeGroupKey.DemographicParts.Where(p => (demographics & p.Flag) != 0).Select(p => p.Header.StartsWith("IMD", StringComparison.Ordinal) ? p.Header : p.Header.ToLowerInvariant()),
        ];
        string by = parts.Length switch
        {
            0 => "for all",
            1 => "by " + parts[0],
            _ => "by " + string.Join(", ", parts[..^1]) + " and " + parts[^1],
        };
        return string.Create(CultureInfo.InvariantCulture, $"{what} {by}");
    }

    private static void AddIf(List<string> list, bool condition, string text)
    {
        if (condition)
        {
            list.Add(text);
        }
    }
}
