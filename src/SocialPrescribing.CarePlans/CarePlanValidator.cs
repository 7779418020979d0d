using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Results;

namespace SocialPrescribing.CarePlans;

/// <summary>
/// Validates a <see cref="CarePlan"/>: its default rules are the agreement rules <see cref="CarePlan.Agree"/> applies —
/// every section the template requires is filled in, and there is a review date.
/// </summary>
/// <remarks>
/// Each failure names the section by its heading (the <c>{PropertyName}</c> of a whole-sentence message), with a stable
/// code (<see cref="CarePlansErrorCodes"/>) and the section's key as the property name; no failure carries the person's
/// words, name or NHS number (no <c>AttemptedValue</c>). Only part one is checked: part two is "to be completed after
/// 6 months" (Appendix 4), so a part-two section marked required is not asked for at agreement.
/// </remarks>
/// <threadsafety>Immutable once constructed; safe to share between threads.</threadsafety>
public sealed class CarePlanValidator : AbstractValidator<CarePlan>
{
    /// <summary>Creates the validator.</summary>
    public CarePlanValidator()
    {
        RuleFor(plan => plan).Custom((plan, context) =>
        {
            foreach (CarePlanSection section in plan.Template.Sections)
            {
                bool required = section.RequiredToAgree || section.Field == PlanField.ReviewDate;
                if (required && section.Part == CarePlanPart.PartOne && !plan.HasContent(section))
                {
                    string code = section.Field == PlanField.ReviewDate ? CarePlansErrorCodes.ReviewDateMissing : CarePlansErrorCodes.RequiredSectionMissing;
                    context.AddFailure(Failure(section.Key, section.Heading, CarePlansMessages.RequiredSectionMissing, code));
                }
            }

            if (plan.Template.SectionFor(PlanField.ReviewDate) is null && plan.ReviewDate is null)
            {
                context.AddFailure(Failure(nameof(CarePlan.ReviewDate), CarePlansMessages.ReviewDateName, CarePlansMessages.ReviewDateMissing, CarePlansErrorCodes.ReviewDateMissing));
            }
        });
    }

    /// <summary>A failure whose message is a whole-sentence template with <c>{PropertyName}</c> set to <paramref name="displayName"/>.</summary>
    private static ValidationFailure Failure(string propertyName, string displayName, string messageTemplate, string errorCode)
    {
        MessageFormatter formatter = new MessageFormatter().AppendPropertyName(displayName);
        return new ValidationFailure(propertyName, formatter.BuildMessage(messageTemplate))
        {
            ErrorCode = errorCode,
            FormattedMessagePlaceholderValues = new Dictionary<string, object>(formatter.PlaceholderValues),
        };
    }
}
