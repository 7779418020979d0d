using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;
using SocialPrescribing.Measures;
using SocialPrescribing.Testing;

namespace SocialPrescribing.Measures.Tests;

public class MeasurementScheduleTests
{
    private static readonly LocalDate Start = new(2026, 1, 5);

    private static PamEligibility Eligible { get; } = Assess(FactAnswer.No, FactAnswer.No);

    private static PamEligibility NotSuitable { get; } = Assess(FactAnswer.Yes, FactAnswer.No);

    private static PamEligibility NeedsConfirmation { get; } = Assess(FactAnswer.No, FactAnswer.Unknown);

    private static PamEligibility Assess(FactAnswer dementia, FactAnswer struggles) => PamEligibility.Assess(new PamEligibilityFacts
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
        Assert.Equal(new LocalDate(2026, 2, 28), schedule.Ons4On(new LocalDate(2025, 9, 1), [new LocalDate(2025, 8, 31)]).Next!.Value.DueDate);
    }

    [Fact]
    public void Rolling_EarlyPamMovesTheNextDueDate()
    {
        // Issue example: an early PAM on 1 May makes the next one due on 1 November, not on the grid date (5 July + 6 months).
        var schedule = new MeasurementSchedule(Start);
        MeasureTimeline pam = schedule.PamOn(new LocalDate(2026, 6, 1), [Start, new LocalDate(2026, 5, 1)], Eligible, [new LocalDate(2026, 2, 10)]);
        Assert.True(pam.Entries[1].IsCounted);
        Assert.Equal(new LocalDate(2026, 11, 1), pam.Next!.Value.DueDate);
        Assert.Equal(ScheduleStatus.NotYetDue, pam.Next!.Value.Status);
    }

    [Fact]
    public void Ons4_EarlyOneIsSimplyTheLatest()
    {
        // No early-reassessment rule for ONS4: one taken 2 months in counts, and the next is due 6 months after it.
        var schedule = new MeasurementSchedule(Start);
        MeasureTimeline ons4 = schedule.Ons4On(new LocalDate(2026, 4, 1), [Start, new LocalDate(2026, 3, 5)]);
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
        MeasureTimeline pam = schedule.PamOn(new LocalDate(2026, 4, 21), [new LocalDate(2026, 2, 20), new LocalDate(2026, 4, 20)], Eligible, [new LocalDate(2026, 3, 1)]);
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
        MeasureTimeline before = schedule.PamOn(early, [Start, early], Eligible, [Start.PlusDays(-3), Start]);
        Assert.Equal(PamReassessmentReason.SupportNotTakenUp, before.Entries[1].NotCountedBecause);
        Assert.Contains("not counted (SupportNotTakenUp)", before.Entries[1].ToString(), StringComparison.Ordinal);

        // Support taken up the day after the previous PAM, before the early PAM: counts.
        MeasureTimeline after = schedule.PamOn(early, [Start, early], Eligible, [Start.PlusDays(1)]);
        Assert.True(after.Entries[1].IsCounted);

        // Support taken up after the early PAM: it cannot have been "accessed and undertaken" by then.
        MeasureTimeline later = schedule.PamOn(early.PlusDays(10), [Start, early], Eligible, [early.PlusDays(1)]);
        Assert.Equal(PamReassessmentReason.SupportNotTakenUp, later.Entries[1].NotCountedBecause);
    }

    [Fact]
    public void Pam_ThreeMonthBoundary()
    {
        var schedule = new MeasurementSchedule(Start);
        LocalDate[] support = [Start.PlusDays(1)];
        Assert.Equal(PamReassessmentReason.TooSoon, schedule.PamOn(new LocalDate(2026, 4, 4), [Start, new LocalDate(2026, 4, 4)], Eligible, support).Entries[1].NotCountedBecause);
        Assert.True(schedule.PamOn(new LocalDate(2026, 4, 5), [Start, new LocalDate(2026, 4, 5)], Eligible, support).Entries[1].IsCounted);
    }

    [Fact]
    public void Pam_NeverDueForSomeoneItDoesNotSuit_AndShownAsSuchWhenUnconfirmed()
    {
        var schedule = new MeasurementSchedule(Start);
        MeasureTimeline notSuitable = schedule.PamOn(new LocalDate(2026, 12, 1), [], NotSuitable, []);
        Assert.Null(notSuitable.Next);
        Assert.Empty(notSuitable.Entries);
        Assert.Equal(PamEligibilityOutcome.NotSuitable, notSuitable.PamEligibility);

        MeasureTimeline unconfirmed = schedule.PamOn(new LocalDate(2026, 12, 1), [], NeedsConfirmation, []);
        Assert.True(unconfirmed.Next!.Value.NeedsEligibilityConfirmation);
        Assert.Equal(ScheduleStatus.Overdue, unconfirmed.Next!.Value.Status);
        Assert.Contains("eligibility to confirm", unconfirmed.Next!.Value.ToString(), StringComparison.Ordinal);
        Assert.False(schedule.PamOn(Start, [], Eligible, []).Next!.Value.NeedsEligibilityConfirmation);
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
        MeasureTimeline dayBefore = schedule.Ons4On(new LocalDate(2027, 3, 1), taken);
        Assert.False(dayBefore.IsMeasuredThrough);
        Assert.Equal(new LocalDate(2027, 7, 4), dayBefore.Next!.Value.DueDate);

        MeasureTimeline onTheDay = schedule.Ons4On(new LocalDate(2027, 3, 1), [.. taken[..2], new LocalDate(2027, 1, 5)]);
        Assert.True(onTheDay.IsMeasuredThrough);
        Assert.Null(onTheDay.Next);
        Assert.Contains("measured through", onTheDay.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Ended_NothingDueAfterTheEnd_AndLaterAssessmentsIgnored()
    {
        MeasurementSchedule schedule = new MeasurementSchedule(Start).EndOn(new LocalDate(2026, 3, 1));
        MeasureTimeline ons4 = schedule.Ons4On(new LocalDate(2026, 9, 1), [Start, new LocalDate(2026, 4, 1)]);
        Assert.Null(ons4.Next);
        Assert.Single(ons4.Entries);
        Assert.NotNull(schedule.Ons4On(new LocalDate(2026, 2, 1), [Start]).Next);
        Assert.Equal("on", Assert.Throws<ArgumentException>(() => new MeasurementSchedule(Start).EndOn(Start.PlusDays(-1))).ParamName);
    }

    [Fact]
    public void Status_DueWindowBoundary()
    {
        var schedule = new MeasurementSchedule(Start);
        LocalDate[] baselineOnly = [Start];
        ScheduleStatus On(MeasurementSchedule s, LocalDate asOf) => s.Ons4On(asOf, baselineOnly).Next!.Value.Status;
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
        Assert.Equal(ScheduleStatus.Due, schedule.StatusNow(clock, DateTimeZoneProviders.Tzdb["Europe/London"], recorded, Eligible, [])[0].Next!.Value.Status);
        Assert.Equal(ScheduleStatus.NotYetDue, schedule.StatusNow(clock, DateTimeZone.Utc, recorded, Eligible, [])[0].Next!.Value.Status);
    }

    [Fact]
    public void Constructor_RejectsBadPeriods_WithDocumentedExceptions()
    {
        Assert.Equal("minimumDuration", Assert.Throws<ArgumentException>(() => new MeasurementSchedule(Start, minimumDuration: Period.FromMonths(-12))).ParamName);
        Assert.Equal("minimumDuration", Assert.Throws<ArgumentException>(() => new MeasurementSchedule(Start, minimumDuration: Period.FromHours(6))).ParamName);
        Assert.Equal("earlyReassessmentMinimum", Assert.Throws<ArgumentException>(() => new MeasurementSchedule(Start, earlyReassessmentMinimum: Period.FromMonths(6))).ParamName);
        Assert.Equal("minimumDuration", Assert.Throws<ArgumentException>(() => new MeasurementSchedule(new LocalDate(9999, 6, 1), minimumDuration: Period.FromYears(1))).ParamName);
        Assert.Throws<ArgumentNullException>(() => new MeasurementSchedule(Start).Ons4On(Start, null!));
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
        PamReassessmentDecision decision = schedule.CanReassessPam(previous.PlusMonths(months).PlusDays(days), [previous], support);
        Assert.Equal(allowed, decision.IsAllowed);
        Assert.Equal(reason, decision.Reason);
        Assert.False(string.IsNullOrWhiteSpace(decision.Explanation));
    }

    [Fact]
    public void CanReassessPam_BaselineAndEarliestDate()
    {
        var schedule = new MeasurementSchedule(Start);
        Assert.Equal(PamReassessmentReason.Baseline, schedule.CanReassessPam(Start, [], []).Reason);
        Assert.Equal(PamReassessmentReason.BeforeStart, schedule.CanReassessPam(Start.PlusDays(-1), [], []).Reason);
        LocalDate previous = new(2026, 1, 10);
        Assert.Equal(new LocalDate(2026, 7, 10), schedule.CanReassessPam(previous.PlusDays(1), [previous], []).EarliestDate);
        Assert.Equal(new LocalDate(2026, 4, 10), schedule.CanReassessPam(previous.PlusDays(1), [previous], [new LocalDate(2026, 2, 1)]).EarliestDate);
        Assert.Equal(new LocalDate(2026, 5, 1), schedule.CanReassessPam(previous.PlusDays(1), [previous], [new LocalDate(2026, 5, 1)]).EarliestDate);
        Assert.Equal(new LocalDate(2026, 7, 10), schedule.CanReassessPam(previous.PlusDays(1), [previous], [new LocalDate(2026, 9, 1)]).EarliestDate);

        // A PAM that did not count is not "the previous PAM": the minimum still runs from the baseline.
        Assert.Equal(previous.PlusMonths(6), schedule.CanReassessPam(previous.PlusMonths(5), [previous, previous.PlusMonths(2)], []).EarliestDate);
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
                Check(Model(schedule, asOf, taken, support, isPam: true, x.eligibility.Outcome), schedule.PamOn(asOf, taken, x.eligibility, support));
                Check(Model(schedule, asOf, taken, [], isPam: false, PamEligibilityOutcome.Eligible), schedule.Ons4On(asOf, taken));
            });

    private static void Check((List<(LocalDate Date, bool Counted)> Taken, LocalDate? NextDue, ScheduleStatus? NextStatus) model, MeasureTimeline timeline)
    {
        ScheduledAssessment[] taken = timeline.Entries.Where(e => e.TakenOn.HasValue).ToArray();
        Assert.Equal(model.Taken.Select(t => t.Date), taken.Select(e => e.TakenOn!.Value));
        Assert.Equal(model.Taken.Select(t => t.Counted), taken.Select(e => e.IsCounted));
        Assert.Equal(model.NextDue, timeline.Next?.DueDate);
        Assert.Equal(model.NextStatus, timeline.Next?.Status);
        Assert.All(taken, e => Assert.Equal(ScheduleStatus.Done, e.Status));
        Assert.Equal(taken.Count(e => e.IsCounted), timeline.Next?.Occasion ?? taken.Count(e => e.IsCounted));
    }

    /// <summary>
    /// The rule written from the seed's words, independently of the library: walk the days; ONS4 counts whenever taken; a
    /// PAM counts 6+ months after the last counted one, or 3+ months after it with support taken up on a later day by then.
    /// </summary>
    private static (List<(LocalDate, bool)>, LocalDate?, ScheduleStatus?) Model(MeasurementSchedule schedule, LocalDate asOf, LocalDate[] taken, LocalDate[] support, bool isPam, PamEligibilityOutcome eligibility)
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
            return (result, null, null);
        }

        LocalDate due = last?.PlusMonths(6) ?? schedule.Start;
        ScheduleStatus status = asOf < due ? ScheduleStatus.NotYetDue : asOf <= due.PlusMonths(1) ? ScheduleStatus.Due : ScheduleStatus.Overdue;
        return (result, due, status);
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
                MeasureTimeline pam = schedule.PamOn(x.start.PlusDays(600), x.taken.Select(d => x.start.PlusDays(d)), Eligible, support);
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
                    PamReassessmentDecision decision = schedule.CanReassessPam(entry.TakenOn!.Value, all, support);
                    Assert.Equal(entry.IsCounted, decision.IsAllowed);
                }
            });
}
