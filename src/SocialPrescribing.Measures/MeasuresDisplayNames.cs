using SocialPrescribing.Utility;

namespace SocialPrescribing.Measures;

/// <summary>The words for people for the measures' codes: "level 1", not <c>Level1</c>.</summary>
/// <remarks>British English, lower case except the ONS4 items (which start a line); invariant across cultures. Store and compare the codes; show these.</remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class MeasuresDisplayNames
{
    /// <summary>Gets the words for a PAM level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>For example "level 1".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a named member.</exception>
    public static string GetDisplayName(this PamLevel level) => level switch
    {
        PamLevel.Level1 => "level 1",
        PamLevel.Level2 => "level 2",
        PamLevel.Level3 => "level 3",
        PamLevel.Level4 => "level 4",
        _ => Unknown(level),
    };

    /// <summary>Gets the words for an ONS4 band.</summary>
    /// <param name="band">The band.</param>
    /// <returns>For example "very high".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="band"/> is not a named member.</exception>
    public static string GetDisplayName(this Ons4Band band) => band switch
    {
        Ons4Band.VeryLow => "very low",
        Ons4Band.Low => "low",
        Ons4Band.Medium => "medium",
        Ons4Band.High => "high",
        Ons4Band.VeryHigh => "very high",
        _ => Unknown(band),
    };

    /// <summary>Gets the words for whether PAM suits a person.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>"eligible", "not suitable" or "needs confirmation".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is not a named member.</exception>
    public static string GetDisplayName(this PamEligibilityOutcome outcome) => outcome switch
    {
        PamEligibilityOutcome.Eligible => "eligible",
        PamEligibilityOutcome.NotSuitable => "not suitable",
        PamEligibilityOutcome.NeedsConfirmation => "needs confirmation",
        _ => Unknown(outcome),
    };

    /// <summary>Gets the words for the direction of a change.</summary>
    /// <param name="direction">The direction.</param>
    /// <returns>"improved", "no change", "worsened" or "not comparable".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="direction"/> is not a named member.</exception>
    public static string GetDisplayName(this ChangeDirection direction) => direction switch
    {
        ChangeDirection.Improved => "improved",
        ChangeDirection.Worsened => "worsened",
        ChangeDirection.Unchanged => "no change",
        ChangeDirection.NotComparable => "not comparable",
        _ => Unknown(direction),
    };

    /// <summary>Gets the words for an ONS4 item.</summary>
    /// <param name="item">The item.</param>
    /// <returns>For example "Life satisfaction".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="item"/> is not a named member.</exception>
    public static string GetDisplayName(this Ons4Item item) => item switch
    {
        Ons4Item.LifeSatisfaction => "Life satisfaction",
        Ons4Item.Worthwhile => "Things done are worthwhile",
        Ons4Item.Happiness => "Happiness yesterday",
        Ons4Item.Anxiety => "Anxiety yesterday",
        _ => Unknown(item),
    };

    private static string Unknown<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => throw new ArgumentOutOfRangeException(nameof(value), value, Preconditions.EnumValueNotDefined);
}
