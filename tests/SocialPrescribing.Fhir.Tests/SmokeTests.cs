using Hl7.Fhir.Model;
using SocialPrescribing.Json.Tests;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Fhir.Tests;

public sealed class SmokeTests(ITestOutputHelper output)
{
    private static readonly EpisodeFhirOptions Options = new(OdsCode.Parse("Y12345"));

    [Fact]
    public void Journeys_RoundTrip_AndValidate()
    {
        var all = new List<string>();
        foreach (Episode episode in Journeys.EveryKind)
        {
            Bundle bundle = EpisodeFhir.ToBundle(episode, Options);
            Episode back = EpisodeFhir.FromBundle(EpisodeFhir.BundleFromJson(EpisodeFhir.ToJson(bundle)));
            Assert.Equal(episode.State, back.State);
            Assert.Equal(episode.Events.Length, back.Events.Length);
            for (int i = 0; i < episode.Events.Length; i++)
            {
                if (episode.Events[i] != back.Events[i])
                {
                    output.WriteLine($"differs: {episode.Events[i]} vs {back.Events[i]}");
                }
            }

            foreach (Bundle.EntryComponent entry in bundle.Entry)
            {
                OperationOutcome outcome = FhirValidation.Validate(entry.Resource!);
                foreach (var issue in outcome.Issue)
                {
                    all.Add($"{entry.Resource!.TypeName}: {FhirValidation.Describe([issue])}");
                }
            }
        }
    
        Assert.Fail(string.Join("\n", all.Distinct()));
    }
}
