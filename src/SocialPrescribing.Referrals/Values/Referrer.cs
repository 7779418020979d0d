using System.Diagnostics;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>Who made a referral: the kind of source, the organisation, the service and the referrer's role (seed section 10, "Who made the referral"; PRSB "Referrer details").</summary>
/// <remarks>
/// <para>
/// The kind is Core's <see cref="ReferralSourceKind"/> (seed section 1, footnote 9; section 4, key responsibility 1).
/// The organisation is its ODS code when known (PRSB "Organisation - Coded value"); the service and role are short free
/// text (PRSB "Service - Free text", "Role"), at most 150 characters each, trimmed.
/// </para>
/// <para><see cref="ToString"/> shows the kind and the ODS code only, never the free text.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record Referrer : System.Numerics.IEqualityOperators<Referrer, Referrer, bool>
{
    /// <summary>Creates a referrer.</summary>
    /// <param name="kind">The kind of source.</param>
    /// <param name="organisation">The referring organisation's ODS code, when known.</param>
    /// <param name="service">The referring service, in a few words.</param>
    /// <param name="role">The referrer's role, such as "Practice nurse".</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a named member.</exception>
    /// <exception cref="ArgumentException"><paramref name="organisation"/> is the default ODS code, or a text is blank or longer than 150 characters.</exception>
    public Referrer(ReferralSourceKind kind, OdsCode? organisation = null, string? service = null, string? role = null)
    {
        Preconditions.CheckDefined(kind, nameof(kind));
        Preconditions.CheckArgument(organisation is null || organisation.Value != default, nameof(organisation), ReferralsMessages.OdsCodeDefault);
        Kind = kind;
        Organisation = organisation;
        Service = Texts.Optional(service, nameof(service));
        Role = Texts.Optional(role, nameof(role));
    }

    /// <summary>Gets the kind of source.</summary>
    /// <value>A named member of <see cref="ReferralSourceKind"/>.</value>
    public ReferralSourceKind Kind { get; }

    /// <summary>Gets the referring organisation's ODS code.</summary>
    /// <value>A code, or <see langword="null"/> when not known (always for a self-referral).</value>
    public OdsCode? Organisation { get; }

    /// <summary>Gets the referring service.</summary>
    /// <value>1 to 150 characters, or <see langword="null"/>.</value>
    public string? Service { get; }

    /// <summary>Gets the referrer's role.</summary>
    /// <value>1 to 150 characters, or <see langword="null"/>.</value>
    public string? Role { get; }

    /// <summary>Gets a value indicating whether the person referred themselves.</summary>
    /// <value><see langword="true"/> for <see cref="ReferralSourceKind.SelfReferral"/>.</value>
    public bool IsSelfReferral => Kind == ReferralSourceKind.SelfReferral;

    /// <summary>Describes the referrer by kind and ODS code.</summary>
    /// <returns>For example <c>GpPractice A81001</c>.</returns>
    public override string ToString() => Organisation is OdsCode code ? $"{Kind} {code}" : Kind.ToString();
}
