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
}
