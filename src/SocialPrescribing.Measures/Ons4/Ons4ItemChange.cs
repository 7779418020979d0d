using System.Diagnostics;

namespace SocialPrescribing.Measures;

/// <summary>How one ONS4 item changed between two responses: the difference, its direction and the bands moved between.</summary>
/// <remarks>
/// <para>
/// Only two ratings can be compared: when either answer is refused or not asked, the change is
/// <see cref="ChangeDirection.NotComparable"/> and <see cref="Difference"/> is <see langword="null"/>.
/// </para>
/// <para>For anxiety a fall is the improvement (ONS; `docs/measures.md`); for the other items, a rise.</para>
/// <para>Swapping the two answers negates the change: the difference changes sign, improved and worsened swap, and so do the bands.</para>
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[DebuggerDisplay("{Item}: {Direction}")]
public readonly struct Ons4ItemChange
{
    private Ons4ItemChange(Ons4Item item, Ons4Answer from, Ons4Answer to)
    {
        Item = item;
        From = from;
        To = to;
    }

    /// <summary>Gets the item.</summary>
    /// <value>One of the four items.</value>
    public Ons4Item Item { get; }

    /// <summary>Gets the earlier answer.</summary>
    /// <value>A rating, refused or not asked.</value>
    public Ons4Answer From { get; }

    /// <summary>Gets the later answer.</summary>
    /// <value>A rating, refused or not asked.</value>
    public Ons4Answer To { get; }

    /// <summary>Gets the later rating minus the earlier one.</summary>
    /// <value>-10 to 10, or <see langword="null"/> when either item is unrated.</value>
    public int? Difference => From.TryGetRating(out Ons4Rating from) && To.TryGetRating(out Ons4Rating to) ? to.Value - from.Value : null;

    /// <summary>Gets whether the item improved, stayed the same or worsened.</summary>
    /// <value>Not comparable when either item is unrated.</value>
    public ChangeDirection Direction => From.TryGetRating(out Ons4Rating from) && To.TryGetRating(out Ons4Rating to)
        ? Ons4Thresholds.DirectionOf(Item, from, to)
        : ChangeDirection.NotComparable;

    /// <summary>Gets a value indicating whether the item moved the better way.</summary>
    /// <value><see langword="true"/> for a rise in life satisfaction, worthwhile or happiness, or a fall in anxiety.</value>
    public bool IsImprovement => Direction == ChangeDirection.Improved;

    /// <summary>Gets the band of the earlier answer.</summary>
    /// <value>The band, or <see langword="null"/> when unrated.</value>
    public Ons4Band? FromBand => Ons4Thresholds.BandOf(Item, From);

    /// <summary>Gets the band of the later answer.</summary>
    /// <value>The band, or <see langword="null"/> when unrated.</value>
    public Ons4Band? ToBand => Ons4Thresholds.BandOf(Item, To);

    /// <summary>Describes the change between two answers to one item.</summary>
    /// <param name="item">The item.</param>
    /// <param name="from">The earlier answer.</param>
    /// <param name="to">The later answer.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="item"/> is not one of the four items.</exception>
    public static Ons4ItemChange Between(Ons4Item item, Ons4Answer from, Ons4Answer to)
    {
        Ons4Thresholds.CheckItem(item);
        return new Ons4ItemChange(item, from, to);
    }
}
