using System.Collections.ObjectModel;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;
using SocialPrescribing.Measures;
using SocialPrescribing.Testing;
using static SocialPrescribing.Measures.Tests.MeasurementRecords;

namespace SocialPrescribing.Measures.Tests;

public class MeasurementScheduleTests
{
    private static readonly LocalDate Start = new(2026, 1, 5);

    // Assessed on each use, not cached in static fields, so that every test runs PamEligibility.Assess.
    private static PamEligibility Eligible => Assess(FactAnswer.No, FactAnswer.No);

    private static PamEligibility NotSuitable => Assess(FactAnswer.Yes, FactAnswer.No);

    private static PamEligibility NeedsConfirmation => Assess(FactAnswer.No, FactAnswer.Unknown);

    private static PamEligibility Assess(FactAnswer dementia, FactAnswer struggles) => PamEligibility.Assess(new PamEligibilityForm
    {
        LiteracyLevel1 = FactAnswer.Yes,
        HealthNeedOrRisk = FactAnswer.Yes,
        SevereMentalHealthProblems = FactAnswer.No,
        Dementia = dementia,
        LimitedEnglish = FactAnswer.No,
        ModerateToSevereLearningDisabilities = FactAnswer.No,
        StrugglesToUnderstandQuestions = struggles,
    });

    [Fact]
    public void Defaults_AreTheSeeds()
    {
        var schedule = new MeasurementSchedule(Start);
        Assert.Equal([Start, new LocalDate(2026, 7, 5), new LocalDate(2027, 1, 5)], schedule.ReportingDates);
        Assert.Equal(Period.FromMonths(6), schedule.Cadence.Interval);
        Assert.Equal(Period.FromMonths(12), schedule.MinimumDuration);
        Assert.Equal(Period.FromMonths(3), schedule.EarlyReassessmentMinimum);
        Assert.Equal(new LocalDate(2027, 1, 5), schedule.MeasuredThrough);
    }

    [Fact]
    public void CalendarArithmetic_IsNodaTimes()
    {
        // 31 August + 6 months is the last day of February; + 12 months is 31 August again, not 28 August.
        var schedule = new MeasurementSchedule(new LocalDate(2025, 8, 31));
        Assert.Equal([new LocalDate(2025, 8, 31), new LocalDate(2026, 2, 28), new LocalDate(2026, 8, 31)], schedule.ReportingDates);
        Assert.Equal(new LocalDate(2028, 2, 29), new MeasurementSchedule(new LocalDate(2027, 8, 31)).ReportingDates[1]);
        Assert.Equal(new LocalDate(2026, 2, 28), schedule.Ons4On(new LocalDate(2025, 9, 1), Ons4Record([new LocalDate(2025, 8, 31)])).Next!.Value.DueDate);
    }

    [Fact]
    public void Rolling_EarlyPamMovesTheNextDueDate()
    {
        // Issue example: an early PAM on 1 May makes the next one due on 1 November, not on the grid date (5 July + 6 months).
        var schedule = new MeasurementSchedule(Start);
        MeasureTimeline pam = schedule.PamOn(new LocalDate(2026, 6, 1), PamRecord([Start, new LocalDate(2026, 5, 1)], [new LocalDate(2026, 2, 10)]), Eligible);
        Assert.True(pam.Entries[1].IsCounted);
        Assert.Equal(new LocalDate(2026, 11, 1), pam.Next!.Value.DueDate);
        Assert.Equal(ScheduleStatus.NotYetDue, pam.Next!.Value.Status);
    }

    [Fact]
    public void Ons4_EarlyOneIsSimplyTheLatest()
    {
        // No early-reassessment rule for ONS4: one taken 2 months in counts, and the next is due 6 months after it.
        var schedule = new MeasurementSchedule(Start);
        MeasureTimeline ons4 = schedule.Ons4On(new LocalDate(2026, 4, 1), Ons4Record([Start, new LocalDate(2026, 3, 5)]));
        Assert.True(ons4.Entries.Take(2).All(e => e.IsCounted));
        Assert.Equal(1, ons4.Entries[1].Occasion);
        Assert.Equal(new LocalDate(2026, 9, 5), ons4.Next!.Value.DueDate);
    }

    [Fact]
    public void Pam_MinimumRunsFromThePamTaken_NotTheDueDate()
    {
        // The baseline PAM was taken late (20 Feb); a PAM on 20 April is under 3 months after it, so too soon, although
        // it is over 3 months after the baseline was due (5 January).
        var schedule = new MeasurementSchedule(Start);
        MeasureTimeline pam = schedule.PamOn(new LocalDate(2026, 4, 21), PamRecord([new LocalDate(2026, 2, 20), new LocalDate(2026, 4, 20)], [new LocalDate(2026, 3, 1)]), Eligible);
        Assert.Equal(PamReassessmentReason.TooSoon, pam.Entries[1].NotCountedBecause);
        Assert.False(pam.Entries[1].IsCounted);
        Assert.Equal(new LocalDate(2026, 8, 20), pam.Next!.Value.DueDate);
    }

    [Fact]
    public void Pam_EarlyWithoutSupportTakenUpSinceThePrevious_IsReportedNotCounted()
    {
        var schedule = new MeasurementSchedule(Start);
        LocalDate early = new(2026, 5, 1);

        // Support taken up before the previous PAM does not count.
        MeasureTimeline before = schedule.PamOn(early, PamRecord([Start, early], [Start.PlusDays(-3), Start]), Eligible);
        Assert.Equal(PamReassessmentReason.SupportNotTakenUp, before.Entries[1].NotCountedBecause);
        Assert.Contains("not counted (SupportNotTakenUp)", before.Entries[1].ToString(), StringComparison.Ordinal);

        // Support taken up the day after the previous PAM, before the early PAM: counts.
        MeasureTimeline after = schedule.PamOn(early, PamRecord([Start, early], [Start.PlusDays(1)]), Eligible);
        Assert.True(after.Entries[1].IsCounted);

        // Support taken up after the early PAM: it cannot have been "accessed and undertaken" by then.
        MeasureTimeline later = schedule.PamOn(early.PlusDays(10), PamRecord([Start, early], [early.PlusDays(1)]), Eligible);
        Assert.Equal(PamReassessmentReason.SupportNotTakenUp, later.Entries[1].NotCountedBecause);
    }

    [Fact]
    public void Pam_ThreeMonthBoundary()
    {
        var schedule = new MeasurementSchedule(Start);
        LocalDate[] support = [Start.PlusDays(1)];
        Assert.Equal(PamReassessmentReason.TooSoon, schedule.PamOn(new LocalDate(2026, 4, 4), PamRecord([Start, new LocalDate(2026, 4, 4)], support), Eligible).Entries[1].NotCountedBecause);
        Assert.True(schedule.PamOn(new LocalDate(2026, 4, 5), PamRecord([Start, new LocalDate(2026, 4, 5)], support), Eligible).Entries[1].IsCounted);
    }

    [Fact]
    public void Pam_NeverDueForSomeoneItDoesNotSuit_AndShownAsSuchWhenUnconfirmed()
    {
        var schedule = new MeasurementSchedule(Start);
        MeasureTimeline notSuitable = schedule.PamOn(new LocalDate(2026, 12, 1), MeasurementRecord.Empty, NotSuitable);
        Assert.Null(notSuitable.Next);
        Assert.Empty(notSuitable.Entries);
        Assert.Equal(PamEligibilityOutcome.NotSuitable, notSuitable.PamEligibility);

        MeasureTimeline unconfirmed = schedule.PamOn(new LocalDate(2026, 12, 1), MeasurementRecord.Empty, NeedsConfirmation);
        Assert.True(unconfirmed.Next!.Value.NeedsEligibilityConfirmation);
        Assert.Equal(ScheduleStatus.Overdue, unconfirmed.Next!.Value.Status);
        Assert.Contains("eligibility to confirm", unconfirmed.Next!.Value.ToString(), StringComparison.Ordinal);
        Assert.False(schedule.PamOn(Start, MeasurementRecord.Empty, Eligible).Next!.Value.NeedsEligibilityConfirmation);
    }

    [Fact]
    public void StrugglesToUnderstandTheQuestions_MakesPamUnsuitable()
    {
        PamEligibility result = Assess(FactAnswer.No, FactAnswer.Yes);
        Assert.Equal(PamEligibilityOutcome.NotSuitable, result.Outcome);
        Assert.Contains(result.Reasons, r => r.Contains("struggles to understand", StringComparison.Ordinal));
    }

    [Fact]
    public void MeasuredThroughAYear_NothingMoreDue()
    {
        var schedule = new MeasurementSchedule(Start);
        LocalDate[] taken = [Start, new LocalDate(2026, 7, 5), new LocalDate(2027, 1, 4)];
        MeasureTimeline dayBefore = schedule.Ons4On(new LocalDate(2027, 3, 1), Ons4Record(taken));
        Assert.False(dayBefore.IsMeasuredThrough);
        Assert.Equal(new LocalDate(2027, 7, 4), dayBefore.Next!.Value.DueDate);

        MeasureTimeline onTheDay = schedule.Ons4On(new LocalDate(2027, 3, 1), Ons4Record([.. taken[..2], new LocalDate(2027, 1, 5)]));
        Assert.True(onTheDay.IsMeasuredThrough);
        Assert.Null(onTheDay.Next);
        Assert.Equal("Ons4: 3 taken, measured through", onTheDay.ToString());
    }

    [Fact]
    public void Ended_NothingDueAfterTheEnd_AndLaterAssessmentsIgnored()
    {
        MeasurementSchedule schedule = new MeasurementSchedule(Start).EndOn(new LocalDate(2026, 3, 1));
        MeasureTimeline ons4 = schedule.Ons4On(new LocalDate(2026, 9, 1), Ons4Record([Start, new LocalDate(2026, 4, 1)]));
        Assert.Null(ons4.Next);
        Assert.Single(ons4.Entries);
        Assert.NotNull(schedule.Ons4On(new LocalDate(2026, 2, 1), Ons4Record([Start])).Next);

        // The closing day itself: nothing is due from then on; the day before, the follow-up still was.
        MeasurementSchedule closed = new MeasurementSchedule(Start).EndOn(new LocalDate(2026, 7, 20));
        Assert.Null(closed.Ons4On(new LocalDate(2026, 7, 20), Ons4Record([Start])).Next);
        Assert.Null(closed.PamOn(new LocalDate(2026, 7, 20), PamRecord([Start]), Eligible).Next);
        Assert.Equal(ScheduleStatus.Due, closed.Ons4On(new LocalDate(2026, 7, 19), Ons4Record([Start])).Next!.Value.Status);
        Assert.Equal("on", Assert.Throws<ArgumentException>(() => new MeasurementSchedule(Start).EndOn(Start.PlusDays(-1))).ParamName);
    }

    [Fact]
    public void Status_DueWindowBoundary()
    {
        var schedule = new MeasurementSchedule(Start);
        LocalDate[] baselineOnly = [Start];
        ScheduleStatus On(MeasurementSchedule s, LocalDate asOf) => s.Ons4On(asOf, Ons4Record(baselineOnly)).Next!.Value.Status;
        Assert.Equal(ScheduleStatus.NotYetDue, On(schedule, new LocalDate(2026, 7, 4)));
        Assert.Equal(ScheduleStatus.Due, On(schedule, new LocalDate(2026, 7, 5)));
        Assert.Equal(ScheduleStatus.Due, On(schedule, new LocalDate(2026, 8, 5)));
        Assert.Equal(ScheduleStatus.Overdue, On(schedule, new LocalDate(2026, 8, 6)));
        var strict = new MeasurementSchedule(Start, Cadence.SixMonthly.WithDueWindow(Period.Zero));
        Assert.Equal(ScheduleStatus.Due, On(strict, new LocalDate(2026, 7, 5)));
        Assert.Equal(ScheduleStatus.Overdue, On(strict, new LocalDate(2026, 7, 6)));
    }

    [Fact]
    public void StatusNow_UsesTheClockAndZone()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 7, 4, 23, 30));
        var schedule = new MeasurementSchedule(Start);
        RecordedAssessment[] recorded = [new(MeasureKind.Ons4, Start)];

        // 23:30 UTC on 4 July is 00:30 on 5 July in London (BST): the follow-up is due there, not yet in UTC.
        Assert.Equal(ScheduleStatus.Due, schedule.StatusNow(clock, DateTimeZoneProviders.Tzdb["Europe/London"], MeasurementRecord.From(recorded), Eligible)[0].Next!.Value.Status);
        Assert.Equal(ScheduleStatus.NotYetDue, schedule.StatusNow(clock, DateTimeZone.Utc, MeasurementRecord.From(recorded), Eligible)[0].Next!.Value.Status);
    }

    [Fact]
    public void Constructor_RejectsBadPeriods_WithDocumentedExceptions()
    {
        Assert.Equal("minimumDuration", Assert.Throws<ArgumentException>(() => new MeasurementSchedule(Start, minimumDuration: Period.FromMonths(-12))).ParamName);
        Assert.Equal("minimumDuration", Assert.Throws<ArgumentException>(() => new MeasurementSchedule(Start, minimumDuration: Period.FromHours(6))).ParamName);
        Assert.Equal("earlyReassessmentMinimum", Assert.Throws<ArgumentException>(() => new MeasurementSchedule(Start, earlyReassessmentMinimum: Period.FromMonths(6))).ParamName);
        Assert.Equal("minimumDuration", Assert.Throws<ArgumentException>(() => new MeasurementSchedule(new LocalDate(9999, 6, 1), minimumDuration: Period.FromYears(1))).ParamName);
    }

    public static TheoryData<int, int, int, int, int> NotPositiveDateOnlyPeriods => new()
    {
        // years, months, weeks, days, hours: each date unit negative while the sum is positive; zero; a time unit.
        { 0, 0, 0, 0, 0 },
        { -1, 24, 0, 0, 0 },
        { 2, -1, 0, 0, 0 },
        { 0, 2, -1, 0, 0 },
        { 0, 0, 2, -1, 0 },
        { 0, 0, 0, 30, 1 },
        { 1, 0, 0, 0, -1 },
        { 0, 0, 0, 0, 6 },
    };

    [Theory]
    [MemberData(nameof(NotPositiveDateOnlyPeriods))]
    public void Constructor_RejectsPeriodsThatAreNotPositiveDateOnly(int years, int months, int weeks, int days, int hours)
    {
        Period period = new PeriodBuilder { Years = years, Months = months, Weeks = weeks, Days = days, Hours = hours }.Build();
        ArgumentException minimum = Assert.Throws<ArgumentException>(() => new MeasurementSchedule(Start, minimumDuration: period));
        Assert.Equal("minimumDuration", minimum.ParamName);
        Assert.StartsWith(MeasuresMessages.PeriodNotPositiveDateOnly, minimum.Message, StringComparison.Ordinal);
        ArgumentException early = Assert.Throws<ArgumentException>(() => new MeasurementSchedule(Start, earlyReassessmentMinimum: period));
        Assert.Equal("earlyReassessmentMinimum", early.ParamName);
        Assert.StartsWith(MeasuresMessages.PeriodNotPositiveDateOnly, early.Message, StringComparison.Ordinal);
    }

    public static TheoryData<int, int, int, int> SmallestPositivePeriods => new()
    {
        // One of each date unit alone is positive.
        { 1, 0, 0, 0 },
        { 0, 1, 0, 0 },
        { 0, 0, 1, 0 },
        { 0, 0, 0, 1 },
        { 0, 1, 1, 1 },
    };

    [Theory]
    [MemberData(nameof(SmallestPositivePeriods))]
    public void Constructor_AcceptsEveryPositiveDateUnit(int years, int months, int weeks, int days)
    {
        Period period = new PeriodBuilder { Years = years, Months = months, Weeks = weeks, Days = days }.Build();
        var schedule = new MeasurementSchedule(Start, minimumDuration: period);
        Assert.Equal(period, schedule.MinimumDuration);
        Assert.Equal(Start.Plus(period), schedule.MeasuredThrough);
        Assert.True(schedule.MeasuredThrough > Start);
        if (years == 0)
        {
            Assert.Equal(period, new MeasurementSchedule(Start, earlyReassessmentMinimum: period).EarlyReassessmentMinimum);
        }
    }

    [Fact]
    public void NullArguments_NameTheParameter()
    {
        var schedule = new MeasurementSchedule(Start);
        var clock = new FakeClock(Instant.FromUtc(2026, 3, 1, 12, 0));
        (string, Action)[] calls =
        [
            ("record", () => schedule.Ons4On(Start, null!)),
            ("record", () => schedule.PamOn(Start, null!, Eligible)),
            ("eligibility", () => schedule.PamOn(Start, MeasurementRecord.Empty, null!)),
            ("record", () => schedule.StatusOn(Start, null!, Eligible)),
            ("pamEligibility", () => schedule.StatusOn(Start, MeasurementRecord.Empty, null!)),
            ("clock", () => schedule.StatusNow(null!, DateTimeZone.Utc, MeasurementRecord.Empty, Eligible)),
            ("zone", () => schedule.StatusNow(clock, null!, MeasurementRecord.Empty, Eligible)),
            ("record", () => schedule.StatusNow(clock, DateTimeZone.Utc, null!, Eligible)),
            ("record", () => schedule.CanReassessPam(Start, null!)),
            ("recorded", () => MeasurementRecord.From(null!)),
        ];
        Assert.All(calls, call => Assert.Equal(call.Item1, Assert.Throws<ArgumentNullException>(call.Item2).ParamName));
    }

    [Fact]
    public void StatusNow_NullZone_DoesNotReadTheClock()
    {
        // Arguments are checked before anything happens: a clock that moves on each read has not moved.
        Instant now = Instant.FromUtc(2026, 3, 1, 12, 0);
        var clock = new FakeClock(now, Duration.FromDays(1));
        Assert.Throws<ArgumentNullException>(() => new MeasurementSchedule(Start).StatusNow(clock, null!, MeasurementRecord.Empty, Eligible));
        Assert.Equal(now, clock.GetCurrentInstant());
    }

    [Fact]
    public void StatusOn_SplitsTheRecordsByMeasure()
    {
        var schedule = new MeasurementSchedule(Start);
        RecordedAssessment[] recorded =
        [
            new(MeasureKind.Pam, new LocalDate(2026, 7, 20)),
            new(MeasureKind.Ons4, Start),
            new(MeasureKind.Pam, new LocalDate(2026, 1, 15)),
            new(MeasureKind.Ons4, new LocalDate(2026, 7, 5)),
        ];
        ReadOnlyCollection<MeasureTimeline> both = schedule.StatusOn(new LocalDate(2026, 8, 1), MeasurementRecord.From(recorded), Eligible);
        Assert.Equal([MeasureKind.Ons4, MeasureKind.Pam], both.Select(t => t.Measure));
        Assert.Equal([Start, new LocalDate(2026, 7, 5)], both[0].Entries.Where(e => e.TakenOn.HasValue).Select(e => e.TakenOn!.Value));
        Assert.Equal([new LocalDate(2026, 1, 15), new LocalDate(2026, 7, 20)], both[1].Entries.Where(e => e.TakenOn.HasValue).Select(e => e.TakenOn!.Value));
        Assert.Null(both[0].PamEligibility);
        Assert.Equal(PamEligibilityOutcome.Eligible, both[1].PamEligibility);
    }

    [Fact]
    public void Descriptions_SayWhatIsTakenAndWhatIsNext()
    {
        var schedule = new MeasurementSchedule(Start);
        MeasureTimeline ons4 = schedule.Ons4On(new LocalDate(2026, 3, 1), Ons4Record([Start]));
        Assert.Equal("Ons4 occasion 0 due 2026-01-05: taken 2026-01-05", ons4.Entries[0].ToString());
        Assert.Equal("Ons4 occasion 1 due 2026-07-05: NotYetDue", ons4.Next!.Value.ToString());
        Assert.Equal("Ons4: 1 taken, next Ons4 occasion 1 due 2026-07-05: NotYetDue", ons4.ToString());

        MeasureTimeline early = schedule.PamOn(new LocalDate(2026, 3, 1), PamRecord([Start, new LocalDate(2026, 2, 5)]), Eligible);
        Assert.Equal("Pam occasion 1 due 2026-07-05: taken 2026-02-05, not counted (TooSoon)", early.Entries[1].ToString());

        MeasureTimeline unconfirmed = schedule.PamOn(new LocalDate(2026, 12, 1), MeasurementRecord.Empty, NeedsConfirmation);
        Assert.Equal("Pam: 0 taken, next Pam occasion 0 due 2026-01-05: Overdue (eligibility to confirm)", unconfirmed.ToString());

        Assert.Equal("Pam: 0 taken, nothing due", schedule.PamOn(new LocalDate(2026, 12, 1), MeasurementRecord.Empty, NotSuitable).ToString());
        Assert.Equal("Ons4: 1 taken, nothing due", schedule.EndOn(new LocalDate(2026, 3, 1)).Ons4On(new LocalDate(2026, 9, 1), Ons4Record([Start])).ToString());
        Assert.Equal("Pam on 2026-01-05", new RecordedAssessment(MeasureKind.Pam, Start).ToString());
        Assert.Equal("Ons4 on 2026-07-05", new RecordedAssessment(MeasureKind.Ons4, new LocalDate(2026, 7, 5)).ToString());
    }

    [Fact]
    public void IsBaseline_OnlyTheFirstOccasion()
    {
        var schedule = new MeasurementSchedule(Start);
        MeasureTimeline ons4 = schedule.Ons4On(new LocalDate(2026, 8, 1), Ons4Record([Start, new LocalDate(2026, 7, 5)]));
        Assert.Equal([true, false, false], ons4.Entries.Select(e => e.IsBaseline));
        Assert.True(schedule.Ons4On(Start, MeasurementRecord.Empty).Next!.Value.IsBaseline);
    }

    [Fact]
    public void Explanation_OnePerReason_SaysWhetherAllowed()
    {
        // One decision for each of the six reasons, through the public rule.
        var schedule = new MeasurementSchedule(Start);
        LocalDate[] previous = [Start];
        PamReassessmentDecision[] decisions =
        [
            schedule.CanReassessPam(Start, MeasurementRecord.Empty),
            schedule.CanReassessPam(Start.PlusDays(-1), MeasurementRecord.Empty),
            schedule.CanReassessPam(Start.PlusMonths(6), PamRecord(previous)),
            schedule.CanReassessPam(Start.PlusMonths(3), PamRecord(previous, [Start.PlusDays(1)])),
            schedule.CanReassessPam(Start.PlusMonths(1), PamRecord(previous, [Start.PlusDays(1)])),
            schedule.CanReassessPam(Start.PlusMonths(4), PamRecord(previous)),
        ];
        Assert.Equal(Enum.GetValues<PamReassessmentReason>().Order(), decisions.Select(d => d.Reason).Order());
        Assert.Equal(decisions.Length, decisions.Select(d => d.Explanation).Distinct().Count());
        Assert.All(decisions, d =>
        {
            Assert.Equal(d.IsAllowed, d.Explanation.StartsWith("Allowed", StringComparison.Ordinal));
            Assert.Equal(!d.IsAllowed, d.Explanation.StartsWith("Not allowed", StringComparison.Ordinal));
            Assert.EndsWith(".", d.Explanation, StringComparison.Ordinal);
            Assert.Equal(d.Explanation, d.ToString());
        });
    }

    [Fact]
    public void Constructor_NoHiddenCap()
    {
        // A weekly interval over 20 years used to throw an undocumented ArgumentOutOfRangeException.
        var schedule = new MeasurementSchedule(Start, new Cadence(Period.FromWeeks(1)), Period.FromYears(20), Period.FromDays(3));
        Assert.Equal(Start.PlusYears(20), schedule.MeasuredThrough);
        Assert.Equal(1044, schedule.ReportingDates.Count);
    }

    public static TheoryData<int, int, int?, bool, PamReassessmentReason> ReassessmentCases => new()
    {
        // months and days after the previous PAM; days after it that support was taken up (null: not taken up)
        { 2, 30, 10, false, PamReassessmentReason.TooSoon },
        { 3, 0, 10, true, PamReassessmentReason.EarlyAfterSupportTakenUp },
        { 3, 0, null, false, PamReassessmentReason.SupportNotTakenUp },
        { 3, 0, 0, false, PamReassessmentReason.SupportNotTakenUp }, // taken up the day of the previous PAM: not after it
        { 3, 0, -5, false, PamReassessmentReason.SupportNotTakenUp }, // taken up before the previous PAM
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
        LocalDate[] support = supportAfterDays is int s ? [previous.PlusDays(s)] : [];
        PamReassessmentDecision decision = schedule.CanReassessPam(previous.PlusMonths(months).PlusDays(days), PamRecord([previous], support));
        Assert.Equal(allowed, decision.IsAllowed);
        Assert.Equal(reason, decision.Reason);
        Assert.Equal(allowed, decision.Explanation.StartsWith("Allowed", StringComparison.Ordinal));
    }

    [Fact]
    public void CanReassessPam_BaselineAndEarliestDate()
    {
        var schedule = new MeasurementSchedule(Start);
        Assert.Equal(PamReassessmentReason.Baseline, schedule.CanReassessPam(Start, MeasurementRecord.Empty).Reason);
        Assert.Equal(PamReassessmentReason.BeforeStart, schedule.CanReassessPam(Start.PlusDays(-1), MeasurementRecord.Empty).Reason);
        LocalDate previous = new(2026, 1, 10);
        Assert.Equal(new LocalDate(2026, 7, 10), schedule.CanReassessPam(previous.PlusDays(1), PamRecord([previous])).EarliestDate);
        Assert.Equal(new LocalDate(2026, 4, 10), schedule.CanReassessPam(previous.PlusDays(1), PamRecord([previous], [new LocalDate(2026, 2, 1)])).EarliestDate);
        Assert.Equal(new LocalDate(2026, 5, 1), schedule.CanReassessPam(previous.PlusDays(1), PamRecord([previous], [new LocalDate(2026, 5, 1)])).EarliestDate);
        Assert.Equal(new LocalDate(2026, 7, 10), schedule.CanReassessPam(previous.PlusDays(1), PamRecord([previous], [new LocalDate(2026, 9, 1)])).EarliestDate);

        // A PAM that did not count is not "the previous PAM": the minimum still runs from the baseline.
        Assert.Equal(previous.PlusMonths(6), schedule.CanReassessPam(previous.PlusMonths(5), PamRecord([previous, previous.PlusMonths(2)])).EarliestDate);
    }

    [Property]
    public Property Timeline_AgreesWithAnIndependentModel()
        => Prop.ForAll(
            (from start in CoreGenerators.Dates
             from asOfDays in Gen.Choose(0, 700)
             from taken in Gen.ListOf(Gen.Choose(-30, 700))
             from support in Gen.ListOf(Gen.Choose(-30, 700))
             from eligibility in Gen.Elements(Eligible, NotSuitable, NeedsConfirmation)
             from ended in Gen.Elements<int?>(null, 0, 100, 400)
             select (start, asOfDays, taken, support, eligibility, ended)).ToArbitrary(),
            x =>
            {
                var schedule = new MeasurementSchedule(x.start);
                if (x.ended is int e)
                {
                    schedule = schedule.EndOn(x.start.PlusDays(e));
                }

                LocalDate asOf = x.start.PlusDays(x.asOfDays);
                LocalDate[] taken = x.taken.Select(d => x.start.PlusDays(d)).ToArray();
                LocalDate[] support = x.support.Select(d => x.start.PlusDays(d)).ToArray();
                bool confirm = x.eligibility.Outcome == PamEligibilityOutcome.NeedsConfirmation;
                Check(Model(schedule, asOf, taken, support, isPam: true, x.eligibility.Outcome), schedule.PamOn(asOf, PamRecord(taken, support), x.eligibility), confirm);
                Check(Model(schedule, asOf, taken, [], isPam: false, PamEligibilityOutcome.Eligible), schedule.Ons4On(asOf, Ons4Record(taken)), needsConfirmation: false);
            });

    private static void Check((List<(LocalDate Date, bool Counted)> Taken, bool Through, LocalDate? NextDue, ScheduleStatus? NextStatus) model, MeasureTimeline timeline, bool needsConfirmation)
    {
        ScheduledAssessment[] taken = timeline.Entries.Where(e => e.TakenOn.HasValue).ToArray();
        Assert.Equal(model.Taken.Select(t => t.Date), taken.Select(e => e.TakenOn!.Value));
        Assert.Equal(model.Taken.Select(t => t.Counted), taken.Select(e => e.IsCounted));
        Assert.Equal(model.Taken.Where(t => t.Counted).Select(t => (LocalDate?)t.Date).LastOrDefault(), timeline.LastCounted?.TakenOn);
        Assert.Equal(model.Through, timeline.IsMeasuredThrough);
        Assert.Equal(model.NextDue, timeline.Next?.DueDate);
        Assert.Equal(model.NextStatus, timeline.Next?.Status);
        Assert.All(taken, e => Assert.Equal(ScheduleStatus.Done, e.Status));
        Assert.All(taken, e => Assert.False(e.NeedsEligibilityConfirmation));
        if (timeline.Next is ScheduledAssessment next)
        {
            Assert.Equal(taken.Count(e => e.IsCounted), next.Occasion);
            Assert.Equal(needsConfirmation, next.NeedsEligibilityConfirmation);
        }
    }

    /// <summary>
    /// The rule written from the seed's words, independently of the library: walk the days; ONS4 counts whenever taken; a
    /// PAM counts 6+ months after the last counted one, or 3+ months after it with support taken up on a later day by then.
    /// </summary>
    private static (List<(LocalDate, bool)>, bool, LocalDate?, ScheduleStatus?) Model(MeasurementSchedule schedule, LocalDate asOf, LocalDate[] taken, LocalDate[] support, bool isPam, PamEligibilityOutcome eligibility)
    {
        LocalDate stop = schedule.EndedOn is LocalDate end && end < asOf ? end : asOf;
        var result = new List<(LocalDate, bool)>();
        LocalDate? last = null;
        bool through = false;
        for (LocalDate day = schedule.Start; day <= stop; day = day.PlusDays(1))
        {
            if (!taken.Contains(day))
            {
                continue;
            }

            bool counts = last is not LocalDate p || !isPam
                || day >= p.PlusMonths(6)
                || (day >= p.PlusMonths(3) && support.Any(s => s > p && s <= day));
            result.Add((day, counts));
            if (counts)
            {
                last = day;
                through |= day >= schedule.Start.PlusMonths(12);
            }
        }

        if (through || (schedule.EndedOn is LocalDate ended && ended <= asOf) || eligibility == PamEligibilityOutcome.NotSuitable)
        {
            return (result, through, null, null);
        }

        LocalDate due = last?.PlusMonths(6) ?? schedule.Start;
        ScheduleStatus status = asOf < due ? ScheduleStatus.NotYetDue : asOf <= due.PlusMonths(1) ? ScheduleStatus.Due : ScheduleStatus.Overdue;
        return (result, through, due, status);
    }

    [Property]
    public Property CountedPamFollowUps_NeverWithinThreeMonths_AndEarlyOnesFollowSupport()
        => Prop.ForAll(
            (from start in CoreGenerators.Dates
             from taken in Gen.ListOf(Gen.Choose(0, 500))
             from support in Gen.ListOf(Gen.Choose(0, 500))
             select (start, taken, support)).ToArbitrary(),
            x =>
            {
                var schedule = new MeasurementSchedule(x.start);
                LocalDate[] support = x.support.Select(d => x.start.PlusDays(d)).ToArray();
                MeasureTimeline pam = schedule.PamOn(x.start.PlusDays(600), PamRecord(x.taken.Select(d => x.start.PlusDays(d)), support), Eligible);
                LocalDate[] counted = pam.Entries.Where(e => e.IsCounted).Select(e => e.TakenOn!.Value).ToArray();
                foreach ((LocalDate previous, LocalDate next) in counted.Zip(counted.Skip(1)))
                {
                    Assert.True(next >= previous.PlusMonths(3));
                    Assert.True(next >= previous.PlusMonths(6) || support.Any(s => s > previous && s <= next));
                }

                // Every counted PAM agrees with CanReassessPam asked on its date with the PAMs before it.
                LocalDate[] all = pam.Entries.Where(e => e.TakenOn.HasValue).Select(e => e.TakenOn!.Value).ToArray();
                foreach (ScheduledAssessment entry in pam.Entries.Where(e => e.TakenOn.HasValue))
                {
                    PamReassessmentDecision decision = schedule.CanReassessPam(entry.TakenOn!.Value, PamRecord(all, support));
                    Assert.Equal(entry.IsCounted, decision.IsAllowed);
                }
            });
}
