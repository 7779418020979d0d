using System.Runtime.CompilerServices;
using SocialPrescribing.Json.Tests;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Fhir.Tests;

/// <summary>
/// Golden bundles (a plain file comparison; Bundles/*.json): a whole episode, a declined offer and a referral not
/// accepted, so a change of the mapping shows in review. On a mismatch the written bundle goes beside the source file
/// as <c>*.received.json</c>.
/// </summary>
public sealed class GoldenBundleTests
{
    [Theory]
    [InlineData(0, "whole-episode.json")]
    [InlineData(1, "declined-offer.json")]
    [InlineData(2, "not-accepted-referral.json")]
    [InlineData(4, "demographics-and-codes.json")]
    public void Bundle_IsTheApprovedFile(int journey, string name)
    {
        Episode episode = Journeys.EveryKind[journey];
        Check(name, EpisodeFhir.ToJson(EpisodeFhir.ToBundle(episode, RoundTripTests.Options), indented: true) + "\n");
    }

    [Theory]
    [InlineData("whole-episode.json", 0)]
    [InlineData("declined-offer.json", 1)]
    [InlineData("not-accepted-referral.json", 2)]
    [InlineData("demographics-and-codes.json", 4)]
    public void ApprovedFile_ReadsBackToTheEpisode(string name, int journey)
    {
        Episode back = EpisodeFhir.FromJson(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Bundles", name)));
        Assert.Equal(Normalised.Of(Journeys.EveryKind[journey]), back);
    }

    private static void Check(string name, string written, [CallerFilePath] string caller = "")
    {
        string approved = Path.Combine(AppContext.BaseDirectory, "Bundles", name);
        string expected = File.Exists(approved) ? File.ReadAllText(approved) : string.Empty;
        if (expected != written)
        {
            string received = Path.Combine(Path.GetDirectoryName(caller)!, "Bundles", Path.ChangeExtension(name, ".received.json"));
            File.WriteAllText(received, written);
            Assert.Fail($"{name} differs from the approved file; what was written is in {received}.");
        }
    }
}
