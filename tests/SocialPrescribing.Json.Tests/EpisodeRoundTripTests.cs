using FsCheck.Xunit;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Json.Tests;

public sealed class EpisodeRoundTripTests
{
    [Property]
    public bool Episode_RoundTrips_ToAnEqualEpisode(Episode episode)
    {
        string json = SocialPrescribingJson.Serialize(episode);
        Episode back = SocialPrescribingJson.Deserialize<Episode>(json);
        return back == episode && back.State == episode.State;
    }

    [Property]
    public bool Episode_WrittenTwice_GivesIdenticalBytes(Episode episode)
    {
        byte[] first = SocialPrescribingJson.SerializeToUtf8Bytes(episode);
        byte[] again = SocialPrescribingJson.SerializeToUtf8Bytes(SocialPrescribingJson.Deserialize<Episode>(first));
        return first.AsSpan().SequenceEqual(again);
    }

    [Property]
    public bool EveryEvent_RoundTripsAsADocumentOfItsOwn(Episode episode)
        => episode.Events.All(e => SocialPrescribingJson.Deserialize<EpisodeEvent>(SocialPrescribingJson.Serialize(e)) == e);
}
