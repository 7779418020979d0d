using FluentValidation.Results;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialPrescribing.Checklists.Testing;
using SocialPrescribing.Tests.Shared;

namespace SocialPrescribing.Checklists.Tests;

/// <summary>
/// The checklist arbitrary shrinks (<see cref="ChecklistGenerators.ShrinkChecklist"/>): a failing property reports a
/// checklist with only the answers that make it fail, each with no optional text, and every smaller checklist is valid.
/// </summary>
public class ChecklistArbitrariesTests
{
    private readonly FilledChecklistValidator Validator = new();

    [Fact]
    public void FilledChecklist_FailingFromTwoAnswers_ShrinksToTwoAnswersWithoutOptionalTexts()
    {
        ShrinkReport<FilledChecklist> report = ShrinkCheck.Failing(
            ChecklistArbitraries.FilledChecklist(), ChecklistGenerators.ValidFilledChecklists.Where(c => c.Answers.Count >= 5), c => c.Answers.Count < 2);

        Assert.True(report.Shrinks > 0);
        FilledChecklist shrunk = report.Shrunk;
        Assert.Equal(2, shrunk.Answers.Count);
        Assert.Subset(report.Original.Answers.Keys.ToHashSet(), shrunk.Answers.Keys.ToHashSet());
        Assert.All(shrunk.Answers, answer =>
        {
            string? required = shrunk.Definition.Items.Single(i => i.Id == answer.Key).RequiredColumn;
            Assert.All(answer.Value.Texts.Keys, column => Assert.True(column == required || answer.Value.Texts.Count == 1, column));
        });
        Assert.Same(report.Original.Definition, shrunk.Definition);
        Assert.Equal(report.Original.StartDate, shrunk.StartDate);
        Assert.True(Validator.Validate(shrunk).IsValid);
    }

    [Property(MaxTest = 100)]
    public void ShrinkChecklist_EverySmallerChecklistIsValid_AndSmaller(FilledChecklist c)
    {
        foreach (FilledChecklist smaller in ChecklistGenerators.ShrinkChecklist(c))
        {
            ValidationResult result = Validator.Validate(smaller);
            Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.ErrorMessage)));
            Assert.True(
                smaller.Answers.Count < c.Answers.Count
                || smaller.Answers.Values.Sum(a => a.Texts.Count) < c.Answers.Values.Sum(a => a.Texts.Count));
        }
    }
}
