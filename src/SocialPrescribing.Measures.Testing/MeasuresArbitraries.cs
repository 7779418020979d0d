using FsCheck;
using FsCheck.Fluent;

namespace SocialPrescribing.Measures.Testing;

/// <summary>FsCheck arbitraries for SocialPrescribing.Measures types; register with <c>[Properties(Arbitrary = ...)]</c>.</summary>
/// <remarks>
/// Dates come from <see cref="SocialPrescribing.Testing.CoreArbitraries"/>: register both,
/// <c>[assembly: Properties(Arbitrary = [typeof(CoreArbitraries), typeof(MeasuresArbitraries)])]</c>.
/// </remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class MeasuresArbitraries
{
    /// <summary>The four ONS4 items.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Ons4Item> Ons4Item() => MeasuresGenerators.Ons4Items.ToArbitrary();

    /// <summary>ONS4 ratings 0-10.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Ons4Rating> Ons4Rating() => MeasuresGenerators.Ons4Ratings.ToArbitrary();

    /// <summary>ONS4 answers of every kind.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Ons4Answer> Ons4Answer() => MeasuresGenerators.Ons4Answers.ToArbitrary();

    /// <summary>ONS4 responses.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Ons4Response> Ons4Response() => MeasuresGenerators.Ons4Responses.ToArbitrary();

    /// <summary>PAM scores, boundaries common.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PamScore> PamScore() => MeasuresGenerators.PamScores.ToArbitrary();

    /// <summary>PAM eligibility facts in every combination.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PamEligibilityForm> PamEligibilityForms() => MeasuresGenerators.PamEligibilityForms.ToArbitrary();
}
