using NodaTime;

namespace SocialPrescribing.CarePlans.Tests;

/// <summary>The person's own copy line by line (seed section 5 item 3, Appendix 4): every kind of content, in both renderings.</summary>
public class PersonsCopyTests
{
    private static readonly LocalDate AgreedOn = new(2026, 1, 5);

    private static CarePlan Reviewed() => CarePlan.Draft(CarePlanTemplates.Appendix4Sample)
        .WithPerson(new PlanPerson("Zebedee (Zeb) Quill", null))
        .WithText(PlanField.WhatMattersToMe, "My family\n\n  *Sundays*  \nThe garden")
        .WithGoal("Walk\r\n to the shop")
        .WithGoal("Join a choir")
        .WithGoal("Sleep better")
        .WithGoal("Cook again")
        .WithSupport(new SupportConnection("Walking group", "A volunteer meets me"))
        .WithSupport(new SupportConnection("Choir"))
        .WithReviewDate(new LocalDate(2026, 7, 5))
        .Agree(AgreedOn)
        .Review(new CarePlanReview(
            new LocalDate(2026, 7, 5),
            [new GoalReview(1, GoalProgress.NotStarted), new GoalReview(2, GoalProgress.InProgress, "Went twice"), new GoalReview(3, GoalProgress.Achieved), new GoalReview(4, GoalProgress.NoLongerAGoal)],
            [new SetNextReviewDate(new LocalDate(2027, 1, 5))],
            permissions: SharingPermissions.NoneAsked.With(SharingPermission.ShareMyStory, ConsentAnswer.Given).With(SharingPermission.SatisfactionSurvey, ConsentAnswer.Declined)));

    [Fact]
    public void PlainText_EveryKindOfContent()
        => Assert.Equal(
            """
            Sample personalised care and support plan
            =========================================

            Name and contact details for person: Zebedee (Zeb) Quill

            Part one – to be completed together at the start

            1. What matters to me
              My family
              *Sundays*
              The garden

            4. My goals
              - Goal 1: Walk to the shop
              - Goal 1, reviewed 5 July 2026: not started yet.
              - Goal 2: Join a choir
              - Goal 2, reviewed 5 July 2026: in progress. Went twice
              - Goal 3: Sleep better
              - Goal 3, reviewed 5 July 2026: achieved.
              - Goal 4: Cook again
              - Goal 4, reviewed 5 July 2026: no longer a goal.

            5. Summary of support that I am being connected to, including what I can expect from support
              - Walking group – what I can expect: A volunteer meets me
              - Choir

            7. Review – when shall we check how it’s going?
              We will check how it’s going on 5 January 2027.

            Part Two – to be completed after 6 months

            9. I am happy to share my personal story?
              Yes

            10. I am willing to complete a satisfaction survey?
              No

            """.ReplaceLineEndings(),
            Reviewed().ToPlainText());

    [Fact]
    public void Markdown_EveryKindOfContent()
        => Assert.Equal(
            """
            # Sample personalised care and support plan

            - Name and contact details for person: Zebedee \(Zeb\) Quill

            ## Part one – to be completed together at the start

            ### 1\. What matters to me
            My family  
            \*Sundays\*  
            The garden  

            ### 4\. My goals
            - Goal 1: Walk to the shop
            - Goal 1, reviewed 5 July 2026: not started yet.
            - Goal 2: Join a choir
            - Goal 2, reviewed 5 July 2026: in progress. Went twice
            - Goal 3: Sleep better
            - Goal 3, reviewed 5 July 2026: achieved.
            - Goal 4: Cook again
            - Goal 4, reviewed 5 July 2026: no longer a goal.

            ### 5\. Summary of support that I am being connected to, including what I can expect from support
            - Walking group – what I can expect: A volunteer meets me
            - Choir

            ### 7\. Review – when shall we check how it’s going?
            We will check how it’s going on 5 January 2027.  

            ## Part Two – to be completed after 6 months

            ### 9\. I am happy to share my personal story?
            Yes  

            ### 10\. I am willing to complete a satisfaction survey?
            No  

            """.ReplaceLineEndings(),
            Reviewed().ToMarkdown());

    [Fact]
    public void PersonsDetails_OnlyThoseGiven_AndNoBlockWithoutThem()
    {
        CarePlan plan = CarePlan.Draft(CarePlanTemplates.Appendix4Sample).WithReviewDate(new LocalDate(2026, 7, 5));
        const string Rest = """

            Part one – to be completed together at the start

            7. Review – when shall we check how it’s going?
              We will check how it’s going on 5 July 2026.

            """;
        const string Title = """
            Sample personalised care and support plan
            =========================================

            """;
        Assert.Equal((Title + Rest).ReplaceLineEndings(), plan.ToPlainText());
        Assert.Equal((Title + "\nNHS number: 999 000 0026\n" + Rest).ReplaceLineEndings(), plan.WithPerson(new PlanPerson(null, NhsNumber.Parse("9990000026"))).ToPlainText());
    }
}
