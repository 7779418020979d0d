using SocialPrescribing.Referrals;

namespace SocialPrescribing.Json.Tests;

public sealed class JsonExtensionsTests
{
    [Fact]
    public void ToJson_IsTheEntryPointsDocument()
    {
        Episode episode = Journeys.EveryKind[0];

        Assert.Equal(SocialPrescribingJson.Serialize(episode), episode.ToJson());
        Assert.Equal(SocialPrescribingJson.Serialize(episode.Events[5]), episode.Events[5].ToJson());
    }

    [Fact]
    public async Task EpisodesOnAStream_RoundTrip()
    {
        var stream = new MemoryStream();
        await stream.WriteEpisodesAsync(Journeys.EveryKind.ToAsyncEnumerable(), TestContext.Current.CancellationToken);
        stream.Position = 0;

        Assert.Equal(Journeys.EveryKind, await stream.ReadEpisodesAsync(cancellationToken: TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken));
    }
}
