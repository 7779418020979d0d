using FluentValidation;
using FluentValidation.Results;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SocialPrescribing.CarePlans.Testing;

namespace SocialPrescribing.CarePlans.Tests;

public class CarePlanTests
{
    private static readonly LocalDate Agreed = new(2026, 1, 5);

    private static CarePlan ReadyDraft() => CarePlan.Draft(CarePlanTemplates.Appendix4Sample)
        .WithText(PlanField.WhatMattersToMe, "Seeing my grandchildren on Sundays")
        .WithText(PlanField.HealthConditions, "Type 2 diabetes")
        .WithGoal("Walk to the shop by myself")
        .WithGoal("Join a choir")
        .WithSupport(new SupportConnection("Tuesday walking group", "A volunteer meets me at the gate", ConnectionCategory.Create(ConnectionCategoryKind.PhysicalActivitySupport)))
        .WithReviewDate(new LocalDate(2026, 7, 5))
        .WithPerson(new PlanPerson("Zebedee Quill, 01632 960000", NhsNumber.Parse("9990000026")));

    [Fact]
    public void Agree_NamesEveryMissingSectionByHeading()
    {
        CarePlan empty = CarePlan.Draft(CarePlanTemplates.Appendix4Sample);
        ValidationResult result = new CarePlanValidator().Validate(empty);
        Assert.Equal(
            [
                ("The section '1. What matters to me' should be filled in before the plan is agreed.", CarePlansErrorCodes.RequiredSectionMissing),
                ("The section '4. My goals' should be filled in before the plan is agreed.", CarePlansErrorCodes.RequiredSectionMissing),
                ("The section '5. Summary of support that I am being connected to, including what I can expect from support' should be filled in before the plan is agreed.", CarePlansErrorCodes.RequiredSectionMissing),
                ("The section '7. Review \u2013 when shall we check how it\u2019s going?' should be filled in before the plan is agreed.", CarePlansErrorCodes.ReviewDateMissing),
            ],
            result.Errors.Select(e => (e.ErrorMessage, e.ErrorCode)));
        Assert.Throws<ValidationException>(() => empty.Agree(Agreed));
    }

    [Fact]
    public void Agree_RequiresAReviewDate_EvenWithoutAReviewSection()
    {
        CarePlanTemplate noReview = CarePlanTemplates.Appendix4Sample.ToBuilder().Remove("review").Build();
        CarePlan plan = CarePlan.Draft(noReview).WithText(PlanField.WhatMattersToMe, "x").WithGoal("y").WithSupport(new SupportConnection("z"));
        Assert.Equal(CarePlansErrorCodes.ReviewDateMissing, Assert.Single(new CarePlanValidator().Validate(plan).Errors).ErrorCode);
    }

    [Fact]
    public void WithText_FreeTextField_SaysFreeTextIsFilledInByKey()
    {
        CarePlanTemplate withOwn = CarePlanTemplates.Appendix4Sample.ToBuilder()
            .Add("own-1", "Our question", "Ask it gently.", CarePlanPart.PartOne, PlanField.FreeText)
            .Build();
        CarePlan draft = CarePlan.Draft(withOwn);

        ArgumentException error = Assert.Throws<ArgumentException>(() => draft.WithText(PlanField.FreeText, "My answer"));
        Assert.Equal((CarePlansMessages.FreeTextByKey + " (Parameter 'field')", "field"), (error.Message, error.ParamName));
        Assert.Equal("My answer", draft.WithText("own-1", "My answer").TextIn("own-1"));
    }

    [Fact]
    public void WithMembers_NameTheCallersParameter()
    {
        CarePlan sample = CarePlan.Draft(CarePlanTemplates.Appendix4Sample);
        ArgumentException notText = Assert.Throws<ArgumentException>(() => sample.WithText(PlanField.Goals, "x"));
        Assert.Equal((CarePlansMessages.NotATextSection + " (Parameter 'field')", "field"), (notText.Message, notText.ParamName));
        Assert.Equal("sectionKey", Assert.Throws<ArgumentException>(() => sample.WithText("goals", "x")).ParamName);

        CarePlan bare = CarePlan.Draft(CarePlanTemplates.Appendix4Sample.ToBuilder().Remove("goals").Remove("support").Remove("what-i-can-do").Build());
        ArgumentException noGoals = Assert.Throws<ArgumentException>(() => bare.WithGoal("x"));
        Assert.Equal((CarePlansMessages.NotInTemplate + " (Parameter 'text')", "text"), (noGoals.Message, noGoals.ParamName));
        Assert.Equal("support", Assert.Throws<ArgumentException>(() => bare.WithSupport(new SupportConnection("x"))).ParamName);
        Assert.Equal("field", Assert.Throws<ArgumentException>(() => bare.WithText(PlanField.WhatICanDo, "x")).ParamName);
    }

    [Fact]
    public void Lifecycle_DraftAgreeReview()
    {
        CarePlan agreed = ReadyDraft().Agree(Agreed);
        Assert.Equal((CarePlanStatus.Agreed, Agreed), (agreed.Status, agreed.AgreedOn));
        Assert.Throws<InvalidOperationException>(() => agreed.WithGoal("Another"));
        Assert.Throws<InvalidOperationException>(() => agreed.WithText(PlanField.WhatMattersToMe, "Changed"));
        Assert.Equal(CarePlansMessages.AgreedPlanLocked, Assert.Throws<InvalidOperationException>(() => agreed.WithText(PlanField.ChangesTakenPlace, "Changed")).Message);
        Assert.Throws<InvalidOperationException>(() => agreed.WithSupport(new SupportConnection("Choir")));
        Assert.Throws<InvalidOperationException>(() => agreed.WithReviewDate(new LocalDate(2026, 9, 1)));
        Assert.Throws<InvalidOperationException>(() => agreed.Agree(Agreed));
        Assert.Throws<InvalidOperationException>(() => ReadyDraft().Review(new CarePlanReview(Agreed, [])));

        CarePlan reviewed = agreed.Review(new CarePlanReview(
            new LocalDate(2026, 7, 5),
            [new GoalReview(1, GoalProgress.Achieved, "I walk there every day now"), new GoalReview(2, GoalProgress.InProgress)],
            changesTakenPlace: "I feel less lonely",
            permissions: SharingPermissions.NoneAsked.With(SharingPermission.ShareMyStory, ConsentAnswer.Given).With(SharingPermission.SatisfactionSurvey, ConsentAnswer.Declined)));
        Assert.Equal(CarePlanStatus.Reviewed, reviewed.Status);
        Assert.Equal(GoalProgress.Achieved, reviewed.Goals[0].LatestReview!.Progress);
        Assert.Equal(new LocalDate(2026, 7, 5), reviewed.Goals[0].LatestReview!.ReviewedOn);
        Assert.Equal("I feel less lonely", reviewed.TextFor(PlanField.ChangesTakenPlace));
        Assert.True(reviewed.Permissions.Allows(SharingPermission.ShareMyStory));
        Assert.Equal(ConsentAnswer.Declined, reviewed.Permissions.AnswerFor(SharingPermission.SatisfactionSurvey));

        Assert.Throws<ArgumentException>(() => agreed.Review(new CarePlanReview(new LocalDate(2026, 7, 5), [new GoalReview(3, GoalProgress.InProgress)])));
        Assert.Throws<ArgumentException>(() => agreed.Review(new CarePlanReview(new LocalDate(2025, 12, 31), [])));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GoalReview(0, GoalProgress.Achieved));
    }

    [Fact]
    public void PersonsCopy_PlainText()
    {
        string text = ReadyDraft().Agree(Agreed).ToPlainText();
        Assert.Equal(
            """
            Sample personalised care and support plan
            =========================================

            Name and contact details for person: Zebedee Quill, 01632 960000
            NHS number: 999 000 0026

            Part one – to be completed together at the start

            1. What matters to me
              Seeing my grandchildren on Sundays

            3. Any health conditions that agencies need to know about
              Type 2 diabetes

            4. My goals
              - Goal 1: Walk to the shop by myself
              - Goal 2: Join a choir

            5. Summary of support that I am being connected to, including what I can expect from support
              - Tuesday walking group – what I can expect: A volunteer meets me at the gate

            7. Review – when shall we check how it’s going?
              We will check how it’s going on 5 July 2026.

            """.ReplaceLineEndings(),
            text);
        Assert.DoesNotContain("Physical activity", text, StringComparison.Ordinal); // no professional codes or categories
        Assert.DoesNotContain("2. How best", text, StringComparison.Ordinal);       // nothing the person did not fill in
    }

    [Fact]
    public void PersonsCopy_MarkdownEscapesThePersonsWords()
    {
        string md = CarePlan.Draft(CarePlanTemplates.Appendix4Sample).WithText(PlanField.WhatMattersToMe, "# not a heading\n*really*").ToMarkdown();
        Assert.Contains("\\# not a heading  ", md, StringComparison.Ordinal);
        Assert.Contains("\\*really\\*  ", md, StringComparison.Ordinal);
        Assert.Contains("### 1\\. What matters to me", md, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_HoldsNothingAboutThePerson()
    {
        CarePlan plan = ReadyDraft();
        string all = string.Join("|", plan.ToString(), plan.Person.ToString(), plan.Goals[0].ToString(), plan.Support[0].ToString());
        Assert.DoesNotContain("Zebedee", all, StringComparison.Ordinal);
        Assert.DoesNotContain("diabetes", all, StringComparison.Ordinal);
        Assert.DoesNotContain("0026", all, StringComparison.Ordinal);
        Assert.DoesNotContain("shop", all, StringComparison.Ordinal);
    }

    [Property]
    public void Rendering_NeverPrintsAnEmptySection(CarePlan plan)
    {
        foreach (string copy in new[] { plan.ToPlainText(), plan.ToMarkdown() })
        {
            string[] lines = copy.Split(Environment.NewLine);
            foreach (CarePlanSection section in plan.Template.Sections)
            {
                bool printed = lines.Any(l => l == section.Heading || l == "### " + CarePlanRenderer.EscapeMarkdown(section.Heading));
                Assert.Equal(plan.HasContent(section), printed);
                if (printed)
                {
                    int at = Array.FindIndex(lines, l => l == section.Heading || l == "### " + CarePlanRenderer.EscapeMarkdown(section.Heading));
                    Assert.True(at + 1 < lines.Length && lines[at + 1].Trim().Length > 0, $"{section.Key} has no content under its heading");
                }
            }
        }
    }

    [Property]
    public void TextAndMarkdown_HoldTheSameContent(CarePlan plan)
        => Assert.Equal(ContentLines(plan.ToPlainText(), markdown: false), ContentLines(plan.ToMarkdown(), markdown: true));

    /// <summary>Oracle: what each required part-one section needs, read from the plan's own lists, not through <see cref="CarePlan.HasContent"/>.</summary>
    [Property]
    public Property Agreeing_NeverSucceedsWithARequiredSectionEmpty()
        => Prop.ForAll(CarePlanGenerators.Drafts.ToArbitrary(), plan =>
        {
            int missing = plan.Template.Sections
                .Where(s => s.Part == CarePlanPart.PartOne && (s.RequiredToAgree || s.Field == PlanField.ReviewDate))
                .Count(s => s.Field switch
                {
                    PlanField.Goals => plan.Goals.Count == 0,
                    PlanField.Support => plan.Support.Count == 0,
                    PlanField.ReviewDate => plan.ReviewDate is null,
                    _ => plan.TextIn(s.Key) is null,
                });
            if (!plan.Template.Sections.Any(s => s.Field == PlanField.ReviewDate) && plan.ReviewDate is null)
            {
                missing++;
            }

            Assert.Equal(missing, new CarePlanValidator().Validate(plan).Errors.Count);
            if (missing == 0)
            {
                Assert.Equal(CarePlanStatus.Agreed, plan.Agree(Agreed).Status);
            }
            else
            {
                Assert.Equal(missing, Assert.Throws<ValidationException>(() => plan.Agree(Agreed)).Errors.Count());
            }
        });

    [Property]
    public Property Review_WithoutChanges_KeepsPartOne()
        => Prop.ForAll(Gen.OneOf(CarePlanGenerators.AgreedPlans, CarePlanGenerators.Histories.Select(h => h.Reviewed)).ToArbitrary(), ReviewWithoutChangesKeepsPartOne);

    private static void ReviewWithoutChangesKeepsPartOne(CarePlan plan)
    {
        CarePlanVersion current = plan.CurrentVersion!;
        CarePlan reviewed = plan.Review(new CarePlanReview(
            current.Date.PlusDays(30),
            plan.Goals.Select(g => new GoalReview(g.Number, GoalProgress.InProgress, "Still going")),
            changesTakenPlace: plan.Template.SectionFor(PlanField.ChangesTakenPlace) is null ? null : "More confident",
            permissions: SharingPermissions.NoneAsked.With(SharingPermission.OngoingDataCollectionAndEvaluation, ConsentAnswer.Given)));
        foreach (CarePlanSection section in plan.Template.Sections.Where(s => s.Part == CarePlanPart.PartOne && s.HoldsText))
        {
            Assert.Equal(plan.TextIn(section.Key), reviewed.TextIn(section.Key));
        }

        Assert.Equal(plan.Goals.Select(g => (g.Number, g.Text)), reviewed.Goals.Select(g => (g.Number, g.Text)));
        Assert.Equal(plan.Support, reviewed.Support);
        Assert.Equal(plan.ReviewDate, reviewed.ReviewDate);
        Assert.Equal(plan.AgreedOn, reviewed.AgreedOn);
        Assert.Equal(plan.Goals.Select(g => g.Reviews.Count + 1), reviewed.Goals.Select(g => g.Reviews.Count));
    }

    /// <summary>The content of a copy: each non-blank line without its formatting (heading marks, indentation, Markdown escapes, underline).</summary>
    private static List<string> ContentLines(string copy, bool markdown)
        => copy.Split(Environment.NewLine)
            .Select(l => markdown ? System.Text.RegularExpressions.Regex.Replace(l.TrimStart('#', ' ').TrimEnd(), @"\\(.)", "$1") : l.Trim())
            .Where(l => l.Length > 0 && !l.All(c => c == '='))
            .ToList();
}
