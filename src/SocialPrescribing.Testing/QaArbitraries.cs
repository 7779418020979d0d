using FsCheck;
using FsCheck.Fluent;
using SocialPrescribing.QualityAssurance;

namespace SocialPrescribing.Testing;

/// <summary>FsCheck arbitraries for SocialPrescribing.QualityAssurance types; register with <c>[Properties(Arbitrary = ...)]</c>.</summary>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class QaArbitraries
{
    /// <summary>Reviews part-way through, undecided.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<QaReview> QaReview() => QaGenerators.UndecidedReviews.ToArbitrary();

    /// <summary>Agreements at every stage of their year.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<GroupAgreement> GroupAgreement() => QaGenerators.Agreements.ToArbitrary();

    /// <summary>Menus of groups in every QA state.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CommunityGroupMenu> CommunityGroupMenu() => QaGenerators.Menus.ToArbitrary();
}
