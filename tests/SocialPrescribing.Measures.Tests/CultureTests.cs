using FsCheck.Xunit;
using NodaTime;
using SocialPrescribing.Measures;
using SocialPrescribing.Testing;

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
            Ons4Answer.Of(7).ToString(),
            PamEligibility.Assess(new PamEligibilityFacts()).ToString()));

    [Property]
    public void Schedules_Describe(LocalDate start, byte days)
    {
        var schedule = new MeasurementSchedule(start);
        AssertSameInEveryCulture(() => string.Join(
            "|",
            schedule.Ons4On(start.PlusDays(days * 3), [start, start.PlusDays(days)]).ToString(),
            schedule.PamOn(start.PlusDays(400), [start, start.PlusDays(days)], PamEligibility.Assess(new PamEligibilityFacts()), []).Entries.Select(e => e.ToString()),
            schedule.CanReassessPam(start.PlusDays(days), [start], []).ToString(),
            new RecordedAssessment(MeasureKind.Pam, start).ToString()));
    }
}
