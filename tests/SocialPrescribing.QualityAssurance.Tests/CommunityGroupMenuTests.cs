using FsCheck.Xunit;
using NodaTime;
using SocialPrescribing.Vocabularies;

namespace SocialPrescribing.QualityAssurance.Tests;

public class CommunityGroupMenuTests
{
    private static readonly LocalDate Signed = new(2026, 2, 5);

    private static CommunityGroup Walking(string id) => new(id, "Walking group " + id, OrganisationKind.SmallVolunteerLedGroup,
        [ConnectionCategoryKind.PhysicalActivitySupport, ConnectionCategoryKind.AccessToNature], "Tuesdays 10am, the park gates", "Ask at reception", "Flat route, benches");

    [Fact]
    public void SafeToConnect_ExplainsEveryGroupLeftOut()
    {
        var menu = new CommunityGroupMenu(
        [
            Walking("A").WithAgreement(GroupAgreement.Create("A", Signed)),
            Walking("B").WithAgreement(GroupAgreement.Create("B", Signed, withAgreedActions: true)),
            Walking("C"),
            Walking("D").WithReview(QaReview.Start("D", OrganisationKind.SmallVolunteerLedGroup, Signed)),
            Walking("E").WithAgreement(GroupAgreement.Create("E", Signed).WithLeadershipChange(new LocalDate(2026, 3, 1))),
            Walking("F").WithAgreement(GroupAgreement.Create("F", Signed)).WithCapacity(new CapacityReport(true, 0, Signed, CapacitySource.ConfidenceSurvey)),
            Walking("G").WithReview(QaReview.Start("G", OrganisationKind.SmallVolunteerLedGroup, Signed).Decide(QaDecision.ReferredToLineManager, Signed).RecordLineManagerOutcome(LineManagerOutcome.DoNotConnect)),
            new CommunityGroup("H", "Choir", OrganisationKind.VcseOrganisation, [ConnectionCategoryKind.ArtsBasedActivities], "Thursdays", "Email"),
        ]);
        MenuAnswer answer = menu.SafeToConnect(ConnectionCategoryKind.PhysicalActivitySupport, new LocalDate(2026, 4, 1));
        Assert.Equal(["A", "B"], answer.Offered.Select(g => g.Id));
        Assert.Equal(
            [("C", LeftOutReason.NoAgreement), ("D", LeftOutReason.NoAgreement), ("E", LeftOutReason.ReviewOverdue), ("F", LeftOutReason.NoCapacity), ("G", LeftOutReason.NotConnecting)],
            answer.LeftOut.Select(x => (x.Group.Id, x.Reason)));
        Assert.Equal(QaAgreementState.AgreedWithActions, menu.Groups[1].StateOn(new LocalDate(2026, 4, 1)));
        Assert.Equal(QaAgreementState.InProgress, menu.Groups[3].StateOn(new LocalDate(2026, 4, 1)));
        Assert.Empty(menu.SafeToConnect(ConnectionCategoryKind.HousingSupport, new LocalDate(2026, 4, 1)).Offered);
        Assert.Throws<ArgumentOutOfRangeException>(() => menu.SafeToConnect(default, Signed));
    }

    [Fact]
    public void Menu_RejectsBadInput()
    {
        Assert.Throws<ArgumentException>(() => new CommunityGroupMenu([Walking("A"), Walking("A")]));
        Assert.Equal("categories", Assert.Throws<ArgumentException>(() => new CommunityGroup("X", "X", OrganisationKind.VcseOrganisation, [], "w", "c")).ParamName);
        Assert.Throws<ArgumentException>(() => Walking("A").WithReview(QaReview.Start("B", OrganisationKind.SmallVolunteerLedGroup, Signed)));
    }

    [Property]
    public void SafeToConnect_NeverOffersAGroupWhoseAgreementIsNotCurrent(CommunityGroupMenu menu)
    {
        // Ask on every boundary the menu's own agreements define: the day before and of signing, the review date and the day after.
        LocalDate[] dates = menu.Groups.Where(g => g.Agreement is not null)
            .SelectMany(g => new[] { g.Agreement!.SignedOn.PlusDays(-1), g.Agreement.SignedOn, g.Agreement.ReviewDueOn, g.Agreement.ReviewDueOn.PlusDays(1) })
            .Append(new LocalDate(2025, 6, 1))
            .Distinct()
            .ToArray();
        foreach ((LocalDate on, ConnectionCategoryKind category) in dates.SelectMany(d => Enum.GetValues<ConnectionCategoryKind>().Select(c => (d, c))))
        {
            MenuAnswer answer = menu.SafeToConnect(category, on);
            Assert.All(answer.Offered, g => Assert.True(g.Agreement is not null && g.Agreement.IsCurrentOn(on) && !g.NotConnecting));
            Assert.All(answer.Offered, g => Assert.True(g.Capacity is null || g.Capacity.CanTakeNewPeople));
            // Every group serving the need is answered for exactly once: offered, or left out with a reason.
            var serving = menu.Groups.Where(g => g.Categories.Contains(category)).Select(g => g.Id).ToHashSet();
            var answered = answer.Offered.Select(g => g.Id).Concat(answer.LeftOut.Select(x => x.Group.Id)).ToList();
            Assert.Equal(serving.Count, answered.Count);
            Assert.True(serving.SetEquals(answered));
        }
    }
}
