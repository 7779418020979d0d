using System.Collections.ObjectModel;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Measures;

/// <summary>The four ONS4 questions, word for word from Appendix 6 of the seed ("Measuring impact", item 1).</summary>
/// <threadsafety>Static and immutable; safe to use from any thread.</threadsafety>
public static class Ons4Questions
{
    /// <summary>Gets the four questions in the order Appendix 6 asks them.</summary>
    /// <value>Life satisfaction, worthwhile, happiness, anxiety.</value>
    public static ReadOnlyCollection<Ons4Question> All { get; } = Array.AsReadOnly(
    [
        new Ons4Question(Ons4Item.LifeSatisfaction, "Overall, how satisfied are you with your life nowadays?", "not at all", "completely"),
        new Ons4Question(Ons4Item.Worthwhile, "Overall, to what extent do you feel the things you do in your life are worthwhile?", "not at all", "completely"),
        new Ons4Question(Ons4Item.Happiness, "Overall, how happy did you feel yesterday?", "not at all", "completely"),
        new Ons4Question(
            Ons4Item.Anxiety,
            "On a scale where 0 is \u201Cnot at all anxious\u201D and 10 is \u201Ccompletely anxious\u201D, overall, how anxious did you feel yesterday?",
            "not at all anxious",
            "completely anxious"),
    ]);

    /// <summary>Gets the question for an item.</summary>
    /// <param name="item">The item.</param>
    /// <returns>Its question.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="item"/> is not one of the four items.</exception>
    public static Ons4Question For(Ons4Item item)
    {
        Preconditions.CheckDefined(item, nameof(item));
        return All[(int)item - 1];
    }
}
