using FluentValidation;
using NodaTime;
using NodaTime.Text;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Measures;

/// <summary>One completed ONS4 questionnaire: the four answers, the date asked, and whether it was the baseline or a follow-up.</summary>
/// <remarks>
/// <para>
/// Everyone referred is asked, at the start and at least every 6 months, for one year (seed section 11 and
/// section 5 item 8). Any item may be unanswered; see <see cref="Ons4Answer"/>.
/// </para>
/// <para><see cref="ToString"/> says when and how many items were answered, not the ratings.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class Ons4Response
{
    /// <summary>Creates a response.</summary>
    /// <param name="dateAsked">The date the questions were asked.</param>
    /// <param name="occasion">Baseline or follow-up.</param>
    /// <param name="lifeSatisfaction">The answer to the life satisfaction question.</param>
    /// <param name="worthwhile">The answer to the worthwhile question.</param>
    /// <param name="happiness">The answer to the happiness question.</param>
    /// <param name="anxiety">The answer to the anxiety question.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="occasion"/> is not a named member.</exception>
    public Ons4Response(LocalDate dateAsked, AssessmentOccasion occasion, Ons4Answer lifeSatisfaction, Ons4Answer worthwhile, Ons4Answer happiness, Ons4Answer anxiety)
    {
        Preconditions.CheckDefined(occasion, nameof(occasion));
        DateAsked = dateAsked;
        Occasion = occasion;
        LifeSatisfaction = lifeSatisfaction;
        Worthwhile = worthwhile;
        Happiness = happiness;
        Anxiety = anxiety;
    }

    /// <summary>Checks a form and builds the response.</summary>
    /// <param name="form">The form as filled in.</param>
    /// <returns>The response; a rating left empty is refused or not asked, never 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="form"/> is null.</exception>
    /// <exception cref="ValidationException">The form breaks a rule; each failure names the field and the rule.</exception>
    public static Ons4Response Create(Ons4ResponseForm form)
    {
        Preconditions.CheckNotNull(form, nameof(form));
        Ons4ResponseFormValidator.Instance.ValidateAndThrow(form);
        return new Ons4Response(
            form.DateAsked!.Value,
            form.Occasion!.Value,
            form.AnswerFor(Ons4Item.LifeSatisfaction, form.LifeSatisfaction),
            form.AnswerFor(Ons4Item.Worthwhile, form.Worthwhile),
            form.AnswerFor(Ons4Item.Happiness, form.Happiness),
            form.AnswerFor(Ons4Item.Anxiety, form.Anxiety));
    }

    /// <summary>Gets the date the questions were asked.</summary>
    /// <value>A calendar date.</value>
    public LocalDate DateAsked { get; }

    /// <summary>Gets whether this was the baseline or a follow-up.</summary>
    /// <value>Baseline or follow-up.</value>
    public AssessmentOccasion Occasion { get; }

    /// <summary>Gets the answer to "Overall, how satisfied are you with your life nowadays?".</summary>
    /// <value>A rating, refused or not asked.</value>
    public Ons4Answer LifeSatisfaction { get; }

    /// <summary>Gets the answer to "Overall, to what extent do you feel the things you do in your life are worthwhile?".</summary>
    /// <value>A rating, refused or not asked.</value>
    public Ons4Answer Worthwhile { get; }

    /// <summary>Gets the answer to "Overall, how happy did you feel yesterday?".</summary>
    /// <value>A rating, refused or not asked.</value>
    public Ons4Answer Happiness { get; }

    /// <summary>Gets the answer to "Overall, how anxious did you feel yesterday?".</summary>
    /// <value>A rating, refused or not asked.</value>
    public Ons4Answer Anxiety { get; }

    /// <summary>Gets the answer to one item.</summary>
    /// <param name="item">The item.</param>
    /// <returns>Its answer.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="item"/> is not one of the four items.</exception>
    public Ons4Answer this[Ons4Item item] => item switch
    {
        Ons4Item.LifeSatisfaction => LifeSatisfaction,
        Ons4Item.Worthwhile => Worthwhile,
        Ons4Item.Happiness => Happiness,
        Ons4Item.Anxiety => Anxiety,
        _ => throw new ArgumentOutOfRangeException(nameof(item), MeasuresMessages.Ons4ItemNotDefined),
    };

    /// <summary>Gets how many of the four items were rated.</summary>
    /// <value>0 to 4.</value>
    public int RatedCount => (LifeSatisfaction.IsRated ? 1 : 0) + (Worthwhile.IsRated ? 1 : 0) + (Happiness.IsRated ? 1 : 0) + (Anxiety.IsRated ? 1 : 0);

    /// <summary>Gets the band of one item's answer.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The band, or <see langword="null"/> when the item was not rated.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="item"/> is not one of the four items.</exception>
    public Ons4Band? BandOf(Ons4Item item) => Ons4Thresholds.BandOf(item, this[item]);

    /// <summary>Describes the response without its ratings.</summary>
    /// <returns>For example <c>ONS4 Baseline on 2026-01-05, 4 of 4 items rated</c>.</returns>
    public override string ToString() => $"ONS4 {Occasion} on {LocalDatePattern.Iso.Format(DateAsked)}, {RatedCount} of 4 items rated";
}
