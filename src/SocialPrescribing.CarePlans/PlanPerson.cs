using System.Diagnostics;

namespace SocialPrescribing.CarePlans;

/// <summary>Who a plan belongs to, as the top of Appendix 4 asks: name and contact details, and NHS number. Each is optional.</summary>
/// <remarks>These identify a person: <see cref="ToString"/> (and so the debugger) says only which are present; only the person's own copy (<see cref="CarePlan.ToPlainText"/>, <see cref="CarePlan.ToMarkdown"/>) prints them.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class PlanPerson
{
    /// <summary>Creates the person's details.</summary>
    /// <param name="nameAndContact">Name and contact details, as the person wants them written, or <see langword="null"/>.</param>
    /// <param name="nhsNumber">The person's NHS number, or <see langword="null"/>.</param>
    public PlanPerson(string? nameAndContact, NhsNumber? nhsNumber)
    {
        NameAndContact = string.IsNullOrWhiteSpace(nameAndContact) ? null : nameAndContact.Trim();
        NhsNumber = nhsNumber == default(NhsNumber) ? null : nhsNumber;
    }

    /// <summary>Gets no details.</summary>
    /// <value>Neither name nor NHS number.</value>
    public static PlanPerson None { get; } = new(null, null);

    /// <summary>Gets the name and contact details.</summary>
    /// <value>Text, or <see langword="null"/>.</value>
    public string? NameAndContact { get; }

    /// <summary>Gets the NHS number.</summary>
    /// <value>An NHS number, or <see langword="null"/>.</value>
    public NhsNumber? NhsNumber { get; }

    /// <summary>Says which details are present, not what they are.</summary>
    /// <returns>For example <c>PlanPerson(name: yes, NHS number: no)</c>.</returns>
    public override string ToString() => $"PlanPerson(name: {(NameAndContact is null ? "no" : "yes")}, NHS number: {(NhsNumber is null ? "no" : "yes")})";
}
