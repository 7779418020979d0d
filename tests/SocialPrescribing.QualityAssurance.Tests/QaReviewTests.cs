using FluentValidation;
using FluentValidation.Results;
using FsCheck.Xunit;
using NodaTime;

namespace SocialPrescribing.QualityAssurance.Tests;

public class QaReviewTests
{
    private static readonly LocalDate Day = new(2026, 2, 2);

    private static QaReview AllDiscussed(OrganisationKind kind) => PromptSheets.For(kind).Items
        .Aggregate(QaReview.Start("G-7", kind, Day), (r, i) => r.Record(new PromptItemResult(i.Id, PromptOutcome.DiscussedWithScenarios)));

    private static AgreementToConnect Signed(LocalDate on) => new(new Signature("P. Manager", on), new Signature("G. Leader", on), ["Add a first aider"]);

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
    }

    [Fact]
    public void Process_ReferredToLineManager()
    {
        QaReview referred = AllDiscussed(OrganisationKind.VcseOrganisation).Decide(QaDecision.ReferredToLineManager, Day);
        Assert.Equal(QaReviewStatus.AwaitingLineManager, referred.Status);
        Assert.Throws<InvalidOperationException>(() => referred.Sign(Signed(Day)));
        Assert.Equal(QaReviewStatus.NotConnecting, referred.RecordLineManagerOutcome(LineManagerOutcome.DoNotConnect).Status);
        QaReview approved = referred.RecordLineManagerOutcome(LineManagerOutcome.ConnectWithAgreedActions);
        Assert.Equal(QaReviewStatus.ReadyToSign, approved.Status);
        Assert.True(approved.WithAgreedActions);
        Assert.Throws<ArgumentException>(() => approved.Sign(Signed(Day.PlusDays(-1))));
        Assert.Equal(QaReviewStatus.Agreed, approved.Sign(Signed(Day)).Status);
    }

    [Fact]
    public void Process_RulesOfOrder()
    {
        QaReview review = QaReview.Start("G-7", OrganisationKind.SmallVolunteerLedGroup, Day);
        Assert.Throws<ArgumentException>(() => review.Record(new PromptItemResult("P1", PromptOutcome.EvidenceSeen)));
        Assert.Throws<InvalidOperationException>(() => review.RecordLineManagerOutcome(LineManagerOutcome.Connect));
        Assert.Throws<InvalidOperationException>(() => review.Sign(Signed(Day)));
        Assert.Throws<InvalidOperationException>(() => review.Decide(QaDecision.Connect, Day).Decide(QaDecision.Connect, Day));
        Assert.Equal("agreedAction", Assert.Throws<ArgumentException>(() => new PromptItemResult("G1", PromptOutcome.ActionAgreed)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => review.Decide((QaDecision)9, Day));
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
        Assert.Equal(QaErrorCodes.LineManagerOutcomeMissing, Assert.Single(new QaReviewValidator().Validate(AllDiscussed(OrganisationKind.SmallVolunteerLedGroup).Decide(QaDecision.ReferredToLineManager, Day)).Errors).ErrorCode);
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
    public void MissingPolicies_NeverRefuseWithoutALinkWorkersDecision(QaReview review)
    {
        // Whatever the sheet records (missing written policies included), nothing decides for the link worker.
        Assert.Null(review.Decision);
        Assert.Equal(QaReviewStatus.InProgress, review.Status);
        Assert.NotEqual(QaReviewStatus.NotConnecting, review.Status);
        foreach (QaDecision decision in Enum.GetValues<QaDecision>())
        {
            Assert.NotEqual(QaReviewStatus.NotConnecting, review.Decide(decision, Day).Status);
        }
    }

    [Property]
    public void OnlyTheLineManagerCanStopAConnection(QaReview review, bool approve)
    {
        QaReview decided = review.Decide(QaDecision.ReferredToLineManager, Day)
            .RecordLineManagerOutcome(approve ? LineManagerOutcome.Connect : LineManagerOutcome.DoNotConnect);
        Assert.Equal(approve ? QaReviewStatus.ReadyToSign : QaReviewStatus.NotConnecting, decided.Status);
    }
}
