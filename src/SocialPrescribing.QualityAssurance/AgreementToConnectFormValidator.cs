using System.Linq.Expressions;
using FluentValidation;

namespace SocialPrescribing.QualityAssurance;

/// <summary>Checks an <see cref="AgreementToConnectForm"/>: both representatives' names and dates (seed Appendix 5, "Agreement to connect through social prescribing").</summary>
/// <remarks>
/// Each failure names the missing item with a stable code. A name is checked by its length, never its text, so no
/// message, attempted value or placeholder repeats a name entered.
/// </remarks>
/// <threadsafety>Immutable once constructed; safe to share between threads.</threadsafety>
public sealed class AgreementToConnectFormValidator : AbstractValidator<AgreementToConnectForm>
{
    /// <summary>Creates the validator.</summary>
    public AgreementToConnectFormValidator()
    {
        NameRule(f => f.PcnRepresentativeName, nameof(AgreementToConnectForm.PcnRepresentativeName), QualityAssuranceMessages.PcnRepresentativeNameField);
        DateRule(f => f.PcnSignedOn, QualityAssuranceMessages.PcnSignedOnField);
        NameRule(f => f.GroupRepresentativeName, nameof(AgreementToConnectForm.GroupRepresentativeName), QualityAssuranceMessages.GroupRepresentativeNameField);
        DateRule(f => f.GroupSignedOn, QualityAssuranceMessages.GroupSignedOnField);
    }

    private void NameRule(Func<AgreementToConnectForm, string?> name, string propertyName, string displayName)
        => RuleFor(f => TrimmedLength(name(f)))
            .GreaterThan(0)
            .OverridePropertyName(propertyName)
            .WithName(displayName)
            .WithMessage(QualityAssuranceMessages.SignatoryNameMissing)
            .WithErrorCode(QualityAssuranceErrorCodes.SignatoryNameMissing);

    private static int TrimmedLength(string? text) => text?.Trim().Length ?? 0;

    private void DateRule(Expression<Func<AgreementToConnectForm, NodaTime.LocalDate?>> date, string displayName)
        => RuleFor(date)
            .NotNull()
            .WithName(displayName)
            .WithMessage(QualityAssuranceMessages.SignatureDateMissing)
            .WithErrorCode(QualityAssuranceErrorCodes.SignatureDateMissing);
}
