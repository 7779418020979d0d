using FsCheck.Xunit;
using NodaTime;
using SocialPrescribing.Testing;

namespace SocialPrescribing.Outcomes.Tests;

public sealed class ReportingPeriodTests
{
    // Oracle: the financial-year quarter of each calendar month, written out (April-June is Q1).
    private static readonly int[] QuarterOfMonth = [0, 4, 4, 4, 1, 1, 1, 2, 2, 2, 3, 3, 3];

    [Theory]
    [InlineData(2026, 3, 31, PeriodKind.Quarter, "2025/26 Q4")]
    [InlineData(2026, 4, 1, PeriodKind.Quarter, "2026/27 Q1")]
    [InlineData(2026, 6, 30, PeriodKind.Quarter, "2026/27 Q1")]
    [InlineData(2026, 7, 1, PeriodKind.Quarter, "2026/27 Q2")]
    [InlineData(2026, 12, 31, PeriodKind.Quarter, "2026/27 Q3")]
    [InlineData(2027, 1, 1, PeriodKind.Quarter, "2026/27 Q4")]
    [InlineData(2026, 3, 31, PeriodKind.FinancialYear, "2025/26")]
    [InlineData(2026, 4, 1, PeriodKind.FinancialYear, "2026/27")]
    [InlineData(2099, 4, 1, PeriodKind.FinancialYear, "2099/00")]
    [InlineData(2026, 2, 28, PeriodKind.Month, "2026-02")]
    public void Names_the_period_the_way_NHS_England_reports_it(int year, int month, int day, PeriodKind kind, string expected)
        => Assert.Equal(expected, ReportingPeriod.Containing(kind, new LocalDate(year, month, day)).ToString());

    [Fact]
    public void Financial_year_runs_from_1_April_to_31_March()
    {
        ReportingPeriod year = ReportingPeriod.Containing(PeriodKind.FinancialYear, new LocalDate(2026, 11, 26));
        Assert.Equal(new LocalDate(2026, 4, 1), year.Start);
        Assert.Equal(new LocalDate(2027, 3, 31), year.End);
    }

    [Property]
    public bool A_period_contains_its_date_and_tiles_time(LocalDate date, bool quarter, bool month)
    {
        PeriodKind kind = month ? PeriodKind.Month : quarter ? PeriodKind.Quarter : PeriodKind.FinancialYear;
        ReportingPeriod period = ReportingPeriod.Containing(kind, date);
        ReportingPeriod next = period.Next();
        return period.Contains(date) && !period.Contains(period.Start.PlusDays(-1)) && !period.Contains(period.End.PlusDays(1))
            && next.Start == period.End.PlusDays(1) && ReportingPeriod.Containing(kind, next.Start) == next
            && ReportingPeriod.Containing(kind, period.Start) == period && ReportingPeriod.Containing(kind, period.End) == period
            && period < next && period.Start.Day == 1;
    }

    [Property]
    public bool Quarter_label_agrees_with_the_written_out_months(LocalDate date)
    {
        string label = ReportingPeriod.Containing(PeriodKind.Quarter, date).ToString();
        int fy = date.Month >= 4 ? date.Year : date.Year - 1;
        return label == $"{fy:D4}/{(fy + 1) % 100:D2} Q{QuarterOfMonth[date.Month]}";
    }

    [Fact]
    public void Ordering_ByKindThenStart()
    {
        ReportingPeriod may = ReportingPeriod.Containing(PeriodKind.Month, new LocalDate(2026, 5, 1));
        ReportingPeriod q1 = ReportingPeriod.Containing(PeriodKind.Quarter, new LocalDate(2026, 4, 1));
        Laws.CheckOrdering(may, may.Next());
        Laws.CheckOrdering(q1, q1.Next());
        Laws.CheckOrdering(may, q1); // a month orders before a quarter, though this one starts a month later
    }

    [Fact]
    public void Default_is_named_and_has_no_next()
    {
        Assert.Equal("ReportingPeriod(default)", default(ReportingPeriod).ToString());
        Assert.False(default(ReportingPeriod).Contains(default));
        Assert.Throws<InvalidOperationException>(() => default(ReportingPeriod).Next());
    }

    [Fact]
    public void Rejects_an_unnamed_kind_and_another_calendar()
    {
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Containing((PeriodKind)9, new LocalDate(2026, 1, 1))).ParamName);
        Assert.Equal("date", Assert.Throws<ArgumentException>(() => ReportingPeriod.Containing(PeriodKind.Month, new LocalDate(2026, 1, 1, CalendarSystem.Julian))).ParamName);
    }

    [Fact]
    public void Names_are_the_same_in_every_culture()
        => Assert.Empty(TestCultures.Differences(() => string.Join('|', Enum.GetValues<PeriodKind>().Select(k => ReportingPeriod.Containing(k, new LocalDate(2026, 1, 5)).ToString()))));
}
