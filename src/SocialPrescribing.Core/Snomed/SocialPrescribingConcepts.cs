using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;

namespace SocialPrescribing;

/// <summary>
/// The three SNOMED CT codes that flag social prescribing activity in the GP record (seed section 10, Appendix 3
/// item 4; the link worker framework, section 5 item 8, asks link workers and PCN staff to use them).
/// </summary>
/// <remarks>
/// <para>
/// All three are long-format concept identifiers in the UK extension namespace 1000000. The seed asks GPs and
/// other staff making referrals to use them "as flags for activity": offered, declined, and referred.
/// </para>
/// </remarks>
/// <threadsafety>Static and immutable; safe to use from any thread.</threadsafety>
public static class SocialPrescribingConcepts
{
    /// <summary>Gets 871691000000100 |Social prescribing offered (finding)|.</summary>
    /// <value>The concept recorded when social prescribing is offered to a person.</value>
    public static SnomedConcept Offered { get; } = new(SctId.Parse("871691000000100"), "Social prescribing offered", "finding");

    /// <summary>Gets 871711000000103 |Social prescribing declined (situation)|.</summary>
    /// <value>The concept recorded when a person declines social prescribing.</value>
    public static SnomedConcept Declined { get; } = new(SctId.Parse("871711000000103"), "Social prescribing declined", "situation");

    /// <summary>Gets 871731000000106 |Referral to social prescribing service (procedure)|.</summary>
    /// <value>The concept recorded when a person is referred to the social prescribing link worker.</value>
    public static SnomedConcept ReferralToService { get; } = new(SctId.Parse("871731000000106"), "Referral to social prescribing service", "procedure");

    /// <summary>Gets the three codes, in the order seed section 10 lists them.</summary>
    /// <value>Offered, declined, referral to service.</value>
    public static ReadOnlyCollection<SnomedConcept> All { get; } = new([Offered, Declined, ReferralToService]);

    /// <summary>Looks up a social prescribing code by its identifier.</summary>
    /// <param name="id">The identifier to look up.</param>
    /// <param name="concept">The concept when found; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="id"/> is one of the three codes.</returns>
    public static bool TryGet(SctId id, [NotNullWhen(true)] out SnomedConcept? concept)
    {
        foreach (SnomedConcept candidate in All)
        {
            if (candidate.Id == id)
            {
                concept = candidate;
                return true;
            }
        }

        concept = null;
        return false;
    }

    /// <summary>Gets the social prescribing code with the given identifier.</summary>
    /// <param name="id">The identifier to look up.</param>
    /// <returns>The concept.</returns>
    /// <exception cref="KeyNotFoundException"><paramref name="id"/> is not one of the three codes.</exception>
    public static SnomedConcept Get(SctId id)
        => TryGet(id, out SnomedConcept? concept) ? concept : throw new KeyNotFoundException(CoreMessages.SnomedConceptNotSocialPrescribing);

    /// <summary>Tests whether an identifier is one of the three social prescribing codes.</summary>
    /// <param name="id">The identifier to test.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public static bool Contains(SctId id) => TryGet(id, out _);
}
