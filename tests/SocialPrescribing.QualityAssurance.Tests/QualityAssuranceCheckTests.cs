using FluentValidation;
using FluentValidation.Results;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SocialPrescribing.QualityAssurance.Testing;

namespace SocialPrescribing.QualityAssurance.Tests;

public class QualityAssuranceCheckTests
{
    private static readonly LocalDate Day = new(2026, 2, 2);

    private static readonly string[] ActionsToChange = ["Agree who to call if someone feels unsafe"];

    private static QualityAssuranceCheck AllDiscussed(OrganisationKind kind) => PromptSheets.For(kind).Items
        .Aggregate(QualityAssuranceCheck.Start("G-7", kind, Day), (r, i) => r.Record(new PromptItemResult(i.Id, i.ResponseKind == Checklists.ChecklistResponseKind.YesNo ? PromptOutcome.EvidenceSeen : PromptOutcome.DiscussedWithScenarios)));

    private static AgreementToConnect Signed(LocalDate on) => new(new Signature("P. Manager", on), new Signature("G. Leader", on), ["Add a first aider"]);

    private static LineManagerGuidance Guidance(LocalDate on) => new("PCN line manager, Alex Example", on, "Work through the lone-working scenario with the group first");

    private static CommunityGroup Group(string id) => new(id, "Knit and natter", OrganisationKind.SmallVolunteerLedGroup, [ConnectionCategoryKind.ArtsBasedActivities], "Mondays, the library", "Ask at reception");

    [Fact]
    public void Process_ConnectWithActions_ThenSign()
    {
        QualityAssuranceCheck review = AllDiscussed(OrganisationKind.SmallVolunteerLedGroup)
            .Record(new PromptItemResult("G2", PromptOutcome.ActionAgreed, "No written guidelines", "Agree who to call if someone feels unsafe"));
        Assert.Equal(QualityAssuranceCheckStatus.InProgress, review.Status);
        review = review.Decide(ConnectionDecision.ConnectWithAgreedActions, Day);
        Assert.Equal(QualityAssuranceCheckStatus.ReadyToSign, review.Status);
        Assert.True(review.WithAgreedActions);
        review = review.Sign(Signed(Day.PlusDays(3)));
        Assert.Equal(QualityAssuranceCheckStatus.Agreed, review.Status);
        Assert.True(new QualityAssuranceCheckValidator().Validate(review).IsValid);
        Assert.Equal(Day.PlusDays(3), review.AgreementToConnect!.SignedOn);
        Assert.DoesNotContain("Leader", review.ToString() + review.AgreementToConnect, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => review.Sign(Signed(Day.PlusDays(4))));
    }

    [Fact]
    public void Process_NotConfident_LineManagerGuidesAndTheLinkWorkerDecides()
    {
        // Section 9 step 4: the link worker refers to the PCN line manager "for guidance"; step 3: the agreement is the link worker's.
        QualityAssuranceCheck referred = AllDiscussed(OrganisationKind.VcseOrganisation).ReferToLineManager(Day);
        Assert.Equal(QualityAssuranceCheckStatus.AwaitingLineManager, referred.Status);
        Assert.Equal(Day, referred.ReferredOn);
        Assert.Throws<InvalidOperationException>(() => referred.Decide(ConnectionDecision.Connect, Day));
        Assert.Throws<InvalidOperationException>(() => referred.Sign(Signed(Day)));
        Assert.Equal(QualityAssuranceErrorCodes.LineManagerGuidanceMissing, Assert.Single(new QualityAssuranceCheckValidator().Validate(referred).Errors).ErrorCode);

        QualityAssuranceCheck guided = referred.RecordGuidance(Guidance(Day.PlusDays(2)));
        Assert.Equal(QualityAssuranceCheckStatus.InProgress, guided.Status);
        Assert.Null(guided.Decision);
        Assert.Equal(("PCN line manager, Alex Example", Day.PlusDays(2)), (guided.Guidance!.GivenBy, guided.Guidance.GivenOn));
        Assert.Equal("Work through the lone-working scenario with the group first", guided.Guidance.Text);
        Assert.Equal("Line manager guidance given 2026-02-04", guided.Guidance.ToString());
        Assert.DoesNotContain("Alex", guided.ToString() + guided.Guidance, StringComparison.Ordinal);
        Assert.Equal(QualityAssuranceErrorCodes.DecisionMissing, Assert.Single(new QualityAssuranceCheckValidator().Validate(guided).Errors).ErrorCode);

        Assert.Equal("on", Assert.Throws<ArgumentException>(() => guided.Decide(ConnectionDecision.Connect, Day.PlusDays(1))).ParamName);
        QualityAssuranceCheck connected = guided.Decide(ConnectionDecision.ConnectWithAgreedActions, Day.PlusDays(2));
        Assert.Equal(QualityAssuranceCheckStatus.ReadyToSign, connected.Status);
        Assert.Equal(QualityAssuranceCheckStatus.Agreed, connected.Sign(Signed(Day.PlusDays(2))).Status);

        QualityAssuranceCheck notNow = guided.DecideNotToConnect("No DBS checks for volunteers who visit people at home", ActionsToChange, Day.PlusDays(3));
        Assert.Equal(QualityAssuranceCheckStatus.NotConnecting, notNow.Status);
        Assert.Same(guided.Guidance, notNow.Guidance);
        Assert.True(new QualityAssuranceCheckValidator().Validate(notNow).IsValid);
    }

    [Fact]
    public void DecideNotToConnect_RecordsTheReasonAndWhatWouldChangeIt()
    {
        // Principle 3: the link worker need not connect to a group they consider unsafe; step 4: what the group can do.
        QualityAssuranceCheck review = AllDiscussed(OrganisationKind.SmallVolunteerLedGroup);
        QualityAssuranceCheck notNow = review.DecideNotToConnect(" Leader could not say what they would do if someone felt unsafe ", [" ", .. ActionsToChange, ""], Day);
        Assert.Equal(QualityAssuranceCheckStatus.NotConnecting, notNow.Status);
        Assert.Equal(ConnectionDecision.NotConnectingForNow, notNow.Decision);
        Assert.Equal(Day, notNow.DecidedOn);
        Assert.Equal("Leader could not say what they would do if someone felt unsafe", notNow.NotConnectingReason);
        Assert.Equal(ActionsToChange, notNow.ActionsThatWouldChangeIt);
        Assert.DoesNotContain("unsafe", notNow.ToString(), StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => notNow.Sign(Signed(Day)));
        Assert.Throws<InvalidOperationException>(() => notNow.Decide(ConnectionDecision.Connect, Day));
        Assert.Null(review.Decide(ConnectionDecision.Connect, Day).NotConnectingReason);
        Assert.Empty(review.Decide(ConnectionDecision.Connect, Day).ActionsThatWouldChangeIt);

        // The menu leaves the group out for the link worker's reason; a new review puts it back in progress.
        CommunityGroup group = Group("G-7").WithCheck(notNow);
        Assert.Equal(LeftOutReason.NotConnecting, group.ReasonLeftOutOn(Day));
        Assert.Equal(QualityAssuranceState.InProgress, group.WithCheck(QualityAssuranceCheck.Start("G-7", OrganisationKind.SmallVolunteerLedGroup, Day.PlusDays(30))).StateOn(Day.PlusDays(30)));
    }

    [Fact]
    public void DecideNotToConnect_NeedsAReasonAndAnAction()
    {
        QualityAssuranceCheck review = AllDiscussed(OrganisationKind.SmallVolunteerLedGroup);
        Assert.Equal("reason", Assert.Throws<ArgumentException>(() => review.DecideNotToConnect(" ", ActionsToChange, Day)).ParamName);
        Assert.Equal("reason", Assert.Throws<ArgumentNullException>(() => review.DecideNotToConnect(null!, ActionsToChange, Day)).ParamName);
        ArgumentException noAction = Assert.Throws<ArgumentException>(() => review.DecideNotToConnect("Unsafe premises", [" "], Day));
        Assert.Equal(("actionsThatWouldChangeIt", QualityAssuranceMessages.ActionsToChangeMissing + " (Parameter 'actionsThatWouldChangeIt')"), (noAction.ParamName, noAction.Message));
        Assert.Equal("actionsThatWouldChangeIt", Assert.Throws<ArgumentNullException>(() => review.DecideNotToConnect("Unsafe premises", null!, Day)).ParamName);
        ArgumentException viaDecide = Assert.Throws<ArgumentException>(() => review.Decide(ConnectionDecision.NotConnectingForNow, Day));
        Assert.Equal("decision", viaDecide.ParamName);
        Assert.StartsWith(QualityAssuranceMessages.NotConnectingNeedsDetails, viaDecide.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_RulesOfOrder()
    {
        QualityAssuranceCheck review = QualityAssuranceCheck.Start("G-7", OrganisationKind.SmallVolunteerLedGroup, Day);
        Assert.Throws<ArgumentException>(() => review.Record(new PromptItemResult("P1", PromptOutcome.EvidenceSeen)));
        Assert.Equal(QualityAssuranceMessages.NotReferred, Assert.Throws<InvalidOperationException>(() => review.RecordGuidance(Guidance(Day))).Message);
        Assert.Throws<InvalidOperationException>(() => review.Sign(Signed(Day)));
        Assert.Throws<InvalidOperationException>(() => review.Decide(ConnectionDecision.Connect, Day).Decide(ConnectionDecision.Connect, Day));
        Assert.Throws<InvalidOperationException>(() => review.Decide(ConnectionDecision.Connect, Day).ReferToLineManager(Day));
        Assert.Equal(QualityAssuranceMessages.AlreadyReferred, Assert.Throws<InvalidOperationException>(() => review.ReferToLineManager(Day).ReferToLineManager(Day)).Message);
        Assert.Equal("guidance", Assert.Throws<ArgumentException>(() => review.ReferToLineManager(Day).RecordGuidance(Guidance(Day.PlusDays(-1)))).ParamName);
        Assert.Equal(QualityAssuranceMessages.GuidanceAlreadyRecorded, Assert.Throws<InvalidOperationException>(() => review.ReferToLineManager(Day).RecordGuidance(Guidance(Day)).RecordGuidance(Guidance(Day))).Message);
        Assert.Equal("agreedAction", Assert.Throws<ArgumentException>(() => new PromptItemResult("G1", PromptOutcome.ActionAgreed)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => review.Decide((ConnectionDecision)3, Day));
        Assert.Equal("givenBy", Assert.Throws<ArgumentException>(() => new LineManagerGuidance(" ", Day, "Go ahead")).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => new LineManagerGuidance("PCN line manager", Day, "")).ParamName);
    }

    [Fact]
    public void Record_NotReceived_IsAnOutcomeOfItsOwnForDocumentsOnly()
    {
        // Appendix 5: "Received: yes/no" for key documents; a small group's missing constitution is recorded, never a refusal.
        QualityAssuranceCheck review = AllDiscussed(OrganisationKind.SmallVolunteerLedGroup)
            .Record(new PromptItemResult("G7", PromptOutcome.NotReceived, "No constitution: the group meets informally"))
            .Record(new PromptItemResult("G8", PromptOutcome.NotReceived));
        Assert.Null(review.Results["G7"].AgreedAction);
        Assert.Equal(QualityAssuranceCheckStatus.InProgress, review.Status);
        Assert.Equal([QualityAssuranceErrorCodes.DecisionMissing], new QualityAssuranceCheckValidator().Validate(review).Errors.Select(e => e.ErrorCode));
        Assert.True(new QualityAssuranceCheckValidator().Validate(review.Decide(ConnectionDecision.Connect, Day).Sign(Signed(Day))).IsValid);

        ArgumentException notADocument = Assert.Throws<ArgumentException>(() => review.Record(new PromptItemResult("G2", PromptOutcome.NotReceived)));
        Assert.Equal(("result", QualityAssuranceMessages.NotReceivedOnlyForDocuments + " (Parameter 'result')"), (notADocument.ParamName, notADocument.Message));
        Assert.Equal(PromptOutcome.NotReceived, AllDiscussed(OrganisationKind.VcseOrganisation).Record(new PromptItemResult("D1", PromptOutcome.NotReceived)).Results["D1"].Outcome);
        Assert.Throws<ArgumentException>(() => AllDiscussed(OrganisationKind.VcseOrganisation).Record(new PromptItemResult("P1", PromptOutcome.NotReceived)));
    }

    [Fact]
    public void Validator_NamesEveryMissingItem()
    {
        QualityAssuranceCheck review = QualityAssuranceCheck.Start("G-7", OrganisationKind.SmallVolunteerLedGroup, Day)
            .Record(new PromptItemResult("G1", PromptOutcome.EvidenceSeen));
        ValidationResult result = new QualityAssuranceCheckValidator().Validate(review);
        Assert.Equal(["G2", "G3", "G4", "G5", "G6", "G7", "G8", "Decision"], result.Errors.Select(e => e.PropertyName));
        Assert.Equal("Item G2 (Safeguarding for vulnerable adults and children) has not been worked through.", result.Errors[0].ErrorMessage);
        Assert.StartsWith("Item G7 (Governance arrangements:", result.Errors[5].ErrorMessage, StringComparison.Ordinal);
        Assert.All(result.Errors.SkipLast(1), e => Assert.Equal(QualityAssuranceErrorCodes.ItemNotWorkedThrough, e.ErrorCode));
        Assert.Equal(QualityAssuranceErrorCodes.DecisionMissing, result.Errors[^1].ErrorCode);
        Assert.Equal(QualityAssuranceErrorCodes.AgreementNotSigned, Assert.Single(new QualityAssuranceCheckValidator().Validate(AllDiscussed(OrganisationKind.SmallVolunteerLedGroup).Decide(ConnectionDecision.Connect, Day)).Errors).ErrorCode);
    }

    [Fact]
    public void AgreementToConnectForm_NamesEveryMissingItem()
    {
        var form = new AgreementToConnectForm { PcnRepresentativeName = "P. Manager", GroupSignedOn = Day };
        ValidationResult result = new AgreementToConnectFormValidator().Validate(form);
        Assert.Equal(
            [
                ("The date the representative of the primary care network signed is missing.", QualityAssuranceErrorCodes.SignatureDateMissing),
                ("The name of the representative of the VCSE organisation or community group is missing.", QualityAssuranceErrorCodes.SignatoryNameMissing),
            ],
            result.Errors.Select(e => (e.ErrorMessage, e.ErrorCode)));
        Assert.Throws<ValidationException>(() => AgreementToConnect.Create(form));
        form.PcnSignedOn = Day;
        form.GroupRepresentativeName = "G. Leader";
        form.ActionsAgreed.Add("Add a first aider");
        form.ActionsAgreed.Add(" ");
        Assert.Equal(["Add a first aider"], AgreementToConnect.Create(form).ActionsAgreed);
    }

    [Property]
    public void NothingRefusesWithoutTheLinkWorkersDecision(QualityAssuranceCheck review, bool refer, bool guide)
    {
        // Whatever the sheet records (missing policies, documents not received), with or without the line manager's
        // guidance, nothing decides for the link worker (principles 4-6; steps 3-4).
        QualityAssuranceCheck asked = !refer ? review : guide ? review.ReferToLineManager(Day).RecordGuidance(Guidance(Day)) : review.ReferToLineManager(Day);
        Assert.Null(asked.Decision);
        Assert.Equal(refer && !guide ? QualityAssuranceCheckStatus.AwaitingLineManager : QualityAssuranceCheckStatus.InProgress, asked.Status);
        Assert.Equal(LeftOutReason.NoAgreement, Group("G-1").WithCheck(asked).ReasonLeftOutOn(Day));
        if (!refer || guide)
        {
            Assert.Equal(QualityAssuranceCheckStatus.ReadyToSign, asked.Decide(ConnectionDecision.Connect, Day).Status);
            Assert.Equal(QualityAssuranceCheckStatus.ReadyToSign, asked.Decide(ConnectionDecision.ConnectWithAgreedActions, Day).Status);
            Assert.Equal(QualityAssuranceCheckStatus.NotConnecting, asked.DecideNotToConnect("Unsafe premises", ActionsToChange, Day).Status);
        }
    }

    [Property]
    public Property SmallGroup_NoCombinationOfMissingDocumentsRefuses(bool constitution, bool accounts) =>
        Prop.ForAll(QualityAssuranceGenerators.UndecidedChecksOf(OrganisationKind.SmallVolunteerLedGroup).ToArbitrary(), review =>
        {
            // G7 constitution and G8 accounts (Appendix 5 "Received: yes/no") in every combination, over any other results.
            QualityAssuranceCheck recorded = review
                .Record(new PromptItemResult("G7", constitution ? PromptOutcome.EvidenceSeen : PromptOutcome.NotReceived))
                .Record(new PromptItemResult("G8", accounts ? PromptOutcome.EvidenceSeen : PromptOutcome.NotReceived));
            Assert.Equal(QualityAssuranceCheckStatus.InProgress, recorded.Status);
            Assert.Equal(LeftOutReason.NoAgreement, Group("G-1").WithCheck(recorded).ReasonLeftOutOn(Day));
            ValidationResult validation = new QualityAssuranceCheckValidator().Validate(recorded);
            Assert.DoesNotContain(validation.Errors, e => e.PropertyName is "G7" or "G8");
            Assert.Contains(validation.Errors, e => e.ErrorCode == QualityAssuranceErrorCodes.DecisionMissing);
            QualityAssuranceCheck agreed = recorded.Decide(ConnectionDecision.Connect, Day).Sign(Signed(Day));
            Assert.Null(Group("G-1").WithCheck(agreed).ReasonLeftOutOn(Day));
        });
}
