using Hl7.Fhir.Model;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Fhir;

/// <summary>
/// The agreed care and support plan as a UK Core CarePlan (docs/fhir.md, "CarePlan"): the plan's id, the date agreed,
/// and its next review as a scheduled activity.
/// </summary>
internal static class PlanMapping
{
    public const string ReviewText = "Review of the personalised care and support plan";

    public static CarePlan ToCarePlan(CarePlanReference plan, ResourceReference patient, ResourceReference? referral)
    {
        var carePlan = new CarePlan
        {
            Meta = new Meta { Profile = [FhirUris.Profile("CarePlan")] },
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

    public static CarePlanReference FromCarePlan(FhirReader r, CarePlan carePlan)
    {
        string id = carePlan.Identifier.FirstOrDefault(i => i.System == FhirUris.CarePlanId)?.Value ?? throw r.Error(r.Path("identifier"), $"needs the plan's id (system {FhirUris.CarePlanId})");
        NodaTime.LocalDate agreed = r.Date(carePlan.Created, r.Path("created"));
        NodaTime.LocalDate next = r.Date((carePlan.Activity.FirstOrDefault()?.Detail?.Scheduled as Period)?.Start, r.Path("activity[0].detail.scheduledPeriod.start"));
        return r.Build(() => new CarePlanReference(id, agreed, next), r.Path("identifier"));
    }
}
