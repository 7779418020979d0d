using Hl7.Fhir.Model;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Fhir;

/// <summary>
/// The agreed care and support plan as a UK Core CarePlan (docs/fhir.md, "The mapping, field by field"): the plan's id, the date agreed,
/// and its next review as a scheduled activity.
/// </summary>
internal static class PlanMapping
{
    public const string ReviewText = "Review of the personalised care and support plan";

    public static CarePlan ToCarePlan(CarePlanReference plan, ResourceReference patient)
    {
        var carePlan = new CarePlan
        {
            Meta = FhirValues.UkCore("CarePlan"),
            Identifier = [new Identifier(FhirUris.CarePlanId, plan.PlanId)],
            Status = RequestStatus.Active,
            Intent = CarePlan.CarePlanIntent.Plan,
            Title = "Personalised care and support plan",
            Subject = patient,
            Created = FhirValues.Date(plan.AgreedOn),
            Activity =
            [
                new CarePlan.ActivityComponent
                {
                    Detail = new CarePlan.DetailComponent
                    {
                        Code = FhirValues.Text(ReviewText),
                        Status = CarePlan.CarePlanActivityStatus.Scheduled,
                        Scheduled = new Period { StartElement = FhirValues.DateTime(plan.NextReviewOn) },
                    },
                },
            ],
        };

        return carePlan;
    }

    /// <summary>The plan as agreed: its id and date from the CarePlan, its first review date from the agreement's Provenance (the CarePlan shows the next review as it stands).</summary>
    public static CarePlanReference FromCarePlan(FhirReader r, CarePlan carePlan, NodaTime.LocalDate? nextReviewOn, string nextReviewPath)
    {
        string id = carePlan.Identifier.FirstOrDefault(i => i.System == FhirUris.CarePlanId)?.Value ?? throw r.Error(r.Path("identifier"), FhirMessages.PlanId);
        NodaTime.LocalDate agreed = r.Date(carePlan.Created, r.Path("created"));
        NodaTime.LocalDate next = nextReviewOn ?? throw r.Error(nextReviewPath, FhirMessages.FirstReviewDate);
        return r.Build(() => new CarePlanReference(id, agreed, next), r.Path("identifier"));
    }

    /// <summary>
    /// Adds the plan's content to the CarePlan resource the episode's agreement wrote (docs/fhir.md, "The care and
    /// support plan"): its text as the narrative, each goal a Goal (in the person's words, its progress as lifecycle and
    /// achievement status, each review's words a note), the goals closed at a review as Goals with the outcome and the
    /// date closed, each support connection a planned activity.
    /// </summary>
    public static void AddContent(CarePlan carePlan, SocialPrescribing.CarePlans.CarePlan plan, ResourceReference patient, Func<string, Resource, ResourceReference> add)
    {
        // The plan's words without the person's name, contact details and NHS number (the Patient identifies them).
        carePlan.Text = new Narrative { Status = Narrative.NarrativeStatus.Generated, Div = Xhtml.Of(plan.WithPerson(SocialPrescribing.CarePlans.PlanPerson.None).ToPlainText()) };
        var goals = new List<(int Number, Goal Resource)>();
        foreach (SocialPrescribing.CarePlans.CarePlanGoal goal in plan.Goals)
        {
            goals.Add((goal.Number, ToGoal(goal.Text, goal.Reviews, goal.LatestReview?.Progress ?? SocialPrescribing.CarePlans.GoalProgress.NotStarted, plan.AgreedOn, patient)));
        }

        // A closed goal stays in the versions before the review that closed it (docs/care-plans.md); its reviews are
        // those it had then and the one given at that review.
        for (int i = 1; i < plan.Versions.Count; i++)
        {
            SocialPrescribing.CarePlans.CarePlanVersion version = plan.Versions[i];
            foreach (SocialPrescribing.CarePlans.CloseGoal close in version.Changes.OfType<SocialPrescribing.CarePlans.CloseGoal>())
            {
                if (plan.Versions[i - 1].Goals.FirstOrDefault(g => g.Number == close.GoalNumber) is not SocialPrescribing.CarePlans.CarePlanGoal goal)
                {
                    continue; // added and closed at one review: in no version of the plan (docs/fhir.md).
                }

                IEnumerable<SocialPrescribing.CarePlans.GoalReview> reviews = [.. goal.Reviews, .. version.Review!.GoalReviews.Where(r => r.GoalNumber == goal.Number)];
                goals.Add((goal.Number, ToGoal(goal.Text, reviews, close.Outcome, plan.AgreedOn, patient, closedOn: version.Date)));
            }
        }

        foreach ((int number, Goal resource) in goals.OrderBy(g => g.Number))
        {
            carePlan.Goal.Add(add("goal-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture), resource));
        }

        foreach (SocialPrescribing.CarePlans.SupportConnection support in plan.Support)
        {
            carePlan.Activity.Add(new CarePlan.ActivityComponent
            {
                Detail = new CarePlan.DetailComponent
                {
                    Code = support.Category is ConnectionCategory category ? FhirValues.Concept(category.Kind, category.OtherDescription) : null,
                    Status = CarePlan.CarePlanActivityStatus.NotStarted,
                    Description = support.WhatToExpect is string expect ? support.Description + " (" + expect + ")" : support.Description,
                },
            });
        }
    }

    /// <summary>A goal in the person's words, its progress as lifecycle and achievement status, each review's words a note dated by the review; a closed goal's status date is the day it closed, which also dates the review given at that review (it carries no date of its own).</summary>
    private static Goal ToGoal(string text, IEnumerable<SocialPrescribing.CarePlans.GoalReview> reviews, SocialPrescribing.CarePlans.GoalProgress progress, NodaTime.LocalDate? agreedOn, ResourceReference patient, NodaTime.LocalDate? closedOn = null)
    {
        var resource = new Goal
        {
            LifecycleStatus = progress switch
            {
                SocialPrescribing.CarePlans.GoalProgress.Achieved => Goal.GoalLifecycleStatus.Completed,
                SocialPrescribing.CarePlans.GoalProgress.NoLongerAGoal => Goal.GoalLifecycleStatus.Cancelled,
                _ => Goal.GoalLifecycleStatus.Active,
            },
            AchievementStatus = progress switch
            {
                SocialPrescribing.CarePlans.GoalProgress.InProgress => new CodeableConcept(GoalAchievement, "in-progress"),
                SocialPrescribing.CarePlans.GoalProgress.Achieved => new CodeableConcept(GoalAchievement, "achieved"),
                SocialPrescribing.CarePlans.GoalProgress.NoLongerAGoal => new CodeableConcept(GoalAchievement, "not-attainable"),
                _ => null,
            },
            Description = FhirValues.Text(text),
            Subject = patient,
            Note = [.. reviews.Where(r => r.WhatChanged is not null).Select(r => new Annotation
            {
                Time = (r.ReviewedOn ?? closedOn) is NodaTime.LocalDate on ? FhirValues.Date(on) : null,
                Text = new Markdown(r.WhatChanged!),
            })],
        };
        if (agreedOn is NodaTime.LocalDate agreed)
        {
            resource.Start = new Date(FhirValues.Date(agreed));
        }

        if (closedOn is NodaTime.LocalDate closed)
        {
            resource.StatusDateElement = new Date(FhirValues.Date(closed));
        }

        return resource;
    }

    private const string GoalAchievement = FhirUris.Hl7TerminologyPrefix + "goal-achievement";
}
