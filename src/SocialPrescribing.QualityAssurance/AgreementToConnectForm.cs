using NodaTime;

namespace SocialPrescribing.QualityAssurance;

/// <summary>The agreement to connect as it arrives from a form (the foot of each Appendix 5 sheet); <see cref="AgreementToConnectFormValidator"/> checks it and <see cref="AgreementToConnect.Create"/> makes the signed agreement from it.</summary>
/// <threadsafety>Mutable (bound by forms); not safe to share between threads while it changes.</threadsafety>
public sealed class AgreementToConnectForm
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
}
