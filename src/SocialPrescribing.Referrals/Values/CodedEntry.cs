using System.Diagnostics;
using NodaTime;

namespace SocialPrescribing.Referrals;

/// <summary>One SNOMED CT code for the GP record, with the date it applies to (seed section 10: the codes are "flags for activity").</summary>
/// <param name="Concept">One of <see cref="SocialPrescribingConcepts.All"/>.</param>
/// <param name="On">The date of the offer, the referral or the decline.</param>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public readonly record struct CodedEntry(SnomedConcept Concept, LocalDate On) : System.Numerics.IEqualityOperators<CodedEntry, CodedEntry, bool>
{
    /// <summary>Describes the entry.</summary>
    /// <returns>For example <c>871731000000106 |Referral to social prescribing service (procedure)| on 2026-01-05</c>.</returns>
    public override string ToString() => $"{Concept} on {Texts.Iso(On)}";
}
