using FsCheck.Xunit;
using NodaTime;
using SocialPrescribing.Measures;
using SocialPrescribing.Testing;
using static SocialPrescribing.Measures.Tests.MeasurementRecords;

namespace SocialPrescribing.Measures.Tests;

/// <summary>Every text the package produces is the same under tr-TR, ar-SA and en-GB as under the invariant culture.</summary>
public class CultureTests
{
    private static void AssertSameInEveryCulture<T>(Func<T> compute) => Assert.Empty(TestCultures.Differences(compute));

    [Property]
    public void Scores_AndResponses_Describe(PamScore from, PamScore to, Ons4Response response)
        => AssertSameInEveryCulture(() => (
            from.ToString(),
            $"{to}",
            PamChange.Between(from, to).ToString(),
            response.ToString(),
            Ons4Answer.Create(7).ToString(),
            PamEligibility.Assess(new PamEligibilityForm()).ToString()));

    [Property]
    public void Schedules_Describe(LocalDate start, byte days)
    {
        var schedule = new MeasurementSchedule(start);
        AssertSameInEveryCulture(() => string.Join(
            "|",
            schedule.Ons4On(start.PlusDays(days * 3), Ons4Record([start, start.PlusDays(days)])).ToString(),
            schedule.PamOn(start.PlusDays(400), PamRecord([start, start.PlusDays(days)]), PamEligibility.Assess(new PamEligibilityForm())).Entries.Select(e => e.ToString()),
            schedule.CanReassessPam(start.PlusDays(days), PamRecord([start])).ToString(),
            new RecordedAssessment(MeasureKind.Pam, start).ToString(),
            PamRecord([start], [start.PlusDays(days)]).WithOns4(start).ToString()));
    }

    [Fact]
    public void ValidatorMessages_Describe()
    {
        // The templates' placeholders ({PropertyName}, {ComparisonValue}) are filled the same way in every culture.
        string[] Messages()
        {
            var survey = new ConfidenceSurveyForm { PeopleConnected = -1, CopedWell = (AgreementLevel)9, CouldHaveCopedWith = 2, GapsInProvision = new string('x', 2001) };
            var ons4 = new Ons4ResponseForm { LifeSatisfaction = 11 };
            ons4.Refused.Add(Ons4Item.LifeSatisfaction);
            return
            [
                .. new ConfidenceSurveyFormValidator().Validate(survey).Errors.Select(e => e.ErrorMessage),
                .. new Ons4ResponseFormValidator().Validate(ons4).Errors.Select(e => e.ErrorMessage),
                .. new PamEligibilityFormValidator().Validate(new PamEligibilityForm { Dementia = (FactAnswer)9 }).Errors.Select(e => e.ErrorMessage),
            ];
        }

        Assert.Contains("Question 5 (gaps in community provision) should be at most 2000 characters.", Messages());
        AssertSameInEveryCulture(() => string.Join("|", Messages()));
    }
}
