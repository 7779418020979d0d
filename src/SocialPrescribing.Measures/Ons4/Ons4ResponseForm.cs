using NodaTime;

namespace SocialPrescribing.Measures;

/// <summary>An ONS4 questionnaire as it arrives from a form: raw numbers, which <see cref="Ons4ResponseFormValidator"/> checks.</summary>
/// <remarks>
/// A rating left empty is not asked unless its item is in <see cref="Refused"/>; either way it is never scored as 0.
/// <see cref="Ons4Response.Create(Ons4ResponseForm)"/> turns a valid form into an <see cref="Ons4Response"/>.
/// </remarks>
/// <threadsafety>Mutable (bound by forms); not safe to share between threads while it changes.</threadsafety>
public sealed class Ons4ResponseForm
{
    /// <summary>Gets or sets the date the questions were asked.</summary>
    /// <value>Required.</value>
    public LocalDate? DateAsked { get; set; }

    /// <summary>Gets or sets whether this was the baseline or a follow-up.</summary>
    /// <value>Required.</value>
    public AssessmentOccasion? Occasion { get; set; }

    /// <summary>Gets or sets the life satisfaction rating.</summary>
    /// <value>0 to 10, or <see langword="null"/> when not answered.</value>
    public int? LifeSatisfaction { get; set; }

    /// <summary>Gets or sets the worthwhile rating.</summary>
    /// <value>0 to 10, or <see langword="null"/> when not answered.</value>
    public int? Worthwhile { get; set; }

    /// <summary>Gets or sets the happiness rating.</summary>
    /// <value>0 to 10, or <see langword="null"/> when not answered.</value>
    public int? Happiness { get; set; }

    /// <summary>Gets or sets the anxiety rating.</summary>
    /// <value>0 to 10, or <see langword="null"/> when not answered.</value>
    public int? Anxiety { get; set; }

    /// <summary>Gets the items the person was asked and chose not to answer.</summary>
    /// <value>Items with no rating; empty by default.</value>
    public ISet<Ons4Item> Refused { get; } = new HashSet<Ons4Item>();

    /// <summary>The answer the form gives for one item: its rating, else refused or not asked (never 0).</summary>
    internal Ons4Answer AnswerFor(Ons4Item item, int? rating)
        => rating is int value ? Ons4Answer.Create(value) : Refused.Contains(item) ? Ons4Answer.Refused : Ons4Answer.NotAsked;
}
