using System.Globalization;
using System.Text;
using SocialPrescribing.Measures;
using SocialPrescribing.Outcomes;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Json.Tests;

/// <summary>
/// Every part of a model that has no value equality, as text: two values are the same when their descriptions are
/// (person keys and the NHS number in full; these are test descriptions, never printed by the library).
/// </summary>
internal static class Projections
{
    internal static string Describe(GroupView v)
        => Join(v.ConnectionNumber, v.GroupId, v.GroupName, v.IsShared, v.EpisodeId, v.LinkWorker, v.Category, v.IntroducedOn, v.How, v.NeedToKnowNote, string.Join(";", v.Updates));

    internal static string Describe(CaseloadEntry e)
        => Join(e.EpisodeId, e.Reason, e.LinkWorker, e.Date, e.Status, e.Urgency, e.DaysWaiting, e.ConnectionNumber, e.NeedsEligibilityConfirmation, e.EscalationNumber, e.CoveredBy, e.HandBackTo);

    internal static string Describe(MessageBack m)
        => Join(
            m.Recipient, m.IsWholeMessage, m.IsShared, m.EpisodeId, m.ReferredOn, m.Ending, m.EndedOn, m.UpdatedOn,
            m.Person?.NhsNumber?.UnmaskedValue, m.Person?.LocalKey, m.CaseReference, m.NotAcceptedReason, m.RedirectedTo, m.ClosureReason, m.OtherClosureReason,
            string.Join(";", m.Connections.Select(c => Join(c.Number, c.Category, c.GroupId, c.GroupName, c.IntroducedOn, c.How, c.Latest, c.IsSupportTakenUp))),
            m.Ons4Change is Ons4Change o ? Join(o.FromDate, o.ToDate, string.Join(";", Enum.GetValues<Ons4Item>().Select(i => Join(o[i].From, o[i].To)))) : null,
            m.PamChange is PamChange p ? Join(p.From, p.To) : null,
            string.Join(";", m.Escalations.Select(e => Join(e.Context, e.On, e.Reason, e.To, e.Urgency, e.ClosesEpisode))),
            m.ChangesInPersonsWords, m.Satisfaction, m.AttendedContactCount, m.TimeWithPerson);

    internal static string Describe(CodedActivityPartial p)
        => Join(p.Kind, p.IgnoredRows, p.RowsRead, string.Join("\n", p.Groups.Select(g => Join(
            g.Practice, g.Period, g.OfferedCodes, g.DeclinedCodes, g.ReferredCodes,
            string.Join(",", g.OfferedPeople.Order(StringComparer.Ordinal)),
            string.Join(",", g.DeclinedPeople.Order(StringComparer.Ordinal)),
            string.Join(",", g.FirstReferrals.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + "=" + f.Value.ToString("R", CultureInfo.InvariantCulture)))))));

    internal static string Describe(OutcomeTable t)
        => Join(t.Title, string.Join(";", t.RowHeaders), Columns(t.Columns), string.Join("\n", t.Rows.Select(r => Join(r.IsTotal, string.Join(";", r.Labels), string.Join(";", r.Cells.Select(Cell))))));

    internal static string Describe(PublishedTable t)
        => Join(
            t.Title, string.Join(";", t.RowHeaders), Columns(t.Columns), t.Policy.Description,
            string.Join("\n", t.Rows.Select(r => Join(r.IsTotal, string.Join(";", r.Labels), string.Join(";", r.Cells.Select(c => Join(c.Kind, c.Value, c.Text, c.Control)))))));

    internal static string Join(params object?[] parts)
    {
        var text = new StringBuilder();
        foreach (object? part in parts)
        {
            text.Append(part is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : part?.ToString() ?? "null").Append('|');
        }

        return text.ToString();
    }

    private static string Columns(IEnumerable<OutcomeColumn> columns)
        => string.Join(";", columns.Select(c => Join(c.Name, c.Family, c.IsFamilyTotal, c.IsAdditive, c.IsPercentage, string.Join(",", c.SourceColumns))));

    private static string Cell(OutcomeCell c) => c.Kind switch
    {
        OutcomeCellKind.Count => Join(c.Kind, c.CountValue),
        OutcomeCellKind.Statistic => Join(c.Kind, c.StatisticValue, c.Decimals, c.BasedOn),
        OutcomeCellKind.Percentage => Join(c.Kind, c.Numerator, c.Denominator, c.Decimals),
        _ => Join(c.Kind),
    };
}
