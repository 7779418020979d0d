using FsCheck.Xunit;
using NodaTime;

namespace SocialPrescribing.QualityAssurance.Tests;

public class GroupScheduleTests
{
    private static readonly LocalDate Signed = new(2026, 2, 5);

    public static TheoryData<string, LocalDate, ScheduleStatus> ReviewBoundaries => new()
    {
        // Signed 2026-02-05: review due a year later (section 9 step 6); the grace is the annual cadence's one-month due window.
        { "day before the review date", new LocalDate(2027, 2, 4), ScheduleStatus.NotYetDue },
        { "review date", new LocalDate(2027, 2, 5), ScheduleStatus.Due },
        { "day after the review date", new LocalDate(2027, 2, 6), ScheduleStatus.Due },
        { "last day of grace", new LocalDate(2027, 3, 5), ScheduleStatus.Due },
        { "first overdue day", new LocalDate(2027, 3, 6), ScheduleStatus.Overdue },
    };

    [Fact]
    public void DueDates_Defaults()
    {
        GroupSchedule a = GroupSchedule.Create("G-1", Signed);
        Assert.Equal((new LocalDate(2027, 2, 5), new LocalDate(2026, 8, 5), new LocalDate(2026, 8, 5)), (a.ReviewDueOn, a.CatchUpDueOn, a.SurveyDueOn));
        Assert.Equal((Cadence.Annual, Cadence.SixMonthly, Cadence.SixMonthly), (a.ReviewCadence, a.CatchUpCadence, a.SurveyCadence));
        Assert.True(a.IsCurrentOn(Signed));
        Assert.False(a.IsCurrentOn(Signed.PlusDays(-1)));
        GroupSchedule later = a.WithCatchUp(new LocalDate(2026, 6, 1)).WithSurvey(new LocalDate(2026, 7, 1));
        Assert.Equal((new LocalDate(2026, 12, 1), new LocalDate(2027, 1, 1)), (later.CatchUpDueOn, later.SurveyDueOn));
    }

    [Theory]
    [MemberData(nameof(ReviewBoundaries))]
    public void Review_IsDueThroughTheGraceThenOverdue(string when, LocalDate on, ScheduleStatus expected)
    {
        GroupSchedule a = GroupSchedule.Create("G-1", Signed);
        Assert.True(expected == a.StatusOn(DueKind.AgreementReview, on), when);
        Assert.Equal(expected != ScheduleStatus.Overdue, a.IsCurrentOn(on));
    }

    [Fact]
    public void Cadences_AreTheServicesChoice()
    {
        // No grace: overdue the day after the review date. Quarterly catch-ups, a two-week survey window.
        GroupSchedule a = GroupSchedule.Create("G-1", Signed, false, Cadence.Annual.WithDueWindow(Period.Zero), new Cadence(Period.FromMonths(3)), Cadence.SixMonthly.WithDueWindow(Period.FromDays(14)));
        Assert.True(a.IsCurrentOn(new LocalDate(2027, 2, 5)));
        Assert.False(a.IsCurrentOn(new LocalDate(2027, 2, 6)));
        Assert.Equal(new LocalDate(2026, 5, 5), a.CatchUpDueOn);
        Assert.Equal((ScheduleStatus.Due, ScheduleStatus.Overdue), (a.StatusOn(DueKind.ConfidenceSurvey, new LocalDate(2026, 8, 19)), a.StatusOn(DueKind.ConfidenceSurvey, new LocalDate(2026, 8, 20))));
        GroupSchedule renewed = a.WithLeadershipChange(new LocalDate(2026, 9, 1)).Renewed(new LocalDate(2026, 9, 10), true);
        Assert.Equal((a.ReviewCadence, a.CatchUpCadence, a.SurveyCadence), (renewed.ReviewCadence, renewed.CatchUpCadence, renewed.SurveyCadence));
        Assert.Throws<ArgumentOutOfRangeException>(() => a.StatusOn((DueKind)0, Signed));
    }

    [Fact]
    public void ConfidenceSurvey_AnchoredOnSigning_DueThenOverdue()
    {
        // Section 12: every six months, from when the group starts receiving people (the agreement's signing).
        GroupSchedule a = GroupSchedule.Create("G-1", Signed);
        Assert.Equal(
            [ScheduleStatus.NotYetDue, ScheduleStatus.Due, ScheduleStatus.Due, ScheduleStatus.Overdue],
            new[] { new LocalDate(2026, 8, 4), new LocalDate(2026, 8, 5), new LocalDate(2026, 9, 5), new LocalDate(2026, 9, 6) }.Select(d => a.StatusOn(DueKind.ConfidenceSurvey, d)));
        Assert.Equal(ScheduleStatus.NotYetDue, a.WithSurvey(new LocalDate(2026, 8, 20)).StatusOn(DueKind.ConfidenceSurvey, new LocalDate(2026, 9, 6)));
    }

    [Fact]
    public void LeadershipChange_BringsTheReviewForward()
    {
        GroupSchedule a = GroupSchedule.Create("G-1", Signed).WithLeadershipChange(new LocalDate(2026, 9, 1));
        Assert.Equal(new LocalDate(2026, 9, 1), a.ReviewDueOn);
        Assert.True(a.IsCurrentOn(new LocalDate(2026, 10, 1)));
        Assert.False(a.IsCurrentOn(new LocalDate(2026, 10, 2)));
        Assert.Equal(new LocalDate(2027, 9, 10), a.Renewed(new LocalDate(2026, 9, 10), false).ReviewDueOn);
    }

    [Fact]
    public void DatesBeforeSigning_AreRejectedAlike()
    {
        GroupSchedule a = GroupSchedule.Create("G-1", Signed);
        LocalDate before = Signed.PlusDays(-1);
        foreach ((Func<GroupSchedule> act, string message) in new (Func<GroupSchedule>, string)[]
        {
            (() => a.WithLeadershipChange(before), QualityAssuranceMessages.LeadershipChangeBeforeSigning),
            (() => a.WithCatchUp(before), QualityAssuranceMessages.CatchUpBeforeSigning),
            (() => a.WithSurvey(before), QualityAssuranceMessages.SurveyBeforeSigning),
            (() => a.Renewed(before, false), QualityAssuranceMessages.RenewalBeforeSigning),
        })
        {
            ArgumentException e = Assert.Throws<ArgumentException>(act);
            Assert.Equal(("on", message + " (Parameter 'on')"), (e.ParamName, e.Message));
        }

        Assert.Equal(
            (Signed, Signed, Signed, Signed),
            (a.WithLeadershipChange(Signed).ReviewDueOn, a.WithCatchUp(Signed).LastCatchUpOn!.Value, a.WithSurvey(Signed).LastSurveyOn!.Value, a.Renewed(Signed, true).SignedOn));
    }

    [Fact]
    public void DueList_Example()
    {
        GroupSchedule[] agreements =
        [
            GroupSchedule.Create("G-2", Signed),
            GroupSchedule.Create("G-1", Signed).WithCatchUp(new LocalDate(2026, 5, 1)),
            GroupSchedule.Create("G-3", new LocalDate(2026, 6, 1)),
        ];
        Assert.Equal(
            [
                new DueItem("G-2", DueKind.CatchUp, new LocalDate(2026, 8, 5), ScheduleStatus.Due),
                new DueItem("G-2", DueKind.ConfidenceSurvey, new LocalDate(2026, 8, 5), ScheduleStatus.Due),
                new DueItem("G-1", DueKind.ConfidenceSurvey, new LocalDate(2026, 8, 5), ScheduleStatus.Due),
            ],
            GroupSchedule.DueList(agreements, new LocalDate(2026, 8, 6)));

        // 2026-11-02: the three due on 2026-08-05 are past their month; G-1's catch-up (due 2026-11-01) is only due.
        IReadOnlyList<DueItem> november = GroupSchedule.DueList(agreements, new LocalDate(2026, 11, 2));
        Assert.Equal([true, true, true, false], november.Select(d => d.IsOverdue));
        Assert.Equal(new DueItem("G-1", DueKind.CatchUp, new LocalDate(2026, 11, 1), ScheduleStatus.Due), november[^1]);
        Assert.Equal("G-1: CatchUp due 2026-11-01", november[^1].ToString());
        Assert.Equal("G-2: CatchUp due 2026-08-05 (overdue)", november[0].ToString());
        Assert.Equal(november.Where(d => d.GroupId == "G-1").OrderBy(d => d.What), agreements[1].DueOn(new LocalDate(2026, 11, 2)));
    }

    [Property]
    public void LeadershipChange_AlwaysBringsTheReviewToThatDate(GroupSchedule agreement, ushort daysAfter)
    {
        LocalDate change = agreement.SignedOn.PlusDays(daysAfter % 500);
        // Oracle: the review is due on the earliest of the annual date and every leadership change (section 9 step 6).
        GroupSchedule changed = agreement.WithLeadershipChange(change);
        LocalDate annual = agreement.SignedOn.Plus(agreement.ReviewCadence.Interval);
        Assert.Equal(agreement.LeadershipChanges.Append(change).Append(annual).Min(), changed.ReviewDueOn);
        Assert.Equal(agreement.LeadershipChanges.Append(change), changed.LeadershipChanges);
    }

    [Property]
    public void DatesBeforeSigning_AlwaysRejected_OnOrAfterAlwaysAccepted(GroupSchedule agreement, ushort days)
    {
        LocalDate before = agreement.SignedOn.PlusDays(-1 - (days % 1000));
        LocalDate after = agreement.SignedOn.PlusDays(days % 1000);
        Assert.Equal("on", Assert.Throws<ArgumentException>(() => agreement.WithLeadershipChange(before)).ParamName);
        Assert.Equal("on", Assert.Throws<ArgumentException>(() => agreement.WithCatchUp(before)).ParamName);
        Assert.Equal("on", Assert.Throws<ArgumentException>(() => agreement.WithSurvey(before)).ParamName);
        Assert.Equal("on", Assert.Throws<ArgumentException>(() => agreement.Renewed(before, false)).ParamName);
        // An earlier catch-up or survey than the last one recorded changes nothing; a later one becomes the last.
        Assert.Equal(agreement.LastCatchUpOn is LocalDate c && c > after ? c : after, agreement.WithCatchUp(after).LastCatchUpOn);
        Assert.Equal(agreement.LastSurveyOn is LocalDate v && v > after ? v : after, agreement.WithSurvey(after).LastSurveyOn);
        Assert.Equal((agreement.LastCatchUpOn, agreement.LastSurveyOn), (agreement.WithLeadershipChange(after).LastCatchUpOn, agreement.WithLeadershipChange(after).LastSurveyOn));
        Assert.Equal(after, agreement.Renewed(after, false).SignedOn);
    }

    [Property]
    public void ConfidenceSurvey_StatusFollowsSixMonthsFromSigningOrLastSurvey(GroupSchedule agreement, ushort days)
    {
        // Oracle: six calendar months (section 12) after the last survey, or after signing when there is none; due for the
        // window after that date (inclusive), overdue after.
        LocalDate asOf = agreement.SignedOn.PlusDays(days % 800);
        LocalDate dueOn = (agreement.LastSurveyOn ?? agreement.SignedOn).PlusMonths(6);
        LocalDate lastDueDay = dueOn.Plus(agreement.SurveyCadence.DueWindow);
        ScheduleStatus expected = asOf < dueOn ? ScheduleStatus.NotYetDue : asOf <= lastDueDay ? ScheduleStatus.Due : ScheduleStatus.Overdue;
        Assert.Equal(expected, agreement.StatusOn(DueKind.ConfidenceSurvey, asOf));
    }

    [Property]
    public void DueList_HasExactlyTheDatesThatHaveCome(GroupSchedule[] agreements)
    {
        GroupSchedule[] unique = (agreements ?? []).DistinctBy(a => a.GroupId).ToArray();
        LocalDate[] dates = unique
            .SelectMany(a => new[] { (a.ReviewDueOn, a.ReviewCadence), (a.CatchUpDueOn, a.CatchUpCadence), (a.SurveyDueOn, a.SurveyCadence) })
            .SelectMany(x => new[] { x.Item1.PlusDays(-1), x.Item1, x.Item1.PlusDays(1), x.Item1.Plus(x.Item2.DueWindow), x.Item1.Plus(x.Item2.DueWindow).PlusDays(1) })
            .Distinct()
            .ToArray();
        foreach (LocalDate asOf in dates)
        {
            CheckDueList(unique, asOf);
        }
    }

    private static void CheckDueList(GroupSchedule[] unique, LocalDate asOf)
    {
        IReadOnlyList<DueItem> list = GroupSchedule.DueList(unique, asOf);
        Assert.True(list.Zip(list.Skip(1)).All(p => p.First.DueOn <= p.Second.DueOn), "most overdue first");
        var due = list.ToHashSet();
        Assert.Equal(list.Count, due.Count);
        Assert.All(list, d => Assert.Equal(d.Status == ScheduleStatus.Overdue, d.IsOverdue));
        var expected = unique.SelectMany(a => new[]
        {
            (a.GroupId, DueKind.AgreementReview, a.ReviewDueOn, a.ReviewCadence.DueWindow),
            (a.GroupId, DueKind.CatchUp, a.CatchUpDueOn, a.CatchUpCadence.DueWindow),
            (a.GroupId, DueKind.ConfidenceSurvey, a.SurveyDueOn, a.SurveyCadence.DueWindow),
        }).Where(x => x.Item3 <= asOf)
            .Select(x => new DueItem(x.GroupId, x.Item2, x.Item3, asOf <= x.Item3.Plus(x.Item4) ? ScheduleStatus.Due : ScheduleStatus.Overdue))
            .ToHashSet();
        Assert.Equal(expected, due);
    }

    [Property]
    public void EachStep_ChangesOnlyWhatItNames(GroupSchedule agreement, ushort days, bool actions)
    {
        LocalDate on = agreement.SignedOn.PlusDays(days % 1000);
        GroupSchedule caughtUp = agreement.WithCatchUp(on);
        Assert.Equal(
            (agreement.GroupId, agreement.SignedOn, agreement.WithAgreedActions, agreement.LastSurveyOn, agreement.ReviewDueOn, agreement.SurveyDueOn),
            (caughtUp.GroupId, caughtUp.SignedOn, caughtUp.WithAgreedActions, caughtUp.LastSurveyOn, caughtUp.ReviewDueOn, caughtUp.SurveyDueOn));
        GroupSchedule surveyed = agreement.WithSurvey(on);
        Assert.Equal((agreement.LastCatchUpOn, agreement.CatchUpDueOn, agreement.ReviewDueOn), (surveyed.LastCatchUpOn, surveyed.CatchUpDueOn, surveyed.ReviewDueOn));
        GroupSchedule renewed = agreement.Renewed(on, actions);
        Assert.Equal(
            (agreement.GroupId, on, actions, 0, agreement.LastCatchUpOn, agreement.LastSurveyOn, on.Plus(agreement.ReviewCadence.Interval)),
            (renewed.GroupId, renewed.SignedOn, renewed.WithAgreedActions, renewed.LeadershipChanges.Count, renewed.LastCatchUpOn, renewed.LastSurveyOn, renewed.ReviewDueOn));
    }
}
