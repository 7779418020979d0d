using System.Diagnostics;
using NodaTime;

namespace SocialPrescribing.Referrals;

/// <summary>What came of a connection, and when (seed section 4, key tasks: "Follow up to ensure they are happy, able to engage").</summary>
/// <param name="Outcome">Attended, engaged, stopped or did not attend.</param>
/// <param name="On">The date it applies to.</param>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public readonly record struct ConnectionUpdate(ConnectionOutcome Outcome, LocalDate On) : System.Numerics.IEqualityOperators<ConnectionUpdate, ConnectionUpdate, bool>
{
    /// <summary>Gets a value indicating whether this update means the person took up the support (attended or engaged), which allows an early PAM reassessment (seed Appendix 6).</summary>
    /// <value><see langword="true"/> for attended or engaged.</value>
    public bool IsSupportTakenUp => Outcome is ConnectionOutcome.Attended or ConnectionOutcome.Engaged;

    /// <summary>Describes the update.</summary>
    /// <returns>For example <c>Attended on 2026-02-01</c>.</returns>
    public override string ToString() => $"{Outcome} on {Texts.Iso(On)}";
}
