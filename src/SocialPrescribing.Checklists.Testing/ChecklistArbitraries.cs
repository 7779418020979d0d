using FsCheck;
using FsCheck.Fluent;

namespace SocialPrescribing.Checklists.Testing;

/// <summary>FsCheck arbitraries for SocialPrescribing.Checklists types; register with <c>[Properties(Arbitrary = ...)]</c>.</summary>
/// <remarks>Dates come from <see cref="SocialPrescribing.Testing.CoreArbitraries"/>: register both.</remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class ChecklistArbitraries
{
    /// <summary>Seed checklists with some items answered validly; shrinks by removing answers and optional texts (<see cref="ChecklistGenerators.ShrinkChecklist"/>).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<FilledChecklist> FilledChecklist() => Arb.From(ChecklistGenerators.ValidFilledChecklists, ChecklistGenerators.ShrinkChecklist);
}
