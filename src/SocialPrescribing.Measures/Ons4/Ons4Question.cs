namespace SocialPrescribing.Measures;

/// <summary>One ONS4 question as Appendix 6 of the seed prints it: the wording and the two ends of its 0-10 scale.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class Ons4Question
{
    internal Ons4Question(Ons4Item item, string text, string zeroMeans, string tenMeans)
    {
        Item = item;
        Text = text;
        ZeroMeans = zeroMeans;
        TenMeans = tenMeans;
    }

    /// <summary>Gets which item this question asks about.</summary>
    /// <value>One of the four items.</value>
    public Ons4Item Item { get; }

    /// <summary>Gets the question, word for word from Appendix 6.</summary>
    /// <value>For example <c>Overall, how satisfied are you with your life nowadays?</c>.</value>
    public string Text { get; }

    /// <summary>Gets what 0 on the scale means.</summary>
    /// <value><c>not at all</c>, or <c>not at all anxious</c> for anxiety.</value>
    public string ZeroMeans { get; }

    /// <summary>Gets what 10 on the scale means.</summary>
    /// <value><c>completely</c>, or <c>completely anxious</c> for anxiety.</value>
    public string TenMeans { get; }

    /// <summary>Gets a value indicating whether a higher rating is the better one.</summary>
    /// <value><see langword="false"/> only for anxiety, where a fall is an improvement.</value>
    public bool HigherIsBetter => Item != Ons4Item.Anxiety;

    /// <summary>Returns the question text.</summary>
    /// <returns>The question, word for word.</returns>
    public override string ToString() => Text;
}
