using SocialPrescribing.Tests.Shared;
using FluentValidation;
using System.Runtime.CompilerServices;
using FluentValidation.Results;
using NodaTime;

namespace SocialPrescribing.QualityAssurance.Tests;

/// <summary>No validator puts free text or a name in a failure: not in the message, not in <c>AttemptedValue</c>, not in a placeholder.</summary>
public class ValidatorPiiTests
{
    /// <summary>Text about a person, with a (test-range) NHS number in it.</summary>
    private static readonly string PersonalText = "Jane Example told us about her diabetes; NHS number 999 000 0026. " + new string('x', 2100);

    private static readonly LocalDate Day = new(2026, 2, 2);

    private static void AssertNoPersonalText(IEnumerable<ValidationFailure> failures)
        => ValidationFailureChecks.AssertShowNone(failures, "Jane", "diabetes", "000 0026");

    [Fact]
    public void CheckValidator_NotesReasonsAndGuidance_NeverInAFailure()
    {
        QualityAssuranceCheck check = QualityAssuranceCheck.Start("G-7", OrganisationKind.SmallVolunteerLedGroup, Day)
            .Record(new PromptItemResult(PromptItemIds.GroupSafeguarding, PromptOutcome.ActionAgreed, PersonalText, PersonalText))
            .Record(new PromptItemResult(PromptItemIds.GroupGovernance, PromptOutcome.NotReceived, PersonalText));
        AssertNoPersonalText(new QualityAssuranceCheckValidator().Validate(check).Errors);

        QualityAssuranceCheck referred = check.ReferToLineManager(Day);
        AssertNoPersonalText(new QualityAssuranceCheckValidator().Validate(referred).Errors);
        QualityAssuranceCheck notNow = referred.RecordGuidance(new LineManagerGuidance(PersonalText, Day, PersonalText)).DecideNotToConnect(PersonalText, [PersonalText], Day);
        AssertNoPersonalText(new QualityAssuranceCheckValidator().Validate(notNow).Errors);
        AssertNoPersonalText(new QualityAssuranceCheckValidator().Validate(check.Decide(ConnectionDecision.Connect, Day)).Errors);
    }

    /// <summary>
    /// The "action agreed but no action" rule guards a state the public API cannot make (the result's constructor refuses an
    /// agreed action without its text), so the test makes it by clearing the stored action of a well-formed result.
    /// </summary>
    [Fact]
    public void CheckValidator_ActionAgreedWithoutAction_NamesTheItemAndShowsNoText()
    {
        var result = new PromptItemResult(PromptItemIds.GroupSafeguarding, PromptOutcome.ActionAgreed, PersonalText, PersonalText);
        AgreedActionOf(result) = null;
        QualityAssuranceCheck check = QualityAssuranceCheck.Start("G-7", OrganisationKind.SmallVolunteerLedGroup, Day).Record(result);

        List<ValidationFailure> failures = new QualityAssuranceCheckValidator().Validate(check).Errors;

        ValidationFailure missing = Assert.Single(failures, f => f.PropertyName == "G2");
        Assert.Equal(QualityAssuranceErrorCodes.ActionMissing, missing.ErrorCode);
        Assert.Equal("Item G2 (Safeguarding for vulnerable adults and children) is marked 'action agreed' but has no action.", missing.ErrorMessage);
        Assert.Null(missing.AttemptedValue);
        AssertNoPersonalText([missing]);
        AssertNoPersonalText(failures);
    }

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<AgreedAction>k__BackingField")]
    private static extern ref string? AgreedActionOf(PromptItemResult result);

    [Fact]
    public void CheckValidator_NamesTheItemThroughThePropertyNamePlaceholder()
    {
        ValidationFailure first = new QualityAssuranceCheckValidator().Validate(QualityAssuranceCheck.Start("G-7", OrganisationKind.VcseOrganisation, Day)).Errors[0];
        Assert.Equal("Item D1 (Your charity registration and company number. If unregistered, your governing document.)", first.FormattedMessagePlaceholderValues["PropertyName"]);
        Assert.Equal(first.FormattedMessagePlaceholderValues["PropertyName"] + " has not been worked through.", first.ErrorMessage);
    }

    [Fact]
    public void AgreementToConnectFormValidator_NamesNeverInAFailure()
    {
        // Both names given as personal text (valid), both dates missing; then blank names: the length is checked, never the text.
        var form = new AgreementToConnectForm { PcnRepresentativeName = PersonalText, GroupRepresentativeName = PersonalText };
        ValidationResult result = new AgreementToConnectFormValidator().Validate(form);
        AssertNoPersonalText(result.Errors);
        Assert.Equal([QualityAssuranceErrorCodes.SignatureDateMissing, QualityAssuranceErrorCodes.SignatureDateMissing], result.Errors.Select(e => e.ErrorCode));

        form = new AgreementToConnectForm { PcnRepresentativeName = "   ", GroupRepresentativeName = "\t", PcnSignedOn = Day, GroupSignedOn = Day };
        result = new AgreementToConnectFormValidator().Validate(form);
        AssertNoPersonalText(result.Errors);
        Assert.Equal(
            [nameof(AgreementToConnectForm.PcnRepresentativeName), nameof(AgreementToConnectForm.GroupRepresentativeName)],
            result.Errors.Select(e => e.PropertyName));
        Assert.All(result.Errors, e => Assert.Equal(0, e.AttemptedValue));
        Assert.Equal("The name of the representative of the primary care network is missing.", result.Errors[0].ErrorMessage);

        ValidationException thrown = Assert.Throws<ValidationException>(() => AgreementToConnect.Create(new AgreementToConnectForm { PcnRepresentativeName = PersonalText }));
        AssertNoPersonalText(thrown.Errors);
        Assert.DoesNotContain("Jane", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AgreementToConnectForm_OneCharacterName_IsEnough()
    {
        var form = new AgreementToConnectForm { PcnRepresentativeName = " P ", GroupRepresentativeName = "G", PcnSignedOn = Day, GroupSignedOn = Day.PlusDays(1) };
        Assert.True(new AgreementToConnectFormValidator().Validate(form).IsValid);
        AgreementToConnect agreement = AgreementToConnect.Create(form);
        Assert.Equal(("P", "G", Day.PlusDays(1)), (agreement.PcnRepresentative.Name, agreement.GroupRepresentative.Name, agreement.SignedOn));
        Assert.Equal("form", Assert.Throws<ArgumentNullException>(() => AgreementToConnect.Create(null!)).ParamName);
    }
}
