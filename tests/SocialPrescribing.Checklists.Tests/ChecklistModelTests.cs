namespace SocialPrescribing.Checklists.Tests;

public class ChecklistModelTests
{
    [Fact]
    public void CustomChecklist_CanBeDefined()
    {
        var custom = new ChecklistDefinition(
            "team-huddle",
            "Weekly huddle",
            "Local",
            [new ChecklistArea("Caseload", [new ChecklistItem("1", "Anyone waiting over two weeks?", ChecklistResponseKind.YesNo, ["Notes"])])]);
        Assert.Equal("1 Anyone waiting over two weeks?", custom.GetItem("1").ToString());
        Assert.True(FilledChecklist.Start(custom).With("1", ChecklistAnswer.YesNo(false)).IsAnswered("1"));
    }

    [Fact]
    public void Definitions_RejectBadInput()
    {
        var item = new ChecklistItem("1", "Text", ChecklistResponseKind.YesNo, []);
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => new ChecklistItem("1", " ", ChecklistResponseKind.YesNo, [])).ParamName);
        Assert.Equal("requiredColumn", Assert.Throws<ArgumentException>(() => new ChecklistItem("1", "T", ChecklistResponseKind.SelfAssessment, ["Notes"], requiredColumn: "Rationale")).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChecklistItem("1", "T", default, []));
        Assert.Equal("items", Assert.Throws<ArgumentException>(() => new ChecklistArea("Area", [])).ParamName);
        Assert.Equal("areas", Assert.Throws<ArgumentException>(() => new ChecklistDefinition("x", "X", "S", [])).ParamName);
        Assert.Equal("areas", Assert.Throws<ArgumentException>(() => new ChecklistDefinition("x", "X", "S", [new ChecklistArea("A", [item, item])])).ParamName);
        Assert.Equal("areas", Assert.Throws<ArgumentException>(() => new ChecklistDefinition("x", "X", "S", [new ChecklistArea("A", [item]), null!])).ParamName);
        Assert.Equal("items", Assert.Throws<ArgumentException>(() => new ChecklistArea("Area", [item, null!])).ParamName);
        Assert.Equal("introduction", Assert.Throws<ArgumentException>(() => new ChecklistDefinition("x", "X", "S", [new ChecklistArea("A", [item])], " ")).ParamName);
    }

    [Fact]
    public void Answer_DropsBlankText_AndSummarisesWithoutIt()
    {
        ChecklistAnswer answer = ChecklistAnswer.YesNo(true).WithText("Notes", "  private detail  ").WithText("Other", " ");
        Assert.Equal("private detail", answer.TextIn("Notes"));
        Assert.Null(answer.TextIn("Other"));
        Assert.Equal("yes, 1 text column", answer.ToString());
        Assert.Null(answer.WithText("Notes", null).TextIn("Notes"));
    }

    [Fact]
    public void Answer_ToString_NamesEachPartFilledIn()
    {
        Assert.Equal("no, 0 text columns", ChecklistAnswer.YesNo(false).ToString());
        Assert.Equal("score 2, 2 text columns", ChecklistAnswer.SelfAssessment(2, "Why").WithText("Notes", "More").ToString());
        Assert.Equal("completed 2026-02-28, 0 text columns", ChecklistAnswer.Completed(new NodaTime.LocalDate(2026, 2, 28)).ToString());
    }

    [Fact]
    public void ScoredItem_ToString_SaysWhetherARationaleWasGiven_NeverWhatItSays()
    {
        FilledChecklist c = FilledChecklist.Start(SeedChecklists.CcgSelfEvaluation)
            .With("4", ChecklistAnswer.SelfAssessment(2, "Private reasons"))
            .With("5", ChecklistAnswer.SelfAssessment(2, null));
        Assert.Equal(["item 4 scored 2 (rationale given)", "item 5 scored 2"], c.Progress.LowestSelfAssessments.Select(s => s.ToString()));
    }

    [Fact]
    public void Item_Examples_AreKept_AndRendered()
    {
        var item = new ChecklistItem("1", "Safeguarding policy?", ChecklistResponseKind.TextOnly, ["Notes"], examples: ["A named lead", "Training records"]);
        Assert.Equal(["A named lead", "Training records"], item.Examples);
        Assert.Empty(new ChecklistItem("2", "Other", ChecklistResponseKind.TextOnly, ["Notes"]).Examples);
        string md = FilledChecklist.Start(new ChecklistDefinition("x", "X", "Local", [new ChecklistArea("A", [item])])).ToMarkdown();
        Assert.Contains("- **1** Safeguarding policy?" + Environment.NewLine + "  - _A named lead_" + Environment.NewLine + "  - _Training records_" + Environment.NewLine, md, StringComparison.Ordinal);
    }
}
