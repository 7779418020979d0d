using System.Collections.ObjectModel;
using System.Globalization;
using FluentValidation;
using NodaTime;
using NodaTime.Text;
using SocialPrescribing.Utility;

namespace SocialPrescribing.QualityAssurance;

/// <summary>The agreement to connect through social prescribing, signed by a representative of the PCN and of the group (seed Appendix 5).</summary>
/// <remarks>
/// The agreement is made by the link worker on behalf of the PCN and signed by a representative of the PCN (the link
/// worker) and of the organisation or group (seed section 9, process steps 3 and 5). Names stay out of
/// <see cref="ToString"/>. See <c>docs/quality-assurance.md</c>.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class AgreementToConnect
{
    /// <summary>Creates a signed agreement.</summary>
    /// <param name="pcnRepresentative">The primary care network's representative (the link worker, section 9 process step 5).</param>
    /// <param name="groupRepresentative">The VCSE organisation's or community group's representative.</param>
    /// <param name="actionsAgreed">The actions agreed ("Actions agreed:" on the sheet); may be empty.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public AgreementToConnect(Signature pcnRepresentative, Signature groupRepresentative, IEnumerable<string> actionsAgreed)
    {
        PcnRepresentative = Preconditions.CheckNotNull(pcnRepresentative, nameof(pcnRepresentative));
        GroupRepresentative = Preconditions.CheckNotNull(groupRepresentative, nameof(groupRepresentative));
        ActionsAgreed = TextArguments.NonBlank(Preconditions.CheckNotNull(actionsAgreed, nameof(actionsAgreed)));
    }

    /// <summary>Checks a form and makes the signed agreement from it.</summary>
    /// <param name="form">The agreement as it arrived from a form.</param>
    /// <returns>The agreement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="form"/> is null.</exception>
    /// <exception cref="ValidationException">A name or date is missing; each failure names which (<see cref="AgreementToConnectFormValidator"/>).</exception>
    public static AgreementToConnect Create(AgreementToConnectForm form)
    {
        Preconditions.CheckNotNull(form, nameof(form));
        new AgreementToConnectFormValidator().ValidateAndThrow(form);
        return new AgreementToConnect(
            new Signature(form.PcnRepresentativeName!, form.PcnSignedOn!.Value), new Signature(form.GroupRepresentativeName!, form.GroupSignedOn!.Value), form.ActionsAgreed);
    }

    /// <summary>Gets the PCN representative's signature.</summary>
    /// <value>Name and date.</value>
    public Signature PcnRepresentative { get; }

    /// <summary>Gets the group representative's signature.</summary>
    /// <value>Name and date.</value>
    public Signature GroupRepresentative { get; }

    /// <summary>Gets the actions agreed.</summary>
    /// <value>Possibly empty.</value>
    public ReadOnlyCollection<string> ActionsAgreed { get; }

    /// <summary>Gets the date the agreement took effect: when the second side signed.</summary>
    /// <value>The later of the two signature dates.</value>
    public LocalDate SignedOn => LocalDate.Max(PcnRepresentative.SignedOn, GroupRepresentative.SignedOn);

    /// <summary>Describes the agreement without names.</summary>
    /// <returns>For example <c>Agreement to connect signed 2026-02-01, 2 actions</c>.</returns>
    public override string ToString() => $"Agreement to connect signed {LocalDatePattern.Iso.Format(SignedOn)}, {ActionsAgreed.Count.ToString(CultureInfo.InvariantCulture)} actions";
}
