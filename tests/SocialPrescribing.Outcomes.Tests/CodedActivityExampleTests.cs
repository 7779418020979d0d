using NodaTime;

using SocialPrescribing.Outcomes.Testing;

namespace SocialPrescribing.Outcomes.Tests;

/// <summary>A small extract worked by hand: every figure below is counted from the thirteen rows, as the comments say.</summary>
public sealed class CodedActivityExampleTests
{
    internal static readonly OdsCode A81001 = OdsCode.Parse("A81001");
    internal static readonly OdsCode A81002 = OdsCode.Parse("A81002");
    internal static readonly OdsCode B82003 = OdsCode.Parse("B82003");
    internal static readonly OdsCode U00001 = OdsCode.Parse("U00001");

    /// <summary>A81001 and A81002 are in PCN U00001; B82003 is in no PCN the analyst gave.</summary>
    internal static readonly Dictionary<OdsCode, OdsCode> PcnOfPractice = new() { [A81001] = U00001, [A81002] = U00001 };

    internal static readonly Dictionary<OdsCode, int> ListSizes = new() { [A81001] = 1000, [A81002] = 500, [B82003] = 200 };

    private static readonly SctId Offered = SocialPrescribingConcepts.Offered.Id;
    private static readonly SctId Declined = SocialPrescribingConcepts.Declined.Id;
    private static readonly SctId Referred = SocialPrescribingConcepts.ReferralToService.Id;

    /// <summary>
    /// Thirteen rows. Quarters of the financial year: 2025/26 Q4 is January to March 2026, 2026/27 Q1 April to June,
    /// Q2 July to September. "P1" is not "p1": keys are compared ordinally.
    /// </summary>
    internal static readonly CodedActivityRow[] Extract =
    [
        Row(A81001, "p1", Offered, 2026, 4, 2),      // r1
        Row(A81001, "p1", Referred, 2026, 4, 10),    // r2  p1's first referral at A81001
        Row(A81001, "p1", Referred, 2026, 5, 20),    // r3  p1 again, same quarter
        Row(A81001, "p2", Offered, 2026, 4, 15),     // r4
        Row(A81001, "p2", Declined, 2026, 4, 16),    // r5
        Row(A81001, "p3", Referred, 2026, 6, 30),    // r6  last day of Q1
        Row(A81001, "p3", Referred, 2026, 3, 31),    // r7  last day of 2025/26 Q4: p3 was referred in an earlier quarter
        Row(A81001, "p4", CodedActivityGenerators.OtherCode, 2026, 4, 1), // r8  another code: ignored
        Row(A81001, "P1", Referred, 2026, 7, 1),     // r9  first day of Q2; another person from p1
        Row(A81002, "p1", Referred, 2026, 5, 1),     // r10 p1 at the PCN's other practice
        Row(A81002, "p5", Offered, 2026, 6, 1),      // r11
        Row(B82003, "p6", Referred, 2026, 4, 1),     // r12 an unmapped practice
        Row(B82003, "p6", Declined, 2026, 4, 2),     // r13
    ];

    internal static readonly string[] HandWorkedQuarterKeys =
    [
        "Practice A81001 2025/26 Q4", "Practice A81001 2026/27 Q1", "Practice A81001 2026/27 Q2", "Practice A81002 2026/27 Q1",
        "Practice B82003 2026/27 Q1", "PrimaryCareNetwork U00001 2025/26 Q4", "PrimaryCareNetwork U00001 2026/27 Q1", "PrimaryCareNetwork U00001 2026/27 Q2",
    ];

    private static CodedActivityRow Row(OdsCode practice, string key, SctId code, int year, int month, int day)
        => CodedActivityRow.Create(practice, key, code, new LocalDate(year, month, day));

    private static ReportingPeriod Quarter(int year, int month) => ReportingPeriod.Containing(PeriodKind.Quarter, new LocalDate(year, month, 1));

    private static CodedActivityReport Report(PeriodKind kind, CodedActivityOptions options) => CodedActivity.Report(CodedActivity.Aggregate(Extract, kind, cancellationToken: TestContext.Current.CancellationToken), options);

    [Fact]
    public void Report_ByQuarter_IsTheHandWorkedTable()
    {
        // Thresholds 1.2 and 2.0 per 1,000: shares 0.0012 and 0.002.
        CodedActivityReport report = Report(PeriodKind.Quarter, new CodedActivityOptions(PcnOfPractice, ListSizes, IndicatorThresholds.FromPerThousand(1.2m, 2.0m)));
        ExpectedFigures[] expected =
        [
            // A81001 2025/26 Q4: r7 only. 1 referral, 1 person (p3) first referred 31 March (third month); list 1000; 1/1000 = 0.001 < 0.0012.
            new(CodedActivityLevel.Practice, A81001, Quarter(2026, 1), 0, 0, 1, 1, 0, 0, 1, 1, "0,0,1", 1000, 0.001m, IndicatorAttainment.BelowLowerThreshold),

            // A81001 2026/27 Q1: r1-r6 (r8 ignored). Offered r1, r4 -> 2 codes, people p1, p2; declined r5 -> 1, p2;
            // referred r2, r3, r6 -> 3 codes, people p1 (first 10 April), p3 (first 30 June) -> months 1,0,1.
            // People p1, p2, p3 = 3. Newly referred: p1 only (p3 was referred in Q4, r7) = 1. 2/1000 = 0.002 = upper: at or above.
            new(CodedActivityLevel.Practice, A81001, Quarter(2026, 4), 2, 1, 3, 3, 2, 1, 2, 1, "1,0,1", 1000, 0.002m, IndicatorAttainment.AtOrAboveUpperThreshold),

            // A81001 2026/27 Q2: r9, P1 referred 1 July (first month), new. 1/1000.
            new(CodedActivityLevel.Practice, A81001, Quarter(2026, 7), 0, 0, 1, 1, 0, 0, 1, 1, "1,0,0", 1000, 0.001m, IndicatorAttainment.BelowLowerThreshold),

            // A81002 2026/27 Q1: r10 (p1 referred 1 May, second month), r11 (p5 offered). People p1, p5. 1/500 = 0.002.
            new(CodedActivityLevel.Practice, A81002, Quarter(2026, 4), 1, 0, 1, 2, 1, 0, 1, 1, "0,1,0", 500, 0.002m, IndicatorAttainment.AtOrAboveUpperThreshold),

            // B82003 2026/27 Q1: r12, r13, both p6; referred 1 April. 1/200 = 0.005.
            new(CodedActivityLevel.Practice, B82003, Quarter(2026, 4), 0, 1, 1, 1, 0, 1, 1, 1, "1,0,0", 200, 0.005m, IndicatorAttainment.AtOrAboveUpperThreshold),

            // U00001 = A81001 + A81002, list 1000 + 500 = 1500. Q4: r7 as above; 1/1500 < 0.0012.
            new(CodedActivityLevel.PrimaryCareNetwork, U00001, Quarter(2026, 1), 0, 0, 1, 1, 0, 0, 1, 1, "0,0,1", 1500, 1m / 1500m, IndicatorAttainment.BelowLowerThreshold),

            // U00001 Q1: r1-r6 and r10-r11. Offered r1, r4, r11 -> 3, people p1, p2, p5; declined r5 -> 1, p2;
            // referred r2, r3, r6, r10 -> 4 codes, people p1 (at both practices, counted once; first 10 April) and p3 (30 June).
            // People p1, p2, p3, p5 = 4. Newly: p1 (p3 was referred in Q4). 2/1500 = 0.00133: between 0.0012 and 0.002.
            new(CodedActivityLevel.PrimaryCareNetwork, U00001, Quarter(2026, 4), 3, 1, 4, 4, 3, 1, 2, 1, "1,0,1", 1500, 2m / 1500m, IndicatorAttainment.BetweenThresholds),

            // U00001 Q2: r9 as above.
            new(CodedActivityLevel.PrimaryCareNetwork, U00001, Quarter(2026, 7), 0, 0, 1, 1, 0, 0, 1, 1, "1,0,0", 1500, 1m / 1500m, IndicatorAttainment.BelowLowerThreshold),
        ];

        Assert.Equal(expected, CodedActivityReference.Of(report));
        Assert.Equal(HandWorkedQuarterKeys, report.Groups.Select(f => $"{f.Level} {f.Organisation} {f.Period}"));

        // 13 rows read, r8 ignored, r12 and r13 from the one practice not in the map.
        Assert.Equal((13L, 1L, 2L), (report.RowsRead, report.IgnoredRows, report.UnmappedRows));
        Assert.Equal([B82003], report.UnmappedPractices);
    }

    [Fact]
    public void Report_ByMonth_CountsNewlyReferredAgainstEarlierMonths()
    {
        CodedActivityReport report = Report(PeriodKind.Month, new CodedActivityOptions(PcnOfPractice));

        // A81001 May 2026: r3 only, p1 referred 20 May; p1 was first referred at A81001 in April (r2), so not new.
        CodedActivityFigures may = Figures(report, CodedActivityLevel.Practice, A81001, PeriodKind.Month, 2026, 5);
        Assert.Equal((1L, 1, 0, "1"), (may.ReferredCodes, may.ReferredPeople, may.NewlyReferredPeople, string.Join(',', may.FirstReferralsByMonth)));

        // A81002 May 2026: r10, p1's first referral at A81002: new at the practice.
        CodedActivityFigures a81002 = Figures(report, CodedActivityLevel.Practice, A81002, PeriodKind.Month, 2026, 5);
        Assert.Equal((1L, 1, 1), (a81002.ReferredCodes, a81002.ReferredPeople, a81002.NewlyReferredPeople));

        // U00001 May 2026: r3 and r10, both p1: 2 codes, 1 person, not new (April, r2).
        CodedActivityFigures pcn = Figures(report, CodedActivityLevel.PrimaryCareNetwork, U00001, PeriodKind.Month, 2026, 5);
        Assert.Equal((2L, 1, 0), (pcn.ReferredCodes, pcn.ReferredPeople, pcn.NewlyReferredPeople));

        // The figures describe themselves by counts, never a person key.
        Assert.Equal("PCN U00001 2026-05: offered 0 (0 people), declined 0 (0), referred 2 (1), 1 people, share unknown", pcn.ToString());

        // No list sizes given: no share and no attainment.
        Assert.All(report.Groups, f => Assert.Equal((null, null, null), (f.ListSize, f.ListShare, f.Attainment)));
    }

    [Fact]
    public void Report_ByFinancialYear_CountsFirstReferralsByMonth()
    {
        CodedActivityReport report = Report(PeriodKind.FinancialYear, new CodedActivityOptions(PcnOfPractice, ListSizes));

        // A81001 2026/27: offered r1, r4; declined r5; referred r2, r3, r6, r9. People p1, p2, p3, P1 = 4; referred p1
        // (April), p3 (June), P1 (July); newly p1 and P1 (p3 was referred in 2025/26, r7).
        CodedActivityFigures year = Figures(report, CodedActivityLevel.Practice, A81001, PeriodKind.FinancialYear, 2026, 4);
        Assert.Equal((2L, 1L, 4L, 4, 3, 2), (year.OfferedCodes, year.DeclinedCodes, year.ReferredCodes, year.People, year.ReferredPeople, year.NewlyReferredPeople));
        Assert.Equal([1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0], year.FirstReferralsByMonth);
        Assert.Equal(0.003m, year.ListShare);
    }

    [Fact]
    public void Report_ListSizeMissingForOnePcnPractice_PcnShareIsUnknownNotZero()
    {
        var sizes = new Dictionary<OdsCode, int> { [A81001] = 1000, [B82003] = 200 };
        CodedActivityReport report = Report(PeriodKind.Quarter, new CodedActivityOptions(PcnOfPractice, sizes, IndicatorThresholds.FromPerThousand(1.2m, 2.0m)));

        CodedActivityFigures pcn = Figures(report, CodedActivityLevel.PrimaryCareNetwork, U00001, PeriodKind.Quarter, 2026, 4);
        Assert.Equal((null, null, null), (pcn.ListSize, pcn.ListShare, pcn.Attainment));
        CodedActivityFigures a81002 = Figures(report, CodedActivityLevel.Practice, A81002, PeriodKind.Quarter, 2026, 4);
        Assert.Null(a81002.ListShare);
        CodedActivityFigures a81001 = Figures(report, CodedActivityLevel.Practice, A81001, PeriodKind.Quarter, 2026, 4);
        Assert.Equal((1000L, 0.002m), (a81001.ListSize, a81001.ListShare));
    }

    [Fact]
    public void Report_PcnListSize_CountsMappedPracticesWithoutRows()
    {
        // A third practice in U00001 with a list of 2500 and no rows: the PCN's list is 1000 + 500 + 2500 = 4000.
        var map = new Dictionary<OdsCode, OdsCode>(PcnOfPractice) { [OdsCode.Parse("C83004")] = U00001 };
        var sizes = new Dictionary<OdsCode, int>(ListSizes) { [OdsCode.Parse("C83004")] = 2500 };
        CodedActivityReport report = Report(PeriodKind.Quarter, new CodedActivityOptions(map, sizes));

        CodedActivityFigures pcn = Figures(report, CodedActivityLevel.PrimaryCareNetwork, U00001, PeriodKind.Quarter, 2026, 4);
        Assert.Equal((4000L, 0.0005m), (pcn.ListSize, pcn.ListShare));
        Assert.False(report.TryGetFigures(CodedActivityKey.Create(CodedActivityLevel.Practice, OdsCode.Parse("C83004"), Quarter(2026, 4)), out _));
    }

    [Theory]
    [InlineData("1.2", "2.0", IndicatorAttainment.AtOrAboveUpperThreshold)] // 0.002 exactly at the upper threshold
    [InlineData("1.2", "2.1", IndicatorAttainment.BetweenThresholds)]
    [InlineData("2.0", "3.0", IndicatorAttainment.BetweenThresholds)]       // exactly at the lower threshold
    [InlineData("2.1", "3.0", IndicatorAttainment.BelowLowerThreshold)]
    [InlineData("0", "0", IndicatorAttainment.AtOrAboveUpperThreshold)]
    [InlineData("2.0", "2.0", IndicatorAttainment.AtOrAboveUpperThreshold)] // equal thresholds: no band between
    public void Report_AttainmentAtTheThresholds(string lower, string upper, IndicatorAttainment expected)
    {
        var thresholds = IndicatorThresholds.FromPerThousand(decimal.Parse(lower, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(upper, System.Globalization.CultureInfo.InvariantCulture));
        CodedActivityReport report = Report(PeriodKind.Quarter, new CodedActivityOptions(PcnOfPractice, ListSizes, thresholds));

        // A81001 2026/27 Q1: 2 people referred from a list of 1000, share 0.002.
        Assert.Equal(expected, Figures(report, CodedActivityLevel.Practice, A81001, PeriodKind.Quarter, 2026, 4).Attainment);
    }

    [Fact]
    public void Report_NoThresholds_HasShareButNoAttainment()
    {
        CodedActivityReport report = Report(PeriodKind.Quarter, new CodedActivityOptions(PcnOfPractice, ListSizes));
        Assert.All(report.Groups, f => Assert.Null(f.Attainment));
        Assert.All(report.Groups, f => Assert.NotNull(f.ListShare));
    }

    [Fact]
    public void Report_NoMap_PracticeFiguresOnlyAndEveryPracticeUnmapped()
    {
        CodedActivityReport report = Report(PeriodKind.Quarter, CodedActivityOptions.Default);
        Assert.All(report.Groups, f => Assert.Equal(CodedActivityLevel.Practice, f.Level));
        Assert.Equal(5, report.Groups.Count);
        Assert.Equal([A81001, A81002, B82003], report.UnmappedPractices);
        Assert.Equal(12, report.UnmappedRows); // every row but the ignored r8
    }

    [Fact]
    public void Merge_PracticesAggregatedApart_EqualsTheWholeExtract()
    {
        // Each practice aggregates its own rows; a region merges the partials without seeing a row.
        CodedActivityPartial[] practices = [.. new[] { A81001, A81002, B82003 }.Select(p => CodedActivity.Aggregate(Extract.Where(r => r.Practice == p), PeriodKind.Quarter, cancellationToken: TestContext.Current.CancellationToken))];
        CodedActivityPartial whole = CodedActivity.Aggregate(Extract, PeriodKind.Quarter, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(CodedActivityReference.Canonical(whole), CodedActivityReference.Canonical(CodedActivity.Merge(practices)));
        Assert.Equal(CodedActivityReference.Canonical(whole), CodedActivityReference.Canonical(CodedActivity.Merge(CodedActivity.Merge(practices[2], practices[0]), practices[1])));
    }

    [Fact]
    public void Aggregate_PartialHoldsEachPersonsFirstReferralInThePeriod()
    {
        CodedActivityPartial partial = CodedActivity.Aggregate(Extract, PeriodKind.Quarter, cancellationToken: TestContext.Current.CancellationToken);
        CodedActivityPracticeGroup q1 = Assert.Single(partial.Groups, g => g.Practice == A81001 && g.Period == Quarter(2026, 4));

        // p1: r2 (10 April) and r3 (20 May) -> 10 April; p3: r6 (30 June); r7 is in Q4, another group.
        Assert.Equal(new Dictionary<string, LocalDate> { ["p1"] = new(2026, 4, 10), ["p3"] = new(2026, 6, 30) }, q1.FirstReferrals.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary());
        Assert.Equal(["p1", "p2"], q1.OfferedPeople.Order(StringComparer.Ordinal));
        Assert.Equal(["p2"], q1.DeclinedPeople);
        Assert.Equal((2L, 1L, 3L), (q1.OfferedCodes, q1.DeclinedCodes, q1.ReferredCodes));
        Assert.Equal(["A81001", "A81001", "A81001", "A81002", "B82003"], partial.Groups.Select(g => g.Practice.Value));
    }

    internal static CodedActivityFigures Figures(CodedActivityReport report, CodedActivityLevel level, OdsCode organisation, PeriodKind kind, int year, int month)
    {
        Assert.True(report.TryGetFigures(CodedActivityKey.Create(level, organisation, ReportingPeriod.Containing(kind, new LocalDate(year, month, 1))), out CodedActivityFigures? figures));
        return figures;
    }
}
