using FsCheck.Xunit;
using NodaTime;

namespace SocialPrescribing.QualityAssurance.Tests;

public class GroupAgreementTests
{
    private static readonly LocalDate Signed = new(2026, 2, 5);

    [Fact]
    public void DueDates_Defaults()
    {
        GroupAgreement a = GroupAgreement.Create("G-1", Signed);
        Assert.Equal((new LocalDate(2027, 2, 5), new LocalDate(2026, 8, 5), new LocalDate(2026, 8, 5)), (a.ReviewDueOn, a.CatchUpDueOn, a.SurveyDueOn));
        Assert.True(a.IsCurrentOn(Signed));
        Assert.True(a.IsCurrentOn(new LocalDate(2027, 2, 5)));
        Assert.False(a.IsCurrentOn(new LocalDate(2027, 2, 6)));
        Assert.False(a.IsCurrentOn(Signed.PlusDays(-1)));
        GroupAgreement later = a.WithCatchUp(new LocalDate(2026, 6, 1)).WithSurvey(new LocalDate(2026, 7, 1));
        Assert.Equal((new LocalDate(2026, 12, 1), new LocalDate(2027, 1, 1)), (later.CatchUpDueOn, later.SurveyDueOn));
    }

    [Fact]
    public void LeadershipChange_BringsTheReviewForward()
    {
        GroupAgreement a = GroupAgreement.Create("G-1", Signed).WithLeadershipChange(new LocalDate(2026, 9, 1));
        Assert.Equal(new LocalDate(2026, 9, 1), a.ReviewDueOn);
        Assert.False(a.IsCurrentOn(new LocalDate(2026, 9, 2)));
        Assert.Equal(new LocalDate(2027, 9, 10), a.Renewed(new LocalDate(2026, 9, 10), false).ReviewDueOn);
        Assert.Throws<ArgumentException>(() => a.WithLeadershipChange(Signed.PlusDays(-1)));
    }

    [Fact]
    public void DueList_Example()
    {
        GroupAgreement[] agreements =
        [
            GroupAgreement.Create("G-2", Signed),
            GroupAgreement.Create("G-1", Signed).WithCatchUp(new LocalDate(2026, 5, 1)),
            GroupAgreement.Create("G-3", new LocalDate(2026, 6, 1)),
        ];
        IReadOnlyList<DueItem> due = GroupAgreement.DueList(agreements, new LocalDate(2026, 8, 5));
        Assert.Equal(
            [
                new DueItem("G-2", DueKind.CatchUp, new LocalDate(2026, 8, 5), false),
                new DueItem("G-2", DueKind.ConfidenceSurvey, new LocalDate(2026, 8, 5), false),
                new DueItem("G-1", DueKind.ConfidenceSurvey, new LocalDate(2026, 8, 5), false),
            ],
            due);
        Assert.Equal(4, GroupAgreement.DueList(agreements, new LocalDate(2026, 11, 2)).Count(d => d.IsOverdue));
    }

    [Property]
    public void LeadershipChange_AlwaysBringsTheReviewToThatDate(GroupAgreement agreement, ushort daysAfter)
    {
        LocalDate change = agreement.SignedOn.PlusDays(daysAfter % 500);
        GroupAgreement changed = agreement.WithLeadershipChange(change);
        Assert.True(changed.ReviewDueOn <= change);
        Assert.True(changed.ReviewDueOn <= agreement.ReviewDueOn);
        if (change <= agreement.ReviewDueOn)
        {
            Assert.Equal(change, changed.ReviewDueOn);
        }
    }

    [Property]
    public void DueList_HasExactlyTheDatesThatHaveCome(GroupAgreement[] agreements)
    {
        GroupAgreement[] unique = (agreements ?? []).DistinctBy(a => a.GroupId).ToArray();
        LocalDate[] dates = unique.SelectMany(a => new[] { a.ReviewDueOn, a.CatchUpDueOn, a.SurveyDueOn }).SelectMany(d => new[] { d.PlusDays(-1), d, d.PlusDays(1) }).Distinct().ToArray();
        foreach (LocalDate asOf in dates)
        {
            CheckDueList(unique, asOf);
        }
    }

    private static void CheckDueList(GroupAgreement[] unique, LocalDate asOf)
    {
        IReadOnlyList<DueItem> list = GroupAgreement.DueList(unique, asOf);
        Assert.True(list.Zip(list.Skip(1)).All(p => p.First.DueOn <= p.Second.DueOn), "most overdue first");
        var due = list.ToHashSet();
        Assert.Equal(list.Count, due.Count);
        var expected = unique.SelectMany(a => new[]
        {
            (a.GroupId, DueKind.AgreementReview, a.ReviewDueOn),
            (a.GroupId, DueKind.CatchUp, a.CatchUpDueOn),
            (a.GroupId, DueKind.ConfidenceSurvey, a.SurveyDueOn),
        }).Where(x => x.Item3 <= asOf).Select(x => new DueItem(x.GroupId, x.Item2, x.Item3, asOf > x.Item3)).ToHashSet();
        Assert.Equal(expected, due);
    }
}
