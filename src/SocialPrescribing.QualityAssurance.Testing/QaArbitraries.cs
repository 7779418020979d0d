using FsCheck;
using FsCheck.Fluent;

namespace SocialPrescribing.QualityAssurance.Testing;

/// <summary>FsCheck arbitraries for SocialPrescribing.QualityAssurance types; register with <c>[Properties(Arbitrary = ...)]</c>.</summary>
/// <remarks>
/// Each shrinks (<see cref="QaGenerators.ShrinkReview"/>, <see cref="QaGenerators.ShrinkAgreement"/>,
/// <see cref="QaGenerators.ShrinkMenu"/>), so a failing property reports a small counterexample. Dates come from
/// <see cref="SocialPrescribing.Testing.CoreArbitraries"/>: register both.
/// </remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class QaArbitraries
{
    /// <summary>Reviews part-way through, undecided; shrinks by removing recorded results.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<QaReview> QaReview() => Arb.From(QaGenerators.UndecidedReviews, QaGenerators.ShrinkReview);

    /// <summary>Agreements at every stage of their year; shrinks by removing what was recorded after signing.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<GroupAgreement> GroupAgreement() => Arb.From(QaGenerators.Agreements, QaGenerators.ShrinkAgreement);

    /// <summary>Menus of groups in every QA state; shrinks by removing groups and simplifying the rest.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CommunityGroupMenu> CommunityGroupMenu() => Arb.From(QaGenerators.Menus, QaGenerators.ShrinkMenu);
}
