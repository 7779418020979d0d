using FluentValidation;
using FluentValidation.Results;

namespace SocialPrescribing.QualityAssurance;

/// <summary>Checks a completed QA review: every sheet item worked through, agreed actions written down, the line manager's guidance if referred, the link worker's decision, and a signed agreement if connecting.</summary>
/// <remarks>
/// <para>
/// Each failure names the missing item (by its sheet number and title) with a stable code; messages never repeat notes,
/// reasons or names. A document not received (<see cref="PromptOutcome.NotReceived"/>) is worked through, not missing;
/// a decision not to connect for now is complete without a signature (seed section 9; <c>docs/quality-assurance.md</c>).
/// </para>
/// </remarks>
/// <threadsafety>Immutable once constructed; safe to share between threads.</threadsafety>
public sealed class QaReviewValidator : AbstractValidator<QaReview>
{
    /// <summary>Creates the validator.</summary>
    public QaReviewValidator()
    {
        RuleFor(review => review).Custom((review, context) =>
        {
            foreach (var area in review.Sheet.Areas)
            {
                foreach (var item in area.Items)
                {
                    string name = $"Item {item.Id} ({(area.Items.Count == 1 ? area.Title : item.Text)})";
                    if (!review.Results.TryGetValue(item.Id, out PromptItemResult? result))
                    {
                        context.AddFailure(new ValidationFailure(item.Id, $"{name} {QaMessages.ItemNotWorkedThrough}") { ErrorCode = QaErrorCodes.ItemNotWorkedThrough });
                    }
                    else if (result.Outcome == PromptOutcome.ActionAgreed && result.AgreedAction is null)
                    {
                        context.AddFailure(new ValidationFailure(item.Id, $"{name} {QaMessages.ActionMissing}") { ErrorCode = QaErrorCodes.ActionMissing });
                    }
                }
            }

            switch (review.Status)
            {
                case QaReviewStatus.InProgress:
                    context.AddFailure(new ValidationFailure(nameof(QaReview.Decision), QaMessages.NoDecision) { ErrorCode = QaErrorCodes.DecisionMissing });
                    break;
                case QaReviewStatus.AwaitingLineManager:
                    context.AddFailure(new ValidationFailure(nameof(QaReview.Guidance), QaMessages.NoLineManagerGuidance) { ErrorCode = QaErrorCodes.LineManagerGuidanceMissing });
                    break;
                case QaReviewStatus.ReadyToSign:
                    context.AddFailure(new ValidationFailure(nameof(QaReview.Agreement), QaMessages.NotSigned) { ErrorCode = QaErrorCodes.AgreementNotSigned });
                    break;
            }
        });
    }
}
