using FsCheck.Xunit;
using NodaTime;

namespace SocialPrescribing.QualityAssurance.Tests;

public class CommunityGroupMenuTests
{
    private static readonly LocalDate Signed = new(2026, 2, 5);

    private static CommunityGroup Walking(string id) => new(id, "Walking group " + id, OrganisationKind.SmallVolunteerLedGroup,
        [ConnectionCategoryKind.PhysicalActivitySupport, ConnectionCategoryKind.AccessToNature], "Tuesdays 10am, the park gates", "Ask at reception", "Flat route, benches");

    public static TheoryData<string, LocalDate, LeftOutReason?, OfferNotes> GraceBoundaries => new()
    {
        // Signed 2026-02-05, reviewed annually (section 9 step 6): due 2027-02-05; grace to 2027-03-05 (one-month due window).
        { "day before the review date", new LocalDate(2027, 2, 4), null, OfferNotes.None },
        { "review date", new LocalDate(2027, 2, 5), null, OfferNotes.ReviewDue },
        { "day after the review date", new LocalDate(2027, 2, 6), null, OfferNotes.ReviewDue },
        { "last day of grace", new LocalDate(2027, 3, 5), null, OfferNotes.ReviewDue },
        { "first overdue day", new LocalDate(2027, 3, 6), LeftOutReason.ReviewOverdue, OfferNotes.None },
    };

    [Fact]
    public void SafeToConnect_ExplainsEveryGroupLeftOut()
    {
        var menu = new CommunityGroupMenu(
        [
            Walking("A").WithSchedule(GroupSchedule.Create("A", Signed)),
            Walking("B").WithSchedule(GroupSchedule.Create("B", Signed, withAgreedActions: true)),
            Walking("C"),
            Walking("D").WithCheck(QualityAssuranceCheck.Start("D", OrganisationKind.SmallVolunteerLedGroup, Signed)),
            Walking("E").WithSchedule(GroupSchedule.Create("E", Signed).WithLeadershipChange(new LocalDate(2026, 3, 1))),
            Walking("F").WithSchedule(GroupSchedule.Create("F", Signed)).WithCapacity(new CapacityReport(true, 0, Signed, CapacitySource.ConfidenceSurvey)),
            Walking("G").WithCheck(QualityAssuranceCheck.Start("G", OrganisationKind.SmallVolunteerLedGroup, Signed).DecideNotToConnect("Unsafe meeting place", ["Move to the community centre"], Signed)),
            Walking("H").WithCheck(QualityAssuranceCheck.Start("H", OrganisationKind.SmallVolunteerLedGroup, Signed).ReferToLineManager(Signed)),
            new CommunityGroup("I", "Choir", OrganisationKind.VcseOrganisation, [ConnectionCategoryKind.ArtsBasedActivities], "Thursdays", "Email"),
        ]);

        // E's leadership changed on 2026-03-01: its review is due, and 2026-04-01 is the last day of grace.
        MenuAnswer answer = menu.SafeToConnect(ConnectionCategoryKind.PhysicalActivitySupport, new LocalDate(2026, 4, 1));
        Assert.Equal([("A", OfferNotes.None), ("B", OfferNotes.None), ("E", OfferNotes.ReviewDue)], answer.Offered.Select(x => (x.Group.Id, x.Notes)));
        Assert.Equal(
            [("C", LeftOutReason.NoAgreement), ("D", LeftOutReason.NoAgreement), ("F", LeftOutReason.NoCapacity), ("G", LeftOutReason.NotConnecting), ("H", LeftOutReason.NoAgreement)],
            answer.LeftOut.Select(x => (x.Group.Id, x.Reason)));
        Assert.Contains(("E", LeftOutReason.ReviewOverdue), menu.SafeToConnect(ConnectionCategoryKind.PhysicalActivitySupport, new LocalDate(2026, 4, 2)).LeftOut.Select(x => (x.Group.Id, x.Reason)));
        Assert.Equal(QualityAssuranceState.AgreedWithActions, menu.Groups[1].StateOn(new LocalDate(2026, 4, 1)));
        Assert.Equal(QualityAssuranceState.InProgress, menu.Groups[3].StateOn(new LocalDate(2026, 4, 1)));
        Assert.Equal(QualityAssuranceState.Agreed, menu.Groups[4].StateOn(new LocalDate(2026, 4, 1)));
        Assert.Equal(QualityAssuranceState.ReviewOverdue, menu.Groups[4].StateOn(new LocalDate(2026, 4, 2)));
        Assert.Empty(menu.SafeToConnect(ConnectionCategoryKind.HousingSupport, new LocalDate(2026, 4, 1)).Offered);
        Assert.Throws<ArgumentOutOfRangeException>(() => menu.SafeToConnect(default, Signed));
    }

    [Theory]
    [MemberData(nameof(GraceBoundaries))]
    public void SafeToConnect_OffersDuringTheReviewsGraceWithANote(string when, LocalDate on, LeftOutReason? reason, OfferNotes notes)
    {
        var menu = new CommunityGroupMenu([Walking("A").WithSchedule(GroupSchedule.Create("A", Signed))]);
        MenuAnswer answer = menu.SafeToConnect(ConnectionCategoryKind.AccessToNature, on);
        Assert.Equal(reason is null ? [("A", notes)] : [], answer.Offered.Select(x => (x.Group.Id, x.Notes)));
        Assert.Equal(reason is LeftOutReason r ? [("A", r)] : [], answer.LeftOut.Select(x => (x.Group.Id, x.Reason)));
        Assert.True(notes == menu.Groups[0].NotesOn(on), when);
    }

    [Fact]
    public void SafeToConnect_GraceIsTheReviewCadencesDueWindow()
    {
        // A service that allows no grace: the group is left out the day after the review date.
        GroupSchedule strict = GroupSchedule.Create("A", Signed, reviewCadence: Cadence.Annual.WithDueWindow(Period.Zero));
        var menu = new CommunityGroupMenu([Walking("A").WithSchedule(strict)]);
        Assert.Equal(OfferNotes.ReviewDue, Assert.Single(menu.SafeToConnect(ConnectionCategoryKind.AccessToNature, new LocalDate(2027, 2, 5)).Offered).Notes);
        Assert.Equal(LeftOutReason.ReviewOverdue, Assert.Single(menu.SafeToConnect(ConnectionCategoryKind.AccessToNature, new LocalDate(2027, 2, 6)).LeftOut).Reason);

        // A new review keeps the service's cadences.
        QualityAssuranceCheck renewed = QualityAssuranceCheck.Start("A", OrganisationKind.SmallVolunteerLedGroup, new LocalDate(2027, 2, 1)).Decide(ConnectionDecision.Connect, new LocalDate(2027, 2, 1))
            .Sign(new AgreementToConnect(new Signature("Link worker", new LocalDate(2027, 2, 1)), new Signature("Group lead", new LocalDate(2027, 2, 1)), []));
        Assert.Equal(strict.ReviewCadence, menu.Groups[0].WithCheck(renewed).Schedule!.ReviewCadence);
    }

    [Fact]
    public void Menu_RejectsBadInput()
    {
        Assert.Throws<ArgumentException>(() => new CommunityGroupMenu([Walking("A"), Walking("A")]));
        Assert.Equal("categories", Assert.Throws<ArgumentException>(() => new CommunityGroup("X", "X", OrganisationKind.VcseOrganisation, [], "w", "c")).ParamName);
        Assert.Throws<ArgumentException>(() => Walking("A").WithCheck(QualityAssuranceCheck.Start("B", OrganisationKind.SmallVolunteerLedGroup, Signed)));
    }

    [Property]
    public void SafeToConnect_NeverOffersAGroupWhoseAgreementIsNotCurrent(CommunityGroupMenu menu)
    {
        // Ask on every boundary the menu's own agreements define: signing, the review date, the last day of grace and the day after each.
        foreach ((LocalDate on, ConnectionCategoryKind category) in BoundaryDates(menu).SelectMany(d => Enum.GetValues<ConnectionCategoryKind>().Select(c => (d, c))))
        {
            MenuAnswer answer = menu.SafeToConnect(category, on);
            Assert.All(answer.Offered, x => Assert.True(x.Group.Schedule is not null && x.Group.Schedule.IsCurrentOn(on) && !x.Group.NotConnecting));
            Assert.All(answer.Offered, x => Assert.True(x.Group.Capacity is null || x.Group.Capacity.CanTakeNewPeople));
            // Every group serving the need is answered for exactly once: offered, or left out with a reason.
            var serving = menu.Groups.Where(g => g.Categories.Contains(category)).Select(g => g.Id).ToHashSet();
            var answered = answer.Offered.Select(x => x.Group.Id).Concat(answer.LeftOut.Select(x => x.Group.Id)).ToList();
            Assert.Equal(serving.Count, answered.Count);
            Assert.True(serving.SetEquals(answered));
        }
    }

    [Property]
    public void SafeToConnect_WithinGraceOfferedWithTheNote_NeverAfter(CommunityGroupMenu menu)
    {
        // Oracle, from the dates alone: a group otherwise safe to connect is offered with "review due" from its review
        // date to the review date plus the cadence's due window, inclusive; after that it is left out, review overdue.
        foreach (LocalDate on in BoundaryDates(menu))
        {
            var answers = Enum.GetValues<ConnectionCategoryKind>().ToDictionary(c => c, c => menu.SafeToConnect(c, on));
            foreach (CommunityGroup group in menu.Groups)
            {
                MenuAnswer answer = answers[group.Categories.First()];
                OfferNotes? offered = answer.Offered.Where(x => x.Group == group).Select(x => (OfferNotes?)x.Notes).SingleOrDefault();
                LeftOutReason? leftOut = answer.LeftOut.Where(x => x.Group == group).Select(x => (LeftOutReason?)x.Reason).SingleOrDefault();
                if (group.NotConnecting || group.Schedule is not GroupSchedule a || on < a.SignedOn)
                {
                    Assert.Null(offered);
                    continue;
                }

                LocalDate lastDayOfGrace = a.ReviewDueOn.Plus(a.ReviewCadence.DueWindow);
                if (on > lastDayOfGrace)
                {
                    Assert.Equal((null, LeftOutReason.ReviewOverdue), (offered, leftOut));
                }
                else if (group.Capacity is { CanTakeNewPeople: false })
                {
                    Assert.Equal((null, LeftOutReason.NoCapacity), (offered, leftOut));
                }
                else
                {
                    Assert.Equal((on >= a.ReviewDueOn ? OfferNotes.ReviewDue : OfferNotes.None, (LeftOutReason?)null), (offered, leftOut));
                }
            }
        }
    }

    private static LocalDate[] BoundaryDates(CommunityGroupMenu menu) => menu.Groups
        .Select(g => g.Schedule)
        .OfType<GroupSchedule>()
        .SelectMany(a => new[]
        {
            a.SignedOn.PlusDays(-1), a.SignedOn, a.ReviewDueOn.PlusDays(-1), a.ReviewDueOn,
            a.ReviewDueOn.Plus(a.ReviewCadence.DueWindow), a.ReviewDueOn.Plus(a.ReviewCadence.DueWindow).PlusDays(1),
        })
        .Append(new LocalDate(2025, 6, 1))
        .Distinct()
        .ToArray();

    [Fact]
    public void CommunityGroup_EachStep_ChangesOnlyWhatItNames()
    {
        var capacity = new CapacityReport(false, 0, Signed, CapacitySource.CatchUp);
        GroupSchedule schedule = GroupSchedule.Create("A", Signed);
        CommunityGroup group = new("A", " Walkers ", OrganisationKind.VcseOrganisation, [ConnectionCategoryKind.AccessToNature], " Parks ", " Call ", "  ");
        Assert.Equal(("Walkers", "Parks", "Call", (string?)null), (group.Name, group.WhereAndWhen, group.Contact, group.AccessibilityNotes));

        CommunityGroup inProgress = group.WithCapacity(capacity).WithCheck(QualityAssuranceCheck.Start("A", OrganisationKind.VcseOrganisation, Signed));
        Assert.Equal((true, false, capacity, (GroupSchedule?)null), (inProgress.CheckInProgress, inProgress.NotConnecting, inProgress.Capacity, inProgress.Schedule));
        CommunityGroup scheduled = inProgress.WithSchedule(schedule);
        Assert.Equal((false, false, capacity, schedule), (scheduled.CheckInProgress, scheduled.NotConnecting, scheduled.Capacity, scheduled.Schedule));
        CommunityGroup notNow = scheduled.WithCheck(QualityAssuranceCheck.Start("A", OrganisationKind.VcseOrganisation, Signed).DecideNotToConnect("Unsafe", ["Move"], Signed));
        Assert.Equal((false, true, capacity, schedule), (notNow.CheckInProgress, notNow.NotConnecting, notNow.Capacity, notNow.Schedule));
        CommunityGroup reported = notNow.WithCapacity(new CapacityReport(true, 3, Signed, CapacitySource.ConfidenceSurvey));
        Assert.Equal((false, true, schedule, 3), (reported.CheckInProgress, reported.NotConnecting, reported.Schedule, reported.Capacity!.Places));
        Assert.Equal(
            (group.Id, group.Name, group.Kind, group.WhereAndWhen, group.Contact, group.AccessibilityNotes),
            (reported.Id, reported.Name, reported.Kind, reported.WhereAndWhen, reported.Contact, reported.AccessibilityNotes));
        Assert.Equal("A Walkers", reported.ToString());
        Assert.Equal("capacity", Assert.Throws<ArgumentNullException>(() => group.WithCapacity(null!)).ParamName);
        Assert.Equal("schedule", Assert.Throws<ArgumentNullException>(() => group.WithSchedule(null!)).ParamName);
        Assert.Equal("check", Assert.Throws<ArgumentNullException>(() => group.WithCheck(null!)).ParamName);
    }
}
