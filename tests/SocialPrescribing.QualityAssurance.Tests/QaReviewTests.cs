using FluentValidation;
using FluentValidation.Results;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SocialPrescribing.QualityAssurance.Testing;

namespace SocialPrescribing.QualityAssurance.Tests;

public class QaReviewTests
{
    private static readonly LocalDate Day = new(2026, 2, 2);

    private static readonly string[] ActionsToChange = ["Agree who to call if someone feels unsafe"];

    private static QaReview AllDiscussed(OrganisationKind kind) => PromptSheets.For(kind).Items
        .Aggregate(QaReview.Start("G-7", kind, Day), (r, i) => r.Record(new PromptItemResult(i.Id, i.ResponseKind == Checklists.ChecklistResponseKind.YesNo ? PromptOutcome.EvidenceSeen : PromptOutcome.DiscussedWithScenarios)));

    private static AgreementToConnect Signed(LocalDate on) => new(new Signature("P. Manager", on), new Signature("G. Leader", on), ["Add a first aider"]);

    private static LineManagerGuidance Guidance(LocalDate on) => new("PCN line manager, Alex Example", on, "Work through the lone-working scenario with the group first");

    private static CommunityGroup Group(string id) => new(id, "Knit and natter", OrganisationKind.SmallVolunteerLedGroup, [ConnectionCategoryKind.ArtsBasedActivities], "Mondays, the library", "Ask at reception");

    [Fact]
    public void Process_ConnectWithActions_ThenSign()
    {
        QaReview review = AllDiscussed(OrganisationKind.SmallVolunteerLedGroup)
            .Record(new PromptItemResult("G2", PromptOutcome.ActionAgreed, "No written guidelines", "Agree who to call if someone feels unsafe"));
        Assert.Equal(QaReviewStatus.InProgress, review.Status);
        review = review.Decide(QaDecision.ConnectWithAgreedActions, Day);
        Assert.Equal(QaReviewStatus.ReadyToSign, review.Status);
        Assert.True(review.WithAgreedActions);
        review = review.Sign(Signed(Day.PlusDays(3)));
        Assert.Equal(QaReviewStatus.Agreed, review.Status);
        Assert.True(new QaReviewValidator().Validate(review).IsValid);
        Assert.Equal(Day.PlusDays(3), review.Agreement!.SignedOn);
        Assert.DoesNotContain("Leader", review.ToString() + review.Agreement, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => review.Sign(Signed(Day.PlusDays(4))));
    }

    [Fact]
    public void Process_NotConfident_LineManagerGuidesAndTheLinkWorkerDecides()
    {
        // Section 9 step 4: the link worker refers to the PCN line manager "for guidance"; step 3: the agreement is the link worker's.
        QaReview referred = AllDiscussed(OrganisationKind.VcseOrganisation).ReferToLineManager(Day);
        Assert.Equal(QaReviewStatus.AwaitingLineManager, referred.Status);
        Assert.Equal(Day, referred.ReferredOn);
        Assert.Throws<InvalidOperationException>(() => referred.Decide(QaDecision.Connect, Day));
        Assert.Throws<InvalidOperationException>(() => referred.Sign(Signed(Day)));
        Assert.Equal(QaErrorCodes.LineManagerGuidanceMissing, Assert.Single(new QaReviewValidator().Validate(referred).Errors).ErrorCode);

        QaReview guided = referred.RecordGuidance(Guidance(Day.PlusDays(2)));
        Assert.Equal(QaReviewStatus.InProgress, guided.Status);
        Assert.Null(guided.Decision);
        Assert.Equal(("PCN line manager, Alex Example", Day.PlusDays(2)), (guided.Guidance!.GivenBy, guided.Guidance.GivenOn));
        Assert.Equal("Work through the lone-working scenario with the group first", guided.Guidance.Text);
        Assert.Equal("Line manager guidance given 2026-02-04", guided.Guidance.ToString());
        Assert.DoesNotContain("Alex", guided.ToString() + guided.Guidance, StringComparison.Ordinal);
        Assert.Equal(QaErrorCodes.DecisionMissing, Assert.Single(new QaReviewValidator().Validate(guided).Errors).ErrorCode);

        Assert.Equal("on", Assert.Throws<ArgumentException>(() => guided.Decide(QaDecision.Connect, Day.PlusDays(1))).ParamName);
        QaReview connected = guided.Decide(QaDecision.ConnectWithAgreedActions, Day.PlusDays(2));
        Assert.Equal(QaReviewStatus.ReadyToSign, connected.Status);
        Assert.Equal(QaReviewStatus.Agreed, connected.Sign(Signed(Day.PlusDays(2))).Status);

        QaReview notNow = guided.DecideNotToConnect("No DBS checks for volunteers who visit people at home", ActionsToChange, Day.PlusDays(3));
        Assert.Equal(QaReviewStatus.NotConnecting, notNow.Status);
        Assert.Same(guided.Guidance, notNow.Guidance);
        Assert.True(new QaReviewValidator().Validate(notNow).IsValid);
    }

    [Fact]
    public void DecideNotToConnect_RecordsTheReasonAndWhatWouldChangeIt()
    {
        // Principle 3: the link worker need not connect to a group they consider unsafe; step 4: what the group can do.
        QaReview review = AllDiscussed(OrganisationKind.SmallVolunteerLedGroup);
        QaReview notNow = review.DecideNotToConnect(" Leader could not say what they would do if someone felt unsafe ", [" ", .. ActionsToChange, ""], Day);
        Assert.Equal(QaReviewStatus.NotConnecting, notNow.Status);
        Assert.Equal(QaDecision.NotConnectingForNow, notNow.Decision);
        Assert.Equal(Day, notNow.DecidedOn);
        Assert.Equal("Leader could not say what they would do if someone felt unsafe", notNow.NotConnectingReason);
        Assert.Equal(ActionsToChange, notNow.ActionsThatWouldChangeIt);
        Assert.DoesNotContain("unsafe", notNow.ToString(), StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => notNow.Sign(Signed(Day)));
        Assert.Throws<InvalidOperationException>(() => notNow.Decide(QaDecision.Connect, Day));
        Assert.Null(review.Decide(QaDecision.Connect, Day).NotConnectingReason);
        Assert.Empty(review.Decide(QaDecision.Connect, Day).ActionsThatWouldChangeIt);

        // The menu leaves the group out for the link worker's reason; a new review puts it back in progress.
        CommunityGroup group = Group("G-7").WithReview(notNow);
        Assert.Equal(LeftOutReason.NotConnecting, group.ReasonLeftOutOn(Day));
        Assert.Equal(QaAgreementState.InProgress, group.WithReview(QaReview.Start("G-7", OrganisationKind.SmallVolunteerLedGroup, Day.PlusDays(30))).StateOn(Day.PlusDays(30)));
    }

    [Fact]
    public void DecideNotToConnect_NeedsAReasonAndAnAction()
    {
        QaReview review = AllDiscussed(OrganisationKind.SmallVolunteerLedGroup);
        Assert.Equal("reason", Assert.Throws<ArgumentException>(() => review.DecideNotToConnect(" ", ActionsToChange, Day)).ParamName);
        Assert.Equal("reason", Assert.Throws<ArgumentNullException>(() => review.DecideNotToConnect(null!, ActionsToChange, Day)).ParamName);
        ArgumentException noAction = Assert.Throws<ArgumentException>(() => review.DecideNotToConnect("Unsafe premises", [" "], Day));
        Assert.Equal(("actionsThatWouldChangeIt", QaMessages.ActionsToChangeMissing + " (Parameter 'actionsThatWouldChangeIt')"), (noAction.ParamName, noAction.Message));
        Assert.Equal("actionsThatWouldChangeIt", Assert.Throws<ArgumentNullException>(() => review.DecideNotToConnect("Unsafe premises", null!, Day)).ParamName);
        ArgumentException viaDecide = Assert.Throws<ArgumentException>(() => review.Decide(QaDecision.NotConnectingForNow, Day));
        Assert.Equal("decision", viaDecide.ParamName);
        Assert.StartsWith(QaMessages.NotConnectingNeedsDetails, viaDecide.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_RulesOfOrder()
    {
        QaReview review = QaReview.Start("G-7", OrganisationKind.SmallVolunteerLedGroup, Day);
        Assert.Throws<ArgumentException>(() => review.Record(new PromptItemResult("P1", PromptOutcome.EvidenceSeen)));
        Assert.Equal(QaMessages.NotReferred, Assert.Throws<InvalidOperationException>(() => review.RecordGuidance(Guidance(Day))).Message);
        Assert.Throws<InvalidOperationException>(() => review.Sign(Signed(Day)));
        Assert.Throws<InvalidOperationException>(() => review.Decide(QaDecision.Connect, Day).Decide(QaDecision.Connect, Day));
        Assert.Throws<InvalidOperationException>(() => review.Decide(QaDecision.Connect, Day).ReferToLineManager(Day));
        Assert.Equal(QaMessages.AlreadyReferred, Assert.Throws<InvalidOperationException>(() => review.ReferToLineManager(Day).ReferToLineManager(Day)).Message);
        Assert.Equal("guidance", Assert.Throws<ArgumentException>(() => review.ReferToLineManager(Day).RecordGuidance(Guidance(Day.PlusDays(-1)))).ParamName);
        Assert.Equal(QaMessages.GuidanceAlreadyRecorded, Assert.Throws<InvalidOperationException>(() => review.ReferToLineManager(Day).RecordGuidance(Guidance(Day)).RecordGuidance(Guidance(Day))).Message);
        Assert.Equal("agreedAction", Assert.Throws<ArgumentException>(() => new PromptItemResult("G1", PromptOutcome.ActionAgreed)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => review.Decide((QaDecision)3, Day));
        Assert.Equal("givenBy", Assert.Throws<ArgumentException>(() => new LineManagerGuidance(" ", Day, "Go ahead")).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => new LineManagerGuidance("PCN line manager", Day, "")).ParamName);
    }

    [Fact]
    public void Record_NotReceived_IsAnOutcomeOfItsOwnForDocumentsOnly()
    {
        // Appendix 5: "Received: yes/no" for key documents; a small group's missing constitution is recorded, never a refusal.
        QaReview review = AllDiscussed(OrganisationKind.SmallVolunteerLedGroup)
            .Record(new PromptItemResult("G7", PromptOutcome.NotReceived, "No constitution: the group meets informally"))
            .Record(new PromptItemResult("G8", PromptOutcome.NotReceived));
        Assert.Null(review.Results["G7"].AgreedAction);
        Assert.Equal(QaReviewStatus.InProgress, review.Status);
        Assert.Equal([QaErrorCodes.DecisionMissing], new QaReviewValidator().Validate(review).Errors.Select(e => e.ErrorCode));
        Assert.True(new QaReviewValidator().Validate(review.Decide(QaDecision.Connect, Day).Sign(Signed(Day))).IsValid);

        ArgumentException notADocument = Assert.Throws<ArgumentException>(() => review.Record(new PromptItemResult("G2", PromptOutcome.NotReceived)));
        Assert.Equal(("result", QaMessages.NotReceivedOnlyForDocuments + " (Parameter 'result')"), (notADocument.ParamName, notADocument.Message));
        Assert.Equal(PromptOutcome.NotReceived, AllDiscussed(OrganisationKind.VcseOrganisation).Record(new PromptItemResult("D1", PromptOutcome.NotReceived)).Results["D1"].Outcome);
        Assert.Throws<ArgumentException>(() => AllDiscussed(OrganisationKind.VcseOrganisation).Record(new PromptItemResult("P1", PromptOutcome.NotReceived)));
    }

    [Fact]
    public void Validator_NamesEveryMissingItem()
    {
        QaReview review = QaReview.Start("G-7", OrganisationKind.SmallVolunteerLedGroup, Day)
            .Record(new PromptItemResult("G1", PromptOutcome.EvidenceSeen));
        ValidationResult result = new QaReviewValidator().Validate(review);
        Assert.Equal(["G2", "G3", "G4", "G5", "G6", "G7", "G8", "Decision"], result.Errors.Select(e => e.PropertyName));
        Assert.Equal("Item G2 (Safeguarding for vulnerable adults and children) " + QaMessages.ItemNotWorkedThrough, result.Errors[0].ErrorMessage);
        Assert.StartsWith("Item G7 (Governance arrangements:", result.Errors[5].ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(QaErrorCodes.DecisionMissing, result.Errors[^1].ErrorCode);
        Assert.Equal(QaErrorCodes.AgreementNotSigned, Assert.Single(new QaReviewValidator().Validate(AllDiscussed(OrganisationKind.SmallVolunteerLedGroup).Decide(QaDecision.Connect, Day)).Errors).ErrorCode);
    }

    [Fact]
    public void AgreementForm_NamesEveryMissingItem()
    {
        var form = new AgreementForm { PcnRepresentativeName = "P. Manager", GroupSignedOn = Day };
        ValidationResult result = new AgreementFormValidator().Validate(form);
        Assert.Equal(
            [
                ("Representative of primary care network: " + QaMessages.DateMissing, QaErrorCodes.SignatureDateMissing),
                ("Representative of the VCSE organisation or community group: " + QaMessages.NameMissing, QaErrorCodes.SignatoryNameMissing),
            ],
            result.Errors.Select(e => (e.ErrorMessage, e.ErrorCode)));
        Assert.Throws<ValidationException>(form.ToAgreement);
        form.PcnSignedOn = Day;
        form.GroupRepresentativeName = "G. Leader";
        form.ActionsAgreed.Add("Add a first aider");
        form.ActionsAgreed.Add(" ");
        Assert.Equal(["Add a first aider"], form.ToAgreement().ActionsAgreed);
    }

    [Property]
    public void NothingRefusesWithoutTheLinkWorkersDecision(QaReview review, bool refer, bool guide)
    {
        // Whatever the sheet records (missing policies, documents not received), with or without the line manager's
        // guidance, nothing decides for the link worker (principles 4-6; steps 3-4).
        QaReview asked = !refer ? review : guide ? review.ReferToLineManager(Day).RecordGuidance(Guidance(Day)) : review.ReferToLineManager(Day);
        Assert.Null(asked.Decision);
        Assert.Equal(refer && !guide ? QaReviewStatus.AwaitingLineManager : QaReviewStatus.InProgress, asked.Status);
        Assert.Equal(LeftOutReason.NoAgreement, Group("G-1").WithReview(asked).ReasonLeftOutOn(Day));
        if (!refer || guide)
        {
            Assert.Equal(QaReviewStatus.ReadyToSign, asked.Decide(QaDecision.Connect, Day).Status);
            Assert.Equal(QaReviewStatus.ReadyToSign, asked.Decide(QaDecision.ConnectWithAgreedActions, Day).Status);
            Assert.Equal(QaReviewStatus.NotConnecting, asked.DecideNotToConnect("Unsafe premises", ActionsToChange, Day).Status);
        }
    }

    [Property]
    public Property SmallGroup_NoCombinationOfMissingDocumentsRefuses(bool constitution, bool accounts) =>
        Prop.ForAll(QaGenerators.UndecidedReviewsOf(OrganisationKind.SmallVolunteerLedGroup).ToArbitrary(), review =>
        {
            // G7 constitution and G8 accounts (Appendix 5 "Received: yes/no") in every combination, over any other results.
            QaReview recorded = review
                .Record(new PromptItemResult("G7", constitution ? PromptOutcome.EvidenceSeen : PromptOutcome.NotReceived))
                .Record(new PromptItemResult("G8", accounts ? PromptOutcome.EvidenceSeen : PromptOutcome.NotReceived));
            Assert.Equal(QaReviewStatus.InProgress, recorded.Status);
            Assert.Equal(LeftOutReason.NoAgreement, Group("G-1").WithReview(recorded).ReasonLeftOutOn(Day));
            ValidationResult validation = new QaReviewValidator().Validate(recorded);
            Assert.DoesNotContain(validation.Errors, e => e.PropertyName is "G7" or "G8");
            Assert.Contains(validation.Errors, e => e.ErrorCode == QaErrorCodes.DecisionMissing);
            QaReview agreed = recorded.Decide(QaDecision.Connect, Day).Sign(Signed(Day));
            Assert.Null(Group("G-1").WithReview(agreed).ReasonLeftOutOn(Day));
        });
}
