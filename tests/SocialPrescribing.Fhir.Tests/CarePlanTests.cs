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
