using FsCheck.Xunit;

namespace SocialPrescribing.CarePlans.Tests;

public class CarePlanTemplateTests
{
    [Fact]
    public void Appendix4Sample_HasEveryNumberedItemOfBothParts_InOrder()
    {
        CarePlanTemplate sample = CarePlanTemplates.Appendix4Sample;
        Assert.Equal(
            [
                "1. What matters to me",
                "2. How best to support me, what people need to know about me and my life",
                "3. Any health conditions that agencies need to know about",
                "4. My goals",
                "5. Summary of support that I am being connected to, including what I can expect from support",
                "6. What I can do to support myself to meet my goals",
                "7. Review \u2013 when shall we check how it\u2019s going?",
                "8. What changes have taken place?",
                "9. I am happy to share my personal story?",
                "10. I am willing to complete a satisfaction survey?",
                "11. I am happy to participate in ongoing data collection and evaluation?",
            ],
            sample.Sections.Select(s => s.Heading));
        Assert.Equal(Enumerable.Repeat(CarePlanPart.PartOne, 7).Concat(Enumerable.Repeat(CarePlanPart.PartTwo, 4)), sample.Sections.Select(s => s.Part));
        Assert.Equal(Enum.GetValues<PlanField>().Where(f => f != PlanField.FreeText), sample.Sections.Select(s => s.Field));
        Assert.Equal(["what-matters", "goals", "support", "review"], sample.Sections.Where(s => s.RequiredToAgree).Select(s => s.Key));
        Assert.All(sample.Sections, s => Assert.False(string.IsNullOrWhiteSpace(s.Prompt)));
    }

    [Fact]
    public void Builder_RejectsInvalidTemplates()
    {
        Assert.Equal("sections", Assert.Throws<ArgumentException>(() => new CarePlanTemplateBuilder("x", "X").Build()).ParamName);
        Assert.Throws<ArgumentException>(() => new CarePlanTemplateBuilder("x", "X")
            .Add("a", "A", "p", CarePlanPart.PartOne, PlanField.Goals).Add("a", "B", "p", CarePlanPart.PartOne, PlanField.Support).Build());
        Assert.Throws<ArgumentException>(() => new CarePlanTemplateBuilder("x", "X")
            .Add("a", "A", "p", CarePlanPart.PartOne, PlanField.Goals).Add("b", "B", "p", CarePlanPart.PartOne, PlanField.Goals).Build());
        Assert.Equal("field", Assert.Throws<ArgumentException>(() => new CarePlanSection("c", "C", "p", CarePlanPart.PartOne, PlanField.ChangesTakenPlace, false)).ParamName);
        Assert.Equal("heading", Assert.Throws<ArgumentException>(() => new CarePlanSection("c", " ", "p", CarePlanPart.PartOne, PlanField.Goals, false)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new CarePlanSection("c", "C", "p", (CarePlanPart)3, PlanField.Goals, false));
    }

    [Fact]
    public void Builder_MakesAVariant()
    {
        CarePlanTemplate ours = CarePlanTemplates.Appendix4Sample.ToBuilder()
            .Remove("health-conditions")
            .Add("family", "Who matters to me", "Ask about the important people.", CarePlanPart.PartOne, PlanField.FreeText, requiredToAgree: true)
            .Build();
        Assert.Equal(11, ours.Sections.Count);
        Assert.Null(ours.SectionFor(PlanField.HealthConditions));
        Assert.NotEqual(CarePlanTemplates.Appendix4Sample, ours);
    }

    [Property]
    public void Template_RoundTripsThroughItsBuilder(CarePlanTemplate template)
    {
        CarePlanTemplate rebuilt = template.ToBuilder().Build();
        Assert.Equal(template, rebuilt);
        Assert.True(template == rebuilt);
        Assert.Equal(template.GetHashCode(), rebuilt.GetHashCode());
        Assert.Equal(template.Sections, rebuilt.Sections);
    }
}
