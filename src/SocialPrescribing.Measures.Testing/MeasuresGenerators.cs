using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using SocialPrescribing.Testing;

namespace SocialPrescribing.Measures.Testing;

/// <summary>FsCheck generators of valid SocialPrescribing.Measures values: ONS4 items, ratings, answers and responses, PAM scores and eligibility facts.</summary>
/// <threadsafety>Generators are immutable; safe to use from any thread.</threadsafety>
public static class MeasuresGenerators
{
    /// <summary>Gets a generator of ONS4 items.</summary>
    /// <value>The four items.</value>
    public static Gen<Ons4Item> Ons4Items { get; } = Gen.Elements(Enum.GetValues<Ons4Item>());

    /// <summary>Gets a generator of ONS4 ratings 0-10.</summary>
    /// <value>Every rating.</value>
    public static Gen<Ons4Rating> Ons4Ratings { get; } = Gen.Choose(Ons4Rating.MinValue, Ons4Rating.MaxValue).Select(Ons4Rating.Create);

    /// <summary>Gets a generator of ONS4 answers: mostly ratings, sometimes refused or not asked.</summary>
    /// <value>Every kind of answer.</value>
    public static Gen<Ons4Answer> Ons4Answers { get; } = Gen.Frequency(
        (8, Ons4Ratings.Select(Ons4Answer.FromRating)),
        (1, Gen.Constant(Ons4Answer.Refused)),
        (1, Gen.Constant(Ons4Answer.NotAsked)));

    /// <summary>Gets a generator of ONS4 responses.</summary>
    /// <value>Any date, occasion and answers.</value>
    public static Gen<Ons4Response> Ons4Responses { get; } =
        from date in CoreGenerators.Dates
        from occasion in Gen.Elements(Enum.GetValues<AssessmentOccasion>())
        from answers in Gen.ArrayOf(Ons4Answers, 4)
        select new Ons4Response(date, occasion, answers[0], answers[1], answers[2], answers[3]);

    /// <summary>Gets a generator of PAM scores 0.0-100.0, with the level boundaries 47.0/47.1, 55.1/55.2 and 67.0/67.1 common.</summary>
    /// <value>Every score.</value>
    public static Gen<PamScore> PamScores { get; } = Gen.Frequency(
        (4, Gen.Choose(0, PamScore.MaxTenths).Select(PamScore.FromTenths)),
        (1, Gen.Elements(0, 470, 471, 551, 552, 670, 671, 1000).Select(PamScore.FromTenths)));

    /// <summary>Gets a generator of PAM eligibility facts, each yes, no or unknown.</summary>
    /// <value>Every combination.</value>
    public static Gen<PamEligibilityForm> PamEligibilityForms { get; } =
        from a in Gen.ArrayOf(Gen.Elements(Enum.GetValues<FactAnswer>()), 7)
        select new PamEligibilityForm
        {
            LiteracyLevel1 = a[0],
            HealthNeedOrRisk = a[1],
            SevereMentalHealthProblems = a[2],
            Dementia = a[3],
            LimitedEnglish = a[4],
            ModerateToSevereLearningDisabilities = a[5],
            StrugglesToUnderstandQuestions = a[6],
        };
}
