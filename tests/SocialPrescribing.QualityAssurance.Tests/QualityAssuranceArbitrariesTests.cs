using FsCheck.Fluent;
using NodaTime;
using SocialPrescribing.QualityAssurance.Testing;
using SocialPrescribing.Tests.Shared;

namespace SocialPrescribing.QualityAssurance.Tests;

/// <summary>
/// The QA arbitraries shrink: a property that fails reports a small counterexample, not the large value it first failed
/// for. Each test starts FsCheck from a large generated value, with a property that fails from a size up, and checks
/// that the arbitrary's shrinker brings it down to exactly that size, with everything else it could remove removed
/// (<see cref="QualityAssuranceGenerators.ShrinkMenu"/> and the other shrinkers).
/// </summary>
public class QualityAssuranceArbitrariesTests
{
    [Fact]
    public void CommunityGroupMenu_FailingFromThreeGroups_ShrinksToThreePlainGroups()
    {
        ShrinkReport<CommunityGroupMenu> report = ShrinkCheck.Failing(
            QualityAssuranceArbitraries.CommunityGroupMenu(), QualityAssuranceGenerators.Menus.Where(m => m.Groups.Count >= 6), menu => menu.Groups.Count < 3);

        Assert.True(report.Shrinks > 0);
        Assert.Equal(3, report.Shrunk.Groups.Count);
        Assert.All(report.Shrunk.Groups, group =>
        {
            Assert.Single(group.Categories);
            Assert.Null(group.Schedule);
            Assert.Null(group.Capacity);
            Assert.False(group.CheckInProgress);
            Assert.False(group.NotConnecting);
        });
        Assert.Subset(report.Original.Groups.Select(g => g.Id).ToHashSet(), report.Shrunk.Groups.Select(g => g.Id).ToHashSet());
    }

    [Fact]
    public void CommunityGroupMenu_FailingForAGroupInAState_KeepsOnlyThatGroupAndItsState()
    {
        ShrinkReport<CommunityGroupMenu> report = ShrinkCheck.Failing(
            QualityAssuranceArbitraries.CommunityGroupMenu(), QualityAssuranceGenerators.Menus.Where(m => m.Groups.Count >= 4 && m.Groups.Any(g => g.NotConnecting)), menu => !menu.Groups.Any(g => g.NotConnecting));

        CommunityGroup group = Assert.Single(report.Shrunk.Groups);
        Assert.True(group.NotConnecting);
        Assert.Single(group.Categories);
        Assert.Null(group.Schedule);
        Assert.Null(group.Capacity);
    }

    [Fact]
    public void GroupSchedule_FailingFromTwoLeadershipChanges_ShrinksToTwoAndNothingElse()
    {
        ShrinkReport<GroupSchedule> report = ShrinkCheck.Failing(
            QualityAssuranceArbitraries.GroupSchedule(), QualityAssuranceGenerators.Schedules.Where(a => a.LeadershipChanges.Count == 3 && a.LastCatchUpOn is not null && a.LastSurveyOn is not null), agreement => agreement.LeadershipChanges.Count < 2);

        Assert.True(report.Shrinks > 0);
        GroupSchedule shrunk = report.Shrunk;
        Assert.Equal(2, shrunk.LeadershipChanges.Count);
        Assert.Subset(report.Original.LeadershipChanges.ToHashSet(), shrunk.LeadershipChanges.ToHashSet());
        Assert.Null(shrunk.LastCatchUpOn);
        Assert.Null(shrunk.LastSurveyOn);
        Assert.False(shrunk.WithAgreedActions);
        Assert.Equal(Cadence.Annual, shrunk.ReviewCadence);
        Assert.Equal(Cadence.SixMonthly, shrunk.CatchUpCadence);
        Assert.Equal(Cadence.SixMonthly, shrunk.SurveyCadence);
        Assert.Equal((report.Original.GroupId, report.Original.SignedOn), (shrunk.GroupId, shrunk.SignedOn));
    }

    [Fact]
    public void QualityAssuranceCheck_FailingFromThreeResults_ShrinksToThreeWithoutNotes()
    {
        ShrinkReport<QualityAssuranceCheck> report = ShrinkCheck.Failing(
            QualityAssuranceArbitraries.QualityAssuranceCheck(), QualityAssuranceGenerators.UndecidedChecks.Where(r => r.Results.Count >= 6 && r.Results.Values.Any(x => x.Notes is not null)), review => review.Results.Count < 3);

        Assert.True(report.Shrinks > 0);
        QualityAssuranceCheck shrunk = report.Shrunk;
        Assert.Equal(3, shrunk.Results.Count);
        Assert.All(shrunk.Results.Values, result => Assert.Null(result.Notes));
        Assert.Subset(report.Original.Results.Keys.ToHashSet(), shrunk.Results.Keys.ToHashSet());
        Assert.Equal(QualityAssuranceCheckStatus.InProgress, shrunk.Status);
        Assert.Equal((report.Original.GroupId, report.Original.Kind, report.Original.InitialDiscussionOn), (shrunk.GroupId, shrunk.Kind, shrunk.InitialDiscussionOn));
    }

    [Fact]
    public void ShrinkCheck_ReferredOrDecidedReview_GivesNothing()
    {
        QualityAssuranceCheck referred = QualityAssuranceCheck.Start("G-1", OrganisationKind.SmallVolunteerLedGroup, new LocalDate(2026, 1, 5))
            .Record(new PromptItemResult("G1", PromptOutcome.EvidenceSeen))
            .ReferToLineManager(new LocalDate(2026, 1, 6));

        Assert.Empty(QualityAssuranceGenerators.ShrinkCheck(referred));
    }
}
