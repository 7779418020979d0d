namespace SocialPrescribing.Measures;

/// <summary>The ONS thresholds that put an ONS4 rating in a band: one table for the whole product.</summary>
/// <remarks>
/// <para>
/// From the ONS's personal wellbeing thresholds (`docs/measures.md`): life satisfaction, worthwhile and
/// happiness 0-4 low, 5-6 medium, 7-8 high, 9-10 very high; anxiety 0-1 very low, 2-3 low, 4-5 medium, 6-10 high.
/// Banding is total (every rating of every item has a band) and monotone (a higher rating never has a lower band).
/// </para>
/// <para>For anxiety a lower band is the better one; for the other three items a higher band is.</para>
/// </remarks>
/// <threadsafety>Static and stateless; safe to use from any thread.</threadsafety>
public static class Ons4Thresholds
{
    /// <summary>Band of each rating 0-10 for life satisfaction, worthwhile and happiness.</summary>
    private static ReadOnlySpan<byte> PositiveItemBands => [2, 2, 2, 2, 2, 3, 3, 4, 4, 5, 5];

    /// <summary>Band of each rating 0-10 for anxiety.</summary>
    private static ReadOnlySpan<byte> AnxietyBands => [1, 1, 2, 2, 3, 3, 4, 4, 4, 4, 4];

    /// <summary>Gets the band of a rating for an item.</summary>
    /// <param name="item">The item rated.</param>
    /// <param name="rating">The rating.</param>
    /// <returns>The ONS threshold band.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="item"/> is not one of the four items.</exception>
    public static Ons4Band BandOf(Ons4Item item, Ons4Rating rating)
    {
        CheckItem(item);
        ReadOnlySpan<byte> bands = item == Ons4Item.Anxiety ? AnxietyBands : PositiveItemBands;
        return (Ons4Band)bands[rating.Value];
    }

    /// <summary>Gets the band of an answer, if it is rated.</summary>
    /// <param name="item">The item answered.</param>
    /// <param name="answer">The answer.</param>
    /// <returns>The band, or <see langword="null"/> when the item was refused or not asked.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="item"/> is not one of the four items.</exception>
    public static Ons4Band? BandOf(Ons4Item item, Ons4Answer answer)
    {
        CheckItem(item);
        return answer.TryGetRating(out Ons4Rating rating) ? BandOf(item, rating) : null;
    }

    /// <summary>Tests whether moving from one rating to another is an improvement for an item.</summary>
    /// <param name="item">The item rated.</param>
    /// <param name="from">The earlier rating.</param>
    /// <param name="to">The later rating.</param>
    /// <returns>Improved, unchanged or worsened; for anxiety a fall is the improvement.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="item"/> is not one of the four items.</exception>
    public static ChangeDirection DirectionOf(Ons4Item item, Ons4Rating from, Ons4Rating to)
    {
        CheckItem(item);
        int rise = to.Value - from.Value;
        int better = item == Ons4Item.Anxiety ? -rise : rise;
        return better switch
        {
            > 0 => ChangeDirection.Improved,
            < 0 => ChangeDirection.Worsened,
            _ => ChangeDirection.Unchanged,
        };
    }

    /// <summary>Throws unless <paramref name="item"/> is one of the four items (a range check: this is on every hot path).</summary>
    /// <remarks>Unchecked: the assembly checks arithmetic, and an item below the first must wrap to a large unsigned value, not overflow.</remarks>
    internal static void CheckItem(Ons4Item item)
    {
        if (unchecked((uint)(item - Ons4Item.LifeSatisfaction)) > (uint)(Ons4Item.Anxiety - Ons4Item.LifeSatisfaction))
        {
            throw new ArgumentOutOfRangeException(nameof(item), MeasuresMessages.Ons4ItemNotDefined);
        }
    }
}
