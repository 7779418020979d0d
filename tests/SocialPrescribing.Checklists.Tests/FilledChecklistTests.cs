using FluentValidation.Results;
using FsCheck.Xunit;
using NodaTime;

namespace SocialPrescribing.Checklists.Tests;

public class FilledChecklistTests
{
    private static readonly LocalDate Start = new(2026, 1, 5);
    private readonly FilledChecklistValidator Validator = new();

    [Fact]
    public void Progress_CountsAreasAndLowestScores()
    {
        FilledChecklist c = FilledChecklist.Start(SeedChecklists.CcgSelfEvaluation)
            .With("1", ChecklistAnswer.SelfAssessment(4, "Plan agreed in June"))
            .With("3", ChecklistAnswer.SelfAssessment(2, "Care navigation still confused with link workers"))
            .With("5", ChecklistAnswer.SelfAssessment(2, "No VCSE funding yet"));
        ChecklistProgress progress = c.Progress;
        Assert.Equal((5, 3, 2), (progress.Total, progress.Answered, progress.Unanswered));
        Assert.Equal(["2", "4"], progress.UnansweredItems.Select(i => i.Id));
        Assert.Empty(progress.AreasNotCovered);
        Assert.Equal(
            [("3", 2, "Care navigation still confused with link workers"), ("5", 2, "No VCSE funding yet")],
            progress.LowestSelfAssessments.Select(s => (s.Item.Id, s.Score, s.Rationale)));
        Assert.Equal("3 of 5 answered, 0 areas not covered", progress.ToString());
    }

    [Fact]
    public void ToString_PcnReadiness_CountsTheSeventeenItemsOfAppendix1()
    {
        // The example in FilledChecklist.ToString's docs: three answers in areas 1 and 2 leave areas 3 to 6 uncovered.
        FilledChecklist c = FilledChecklist.Start(SeedChecklists.PcnReadiness)
            .With("1.1", ChecklistAnswer.YesNo(true))
            .With("1.2", ChecklistAnswer.YesNo(false))
            .With("2.4", ChecklistAnswer.Text(SeedChecklists.NotesColumn, "Dr A, Tuesdays"));
        Assert.Equal("Checklist for introducing social prescribing link workers into PCNs: 3 of 17 answered, 4 areas not covered", c.ToString());
    }

    [Fact]
    public void Progress_AreasNotCovered_AndTextOnlyItems()
    {
        FilledChecklist c = FilledChecklist.Start(SeedChecklists.PcnReadiness)
            .With("1.1", ChecklistAnswer.YesNo(true))
            .With("2.4", ChecklistAnswer.Text(SeedChecklists.NotesColumn, "Dr A, Tuesdays"))
            .With("3.1", ChecklistAnswer.Text(SeedChecklists.NotesColumn, "Only notes, no yes/no yet"));
        Assert.True(c.IsAnswered("2.4"));
        Assert.False(c.IsAnswered("3.1"));
        Assert.Equal(
            ["3. Working with people on \u2018what matters to me\u2019", "4. Connecting people to community groups", "5. Access to IT systems, data gathering and impact measurement", "6. Safeguarding and quality assurance"],
            c.Progress.AreasNotCovered.Select(a => a.Title));
        Assert.Empty(c.Progress.LowestSelfAssessments);
    }

    [Fact]
    public void Induction_IncompleteAfterWeeks()
    {
        FilledChecklist c = FilledChecklist.Start(SeedChecklists.LinkWorkerInduction, Start)
            .With("1", ChecklistAnswer.Completed(Start.PlusDays(3)))
            .With("2", ChecklistAnswer.Completed(Start.PlusWeeks(4)))
            .With("3", ChecklistAnswer.Completed(Start.PlusWeeks(4).PlusDays(1)));
        IReadOnlyList<ChecklistItem> late = c.IncompleteAfterWeeks(4);
        Assert.Equal(14, late.Count);
        Assert.DoesNotContain(late, i => i.Id is "1" or "2");
        Assert.Contains(late, i => i.Id == "3");
        Assert.Equal(16, c.IncompleteAfterWeeks(0).Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => c.IncompleteAfterWeeks(-1));
        Assert.Throws<InvalidOperationException>(() => FilledChecklist.Start(SeedChecklists.LinkWorkerInduction).IncompleteAfterWeeks(4));
    }

    [Fact]
    public void IncompleteAfterWeeks_FarBeyondTheCalendar_ListsOnlyUncompletedItems()
    {
        FilledChecklist c = FilledChecklist.Start(SeedChecklists.LinkWorkerInduction, Start)
            .With("1", ChecklistAnswer.Completed(Start.PlusYears(5)));
        Assert.Equal(15, c.IncompleteAfterWeeks(int.MaxValue).Count);
        Assert.DoesNotContain(c.IncompleteAfterWeeks(int.MaxValue), i => i.Id == "1");
    }

    [Fact]
    public void TextIn_NullColumn_NamesTheParameter()
        => Assert.Equal("column", Assert.Throws<ArgumentNullException>(() => ChecklistAnswer.YesNo(true).TextIn(null!)).ParamName);

    [Fact]
    public void With_UnknownItem_Throws()
    {
        FilledChecklist c = FilledChecklist.Start(SeedChecklists.PcnReadiness);
        Assert.Equal("itemId", Assert.Throws<ArgumentException>(() => c.With("9.9", ChecklistAnswer.YesNo(true))).ParamName);
        Assert.Equal("itemId", Assert.Throws<ArgumentException>(() => c.AnswerFor("9.9")).ParamName);
        Assert.Equal("itemId", Assert.Throws<ArgumentException>(() => c.Without("9.9")).ParamName);
        Assert.Equal("itemId", Assert.Throws<ArgumentException>(() => c.IsAnswered("9.9")).ParamName);
        Assert.Equal("itemId", Assert.Throws<ArgumentNullException>(() => c.AnswerFor(null!)).ParamName);
        Assert.Equal("answer", Assert.Throws<ArgumentNullException>(() => c.With("1.1", null!)).ParamName);
        Assert.Throws<KeyNotFoundException>(() => c.Definition.GetItem("9.9"));
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => c.Definition.GetItem(null!)).ParamName);
        Assert.False(c.Definition.TryGetItem(null, out _));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void SelfAssessment_OutsideOneToFive_IsRejectedByTheFactory(int score)
    {
        // Seed Appendix 3: "5 = high, 1 = low"; a score outside 1-5 never becomes an answer.
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => ChecklistAnswer.SelfAssessment(score, "Too keen"));
        Assert.Equal("score", e.ParamName);
        Assert.StartsWith(ChecklistsMessages.ScoreRange, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Too keen", e.Message, StringComparison.Ordinal);
        Assert.False(ChecklistAnswer.TrySelfAssessment(score, "Too keen", out ChecklistAnswer? answer));
        Assert.Null(answer);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void SelfAssessment_AtTheEndsOfOneToFive_IsAccepted(int score)
    {
        Assert.Equal(score, ChecklistAnswer.SelfAssessment(score, "Why").Score);
        Assert.True(ChecklistAnswer.TrySelfAssessment(score, "Why", out ChecklistAnswer? answer));
        Assert.Equal((score, "Why"), (answer.Score, answer.TextIn(SeedChecklists.RationaleColumn)));
    }

    [Fact]
    public void Validator_NamesTheItemAndRule()
    {
        FilledChecklist ccg = FilledChecklist.Start(SeedChecklists.CcgSelfEvaluation)
            .With("3", ChecklistAnswer.SelfAssessment(3, null))
            .With("4", ChecklistAnswer.YesNo(true).WithText(SeedChecklists.RationaleColumn, "Wrong kind"))
            .With("5", ChecklistAnswer.SelfAssessment(5, "Fine").WithText("Mood", "unknown column"));
        ValidationResult result = Validator.Validate(ccg);
        Assert.Equal(
            [
                ("3", ChecklistsErrorCodes.RequiredTextMissing),
                ("4", ChecklistsErrorCodes.ResponseKindMismatch),
                ("5", ChecklistsErrorCodes.UnknownColumn),
            ],
            result.Errors.Select(e => (e.PropertyName["Answers[".Length..^1], e.ErrorCode)));
        Assert.Equal("Social prescribing self-evaluation checklist for CCGs 2019-20, item 3 should have text in its required column (Rationale).", result.Errors[0].ErrorMessage);
        Assert.Equal("Social prescribing self-evaluation checklist for CCGs 2019-20, item 4 should hold only the kind of answer its item takes (SelfAssessment).", result.Errors[1].ErrorMessage);
        Assert.Equal("Social prescribing self-evaluation checklist for CCGs 2019-20, item 5 should have text only in the item's own columns.", result.Errors[2].ErrorMessage);
        Assert.All(result.Errors, e => Assert.DoesNotContain("{", e.ErrorMessage, StringComparison.Ordinal));
        Assert.All(result.Errors, e => Assert.DoesNotContain("Wrong kind", e.ErrorMessage, StringComparison.Ordinal));
        Assert.All(result.Errors, e => Assert.DoesNotContain("Mood", e.ErrorMessage, StringComparison.Ordinal));
    }

    [Fact]
    public void Validator_CompletionBeforeStart()
    {
        FilledChecklist c = FilledChecklist.Start(SeedChecklists.LinkWorkerInduction, Start)
            .With("1", ChecklistAnswer.Completed(Start.PlusDays(-1)))
            .With("2", ChecklistAnswer.Completed(Start));
        ValidationFailure failure = Assert.Single(Validator.Validate(c).Errors);
        Assert.Equal(ChecklistsErrorCodes.CompletedBeforeStart, failure.ErrorCode);
        Assert.Equal("What to include in a link worker induction, item 1 should not have a completion date before the checklist's start date.", failure.ErrorMessage);
    }

    [Fact]
    public void Markdown_Example()
    {
        string md = FilledChecklist.Start(SeedChecklists.CcgSelfEvaluation)
            .With("4", ChecklistAnswer.SelfAssessment(3, "Codes used in two of five practices"))
            .ToMarkdown();
        Assert.StartsWith("# Social prescribing self-evaluation checklist for CCGs 2019-20", md, StringComparison.Ordinal);
        Assert.Contains("- **4** Able to support PCNs to use national SNOMED social prescribing codes:", md, StringComparison.Ordinal);
        Assert.Contains("  - Self-assessment: 3 (1 = low, 5 = high)", md, StringComparison.Ordinal);
        Assert.Contains("  - Rationale: Codes used in two of five practices", md, StringComparison.Ordinal);
        Assert.Contains("  871731000000106 Referral to social prescribing service", md, StringComparison.Ordinal);
        Assert.True(md.IndexOf("**1**", StringComparison.Ordinal) < md.IndexOf("**4**", StringComparison.Ordinal));
    }

    [Property]
    public void Progress_MatchesTheAnswersRecorded(FilledChecklist c)
    {
        // Oracle: the generator answers each item validly (the kind it takes, or text), so the items answered are the
        // answers' keys, and the lowest self-assessment is the minimum of the scores recorded.
        ChecklistProgress p = c.Progress;
        Assert.Equal(c.Answers.Count, p.Answered);
        Assert.Equal(c.Definition.Items.Where(i => !c.Answers.ContainsKey(i.Id)), p.UnansweredItems);
        Assert.Equal(c.Definition.Areas.Where(a => a.Items.All(i => !c.Answers.ContainsKey(i.Id))), p.AreasNotCovered);
        int[] scores = [.. c.Answers.Values.Where(a => a.Score.HasValue).Select(a => a.Score!.Value)];
        Assert.Equal(
            c.Answers.Where(kv => scores.Length > 0 && kv.Value.Score == scores.Min()).Select(kv => kv.Key).Order(StringComparer.Ordinal),
            p.LowestSelfAssessments.Select(s => s.Item.Id).Order(StringComparer.Ordinal));
        Assert.All(p.LowestSelfAssessments, s => Assert.Equal(c.Answers[s.Item.Id].TextIn(SeedChecklists.RationaleColumn), s.Rationale));
    }

    [Property]
    public void ValidAnswers_PassTheValidator(FilledChecklist c)
        => Assert.True(Validator.Validate(c).IsValid);

    [Property]
    public void Markdown_NeverDropsAnAnsweredItem(FilledChecklist c)
    {
        string md = c.ToMarkdown();
        int last = -1;
        foreach (ChecklistItem item in c.Definition.Items)
        {
            int at = md.IndexOf($"- **{item.Id}** ", StringComparison.Ordinal);
            Assert.True(at > last, $"item {item.Id} is missing or out of order");
            last = at;
            if (c.AnswerFor(item.Id) is ChecklistAnswer answer)
            {
                foreach (string text in answer.Texts.Values)
                {
                    Assert.Contains(string.Join(' ', text.Split('\n', StringSplitOptions.TrimEntries)), md, StringComparison.Ordinal);
                }

                if (answer.Score is int score)
                {
                    Assert.Contains($"Self-assessment: {score}", md, StringComparison.Ordinal);
                }
            }
        }
    }

    [Property]
    public void Answers_SurviveARoundTrip(FilledChecklist c)
    {
        // Rebuild a checklist from another's answers: the same answers come back, item by item.
        FilledChecklist copy = c.Answers.Aggregate(FilledChecklist.Start(c.Definition, c.StartDate), (acc, kv) => acc.With(kv.Key, kv.Value));
        foreach (ChecklistItem item in c.Definition.Items)
        {
            ChecklistAnswer? a = c.AnswerFor(item.Id);
            ChecklistAnswer? b = copy.AnswerFor(item.Id);
            Assert.Equal((a?.Yes, a?.Score, a?.CompletedOn), (b?.Yes, b?.Score, b?.CompletedOn));
            Assert.Equal(a?.Texts.OrderBy(kv => kv.Key), b?.Texts.OrderBy(kv => kv.Key));
        }

        Assert.Equal(c.Progress.ToString(), copy.Progress.ToString());
        Assert.Equal(c.ToMarkdown(), copy.ToMarkdown());
    }

    [Property]
    public void Without_RemovesOnlyThatAnswer(FilledChecklist c)
    {
        foreach (string id in c.Answers.Keys)
        {
            FilledChecklist less = c.Without(id);
            Assert.Null(less.AnswerFor(id));
            Assert.Equal(c.Answers.Count - 1, less.Answers.Count);
            Assert.All(less.Answers, kv => Assert.Same(c.Answers[kv.Key], kv.Value));
        }
    }
}
