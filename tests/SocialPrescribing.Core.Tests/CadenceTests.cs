using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SocialPrescribing.Testing;

namespace SocialPrescribing.Tests;

public class CadenceTests
{
    [Fact]
    public void SixMonthly_IsTheSeedsPeriod_WithTheLibrarysWindow()
    {
        Assert.Equal(Period.FromMonths(6), Cadence.SixMonthly.Interval);
        Assert.Equal(Period.FromMonths(12), Cadence.Annual.Interval);
        Assert.Equal(Period.FromMonths(1), Cadence.SixMonthly.DueWindow);
        Assert.Equal(Period.FromMonths(3), SeedPeriods.ThreeMonths);
        Assert.Equal("every P6M, due window P1M", Cadence.SixMonthly.ToString());
    }

    [Fact]
    public void StatusOn_Boundaries()
    {
        LocalDate since = new(2025, 8, 31);
        LocalDate due = Cadence.SixMonthly.NextDueAfter(since);
        Assert.Equal(new LocalDate(2026, 2, 28), due);
        Assert.Equal(ScheduleStatus.NotYetDue, Cadence.SixMonthly.StatusOn(new LocalDate(2026, 2, 27), due));
        Assert.Equal(ScheduleStatus.Due, Cadence.SixMonthly.StatusOn(due, due));
        Assert.Equal(ScheduleStatus.Due, Cadence.SixMonthly.StatusOn(new LocalDate(2026, 3, 28), due));
        Assert.Equal(ScheduleStatus.Overdue, Cadence.SixMonthly.StatusOn(new LocalDate(2026, 3, 29), due));
        Assert.Equal(new LocalDate(2026, 3, 29), Cadence.SixMonthly.OverdueFrom(due));
        Cadence strict = Cadence.SixMonthly.WithDueWindow(Period.Zero);
        Assert.Equal(ScheduleStatus.Due, strict.NextStatusOn(due, since));
        Assert.Equal(ScheduleStatus.Overdue, strict.NextStatusOn(due.PlusDays(1), since));
    }

    [Fact]
    public void Constructor_RejectsBadPeriods()
    {
        Assert.Equal("interval", Assert.Throws<ArgumentException>(() => new Cadence(Period.Zero)).ParamName);
        Assert.Equal("interval", Assert.Throws<ArgumentException>(() => new Cadence(Period.FromMonths(6) - Period.FromMonths(6))).ParamName);
        Assert.Equal("interval", Assert.Throws<ArgumentException>(() => new Cadence(Period.FromHours(6))).ParamName);
        Assert.Equal("interval", Assert.Throws<ArgumentException>(() => new Cadence(Period.FromMonths(-6))).ParamName);
        Assert.Equal("interval", Assert.Throws<ArgumentNullException>(() => new Cadence(null!)).ParamName);
        Assert.Equal("dueWindow", Assert.Throws<ArgumentException>(() => new Cadence(Period.FromMonths(6), Period.FromDays(-1))).ParamName);
        Assert.Equal("dueWindow", Assert.Throws<ArgumentNullException>(() => Cadence.SixMonthly.WithDueWindow(null!)).ParamName);
    }

    [Fact]
    public void Equality_ByIntervalAndWindow()
    {
        Assert.Equal(Cadence.SixMonthly, new Cadence(Period.FromMonths(6)));
        Assert.Equal(Cadence.SixMonthly.GetHashCode(), new Cadence(Period.FromMonths(6)).GetHashCode());
        Assert.NotEqual(Cadence.SixMonthly, Cadence.SixMonthly.WithDueWindow(Period.Zero));
        Assert.NotEqual(Cadence.SixMonthly, Cadence.Annual);
        Assert.False(Cadence.SixMonthly.Equals(null));
        Cadence? none = null;
        Assert.True(Cadence.SixMonthly == new Cadence(Period.FromMonths(6)));
        Assert.False(Cadence.SixMonthly != new Cadence(Period.FromMonths(6)));
        Assert.True(Cadence.SixMonthly != Cadence.Annual);
        Assert.False(Cadence.SixMonthly == none);
        Assert.False(none == Cadence.SixMonthly);
        Assert.True(none == null);
    }

    [Fact]
    public void Constructor_MessagesNameTheRuleBroken()
    {
        string zero = Assert.Throws<ArgumentException>(() => new Cadence(Period.Zero)).Message;
        string window = Assert.Throws<ArgumentException>(() => new Cadence(Period.FromMonths(6), Period.FromDays(-1))).Message;
        Assert.StartsWith("Period should be positive", zero, StringComparison.Ordinal);
        Assert.StartsWith("Period should have only date units", window, StringComparison.Ordinal);
    }

    [Property]
    public Property StatusOn_IsMonotoneInTheDateAsked()
        => Prop.ForAll(
            (from due in CoreGenerators.Dates
             from window in Gen.Choose(0, 60)
             from a in Gen.Choose(-100, 200)
             from b in Gen.Choose(-100, 200)
             select (due, window, a: Math.Min(a, b), b: Math.Max(a, b))).ToArbitrary(),
            x =>
            {
                Cadence cadence = Cadence.SixMonthly.WithDueWindow(Period.FromDays(x.window));

                // Oracle: the window counted in days, written without NodaTime periods.
                ScheduleStatus Expected(int offset) => offset < 0 ? ScheduleStatus.NotYetDue : offset <= x.window ? ScheduleStatus.Due : ScheduleStatus.Overdue;
                Assert.Equal(Expected(x.a), cadence.StatusOn(x.due.PlusDays(x.a), x.due));
                Assert.True(cadence.StatusOn(x.due.PlusDays(x.a), x.due) <= cadence.StatusOn(x.due.PlusDays(x.b), x.due));
            });
}
