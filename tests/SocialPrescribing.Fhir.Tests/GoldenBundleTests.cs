using System.Runtime.CompilerServices;
using SocialPrescribing.Json.Tests;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Fhir.Tests;

/// <summary>
/// Golden bundles (a plain file comparison; Bundles/*.json): a whole episode (with and without its reviewed plan), a
/// declined offer, a referral not accepted, the message back to each recipient and a connected group's view, so a
/// change of the mapping shows in review. On a mismatch the written bundle goes beside the source file
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
        Check(name, Written(EpisodeFhir.ToBundle(episode, RoundTripTests.Options)));
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

    [Fact]
    public void BundleWithTheReviewedPlan_IsTheApprovedFile()
        => Check("whole-episode-with-plan.json", Written(EpisodeFhir.ToBundle(Journeys.EveryKind[0], CarePlanTests.Reviewed(), RoundTripTests.Options)));

    [Theory]
    [InlineData(MessageBackRecipient.RegisteredGp, "message-back-registered-gp.json")]
    [InlineData(MessageBackRecipient.Referrer, "message-back-referrer.json")]
    public void MessageBackDocument_IsTheApprovedFile(MessageBackRecipient recipient, string name)
    {
        MessageBack message = MessageBack.Create(Journeys.EveryKind[0], recipient);
        Check(name, Written(EpisodeFhir.ToMessageBackDocument(message, MessageBackTests.At, RoundTripTests.Options)));
    }

    [Fact]
    public void GroupViewBundle_IsTheApprovedFile()
        => Check("group-view.json", Written(EpisodeFhir.ToGroupBundle(GroupView.Create(Journeys.EveryKind[0], 1), RoundTripTests.Options)));

    /// <summary>A resource as the approved files hold it: indented FHIR JSON and a final newline.</summary>
    private static string Written(Hl7.Fhir.Model.Resource resource) => EpisodeFhir.ToJson(resource, indented: true) + "\n";

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
