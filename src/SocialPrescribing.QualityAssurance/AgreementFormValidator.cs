using FluentValidation;

namespace SocialPrescribing.QualityAssurance;

/// <summary>Checks an <see cref="AgreementForm"/>: both representatives' names and dates (seed Appendix 5, "Agreement to connect through social prescribing").</summary>
/// <remarks>Each failure names the missing item with a stable code; messages never repeat the names entered.</remarks>
/// <threadsafety>Immutable once constructed; safe to share between threads.</threadsafety>
public sealed class AgreementFormValidator : AbstractValidator<AgreementForm>
{
    private const string Pcn = "Representative of primary care network";
    private const string Group = "Representative of the VCSE organisation or community group";

    /// <summary>Creates the validator.</summary>
    public AgreementFormValidator()
    {
        RuleFor(f => f.PcnRepresentativeName).NotEmpty().WithMessage($"{Pcn}: {QaMessages.NameMissing}").WithErrorCode(QaErrorCodes.SignatoryNameMissing);
        RuleFor(f => f.PcnSignedOn).NotNull().WithMessage($"{Pcn}: {QaMessages.DateMissing}").WithErrorCode(QaErrorCodes.SignatureDateMissing);
        RuleFor(f => f.GroupRepresentativeName).NotEmpty().WithMessage($"{Group}: {QaMessages.NameMissing}").WithErrorCode(QaErrorCodes.SignatoryNameMissing);
        RuleFor(f => f.GroupSignedOn).NotNull().WithMessage($"{Group}: {QaMessages.DateMissing}").WithErrorCode(QaErrorCodes.SignatureDateMissing);
    }

    internal static AgreementFormValidator Instance { get; } = new();
}
