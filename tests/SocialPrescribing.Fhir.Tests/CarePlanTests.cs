using Hl7.Fhir.Model;
using NodaTime;
using SocialPrescribing.CarePlans;
using SocialPrescribing.Json.Tests;
using SocialPrescribing.Referrals;
using FhirCarePlan = Hl7.Fhir.Model.CarePlan;
using PlanModel = SocialPrescribing.CarePlans.CarePlan;

namespace SocialPrescribing.Fhir.Tests;

/// <summary>The agreed care and support plan as a CarePlan with Goals (docs/fhir.md, "The care and support plan").</summary>
public sealed class CarePlanTests
{
    private static readonly Episode Whole = Journeys.EveryKind[0];

    internal static PlanModel Plan() => PlanModel.Draft(CarePlanTemplates.Appendix4Sample)
        .WithText(PlanField.WhatMattersToMe, "Getting out of the house again")
        .WithGoal("Go to the choir every week")
        .WithGoal("Sort out the gas bill")
        .WithSupport(new SupportConnection("Community choir", "Tuesday evenings", ConnectionCategory.CreateOther("Community choir")))
        .WithReviewDate(Whole.CarePlan!.NextReviewOn)
        .Agree(Whole.CarePlan.AgreedOn);

    [Fact]
    public void Plan_GivesTheCarePlanItsGoalsActivitiesAndText()
    {
        Bundle bundle = EpisodeFhir.ToBundle(Whole, Plan(), RoundTripTests.Options);
        FhirCarePlan carePlan = bundle.Entry.Select(e => e.Resource).OfType<FhirCarePlan>().Single();
        Goal[] goals = [.. bundle.Entry.Select(e => e.Resource).OfType<Goal>()];
        Assert.Equal(["Go to the choir every week", "Sort out the gas bill"], goals.Select(g => g.Description.Text));
        Assert.All(goals, g => Assert.Equal(Goal.GoalLifecycleStatus.Active, g.LifecycleStatus));
        Assert.Equal(2, carePlan.Goal.Count);
        Assert.All(carePlan.Goal, r => Assert.Contains(bundle.Entry, e => e.FullUrl == r.Reference && e.Resource is Goal));
        Assert.Contains(carePlan.Activity, a => a.Detail?.Description == "Community choir (Tuesday evenings)");
        Assert.Contains("Getting out of the house again", carePlan.Text!.Div, StringComparison.Ordinal);
    }

    /// <summary>The plan after two reviews: goal 1 in progress, goal 2 closed as achieved at the second, goal 3 added at the first and closed at the second as no longer a goal.</summary>
    internal static PlanModel Reviewed()
    {
        LocalDate agreed = Whole.CarePlan!.AgreedOn;
        return Plan()
            .Review(new CarePlanReview(agreed.PlusDays(30), [new GoalReview(1, GoalProgress.InProgress, "Went twice"), new GoalReview(2, GoalProgress.InProgress, "Rang the supplier")], [new AddGoal("Walk to the shops")]))
            .Review(new CarePlanReview(agreed.PlusDays(60), [new GoalReview(2, GoalProgress.Achieved, "Bill paid off")], [new CloseGoal(2, GoalProgress.Achieved), new CloseGoal(3, GoalProgress.NoLongerAGoal)]));
    }

    [Fact]
    public void ClosedGoals_AreWrittenWithTheirOutcomeTheDateClosedAndTheirReviews()
    {
        LocalDate agreed = Whole.CarePlan!.AgreedOn;
        Bundle bundle = EpisodeFhir.ToBundle(Whole, Reviewed(), RoundTripTests.Options);
        FhirCarePlan carePlan = bundle.Entry.Select(e => e.Resource).OfType<FhirCarePlan>().Single();
        Goal[] goals = [.. carePlan.Goal.Select(r => bundle.Entry.Single(e => e.FullUrl == r.Reference).Resource).Cast<Goal>()];

        Assert.Equal(["Go to the choir every week", "Sort out the gas bill", "Walk to the shops"], goals.Select(g => g.Description.Text));
        Assert.Equal([Goal.GoalLifecycleStatus.Active, Goal.GoalLifecycleStatus.Completed, Goal.GoalLifecycleStatus.Cancelled], goals.Select(g => g.LifecycleStatus));
        Assert.Equal(["in-progress", "achieved", "not-attainable"], goals.Select(g => g.AchievementStatus!.Coding.Single().Code));
        Assert.Equal<string?>([null, Date(agreed.PlusDays(60)), Date(agreed.PlusDays(60))], goals.Select(g => g.StatusDateElement?.Value));
        Assert.All(goals, g => Assert.Equal(Date(agreed), Assert.IsType<Hl7.Fhir.Model.Date>(g.Start).Value));

        // Each review's words, dated by the review: goal 1's from the first review, goal 2's from the first review and the one that closed it.
        Assert.Equal([("Went twice", Date(agreed.PlusDays(30)))], goals[0].Note.Select(n => (n.Text, n.Time)));
        Assert.Equal([("Rang the supplier", Date(agreed.PlusDays(30))), ("Bill paid off", Date(agreed.PlusDays(60)))], goals[1].Note.Select(n => (n.Text, n.Time)));
        Assert.Empty(goals[2].Note);
    }

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void BundleWithThePlan_StillReadsBackToTheEpisode()
        => Assert.Equal(Normalised.Of(Whole), EpisodeFhir.FromBundle(EpisodeFhir.ToBundle(Whole, Plan(), RoundTripTests.Options)));

    [Fact]
    public void PlanNotTheEpisodes_IsRefused()
    {
        PlanModel other = PlanModel.Draft(CarePlanTemplates.Appendix4Sample).WithText(PlanField.WhatMattersToMe, "x").WithGoal("y").WithSupport(new SupportConnection("z")).WithReviewDate(new LocalDate(2027, 1, 1)).Agree(new LocalDate(2026, 1, 1));
        Assert.Throws<ArgumentException>(() => EpisodeFhir.ToBundle(Whole, other, RoundTripTests.Options));
        Assert.Throws<ArgumentException>(() => EpisodeFhir.ToBundle(Journeys.EveryKind[1], Plan(), RoundTripTests.Options));
    }
}
