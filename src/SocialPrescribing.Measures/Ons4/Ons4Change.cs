using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Measures;

/// <summary>How a person's ONS4 answers changed between two responses, item by item (seed section 10, "Outcomes for the person").</summary>
/// <remarks>
/// Computing a change allocates nothing. <see cref="Between"/> does not require the responses in date order:
/// swapping them negates every item's change.
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[System.Diagnostics.DebuggerDisplay("ONS4 change {FromDate} to {ToDate}")]
public readonly struct Ons4Change
{
    private Ons4Change(Ons4Response from, Ons4Response to)
    {
        FromDate = from.DateAsked;
        ToDate = to.DateAsked;
        LifeSatisfaction = Ons4ItemChange.Between(Ons4Item.LifeSatisfaction, from.LifeSatisfaction, to.LifeSatisfaction);
        Worthwhile = Ons4ItemChange.Between(Ons4Item.Worthwhile, from.Worthwhile, to.Worthwhile);
        Happiness = Ons4ItemChange.Between(Ons4Item.Happiness, from.Happiness, to.Happiness);
        Anxiety = Ons4ItemChange.Between(Ons4Item.Anxiety, from.Anxiety, to.Anxiety);
    }

    /// <summary>Gets the date of the earlier response.</summary>
    /// <value>The date the first response was asked.</value>
    public LocalDate FromDate { get; }

    /// <summary>Gets the date of the later response.</summary>
    /// <value>The date the second response was asked.</value>
    public LocalDate ToDate { get; }

    /// <summary>Gets the change in life satisfaction.</summary>
    /// <value>The item's change.</value>
    public Ons4ItemChange LifeSatisfaction { get; }

    /// <summary>Gets the change in feeling the things done are worthwhile.</summary>
    /// <value>The item's change.</value>
    public Ons4ItemChange Worthwhile { get; }

    /// <summary>Gets the change in happiness yesterday.</summary>
    /// <value>The item's change.</value>
    public Ons4ItemChange Happiness { get; }

    /// <summary>Gets the change in anxiety yesterday, where a fall is the improvement.</summary>
    /// <value>The item's change.</value>
    public Ons4ItemChange Anxiety { get; }

    /// <summary>Gets one item's change.</summary>
    /// <param name="item">The item.</param>
    /// <returns>Its change.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="item"/> is not one of the four items.</exception>
    public Ons4ItemChange this[Ons4Item item] => item switch
    {
        Ons4Item.LifeSatisfaction => LifeSatisfaction,
        Ons4Item.Worthwhile => Worthwhile,
        Ons4Item.Happiness => Happiness,
        Ons4Item.Anxiety => Anxiety,
        _ => throw new ArgumentOutOfRangeException(nameof(item), MeasuresMessages.Ons4ItemNotDefined),
    };

    /// <summary>Describes how the answers changed from one response to another.</summary>
    /// <param name="from">The earlier response (usually the baseline).</param>
    /// <param name="to">The later response (usually a follow-up).</param>
    /// <returns>The change, item by item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="from"/> or <paramref name="to"/> is null.</exception>
    public static Ons4Change Between(Ons4Response from, Ons4Response to)
    {
        Preconditions.CheckNotNull(from, nameof(from));
        Preconditions.CheckNotNull(to, nameof(to));
        return new Ons4Change(from, to);
    }
}
