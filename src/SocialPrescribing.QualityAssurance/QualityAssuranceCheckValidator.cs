using System.Globalization;
using System.Text;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Results;
using SocialPrescribing.Checklists;

namespace SocialPrescribing.QualityAssurance;

/// <summary>Checks a completed quality assurance check: every sheet item worked through, agreed actions written down, the line manager's guidance if referred, the link worker's decision, and a signed agreement if connecting.</summary>
/// <remarks>
/// <para>
/// Each failure names the missing item (by its sheet number and title) with a stable code; messages never repeat notes,
/// reasons or names. A document not received (<see cref="PromptOutcome.NotReceived"/>) is worked through, not missing;
/// a decision not to connect for now is complete without a signature (seed section 9; <c>docs/quality-assurance.md</c>).
/// </para>
/// </remarks>
/// <threadsafety>Immutable once constructed; safe to share between threads.</threadsafety>
public sealed class QualityAssuranceCheckValidator : AbstractValidator<QualityAssuranceCheck>
{
    private static readonly CompositeFormat ItemField = CompositeFormat.Parse(QualityAssuranceMessages.ItemField);

    /// <summary>Creates the validator.</summary>
    public QualityAssuranceCheckValidator()
    {
        RuleFor(check => check).Custom((check, context) =>
        {
            foreach (var area in check.Sheet.Areas)
            {
                foreach (var item in area.Items)
                {
                    if (!check.Results.TryGetValue(item.Id, out PromptItemResult? result))
                    {
                        AddItemFailure(context, area, item, QualityAssuranceMessages.ItemNotWorkedThrough, QualityAssuranceErrorCodes.ItemNotWorkedThrough);
                    }
                    else if (result.Outcome == PromptOutcome.ActionAgreed && result.AgreedAction is null)
                    {
                        AddItemFailure(context, area, item, QualityAssuranceMessages.ActionMissing, QualityAssuranceErrorCodes.ActionMissing);
                    }
                }
            }

            switch (check.Status)
            {
                case QualityAssuranceCheckStatus.InProgress:
                    context.AddFailure(new ValidationFailure(nameof(QualityAssuranceCheck.Decision), QualityAssuranceMessages.NoDecision) { ErrorCode = QualityAssuranceErrorCodes.DecisionMissing });
                    break;
                case QualityAssuranceCheckStatus.AwaitingLineManager:
                    context.AddFailure(new ValidationFailure(nameof(QualityAssuranceCheck.Guidance), QualityAssuranceMessages.NoLineManagerGuidance) { ErrorCode = QualityAssuranceErrorCodes.LineManagerGuidanceMissing });
                    break;
                case QualityAssuranceCheckStatus.ReadyToSign:
                    context.AddFailure(new ValidationFailure(nameof(QualityAssuranceCheck.AgreementToConnect), QualityAssuranceMessages.NotSigned) { ErrorCode = QualityAssuranceErrorCodes.AgreementNotSigned });
                    break;
            }
        });
    }

    /// <summary>Adds a failure for one sheet item, named by its number and title through the <c>{PropertyName}</c> placeholder of <paramref name="template"/>.</summary>
    private static void AddItemFailure(ValidationContext<QualityAssuranceCheck> context, ChecklistArea area, ChecklistItem item, string template, string errorCode)
    {
        string name = string.Format(CultureInfo.InvariantCulture, ItemField, item.Id, area.Items.Count == 1 ? area.Title : item.Text);
        var placeholders = new Dictionary<string, object> { ["PropertyName"] = name };
        string message = new MessageFormatter().AppendPropertyName(name).BuildMessage(template);
        context.AddFailure(new ValidationFailure(item.Id, message) { ErrorCode = errorCode, FormattedMessagePlaceholderValues = placeholders });
    }
}
