using NodaTime;

namespace SocialPrescribing.QualityAssurance.Tests;

/// <summary>The small values of the package: capacity reports, signatures, agreements to connect and item results.</summary>
public class ValuesTests
{
    private static readonly LocalDate Day = new(2026, 2, 2);

    public static TheoryData<bool, int?, bool> Capacities => new()
    {
        // Section 5 item 4: catch-ups "to check what capacity they have"; a group that says 0 places cannot take anyone.
        { true, null, true },
        { true, 1, true },
        { true, 0, false },
        { false, null, false },
        { false, 5, false },
        { true, int.MaxValue, true },
    };

    [Theory]
    [MemberData(nameof(Capacities))]
    public void CapacityReport_CanTakeNewPeople_OnlyWhenItSaidYesAndNotZero(bool said, int? places, bool expected)
    {
        var report = new CapacityReport(said, places, Day, CapacitySource.CatchUp);
        Assert.Equal((expected, places, Day, CapacitySource.CatchUp), (report.CanTakeNewPeople, report.Places, report.ReportedOn, report.Source));
    }

    [Fact]
    public void CapacityReport_RejectsNegativePlacesAndUnnamedSources()
    {
        Assert.Equal("places", Assert.Throws<ArgumentOutOfRangeException>(() => new CapacityReport(true, -1, Day, CapacitySource.CatchUp)).ParamName);
        Assert.Equal("places", Assert.Throws<ArgumentOutOfRangeException>(() => new CapacityReport(true, int.MinValue, Day, CapacitySource.CatchUp)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentOutOfRangeException>(() => new CapacityReport(true, 1, Day, (CapacitySource)0)).ParamName);
    }

    [Fact]
    public void AgreementToConnect_TakesEffectWhenTheSecondSideSigns()
    {
        var pcnLater = new AgreementToConnect(new Signature(" P. Manager ", Day.PlusDays(2)), new Signature("G. Leader", Day), [" Add a first aider ", "", "  "]);
        var groupLater = new AgreementToConnect(new Signature("P. Manager", Day), new Signature("G. Leader", Day.PlusDays(3)), []);
        Assert.Equal((Day.PlusDays(2), Day.PlusDays(3)), (pcnLater.SignedOn, groupLater.SignedOn));
        Assert.Equal(["Add a first aider"], pcnLater.ActionsAgreed);
        Assert.Equal("P. Manager", pcnLater.PcnRepresentative.Name);
        Assert.Equal("Signed 2026-02-04", pcnLater.PcnRepresentative.ToString());
        Assert.Equal("Agreement to connect signed 2026-02-04, 1 actions", pcnLater.ToString());
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new Signature(" ", Day)).ParamName);
        Assert.Equal("pcnRepresentative", Assert.Throws<ArgumentNullException>(() => new AgreementToConnect(null!, groupLater.GroupRepresentative, [])).ParamName);
        Assert.Equal("groupRepresentative", Assert.Throws<ArgumentNullException>(() => new AgreementToConnect(groupLater.PcnRepresentative, null!, [])).ParamName);
        Assert.Equal("actionsAgreed", Assert.Throws<ArgumentNullException>(() => new AgreementToConnect(groupLater.PcnRepresentative, groupLater.GroupRepresentative, null!)).ParamName);
    }

    [Fact]
    public void PromptItemResult_TrimsTextAndDropsBlanks()
    {
        var result = new PromptItemResult(PromptItemIds.GroupSafeguarding, PromptOutcome.ActionAgreed, "  ", " Agree who to call ");
        Assert.Equal(((string?)null, "Agree who to call"), (result.Notes, result.AgreedAction));
        Assert.Equal("G2: ActionAgreed", result.ToString());
        var seen = new PromptItemResult(PromptItemIds.GroupPublicLiabilityInsurance, PromptOutcome.EvidenceSeen, " Certificate seen ", " ");
        Assert.Equal(("Certificate seen", (string?)null), (seen.Notes, seen.AgreedAction));
        Assert.Equal("itemId", Assert.Throws<ArgumentNullException>(() => new PromptItemResult(null!, PromptOutcome.EvidenceSeen)).ParamName);
        Assert.Equal("outcome", Assert.Throws<ArgumentOutOfRangeException>(() => new PromptItemResult("G1", (PromptOutcome)0)).ParamName);
    }

    [Fact]
    public void Start_RejectsBlankIdsAndUnnamedKinds()
    {
        Assert.Equal("groupId", Assert.Throws<ArgumentException>(() => QualityAssuranceCheck.Start(" ", OrganisationKind.VcseOrganisation, Day)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => QualityAssuranceCheck.Start("G-1", (OrganisationKind)0, Day)).ParamName);
        Assert.Equal("groupId", Assert.Throws<ArgumentException>(() => GroupSchedule.Create("", Day)).ParamName);
        Assert.Equal("check", Assert.Throws<ArgumentNullException>(() => GroupSchedule.Start(null!)).ParamName);
        Assert.Equal("check", Assert.Throws<ArgumentException>(() => GroupSchedule.Start(QualityAssuranceCheck.Start("G-1", OrganisationKind.VcseOrganisation, Day))).ParamName);
    }

    [Fact]
    public void CommunityGroup_RejectsUnnamedKindsAndCategories_AndTrimsNotes()
    {
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => new CommunityGroup("A", "A", (OrganisationKind)0, [ConnectionCategoryKind.AccessToNature], "w", "c")).ParamName);
        Assert.Equal("categories", Assert.Throws<ArgumentOutOfRangeException>(() => new CommunityGroup("A", "A", OrganisationKind.VcseOrganisation, [(ConnectionCategoryKind)99], "w", "c")).ParamName);
        Assert.Equal("categories", Assert.Throws<ArgumentNullException>(() => new CommunityGroup("A", "A", OrganisationKind.VcseOrganisation, null!, "w", "c")).ParamName);
        var group = new CommunityGroup("A", "A", OrganisationKind.VcseOrganisation, [ConnectionCategoryKind.AccessToNature], "w", "c", " Step-free access ");
        Assert.Equal("Step-free access", group.AccessibilityNotes);
        Assert.Equal(QualityAssuranceState.None, group.StateOn(Day));
        Assert.Equal(LeftOutReason.NoAgreement, group.ReasonLeftOutOn(Day));
        Assert.Equal(OfferNotes.None, group.NotesOn(Day));
    }

    [Fact]
    public void MenuAnswers_DescribeByIdOnly()
    {
        var group = new CommunityGroup("G-12", "Walkers", OrganisationKind.VcseOrganisation, [ConnectionCategoryKind.AccessToNature], "w", "Call Jane");
        Assert.Equal("G-12 offered (ReviewDue)", new OfferedGroup(group, OfferNotes.ReviewDue).ToString());
        Assert.Equal("G-12 left out (NoCapacity)", new LeftOutGroup(group, LeftOutReason.NoCapacity).ToString());
    }

    [Fact]
    public void Sign_NeedsAnAgreementSignedOnOrAfterTheDecision()
    {
        QualityAssuranceCheck decided = PromptSheets.SmallCommunityGroup.Items
            .Aggregate(QualityAssuranceCheck.Start("G-1", OrganisationKind.SmallVolunteerLedGroup, Day), (c, i) => c.Record(new PromptItemResult(i.Id, PromptOutcome.EvidenceSeen)))
            .Decide(ConnectionDecision.Connect, Day);
        Assert.Equal("agreement", Assert.Throws<ArgumentNullException>(() => decided.Sign(null!)).ParamName);
        AgreementToConnect early = new(new Signature("P", Day.PlusDays(-1)), new Signature("G", Day.PlusDays(-1)), []);
        ArgumentException e = Assert.Throws<ArgumentException>(() => decided.Sign(early));
        Assert.Equal(("agreement", QualityAssuranceMessages.SignedBeforeDecision + " (Parameter 'agreement')"), (e.ParamName, e.Message));
        Assert.Equal(Day, decided.Sign(new AgreementToConnect(new Signature("P", Day), new Signature("G", Day), [])).AgreementToConnect!.SignedOn);
        Assert.Equal("schedules", Assert.Throws<ArgumentNullException>(() => GroupSchedule.DueList(null!, Day)).ParamName);
        Assert.Equal("result", Assert.Throws<ArgumentNullException>(() => decided.Record(null!)).ParamName);
        Assert.Equal("guidance", Assert.Throws<ArgumentNullException>(() => decided.RecordGuidance(null!)).ParamName);
    }

    [Fact]
    public void DecidedChecks_RefuseLaterSteps_WithTheReason()
    {
        QualityAssuranceCheck started = QualityAssuranceCheck.Start("G-1", OrganisationKind.SmallVolunteerLedGroup, Day);
        QualityAssuranceCheck decided = started.Decide(ConnectionDecision.Connect, Day);
        Assert.Equal(QualityAssuranceMessages.AlreadyDecided, Assert.Throws<InvalidOperationException>(() => decided.RecordGuidance(new LineManagerGuidance("PCN line manager", Day, "Go ahead"))).Message);
        Assert.Equal(QualityAssuranceMessages.AlreadyDecided, Assert.Throws<InvalidOperationException>(() => decided.DecideNotToConnect("Unsafe", ["Move"], Day)).Message);
        QualityAssuranceCheck referred = started.ReferToLineManager(Day);
        Assert.Equal(QualityAssuranceMessages.AwaitingGuidance, Assert.Throws<InvalidOperationException>(() => referred.DecideNotToConnect("Unsafe", ["Move"], Day)).Message);
        QualityAssuranceCheck guided = referred.RecordGuidance(new LineManagerGuidance("PCN line manager", Day.PlusDays(2), "Go ahead"));
        Assert.Equal("on", Assert.Throws<ArgumentException>(() => guided.DecideNotToConnect("Unsafe", ["Move"], Day.PlusDays(1))).ParamName);
    }

    [Fact]
    public void CommunityGroup_AgreedCheck_EndsTheCheckInProgress()
    {
        var group = new CommunityGroup("A", "A", OrganisationKind.SmallVolunteerLedGroup, [ConnectionCategoryKind.AccessToNature], "w", "c");
        QualityAssuranceCheck started = QualityAssuranceCheck.Start("A", OrganisationKind.SmallVolunteerLedGroup, Day);
        QualityAssuranceCheck agreed = started.Decide(ConnectionDecision.Connect, Day).Sign(new AgreementToConnect(new Signature("P", Day), new Signature("G", Day), []));
        CommunityGroup connected = group.WithCheck(started).WithCheck(agreed);
        Assert.Equal((false, false, Day), (connected.CheckInProgress, connected.NotConnecting, connected.Schedule!.SignedOn));
        CommunityGroup stopped = connected.WithCheck(started.DecideNotToConnect("Unsafe", ["Move"], Day)).WithCheck(agreed);
        Assert.Equal((false, false), (stopped.CheckInProgress, stopped.NotConnecting));
    }
}
