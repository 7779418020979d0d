using FluentValidation;
using NodaTime;

namespace SocialPrescribing.QualityAssurance;

/// <summary>The agreement to connect as it arrives from a form (the foot of each Appendix 5 sheet); <see cref="AgreementFormValidator"/> checks it.</summary>
/// <threadsafety>Mutable (bound by forms); not safe to share between threads while it changes.</threadsafety>
public sealed class AgreementForm
{
    /// <summary>Gets or sets the PCN representative's name.</summary>
    /// <value>Required.</value>
    public string? PcnRepresentativeName { get; set; }

    /// <summary>Gets or sets the date the PCN representative signed.</summary>
    /// <value>Required.</value>
    public LocalDate? PcnSignedOn { get; set; }

    /// <summary>Gets or sets the group's or organisation's representative's name.</summary>
    /// <value>Required.</value>
    public string? GroupRepresentativeName { get; set; }

    /// <summary>Gets or sets the date the group's representative signed.</summary>
    /// <value>Required.</value>
    public LocalDate? GroupSignedOn { get; set; }

    /// <summary>Gets the actions agreed.</summary>
    /// <value>Possibly empty.</value>
    public IList<string> ActionsAgreed { get; } = [];

    /// <summary>Checks the form and makes the signed agreement.</summary>
    /// <returns>The agreement.</returns>
    /// <exception cref="ValidationException">A name or date is missing; each failure names which.</exception>
    public AgreementToConnect ToAgreement()
    {
        AgreementFormValidator.Instance.ValidateAndThrow(this);
        return new AgreementToConnect(new Signature(PcnRepresentativeName!, PcnSignedOn!.Value), new Signature(GroupRepresentativeName!, GroupSignedOn!.Value), ActionsAgreed);
    }
}
