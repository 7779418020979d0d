using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialPrescribing.Testing;
using NodaTime;
using NodaTime.Testing;
using SocialPrescribing.Measures.Schedules;

namespace SocialPrescribing.Measures.Tests;

public class MeasurementScheduleTests
{
    private static readonly LocalDate Start = new(2026, 1, 5);

    [Fact]
    public void Defaults_AreTheSeeds()
    {
        var schedule = new MeasurementSchedule(Start);
        Assert.Equal([Start, new LocalDate(2026, 7, 5), new LocalDate(2027, 1, 5)], schedule.DueDates);
        Assert.Equal(Period.FromMonths(6), schedule.Interval);
        Assert.Equal(Period.FromMonths(12), schedule.MinimumDuration);
        Assert.Equal(Period.FromMonths(3), schedule.EarlyReassessmentMinimum);
    }

    [Fact]
    public void CalendarArithmetic_IsNodaTimes()
    {
        // DESIGN.md: 31 August + 6 months is the last day of February; + 12 months is 31 August again, not 28 August.
        var schedule = new MeasurementSchedule(new LocalDate(2025, 8, 31));
        Assert.Equal([new LocalDate(2025, 8, 31), new LocalDate(2026, 2, 28), new LocalDate(2026, 8, 31)], schedule.DueDates);
        Assert.Equal(new LocalDate(2028, 2, 29), new MeasurementSchedule(new LocalDate(2027, 8, 31)).DueDates[1]);
        Assert.Equal(new LocalDate(2029, 2, 28), schedule.DueDate(7));
    }

    [Fact]
    public void StatusOn_Example()
    {
        var schedule = new MeasurementSchedule(Start);
        RecordedAssessment[] recorded =
        [
            new(MeasureKind.Ons4, Start),
            new(MeasureKind.Pam, Start),
            new(MeasureKind.Pam, new LocalDate(2026, 4, 20)), // early PAM reassessment counts for the 6-month occasion
            new(MeasureKind.Ons4, new LocalDate(2026, 9, 1)), // after the date asked about: ignored
        ];

        var statuses = schedule.StatusOn(new LocalDate(2026, 7, 20), recorded);
        Assert.Equal(
            [
                (MeasureKind.Ons4, 0, ScheduleStatus.Done),
                (MeasureKind.Ons4, 1, ScheduleStatus.Due),
                (MeasureKind.Ons4, 2, ScheduleStatus.NotYetDue),
                (MeasureKind.Pam, 0, ScheduleStatus.Done),
                (MeasureKind.Pam, 1, ScheduleStatus.Done),
                (MeasureKind.Pam, 2, ScheduleStatus.NotYetDue),
            ],
            statuses.Select(s => (s.Measure, s.Occasion, s.Status)));
        Assert.Equal(new LocalDate(2026, 4, 20), statuses[4].CompletedOn);
        Assert.True(statuses[0].IsBaseline);
    }

    [Fact]
    public void Status_DueWindowBoundary()
    {
        var schedule = new MeasurementSchedule(Start);
        LocalDate[] baselineOnly = [Start];
        Assert.Equal(ScheduleStatus.NotYetDue, schedule.StatusOn(new LocalDate(2026, 7, 4), MeasureKind.Ons4, baselineOnly)[1].Status);
        Assert.Equal(ScheduleStatus.Due, schedule.StatusOn(new LocalDate(2026, 7, 5), MeasureKind.Ons4, baselineOnly)[1].Status);
        Assert.Equal(ScheduleStatus.Due, schedule.StatusOn(new LocalDate(2026, 8, 5), MeasureKind.Ons4, baselineOnly)[1].Status);
        Assert.Equal(ScheduleStatus.Overdue, schedule.StatusOn(new LocalDate(2026, 8, 6), MeasureKind.Ons4, baselineOnly)[1].Status);
        var strict = new MeasurementSchedule(Start, dueWindow: Period.Zero);
        Assert.Equal(ScheduleStatus.Due, strict.StatusOn(new LocalDate(2026, 7, 5), MeasureKind.Ons4, baselineOnly)[1].Status);
        Assert.Equal(ScheduleStatus.Overdue, strict.StatusOn(new LocalDate(2026, 7, 6), MeasureKind.Ons4, baselineOnly)[1].Status);
    }

    [Fact]
    public void Status_AnAssessmentNeverCountsTwice_NorTooEarly()
    {
        var schedule = new MeasurementSchedule(Start);
        // 2026-02-01 is under 3 months after the baseline was due: it cannot be the 6-month follow-up.
        var statuses = schedule.StatusOn(new LocalDate(2026, 9, 1), MeasureKind.Ons4, [new LocalDate(2026, 2, 1), Start]);
        Assert.Equal(Start, statuses[0].CompletedOn);
        Assert.Equal(ScheduleStatus.Overdue, statuses[1].Status);
        Assert.Equal(ScheduleStatus.Overdue, schedule.StatusOn(new LocalDate(2026, 9, 1), MeasureKind.Ons4, [new LocalDate(2025, 12, 1)])[0].Status);
    }

    [Fact]
    public void StatusNow_UsesTheClockAndZone()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 7, 4, 23, 30));
        var schedule = new MeasurementSchedule(Start);
        // 23:30 UTC on 4 July is 00:30 on 5 July in London (BST): the follow-up is due there, not yet in UTC.
        Assert.Equal(ScheduleStatus.Due, schedule.StatusNow(clock, DateTimeZoneProviders.Tzdb["Europe/London"], [])[1].Status);
        Assert.Equal(ScheduleStatus.NotYetDue, schedule.StatusNow(clock, DateTimeZone.Utc, [])[1].Status);
    }

    [Fact]
    public void Constructor_RejectsBadPeriods()
    {
        Assert.Equal("interval", Assert.Throws<ArgumentException>(() => new MeasurementSchedule(Start, interval: Period.Zero)).ParamName);
        Assert.Equal("interval", Assert.Throws<ArgumentException>(() => new MeasurementSchedule(Start, interval: Period.FromHours(6))).ParamName);
        Assert.Equal("minimumDuration", Assert.Throws<ArgumentException>(() => new MeasurementSchedule(Start, minimumDuration: Period.FromMonths(-12))).ParamName);
        Assert.Equal("earlyReassessmentMinimum", Assert.Throws<ArgumentException>(() => new MeasurementSchedule(Start, earlyReassessmentMinimum: Period.FromMonths(6))).ParamName);
        Assert.Equal("dueWindow", Assert.Throws<ArgumentException>(() => new MeasurementSchedule(Start, dueWindow: Period.FromDays(-1))).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new MeasurementSchedule(Start).DueDate(-1));
        Assert.Throws<ArgumentNullException>(() => new MeasurementSchedule(Start).StatusOn(Start, null!));
    }

    public static TheoryData<int, int, int?, bool, PamReassessmentReason> ReassessmentCases => new()
    {
        // months and days after the previous PAM; days after it that support was taken up (null: not taken up)
        { 2, 30, 10, false, PamReassessmentReason.TooSoon },
        { 3, 0, 10, true, PamReassessmentReason.EarlyAfterSupportTakenUp },
        { 3, 0, null, false, PamReassessmentReason.SupportNotTakenUp },
        { 4, 0, 130, false, PamReassessmentReason.SupportNotTakenUp }, // support taken up after the date asked about
        { 5, 29, null, false, PamReassessmentReason.SupportNotTakenUp }, // the day before 6 months
        { 6, 0, null, true, PamReassessmentReason.RegularFollowUp },
        { 9, 0, 10, true, PamReassessmentReason.RegularFollowUp },
    };

    [Theory]
    [MemberData(nameof(ReassessmentCases))]
    public void CanReassessPam_Boundaries(int months, int days, int? supportAfterDays, bool allowed, PamReassessmentReason reason)
    {
        var schedule = new MeasurementSchedule(Start);
        LocalDate previous = new(2026, 1, 10);
        PamReassessmentDecision decision = schedule.CanReassessPam(previous.PlusMonths(months).PlusDays(days), previous, supportAfterDays is int s ? previous.PlusDays(s) : null);
        Assert.Equal(allowed, decision.IsAllowed);
        Assert.Equal(reason, decision.Reason);
        Assert.False(string.IsNullOrWhiteSpace(decision.Explanation));
    }

    [Fact]
    public void CanReassessPam_EarliestDate()
    {
        var schedule = new MeasurementSchedule(Start);
        LocalDate previous = new(2026, 1, 10);
        Assert.Equal(new LocalDate(2026, 7, 10), schedule.CanReassessPam(previous, previous, null).EarliestDate);
        Assert.Equal(new LocalDate(2026, 4, 10), schedule.CanReassessPam(previous, previous, new LocalDate(2026, 2, 1)).EarliestDate);
        Assert.Equal(new LocalDate(2026, 5, 1), schedule.CanReassessPam(previous, previous, new LocalDate(2026, 5, 1)).EarliestDate);
        Assert.Equal(new LocalDate(2026, 7, 10), schedule.CanReassessPam(previous, previous, new LocalDate(2026, 9, 1)).EarliestDate);
    }

    [Property]
    public void DueDates_AreStartPlusKIntervals_StrictlyIncreasing(LocalDate start, byte monthsSeed, byte durationSeed)
    {
        int months = 1 + (monthsSeed % 12);
        var interval = Period.FromMonths(months);
        var schedule = new MeasurementSchedule(start, interval, Period.FromMonths(months * (1 + (durationSeed % 4))), Period.FromDays(1));
        for (int k = 0; k < schedule.DueDates.Count; k++)
        {
            Assert.Equal(start.PlusMonths(k * months), schedule.DueDates[k]);
            Assert.True(k == 0 || schedule.DueDates[k - 1] < schedule.DueDates[k]);
        }

        Assert.True(schedule.DueDates[^1] <= start.Plus(schedule.MinimumDuration));
        Assert.True(schedule.DueDate(schedule.DueDates.Count) > start.Plus(schedule.MinimumDuration));
    }

    [Property]
    public Property EarlyReassessment_NeverBeforeThreeMonths()
        => Prop.ForAll(
            (from previous in DomainGenerators.Dates
             from daysAfter in Gen.Choose(0, 400)
             from supportDays in Gen.Elements<int?>(null, 0, 30, 91, 120, 200, 400)
             select (previous, daysAfter, supportDays)).ToArbitrary(),
            x => CheckEarlyReassessment(x.previous, x.previous.PlusDays(x.daysAfter), x.supportDays is int s ? x.previous.PlusDays(s) : null));

    private static void CheckEarlyReassessment(LocalDate previous, LocalDate date, LocalDate? support)
    {
        var schedule = new MeasurementSchedule(previous);
        PamReassessmentDecision decision = schedule.CanReassessPam(date, previous, support);
        if (date < previous.PlusMonths(3))
        {
            Assert.False(decision.IsAllowed);
            Assert.Equal(PamReassessmentReason.TooSoon, decision.Reason);
        }

        Assert.Equal(decision.IsAllowed, date >= decision.EarliestDate);
        Assert.True(decision.EarliestDate >= previous.PlusMonths(3));
        Assert.True(decision.EarliestDate <= previous.PlusMonths(6));
        Assert.True(!decision.IsAllowed || date >= previous.PlusMonths(6) || (support is LocalDate s && s <= date));
    }

    [Property]
    public Property Status_DoneOnlyWithARecordedDate()
        => Prop.ForAll(
            (from start in DomainGenerators.Dates
             from asOfDays in Gen.Choose(0, 500)
             from recordedDays in Gen.ListOf(Gen.Choose(-50, 550))
             select (start, asOfDays, recordedDays)).ToArbitrary(),
            x => CheckStatus(x.start, x.start.PlusDays(x.asOfDays), x.recordedDays.Select(d => x.start.PlusDays(d)).ToArray()));

    private static void CheckStatus(LocalDate start, LocalDate asOf, LocalDate[] recorded)
    {
        var schedule = new MeasurementSchedule(start);
        var statuses = schedule.StatusOn(asOf, MeasureKind.Pam, recorded);
        Assert.Equal(schedule.DueDates.Count, statuses.Count);
        foreach (ScheduledAssessment s in statuses)
        {
            Assert.Equal(s.Status == ScheduleStatus.Done, s.CompletedOn.HasValue);
            if (s.CompletedOn is LocalDate done)
            {
                Assert.Contains(done, recorded);
                Assert.True(done >= start && done <= asOf);
            }
            else
            {
                Assert.Equal(asOf < s.DueDate ? ScheduleStatus.NotYetDue : asOf <= s.DueDate.PlusMonths(1) ? ScheduleStatus.Due : ScheduleStatus.Overdue, s.Status);
            }
        }

        LocalDate[] completions = statuses.Where(s => s.CompletedOn.HasValue).Select(s => s.CompletedOn!.Value).ToArray();
        Assert.Equal(completions.Order(), completions);
        Assert.True(completions.Zip(completions.Skip(1)).All(p => p.First < p.Second), "one assessment never counts twice");
    }
}
