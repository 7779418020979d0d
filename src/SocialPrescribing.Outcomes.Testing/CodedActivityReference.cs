using NodaTime;
using NodaTime.Text;

namespace SocialPrescribing.Outcomes.Testing;

/// <summary>
/// The reference implementation of coded GP activity: the obvious LINQ GroupBy over the rows, written without the
/// library's accumulator, period numbers or merging. It is the oracle of the property tests and the baseline the
/// benchmark will compare against.
/// </summary>
internal static class CodedActivityReference
{
    internal static readonly SctId Offered = SocialPrescribingConcepts.Offered.Id;
    internal static readonly SctId Declined = SocialPrescribingConcepts.Declined.Id;
    internal static readonly SctId Referred = SocialPrescribingConcepts.ReferralToService.Id;

    /// <summary>The figures of every practice and PCN group, in key order.</summary>
    internal static List<ExpectedFigures> Figures(
        IReadOnlyList<CodedActivityRow> rows,
        PeriodKind kind,
        IReadOnlyDictionary<OdsCode, OdsCode> pcnOfPractice,
        IReadOnlyDictionary<OdsCode, int> listSizes,
        ThresholdsPerThousand? thresholds)
    {
        var coded = rows
            .Where(r => r.Code == Offered || r.Code == Declined || r.Code == Referred)
            .Select(r => new { r.PersonKey, r.Code, r.Date, Period = ReportingPeriod.Containing(kind, r.Date), r.Practice })
            .ToList();
        var tagged = coded.Select(r => new { Level = CodedActivityLevel.Practice, Organisation = r.Practice, Row = r })
            .Concat(coded.Where(r => pcnOfPractice.ContainsKey(r.Practice))
                .Select(r => new { Level = CodedActivityLevel.PrimaryCareNetwork, Organisation = pcnOfPractice[r.Practice], Row = r }))
            .ToList();

        // Each person's earliest referral at each organisation, over all periods.
        var earliest = tagged.Where(t => t.Row.Code == Referred)
            .GroupBy(t => (t.Level, t.Organisation, t.Row.PersonKey))
            .ToDictionary(g => g.Key, g => g.Min(t => t.Row.Date));

        return tagged
            .GroupBy(t => (t.Level, t.Organisation, t.Row.Period))
            .Select(g =>
            {
                var referrals = g.Where(t => t.Row.Code == Referred).ToList();
                var firsts = referrals.GroupBy(t => t.Row.PersonKey, StringComparer.Ordinal).Select(p => (Person: p.Key, Date: p.Min(t => t.Row.Date))).ToList();
                int months = g.Key.Period.Kind switch { PeriodKind.Month => 1, PeriodKind.Quarter => 3, _ => 12 };
                string byMonth = string.Join(',', Enumerable.Range(0, months).Select(i =>
                {
                    LocalDate month = g.Key.Period.Start.PlusMonths(i);
                    return firsts.Count(f => f.Date.Year == month.Year && f.Date.Month == month.Month);
                }));
                int referredPeople = firsts.Count;
                long? listSize = g.Key.Level == CodedActivityLevel.Practice
                    ? (listSizes.TryGetValue(g.Key.Organisation, out int s) ? s : null)
                    : PcnListSize(g.Key.Organisation, pcnOfPractice, listSizes);
                return new ExpectedFigures(
                    g.Key.Level,
                    g.Key.Organisation,
                    g.Key.Period,
                    g.LongCount(t => t.Row.Code == Offered),
                    g.LongCount(t => t.Row.Code == Declined),
                    referrals.Count,
                    g.Select(t => t.Row.PersonKey).Distinct(StringComparer.Ordinal).Count(),
                    g.Where(t => t.Row.Code == Offered).Select(t => t.Row.PersonKey).Distinct(StringComparer.Ordinal).Count(),
                    g.Where(t => t.Row.Code == Declined).Select(t => t.Row.PersonKey).Distinct(StringComparer.Ordinal).Count(),
                    referredPeople,
                    firsts.Count(f => g.Key.Period.Contains(earliest[(g.Key.Level, g.Key.Organisation, f.Person)])),
                    byMonth,
                    listSize,
                    listSize is long size ? referredPeople / (decimal)size : null,
                    listSize is long n && thresholds is { } t ? t.Attainment(referredPeople, n) : null);
            })
            .OrderBy(f => f.Level).ThenBy(f => f.Organisation.Value, StringComparer.Ordinal).ThenBy(f => f.Period)
            .ToList();
    }

    /// <summary>The sum of the list sizes of every practice mapped to the PCN, or null when one is missing.</summary>
    private static long? PcnListSize(OdsCode pcn, IReadOnlyDictionary<OdsCode, OdsCode> pcnOfPractice, IReadOnlyDictionary<OdsCode, int> listSizes)
    {
        var practices = pcnOfPractice.Where(p => p.Value == pcn).Select(p => p.Key).ToList();
        return practices.All(listSizes.ContainsKey) ? practices.Sum(p => (long)listSizes[p]) : null;
    }

    /// <summary>The figures of the library's report, in the reference's shape.</summary>
    internal static List<ExpectedFigures> Of(CodedActivityReport report)
        => report.Groups.Select(f => new ExpectedFigures(
            f.Level, f.Organisation, f.Period, f.OfferedCodes, f.DeclinedCodes, f.ReferredCodes, f.People, f.OfferedPeople,
            f.DeclinedPeople, f.ReferredPeople, f.NewlyReferredPeople, string.Join(',', f.FirstReferralsByMonth), f.ListSize,
            f.ListShare, f.Attainment)).ToList();

    /// <summary>Everything a partial holds, as text with its person keys sorted: equal exactly when the partials are.</summary>
    internal static string Canonical(CodedActivityPartial partial)
        => $"{partial.Kind} ignored {partial.IgnoredRows} read {partial.RowsRead}\n" + string.Join('\n', partial.Groups.Select(g =>
            $"{g.Practice} {g.Period} {g.OfferedCodes}/{g.DeclinedCodes}/{g.ReferredCodes} "
            + $"O[{string.Join('|', g.OfferedPeople.Order(StringComparer.Ordinal))}] "
            + $"D[{string.Join('|', g.DeclinedPeople.Order(StringComparer.Ordinal))}] "
            + $"R[{string.Join('|', g.FirstReferrals.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "@" + LocalDatePattern.Iso.Format(p.Value)))}]"));
}

/// <summary>One group's figures as the reference computes them.</summary>
internal sealed record ExpectedFigures(
    CodedActivityLevel Level,
    OdsCode Organisation,
    ReportingPeriod Period,
    long OfferedCodes,
    long DeclinedCodes,
    long ReferredCodes,
    int People,
    int OfferedPeople,
    int DeclinedPeople,
    int ReferredPeople,
    int NewlyReferredPeople,
    string FirstReferralsByMonth,
    long? ListSize,
    decimal? ListShare,
    IndicatorAttainment? Attainment);

/// <summary>Thresholds as whole numbers per 1,000, compared in integers: independent of the library's decimal arithmetic.</summary>
internal sealed record ThresholdsPerThousand(int Lower, int Upper)
{
    internal IndicatorThresholds ToThresholds() => IndicatorThresholds.FromPerThousand(Lower, Upper);

    internal IndicatorAttainment Attainment(long referred, long listSize)
        => referred * 1000 < Lower * listSize ? IndicatorAttainment.BelowLowerThreshold
            : referred * 1000 < Upper * listSize ? IndicatorAttainment.BetweenThresholds
            : IndicatorAttainment.AtOrAboveUpperThreshold;
}

