using SocialPrescribing.Tests.Shared;
using FluentValidation.Results;
using NodaTime;

namespace SocialPrescribing.Checklists.Tests;

/// <summary>The validator puts no free text in a failure: not in the message, <c>AttemptedValue</c> or the placeholders.</summary>
public class ValidatorPiiTests
{
    /// <summary>Text about a person, with a (test-range) NHS number in it.</summary>
    private static readonly string PersonalText = "Jane Example told us about her diabetes; NHS number 999 000 0026. " + new string('x', 2100);

    private readonly FilledChecklistValidator _validator = new();

    private static void AssertNoPersonalText(IEnumerable<ValidationFailure> failures)
        => ValidationFailureChecks.AssertShowNone(failures, "Jane", "000 0026");

    [Fact]
    public void FilledChecklistValidator_EveryRule_ShowsNoTextEntered()
    {
        var start = new LocalDate(2026, 1, 5);

        // Every rule fails, every answer carries personal text, and one column heading is itself personal text.
        FilledChecklist pcn = FilledChecklist.Start(SeedChecklists.PcnReadiness)
            .With(SeedChecklists.PcnReadinessItems.WorkingWithAllPartners, ChecklistAnswer.SelfAssessment(3, PersonalText))
            .With(SeedChecklists.PcnReadinessItems.GpSupervisor, ChecklistAnswer.Text(PersonalText, PersonalText));
        FilledChecklist ccg = FilledChecklist.Start(SeedChecklists.CcgSelfEvaluation)
            .With(SeedChecklists.CcgSelfEvaluationItems.SnomedCodes, ChecklistAnswer.SelfAssessment(2, null).WithText(PersonalText, PersonalText));
        FilledChecklist induction = FilledChecklist.Start(SeedChecklists.LinkWorkerInduction, start)
            .With(SeedChecklists.LinkWorkerInductionItems.DataProtection, ChecklistAnswer.Completed(start.PlusDays(-1)).WithText(SeedChecklists.CompletedNotesColumn, PersonalText));

        ValidationFailure[] failures = [.. _validator.Validate(pcn).Errors, .. _validator.Validate(ccg).Errors, .. _validator.Validate(induction).Errors];
        AssertNoPersonalText(failures);
        Assert.Equal(
            [ChecklistsErrorCodes.CompletedBeforeStart, ChecklistsErrorCodes.RequiredTextMissing, ChecklistsErrorCodes.ResponseKindMismatch, ChecklistsErrorCodes.UnknownColumn],
            failures.Select(f => f.ErrorCode).Distinct().Order(StringComparer.Ordinal));
    }
}
