using FluentValidation;
using FluentValidation.Results;

namespace SocialPrescribing.CarePlans;

/// <summary>Checks a plan can be agreed: every section the template requires is filled in, and there is a review date.</summary>
/// <remarks>
/// Each failure names the section by its heading, with a stable code (<see cref="CarePlanErrorCodes"/>); messages never
/// repeat the person's words. Only part one is checked: part two is "to be completed after 6 months" (Appendix 4), so a
/// part-two section marked required is not asked for at agreement.
/// </remarks>
/// <threadsafety>Immutable once constructed; safe to share between threads.</threadsafety>
public sealed class CarePlanAgreementValidator : AbstractValidator<CarePlan>
{
    /// <summary>Creates the validator.</summary>
    public CarePlanAgreementValidator()
    {
        RuleFor(plan => plan).Custom((plan, context) =>
        {
            foreach (CarePlanSection section in plan.Template.Sections)
            {
                bool required = section.RequiredToAgree || section.Field == PlanField.ReviewDate;
                if (required && section.Part == CarePlanPart.PartOne && !plan.HasContent(section))
                {
                    string code = section.Field == PlanField.ReviewDate ? CarePlanErrorCodes.ReviewDateMissing : CarePlanErrorCodes.RequiredSectionMissing;
                    context.AddFailure(new ValidationFailure(section.Key, $"{section.Heading} {CarePlanMessages.MissingSection}") { ErrorCode = code });
                }
            }

            if (plan.Template.SectionFor(PlanField.ReviewDate) is null && plan.ReviewDate is null)
            {
                context.AddFailure(new ValidationFailure(nameof(CarePlan.ReviewDate), CarePlanMessages.MissingReviewDate) { ErrorCode = CarePlanErrorCodes.ReviewDateMissing });
            }
        });
    }

    internal static CarePlanAgreementValidator Instance { get; } = new();
}
