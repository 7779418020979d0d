namespace SocialPrescribing.Measures;

/// <summary>The score thresholds of the four PAM levels, and the recognised meaningful change.</summary>
/// <remarks>
/// <para>
/// Levels (Hibbard et al.; `docs/measures.md`): 1 up to 47.0; 2 from 47.1 to 55.1; 3 from 55.2
/// to 67.0; 4 from 67.1. The level never falls as the score rises.
/// </para>
/// <para>A gain of <see cref="MeaningfulImprovement"/> (3 points) or more is the recognised meaningful improvement (PAM performance measure, CBE 2483).</para>
/// </remarks>
/// <threadsafety>Static and stateless; safe to use from any thread.</threadsafety>
public static class PamLevels
{
    /// <summary>The highest level 1 score, 47.0.</summary>
    public const decimal Level1Max = 47.0m;

    /// <summary>The highest level 2 score, 55.1.</summary>
    public const decimal Level2Max = 55.1m;

    /// <summary>The highest level 3 score, 67.0.</summary>
    public const decimal Level3Max = 67.0m;

    /// <summary>The smallest gain that counts as a meaningful improvement, 3.0 points.</summary>
    public const decimal MeaningfulImprovement = 3.0m;

    private const int Level1MaxTenths = 470;
    private const int Level2MaxTenths = 551;
    private const int Level3MaxTenths = 670;

    /// <summary>The meaningful improvement in tenths of a point.</summary>
    internal const int MeaningfulImprovementTenths = 30;

    /// <summary>Gets the activation level of a score.</summary>
    /// <param name="score">The score from the licensed tool.</param>
    /// <returns>Level 1 to 4.</returns>
    public static PamLevel LevelOf(PamScore score) => score.Tenths switch
    {
        <= Level1MaxTenths => PamLevel.Level1,
        <= Level2MaxTenths => PamLevel.Level2,
        <= Level3MaxTenths => PamLevel.Level3,
        _ => PamLevel.Level4,
    };
}
