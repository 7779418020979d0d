using FsCheck;
using FsCheck.Fluent;

namespace SocialPrescribing.QualityAssurance.Testing;

/// <summary>FsCheck arbitraries for SocialPrescribing.QualityAssurance types; register with <c>[Properties(Arbitrary = ...)]</c>.</summary>
/// <remarks>
/// Each shrinks (<see cref="QualityAssuranceGenerators.ShrinkCheck"/>, <see cref="QualityAssuranceGenerators.ShrinkSchedule"/>,
/// <see cref="QualityAssuranceGenerators.ShrinkMenu"/>), so a failing property reports a small counterexample. Dates come from
/// <see cref="SocialPrescribing.Testing.CoreArbitraries"/>: register both.
/// </remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class QualityAssuranceArbitraries
{
    /// <summary>Quality assurance checks part-way through, undecided; shrinks by removing recorded results.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<QualityAssuranceCheck> QualityAssuranceCheck() => Arb.From(QualityAssuranceGenerators.UndecidedChecks, QualityAssuranceGenerators.ShrinkCheck);

    /// <summary>Schedules of agreements to connect at every stage of their year; shrinks by removing what was recorded after signing.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<GroupSchedule> GroupSchedule() => Arb.From(QualityAssuranceGenerators.Schedules, QualityAssuranceGenerators.ShrinkSchedule);

    /// <summary>Menus of groups in every QA state; shrinks by removing groups and simplifying the rest.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CommunityGroupMenu> CommunityGroupMenu() => Arb.From(QualityAssuranceGenerators.Menus, QualityAssuranceGenerators.ShrinkMenu);
}
