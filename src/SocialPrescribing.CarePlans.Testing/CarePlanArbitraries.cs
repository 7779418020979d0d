using FsCheck;
using FsCheck.Fluent;

namespace SocialPrescribing.CarePlans.Testing;

/// <summary>FsCheck arbitraries for SocialPrescribing.CarePlans types; register with <c>[Properties(Arbitrary = ...)]</c>.</summary>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class CarePlanArbitraries
{
    /// <summary>Plans in every state.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CarePlan> CarePlan() => CarePlanGenerators.Plans.ToArbitrary();

    /// <summary>Agreed plans with a sequence of valid reviews; shrinks by removing reviews and changes.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CarePlanHistory> CarePlanHistory() => Arb.From(CarePlanGenerators.Histories, CarePlanGenerators.ShrinkHistory);

    /// <summary>The sample template and custom templates.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CarePlanTemplate> CarePlanTemplate() => CarePlanGenerators.Templates.ToArbitrary();
}
