using FsCheck;
using FsCheck.Fluent;
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
    public void Default_IsNamed_AndEveryValueAccessorThrows()
    {
        // docs/conventions.md: a default value prints as Type(default); using its value throws InvalidOperationException.
        ReportingPeriod none = default;
        Assert.Equal("ReportingPeriod(default)", none.ToString());
        Assert.Equal((PeriodKind)0, none.Kind);
        Assert.Equal(OutcomesMessages.DefaultPeriod, Assert.Throws<InvalidOperationException>(() => none.Start).Message);
        Assert.Equal(OutcomesMessages.DefaultPeriod, Assert.Throws<InvalidOperationException>(() => none.End).Message);
        Assert.Equal(OutcomesMessages.DefaultPeriod, Assert.Throws<InvalidOperationException>(() => none.Contains(new LocalDate(2026, 1, 1))).Message);
        Assert.Equal(OutcomesMessages.DefaultPeriod, Assert.Throws<InvalidOperationException>(() => none.Next()).Message);
        Assert.True(none < ReportingPeriod.Containing(PeriodKind.Month, new LocalDate(-9998, 1, 1)));
        Assert.NotEqual(none, ReportingPeriod.Containing(PeriodKind.Month, new LocalDate(1, 1, 1)));
    }

    [Theory]
    [InlineData(PeriodKind.Month, 9999, 12, 1)]
    [InlineData(PeriodKind.Quarter, 9999, 10, 1)]
    [InlineData(PeriodKind.FinancialYear, 9998, 4, 1)]
    public void LastPeriodOfTheCalendar_EndsOn31December9999OrEarlier_AndHasNoNext(PeriodKind kind, int year, int month, int day)
    {
        ReportingPeriod last = ReportingPeriod.Containing(kind, new LocalDate(year, month, day));
        Assert.True(last.End <= new LocalDate(9999, 12, 31));
        Assert.True(last.Contains(last.End));
        Assert.Equal(OutcomesMessages.LastPeriod, Assert.Throws<InvalidOperationException>(() => last.Next()).Message);
    }

    [Theory]
    [InlineData(9999, 4, 1)]
    [InlineData(9999, 12, 31)]
    [InlineData(-9998, 3, 31)]
    [InlineData(-9998, 1, 1)]
    public void Containing_FinancialYearOutsideTheCalendar_IsRefused(int year, int month, int day)
        => Assert.Equal("date", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Containing(PeriodKind.FinancialYear, new LocalDate(year, month, day))).ParamName);

    [Fact]
    public void Containing_FirstPeriodsOfTheCalendar_Exist()
    {
        Assert.Equal(new LocalDate(-9998, 4, 1), ReportingPeriod.Containing(PeriodKind.FinancialYear, new LocalDate(-9998, 4, 1)).Start);
        Assert.Equal(new LocalDate(-9998, 3, 31), ReportingPeriod.Containing(PeriodKind.Quarter, new LocalDate(-9998, 2, 1)).End);
    }

    [Property]
    public Property End_IsTheDayBeforeTheNextStart_WhereverThereIsANext() => Prop.ForAll(
        Gen.Choose(-3_650_000, 2_900_000).Select(d => new LocalDate(1, 1, 1).PlusDays(d)).ToArbitrary(),
        Gen.Elements(Enum.GetValues<PeriodKind>()).ToArbitrary(),
        (date, kind) =>
        {
            // Oracle: NodaTime's own period arithmetic, where it does not pass the end of the calendar.
            ReportingPeriod p = ReportingPeriod.Containing(kind, date);
            int months = kind switch { PeriodKind.Month => 1, PeriodKind.Quarter => 3, _ => 12 };
            return p.Contains(date) && p.Next().Start == p.End.PlusDays(1) && p.Start.PlusMonths(months).PlusDays(-1) == p.End;
        });

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
