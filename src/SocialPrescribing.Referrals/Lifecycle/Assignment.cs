using System.Diagnostics;
using NodaTime;

namespace SocialPrescribing.Referrals;

/// <summary>One entry of who held an episode: the link worker, from when, and why (seed section 7, "Arranging cover for lone link workers in PCNs").</summary>
/// <param name="LinkWorker">The link worker who held the episode from <paramref name="From"/>.</param>
/// <param name="From">The date they took it on.</param>
/// <param name="Reason">Cover or handover; <see langword="null"/> for the link worker who accepted the referral.</param>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public readonly record struct Assignment(LinkWorkerId LinkWorker, LocalDate From, ReassignmentReason? Reason) : System.Numerics.IEqualityOperators<Assignment, Assignment, bool>
{
    /// <summary>Describes the assignment.</summary>
    /// <returns>For example <c>LW-02 from 2026-03-01 (Cover)</c>.</returns>
    public override string ToString() => $"{LinkWorker} from {Texts.Iso(From)}" + (Reason is ReassignmentReason why ? $" ({why})" : " (accepted)");
}
