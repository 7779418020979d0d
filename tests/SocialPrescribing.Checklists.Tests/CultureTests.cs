using FluentValidation.Results;
using FsCheck.Xunit;
using NodaTime;
using SocialPrescribing.Testing;

namespace SocialPrescribing.Checklists.Tests;

/// <summary>Every text the package produces is the same under tr-TR, ar-SA and en-GB as under the invariant culture.</summary>
public class CultureTests
{
    private static void AssertSameInEveryCulture<T>(Func<T> compute) => Assert.Empty(TestCultures.Differences(compute));

    [Property(MaxTest = 50)]
    public void FilledChecklist_Texts_AreCultureInvariant(FilledChecklist c)
        => AssertSameInEveryCulture(() => string.Join(
            "|",
            c.ToString(),
            c.Progress.ToString(),
            c.ToMarkdown(),
            string.Join(";", c.Answers.Values.Select(a => a.ToString())),
            string.Join(";", c.Progress.LowestSelfAssessments.Select(s => s.ToString())),
            string.Join(";", c.Definition.Items.Select(i => i.ToString()))));

    [Property(MaxTest = 50)]
    public void Answers_AndFailures_AreCultureInvariant(LocalDate start, byte days)
    {
        FilledChecklist induction = FilledChecklist.Start(SeedChecklists.LinkWorkerInduction, start)
            .With("1", ChecklistAnswer.Completed(start.PlusDays(-1 - days)))
            .With("2", ChecklistAnswer.SelfAssessment(4, "Why"));
        AssertSameInEveryCulture(() => string.Join(
            "|",
            induction.AnswerFor("1")!.ToString(),
            induction.AnswerFor("2")!.ToString(),
            induction.ToMarkdown(),
            string.Join(";", new FilledChecklistValidator().Validate(induction).Errors.Select(e => e.ErrorMessage))));
    }

    [Fact]
    public void Answer_ToString_UsesIsoDatesAndInvariantNumbers()
    {
        // The ISO date pattern and invariant numbers, whatever the current culture (a guard: no culture differed before either).
        Assert.Equal(
            ["completed 2026-01-05, 0 text columns", "score 4, 1 text column", "yes, 0 text columns"],
            TestCultures.Names.SelectMany(name =>
            {
                using IDisposable _ = TestCultures.Use(name);
                return new[] { ChecklistAnswer.Completed(new LocalDate(2026, 1, 5)).ToString(), ChecklistAnswer.SelfAssessment(4, "Why").ToString(), ChecklistAnswer.YesNo(true).ToString() };
            }).Distinct().Order(StringComparer.Ordinal));
    }
}
