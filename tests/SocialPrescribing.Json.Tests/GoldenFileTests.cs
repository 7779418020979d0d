using SocialPrescribing.Referrals;

namespace SocialPrescribing.Json.Tests;

/// <summary>
/// The wire format, byte for byte: a change shows in review as a change of these files. On a mismatch the test writes
/// <c>name.received.*</c> beside the source file and fails; after review, copy it over the approved file.
/// </summary>
public sealed class GoldenFileTests
{
    [Fact]
    public void Episodes_EveryKindOfEvent_AreWrittenAsApproved()
    {
        var stream = new MemoryStream();
        JsonLines.Write(stream, Journeys.EveryKind);
        Golden.Check("episodes.jsonl", stream.ToArray());
    }

    [Fact]
    public void Episodes_EveryKindOfEvent_HoldEveryKind()
    {
        var kinds = Journeys.EveryKind.SelectMany(e => e.Events).Select(e => e.Kind).Distinct().Order();
        Assert.Equal(Enum.GetValues<EpisodeEventKind>(), kinds);
    }

    [Fact]
    public void Version1Fixture_Episodes_ReadAsTheSameEpisodes_WithEveryNewFieldAbsent()
    {
        using FileStream file = File.OpenRead(Golden.Path("v1", "episodes.jsonl"));
        List<Episode> read = JsonLines.Read<Episode>(file).ToList();

        Assert.Equal(Journeys.Version1, read);
        Assert.All(read, e => Assert.True(e.Demographics.IsEmpty));
        Assert.All(read.SelectMany(e => e.Events).OfType<SocialPrescribingOffered>(), e => Assert.True(e.Demographics.IsEmpty));
        Assert.All(read.SelectMany(e => e.Events).OfType<ReferralMade>(), e => Assert.True(e.Referral.Demographics.IsEmpty));
    }
}
