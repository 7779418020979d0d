using NodaTime;

namespace SocialPrescribing.CarePlans.Tests;

/// <summary>What each type's <c>ToString</c> says (kinds, numbers and counts), the plan's dates by state, and equality of sections and templates member by member.</summary>
public class DescriptionAndEqualityTests
{
    private static readonly LocalDate AgreedOn = new(2026, 1, 5);
    private static readonly LocalDate ReviewedOn = new(2026, 7, 5);

    private static CarePlan Agreed() => CarePlan.Draft(CarePlanTemplates.Appendix4Sample)
        .WithText(PlanField.WhatMattersToMe, "x")
        .WithGoal("a")
        .WithGoal("b")
        .WithSupport(new SupportConnection("s"))
        .WithReviewDate(ReviewedOn)
        .Agree(AgreedOn);

    [Fact]
    public void Dates_ByState()
    {
        CarePlan draft = CarePlan.Draft(CarePlanTemplates.Appendix4Sample);
        Assert.Equal(((LocalDate?)null, (LocalDate?)null), (draft.AgreedOn, draft.LastReviewedOn));
        Assert.Equal(((CarePlanVersion?)null, (CarePlanVersion?)null), (draft.AgreedVersion, draft.CurrentVersion));
        CarePlan agreed = Agreed();
        Assert.Equal(((LocalDate?)AgreedOn, (LocalDate?)null), (agreed.AgreedOn, agreed.LastReviewedOn));
        CarePlan reviewed = agreed.Review(new CarePlanReview(ReviewedOn, []));
        Assert.Equal(((LocalDate?)AgreedOn, (LocalDate?)ReviewedOn), (reviewed.AgreedOn, reviewed.LastReviewedOn));
        Assert.Equal((1, 2), (reviewed.AgreedVersion!.Number, reviewed.CurrentVersion!.Number));
    }

    [Fact]
    public void ToString_SaysKindsNumbersAndCounts()
    {
        CarePlan agreed = Agreed();
        CarePlan reviewed = agreed.Review(new CarePlanReview(ReviewedOn, [new GoalReview(1, GoalProgress.InProgress)], [new AddGoal("c"), new CloseSupport(1)]));
        CarePlan twice = reviewed.Review(new CarePlanReview(ReviewedOn, [new GoalReview(1, GoalProgress.Achieved)]));
        Assert.Equal("Care plan (Draft, version 0) following Sample personalised care and support plan: 0 goals, 0 support connections", CarePlan.Draft(CarePlanTemplates.Appendix4Sample).ToString());
        Assert.Equal("Care plan (Reviewed, version 2) following Sample personalised care and support plan: 3 goals, 0 support connections", reviewed.ToString());
        Assert.Equal("Version 1 (agreed): 2 goals, 1 support connections, 0 changes", agreed.AgreedVersion!.ToString());
        Assert.Equal("Version 2 (reviewed): 3 goals, 0 support connections, 2 changes", reviewed.CurrentVersion!.ToString());
        Assert.Equal(["Goal 1 (0 reviews)", "Goal 1 (1 review)", "Goal 1 (2 reviews)"], new[] { agreed, reviewed, twice }.Select(p => p.Goals[0].ToString()));
        Assert.Equal("Goal 2: InProgress", new GoalReview(2, GoalProgress.InProgress, "words").ToString());
        Assert.Equal("Care plan review: 1 goal reviews, 2 changes", reviewed.CurrentVersion!.Review!.ToString());
        Assert.Equal("ChangeText(what-matters)", new ChangeText("what-matters", "words").ToString());
        Assert.Equal("SetNextReviewDate", new SetNextReviewDate(ReviewedOn).ToString());
        Assert.Equal("Support connection", new SupportConnection("words").ToString());
        ConnectionCategory category = ConnectionCategory.Create(ConnectionCategoryKind.PhysicalActivitySupport);
        Assert.Equal(category.ToString(), new SupportConnection("words", null, category).ToString());
        Assert.Equal("Plan content: 0 goals, 0 support connections", PlanContent.Empty.ToString());
    }

    [Fact]
    public void Sections_DifferingInAnyOneMember_AreNotEqual()
    {
        var section = new CarePlanSection("k", "Heading", "Prompt", CarePlanPart.PartOne, PlanField.FreeText, requiredToAgree: false);
        var same = new CarePlanSection("k", "Heading", "Prompt", CarePlanPart.PartOne, PlanField.FreeText, requiredToAgree: false);
        CarePlanSection[] others =
        [
            new("k2", "Heading", "Prompt", CarePlanPart.PartOne, PlanField.FreeText, false),
            new("k", "Heading 2", "Prompt", CarePlanPart.PartOne, PlanField.FreeText, false),
            new("k", "Heading", "Prompt 2", CarePlanPart.PartOne, PlanField.FreeText, false),
            new("k", "Heading", "Prompt", CarePlanPart.PartTwo, PlanField.FreeText, false),
            new("k", "Heading", "Prompt", CarePlanPart.PartOne, PlanField.WhatICanDo, false),
            new("k", "Heading", "Prompt", CarePlanPart.PartOne, PlanField.FreeText, true),
        ];
        Assert.True(section.Equals(same) && section == same && !(section != same) && section.GetHashCode() == same.GetHashCode());
        Assert.All(others, other => Assert.True(!section.Equals(other) && !(section == other) && section != other));
        Assert.False(section.Equals(null));
        Assert.False(section.Equals((object)"k"));
        Assert.True((CarePlanSection?)null == null);
        Assert.False(null == section);
        Assert.False(section == null);
        Assert.True(null != section);
    }

    [Fact]
    public void Templates_DifferingInIdNameOrSections_AreNotEqual()
    {
        CarePlanTemplate sample = CarePlanTemplates.Appendix4Sample;
        CarePlanTemplate copy = sample.ToBuilder().Build();
        CarePlanTemplateBuilder Variant() => sample.ToBuilder();
        CarePlanTemplate[] others =
        [
            Variant().Also(b => b.Id = "other").Build(),
            Variant().Also(b => b.Name = "Other").Build(),
            Variant().Remove("what-i-can-do").Build(),
        ];
        Assert.True(sample.Equals(copy) && sample == copy && !(sample != copy));
        Assert.All(others, other => Assert.True(!sample.Equals(other) && !(sample == other) && sample != other));
        Assert.False(sample.Equals((object?)null));
        Assert.True((CarePlanTemplate?)null == null);
        Assert.False(null == sample);
        Assert.False(sample == null);
        Assert.True(sample != null);
    }

    [Fact]
    public void SectionFor_FreeText_IsNull_EvenWhenTheTemplateHasFreeTextSections()
    {
        CarePlanTemplate withOwn = CarePlanTemplates.Appendix4Sample.ToBuilder().Add("own", "Ours", "Ask.", CarePlanPart.PartOne, PlanField.FreeText).Build();
        Assert.Null(withOwn.SectionFor(PlanField.FreeText));
        Assert.Equal("goals", withOwn.SectionFor(PlanField.Goals)!.Key);
    }
}

internal static class BuilderExtensions
{
    internal static CarePlanTemplateBuilder Also(this CarePlanTemplateBuilder builder, Action<CarePlanTemplateBuilder> change)
    {
        change(builder);
        return builder;
    }
}
