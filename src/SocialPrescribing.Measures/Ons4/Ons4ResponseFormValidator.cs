using System.Linq.Expressions;
using FluentValidation;

namespace SocialPrescribing.Measures;

/// <summary>Checks an <see cref="Ons4ResponseForm"/>: each failure names the field and the rule in plain English, with a stable code.</summary>
/// <remarks>
/// Rules: the date asked and the occasion are given; each rating present is a whole number from 0 to 10 (Appendix 6);
/// an item marked refused has no rating. Messages never repeat the value entered.
/// </remarks>
/// <threadsafety>Immutable once constructed; safe to share between threads.</threadsafety>
public sealed class Ons4ResponseFormValidator : AbstractValidator<Ons4ResponseForm>
{
    private const string DateAsked = "ONS4 date asked";
    private const string Occasion = "ONS4 occasion";

    /// <summary>Creates the validator.</summary>
    public Ons4ResponseFormValidator()
    {
        RuleFor(f => f.DateAsked).NotNull().WithName(DateAsked).WithMessage(MeasuresMessages.RequiredTemplate).WithErrorCode(MeasuresErrorCodes.Ons4DateRequired);
        RuleFor(f => f.Occasion)
            .NotNull().WithName(Occasion).WithMessage(MeasuresMessages.Ons4OccasionTemplate).WithErrorCode(MeasuresErrorCodes.Ons4OccasionRequired)
            .IsInEnum().WithMessage(MeasuresMessages.Ons4OccasionTemplate).WithErrorCode(MeasuresErrorCodes.Ons4OccasionRequired);
        RatingRules(f => f.LifeSatisfaction, Ons4Item.LifeSatisfaction, "Life satisfaction (ONS4 question 1)");
        RatingRules(f => f.Worthwhile, Ons4Item.Worthwhile, "Worthwhile (ONS4 question 2)");
        RatingRules(f => f.Happiness, Ons4Item.Happiness, "Happiness yesterday (ONS4 question 3)");
        RatingRules(f => f.Anxiety, Ons4Item.Anxiety, "Anxiety yesterday (ONS4 question 4)");
    }

    /// <summary>Gets a shared instance.</summary>
    /// <value>A validator with the rules above.</value>
    internal static Ons4ResponseFormValidator Instance { get; } = new();

    private void RatingRules(Expression<Func<Ons4ResponseForm, int?>> rating, Ons4Item item, string name)
    {
        RuleFor(rating)
            .InclusiveBetween(Ons4Rating.MinValue, Ons4Rating.MaxValue)
            .WithName(name)
            .WithMessage(MeasuresMessages.Ons4RatingRangeTemplate)
            .WithErrorCode(MeasuresErrorCodes.Ons4RatingOutOfRange);
        RuleFor(rating)
            .Null()
            .When(f => f.Refused.Contains(item))
            .WithName(name)
            .WithMessage(MeasuresMessages.Ons4RefusedAndRatedTemplate)
            .WithErrorCode(MeasuresErrorCodes.Ons4RefusedAndRated);
    }
}
