using NodaTime;

namespace SocialPrescribing.CarePlans.Tests;

/// <summary>Examples of reviews changing an agreed plan (seed section 5 item 3) and of the versions they leave.</summary>
public partial class CarePlanReviewTests
{
    private static readonly LocalDate AgreedDate = new(2026, 1, 5);
    private static readonly LocalDate SixMonthsOn = new(2026, 7, 5);

    private static CarePlan Agreed() => CarePlan.Draft(CarePlanTemplates.Appendix4Sample)
        .WithText(PlanField.WhatMattersToMe, "Seeing my grandchildren on Sundays")
        .WithGoal("Walk to the shop by myself")
        .WithGoal("Join a choir")
        .WithSupport(new SupportConnection("Tuesday walking group", "A volunteer meets me at the gate"))
        .WithReviewDate(SixMonthsOn)
        .WithPerson(new PlanPerson("Zebedee Quill, 01632 960000", NhsNumber.Parse("9990000026")))
        .Agree(AgreedDate);

    private static CarePlan Review(CarePlan plan, LocalDate on, params CarePlanChange[] changes) => plan.Review(new CarePlanReview(on, [], changes));

    private static List<(int Number, string Text)> GoalsOf(IReadOnlyList<CarePlanGoal> goals) => goals.Select(g => (g.Number, g.Text)).ToList();

    [Fact]
    public void Review_AddGoal_AddsTheNextNumberedGoalToAnAgreedPlan()
    {
        CarePlan reviewed = Review(Agreed(), SixMonthsOn, new AddGoal("  Learn to use a tablet "));

        Assert.Equal([(1, "Walk to the shop by myself"), (2, "Join a choir"), (3, "Learn to use a tablet")], GoalsOf(reviewed.Goals));
        Assert.Equal(CarePlanStatus.Reviewed, reviewed.Status);
        Assert.Equal([1, 2], reviewed.Versions.Select(v => v.Number));
        Assert.Equal(SixMonthsOn, reviewed.CurrentVersion!.Date);
        Assert.Equal(SixMonthsOn, reviewed.LastReviewedOn);
        Assert.Equal("AddGoal", Assert.Single(reviewed.CurrentVersion.Changes).ToString());
        Assert.Same(reviewed.CurrentVersion.Goals, reviewed.Goals);
    }

    [Fact]
    public void Review_CloseGoal_RemovesItFromTheCurrentVersion_AndNeverReusesItsNumber()
    {
        CarePlan reviewed = Review(Agreed(), SixMonthsOn, new CloseGoal(1, GoalProgress.Achieved), new AddGoal("Learn to use a tablet"));

        Assert.Equal([(2, "Join a choir"), (3, "Learn to use a tablet")], GoalsOf(reviewed.Goals));
        Assert.Equal([(1, "Walk to the shop by myself"), (2, "Join a choir")], GoalsOf(reviewed.AgreedVersion!.Goals));
        Assert.Equal("CloseGoal(goal 1, Achieved)", reviewed.CurrentVersion!.Changes[0].ToString());
    }

    [Fact]
    public void Review_ChangeGoal_RewordsItKeepingItsNumberAndReviews()
    {
        CarePlan reviewed = Agreed().Review(new CarePlanReview(
            SixMonthsOn,
            [new GoalReview(2, GoalProgress.InProgress, "Went twice")],
            [new ChangeGoal(2, "Sing in the Tuesday choir")]));

        CarePlanGoal goal = reviewed.Goals[1];
        Assert.Equal((2, "Sing in the Tuesday choir"), (goal.Number, goal.Text));
        Assert.Equal((GoalProgress.InProgress, SixMonthsOn), (goal.LatestReview!.Progress, goal.LatestReview.ReviewedOn));
        CarePlanGoal agreedGoal = reviewed.AgreedVersion!.Goals[1];
        Assert.Equal("Join a choir", agreedGoal.Text);
        Assert.Empty(agreedGoal.Reviews);
    }

    [Fact]
    public void Review_SetNextReviewDate_SetsTheReviewDate_AndAReviewWithoutOneKeepsIt()
    {
        var next = new LocalDate(2027, 1, 5);
        CarePlan reviewed = Review(Agreed(), SixMonthsOn, new SetNextReviewDate(next));
        Assert.Equal(next, reviewed.ReviewDate);
        Assert.Equal(next, reviewed.CurrentVersion!.ReviewDate);
        Assert.Equal(SixMonthsOn, reviewed.AgreedVersion!.ReviewDate);

        CarePlan again = Review(reviewed, new LocalDate(2026, 9, 1));
        Assert.Equal(next, again.ReviewDate);
    }

    [Fact]
    public void SetNextReviewDate_OnTheReviewsOwnDate_IsRefused_TheDayAfterIsAllowed()
    {
        CarePlan agreed = Agreed();
        ArgumentException error = Assert.Throws<ArgumentException>(() => Review(agreed, SixMonthsOn, new SetNextReviewDate(SixMonthsOn)));
        Assert.Equal((CarePlansMessages.NextReviewNotAfterReview + " (Parameter 'review')", "review"), (error.Message, error.ParamName));
        Assert.Equal(SixMonthsOn.PlusDays(1), Review(agreed, SixMonthsOn, new SetNextReviewDate(SixMonthsOn.PlusDays(1))).ReviewDate);
    }

    [Fact]
    public void Review_AddChangeAndCloseSupport_NumbersEachConnection()
    {
        CarePlan agreed = Agreed();
        Assert.Equal(1, agreed.Support[0].Number);

        CarePlan reviewed = Review(
            agreed,
            SixMonthsOn,
            new AddSupport(new SupportConnection("Citizens Advice", "Help to check my benefits")),
            new ChangeSupport(1, new SupportConnection("Thursday walking group", "The same volunteer meets me")),
            new AddSupport(new SupportConnection("Library computer class")),
            new CloseSupport(2));

        Assert.Equal([(1, "Thursday walking group"), (3, "Library computer class")], reviewed.Support.Select(s => (s.Number, s.Description)));
        Assert.Equal([(1, "Tuesday walking group")], reviewed.AgreedVersion!.Support.Select(s => (s.Number, s.Description)));
        Assert.Equal("AddSupport|ChangeSupport(support 1)|AddSupport|CloseSupport(support 2)", string.Join("|", reviewed.CurrentVersion!.Changes));
    }

    [Fact]
    public void Review_ChangeText_RewritesASectionInEitherPart_TheAgreedWordsStay()
    {
        CarePlan reviewed = Review(
            Agreed(),
            SixMonthsOn,
            new ChangeText("what-matters", "My grandchildren, and my new friends at the choir"),
            new ChangeText("how-best-to-support", "Give me time"),
            new ChangeText("how-best-to-support", "  "));

        Assert.Equal("My grandchildren, and my new friends at the choir", reviewed.TextFor(PlanField.WhatMattersToMe));
        Assert.Null(reviewed.TextFor(PlanField.HowBestToSupportMe));
        Assert.Equal("Seeing my grandchildren on Sundays", reviewed.AgreedVersion!.TextIn("what-matters"));
    }

    [Fact]
    public void Reviews_LeaveEveryEarlierVersionUnchanged()
    {
        CarePlan agreed = Agreed();
        CarePlanVersion agreedVersion = agreed.AgreedVersion!;
        CarePlan once = agreed.Review(new CarePlanReview(
            SixMonthsOn,
            [new GoalReview(1, GoalProgress.Achieved)],
            [new CloseGoal(1, GoalProgress.Achieved), new AddGoal("Learn to use a tablet"), new SetNextReviewDate(new LocalDate(2027, 1, 5))],
            "I feel less lonely",
            SharingPermissions.NoneAsked.With(SharingPermission.ShareMyStory, ConsentAnswer.Given)));
        CarePlan twice = Review(once, new LocalDate(2027, 1, 5), new ChangeGoal(2, "Sing in a choir"), new CloseSupport(1));

        Assert.Same(agreedVersion, twice.AgreedVersion);
        Assert.Equal([(1, "Walk to the shop by myself"), (2, "Join a choir")], GoalsOf(twice.AgreedVersion!.Goals));
        Assert.All(twice.AgreedVersion.Goals, g => Assert.Empty(g.Reviews));
        Assert.Equal("Tuesday walking group", Assert.Single(twice.AgreedVersion.Support).Description);
        Assert.Equal(SixMonthsOn, twice.AgreedVersion.ReviewDate);
        Assert.Null(twice.AgreedVersion.TextIn("changes"));
        Assert.Equal(ConsentAnswer.NotAsked, twice.AgreedVersion.Permissions.AnswerFor(SharingPermission.ShareMyStory));
        Assert.Empty(twice.AgreedVersion.Changes);
        Assert.Null(twice.AgreedVersion.Review);
        Assert.Equal(AgreedDate, twice.AgreedOn);

        Assert.Same(once.CurrentVersion, twice.Versions[1]);
        Assert.Equal([(2, "Join a choir"), (3, "Learn to use a tablet")], GoalsOf(twice.Versions[1].Goals));
        Assert.Equal([(2, "Sing in a choir"), (3, "Learn to use a tablet")], GoalsOf(twice.Goals));
        Assert.Empty(twice.Support);
        Assert.Equal("I feel less lonely", twice.TextFor(PlanField.ChangesTakenPlace));
        Assert.True(twice.Permissions.Allows(SharingPermission.ShareMyStory));
        Assert.Equal([1, 2, 3], twice.Versions.Select(v => v.Number));
        Assert.Equal([AgreedDate, SixMonthsOn, new LocalDate(2027, 1, 5)], twice.Versions.Select(v => v.Date));
    }

    [Fact]
    public void Review_OnTheAgreementDate_IsAllowed_TheDayBefore_IsRefused()
    {
        CarePlan agreed = Agreed();
        Assert.Equal(AgreedDate, Review(agreed, AgreedDate, new AddGoal("Learn to use a tablet")).LastReviewedOn);

        ArgumentException error = Assert.Throws<ArgumentException>(() => Review(agreed, AgreedDate.PlusDays(-1)));
        Assert.Equal((CarePlansMessages.ReviewBeforeAgreement + " (Parameter 'review')", "review"), (error.Message, error.ParamName));
    }

    [Fact]
    public void Review_OnThePreviousReviewsDate_IsAllowed_TheDayBefore_IsRefused()
    {
        CarePlan reviewed = Review(Agreed(), SixMonthsOn);
        Assert.Equal(3, Review(reviewed, SixMonthsOn).Versions.Count);

        ArgumentException error = Assert.Throws<ArgumentException>(() => Review(reviewed, SixMonthsOn.PlusDays(-1)));
        Assert.Equal((CarePlansMessages.ReviewBeforePreviousReview + " (Parameter 'review')", "review"), (error.Message, error.ParamName));
    }

    /// <summary>Reviews of <see cref="Agreed"/> (goals 1 and 2, support 1) that name something not open, with the message expected.</summary>
    public static TheoryData<string, CarePlanReview, string> NotOpenData { get; } = new()
    {
        { "change a goal that never existed", new CarePlanReview(SixMonthsOn, [], [new ChangeGoal(3, "x")]), CarePlansMessages.UnknownGoal },
        { "close a goal that never existed", new CarePlanReview(SixMonthsOn, [], [new CloseGoal(3, GoalProgress.Achieved)]), CarePlansMessages.UnknownGoal },
        { "review a goal that never existed", new CarePlanReview(SixMonthsOn, [new GoalReview(3, GoalProgress.InProgress)]), CarePlansMessages.UnknownGoal },
        { "change a goal closed earlier in the review", new CarePlanReview(SixMonthsOn, [], [new CloseGoal(1, GoalProgress.NoLongerAGoal), new ChangeGoal(1, "x")]), CarePlansMessages.UnknownGoal },
        { "review a goal added in the same review", new CarePlanReview(SixMonthsOn, [new GoalReview(3, GoalProgress.NotStarted)], [new AddGoal("x")]), CarePlansMessages.UnknownGoal },
        { "change support that never existed", new CarePlanReview(SixMonthsOn, [], [new ChangeSupport(2, new SupportConnection("x"))]), CarePlansMessages.UnknownSupport },
        { "close support twice", new CarePlanReview(SixMonthsOn, [], [new CloseSupport(1), new CloseSupport(1)]), CarePlansMessages.UnknownSupport },
        { "change an unknown section", new CarePlanReview(SixMonthsOn, [], [new ChangeText("no-such-section", "x")]), CarePlansMessages.UnknownSection },
        { "change a section that holds goals", new CarePlanReview(SixMonthsOn, [], [new ChangeText("goals", "x")]), CarePlansMessages.NotATextSection },
    };

    [Theory]
    [MemberData(nameof(NotOpenData))]
    public void Review_NamingSomethingNotOpen_IsAnArgumentExceptionNamingTheRule(string why, CarePlanReview review, string message)
    {
        CarePlan agreed = Agreed();
        ArgumentException error = Assert.Throws<ArgumentException>(() => agreed.Review(review));
        Assert.Equal((message + " (Parameter 'review')", "review"), (error.Message, error.ParamName));
        _ = why; // names the case in the test list
    }

    [Fact]
    public void Review_ChangeNeedingASectionTheTemplateLacks_IsRefused()
    {
        CarePlanTemplate noGoals = CarePlanTemplates.Appendix4Sample.ToBuilder().Remove("goals").Remove("support").Build();
        CarePlan agreed = CarePlan.Draft(noGoals).WithText(PlanField.WhatMattersToMe, "x").WithReviewDate(SixMonthsOn).Agree(AgreedDate);
        Assert.Equal(CarePlansMessages.NotInTemplate + " (Parameter 'review')", Assert.Throws<ArgumentException>(() => Review(agreed, SixMonthsOn, new AddGoal("y"))).Message);
        Assert.Equal(CarePlansMessages.NotInTemplate + " (Parameter 'review')", Assert.Throws<ArgumentException>(() => Review(agreed, SixMonthsOn, new AddSupport(new SupportConnection("y")))).Message);
    }

    [Fact]
    public void Changes_CheckTheirOwnArguments()
    {
        Assert.Equal("goalNumber", Assert.Throws<ArgumentOutOfRangeException>(() => new ChangeGoal(0, "x")).ParamName);
        Assert.Equal("goalNumber", Assert.Throws<ArgumentOutOfRangeException>(() => new CloseGoal(0, GoalProgress.Achieved)).ParamName);
        Assert.Equal("supportNumber", Assert.Throws<ArgumentOutOfRangeException>(() => new CloseSupport(0)).ParamName);
        Assert.Equal("supportNumber", Assert.Throws<ArgumentOutOfRangeException>(() => new ChangeSupport(0, new SupportConnection("x"))).ParamName);
        Assert.Equal("outcome", Assert.Throws<ArgumentOutOfRangeException>(() => new CloseGoal(1, (GoalProgress)9)).ParamName);
        ArgumentException open = Assert.Throws<ArgumentException>(() => new CloseGoal(1, GoalProgress.InProgress));
        Assert.Equal((CarePlansMessages.CloseOutcome + " (Parameter 'outcome')", "outcome"), (open.Message, open.ParamName));
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => new AddGoal(" ")).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => new ChangeGoal(1, null!)).ParamName);
        Assert.Equal("support", Assert.Throws<ArgumentNullException>(() => new AddSupport(null!)).ParamName);
        Assert.Equal("sectionKey", Assert.Throws<ArgumentException>(() => new ChangeText("", "x")).ParamName);
        Assert.Equal("changes", Assert.Throws<ArgumentException>(() => new CarePlanReview(SixMonthsOn, [], [null!])).ParamName);
        Assert.Equal("goalReviews", Assert.Throws<ArgumentException>(() => new CarePlanReview(SixMonthsOn, [null!])).ParamName);
        Assert.Empty(new CarePlanReview(SixMonthsOn, [], changes: null).Changes);
        Assert.Equal("goalReviews", Assert.Throws<ArgumentNullException>(() => new CarePlanReview(SixMonthsOn, null!)).ParamName);
    }

    [Fact]
    public void AgreedPlan_ChangesOnlyAtAReview()
    {
        CarePlan agreed = Agreed();
        Assert.Equal(CarePlansMessages.AgreedPlanLocked, Assert.Throws<InvalidOperationException>(() => agreed.WithGoal("x")).Message);
        Assert.Equal(CarePlansMessages.AgreedPlanLocked, Assert.Throws<InvalidOperationException>(() => agreed.WithText("changes", "x")).Message);
        Assert.Equal(CarePlansMessages.AgreedPlanLocked, Assert.Throws<InvalidOperationException>(() => agreed.WithReviewDate(SixMonthsOn)).Message);
        Assert.Equal(CarePlansMessages.AgreedPlanLocked, Assert.Throws<InvalidOperationException>(() => agreed.WithSupport(new SupportConnection("x"))).Message);
        Assert.Single(agreed.WithPerson(PlanPerson.None).Versions); // the person's details are not versioned
        Assert.Null(CarePlan.Draft(CarePlanTemplates.Appendix4Sample).AgreedVersion);
        Assert.Empty(CarePlan.Draft(CarePlanTemplates.Appendix4Sample).Versions);
    }

    [Fact]
    public void PersonsCopy_ShowsTheCurrentVersion_WithAppendix4Labels()
    {
        CarePlan reviewed = Agreed().Review(new CarePlanReview(
            SixMonthsOn,
            [new GoalReview(2, GoalProgress.InProgress, "Went twice")],
            [new CloseGoal(1, GoalProgress.Achieved), new AddGoal("Learn to use a tablet"), new SetNextReviewDate(new LocalDate(2027, 1, 5))],
            "I feel less lonely",
            SharingPermissions.NoneAsked.With(SharingPermission.ShareMyStory, ConsentAnswer.Given)));

        Assert.Equal(
            """
            Sample personalised care and support plan
            =========================================

            Name and contact details for person: Zebedee Quill, 01632 960000
            NHS number: 999 000 0026

            Part one – to be completed together at the start

            1. What matters to me
              Seeing my grandchildren on Sundays

            4. My goals
              - Goal 2: Join a choir
              - Goal 2, reviewed 5 July 2026: in progress. Went twice
              - Goal 3: Learn to use a tablet

            5. Summary of support that I am being connected to, including what I can expect from support
              - Tuesday walking group – what I can expect: A volunteer meets me at the gate

            7. Review – when shall we check how it’s going?
              We will check how it’s going on 5 January 2027.

            Part Two – to be completed after 6 months

            8. What changes have taken place?
              I feel less lonely

            9. I am happy to share my personal story?
              Yes

            """.ReplaceLineEndings(),
            reviewed.ToPlainText());
        Assert.Contains("## Part Two \u2013 to be completed after 6 months", reviewed.ToMarkdown(), StringComparison.Ordinal);
        Assert.Contains("- Name and contact details for person: Zebedee Quill, 01632 960000", reviewed.ToMarkdown(), StringComparison.Ordinal);
    }
}
