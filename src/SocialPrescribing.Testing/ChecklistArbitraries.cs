using FsCheck;
using FsCheck.Fluent;
using SocialPrescribing.Checklists;

namespace SocialPrescribing.Testing;

/// <summary>FsCheck arbitraries for SocialPrescribing.Checklists types; register with <c>[Properties(Arbitrary = ...)]</c>.</summary>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class ChecklistArbitraries
{
    /// <summary>Seed checklists with some items answered validly.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<FilledChecklist> FilledChecklist() => ChecklistGenerators.ValidFilledChecklists.ToArbitrary();
}
