using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Hl7.Fhir.Model;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Fhir.Tests;

/// <summary>Model to FHIR to model, and FHIR JSON to FHIR JSON, for generated episodes in every state.</summary>
public sealed class RoundTripTests
{
    internal static readonly EpisodeFhirOptions Options = new(OdsCode.Parse("Y02345"));

    [Property]
    public Property Episode_ToBundleAndBack_GivesEverythingTheTableMaps(Episode episode)
    {
        Episode back = EpisodeFhir.FromBundle(EpisodeFhir.ToBundle(episode, Options));
        Episode expected = Normalised.Of(episode);
        return (back == expected && back.State == episode.State)
            .Label(string.Join("\n", expected.Events.Zip(back.Events).Where(p => p.First != p.Second).Select(p => $"{p.First} | {p.Second}")));
    }

    [Property]
    public bool Bundle_ThroughFhirJson_IsWrittenTheSame(Episode episode)
    {
        string json = EpisodeFhir.ToJson(EpisodeFhir.ToBundle(episode, Options));
        return EpisodeFhir.ToJson(EpisodeFhir.BundleFromJson(json)) == json;
    }

    [Property]
    public bool Episode_ThroughFhirJson_GivesWhatTheBundleGives(Episode episode)
        => EpisodeFhir.FromJson(EpisodeFhir.ToJson(EpisodeFhir.ToBundle(episode, Options), indented: true)) == Normalised.Of(episode);

    [Property]
    public bool Bundle_IsTheSameEachTime(Episode episode)
        => EpisodeFhir.ToJson(EpisodeFhir.ToBundle(episode, Options)) == EpisodeFhir.ToJson(EpisodeFhir.ToBundle(episode, Options));

    [Fact]
    public void EveryState_IsGenerated()
    {
        // The arbitrary spreads episodes over every state, cover, corrections and measures after closure included.
        var states = new HashSet<EpisodeState>();
        foreach (Episode e in Referrals.Testing.EpisodeGenerators.EpisodesInEveryState.Sample(300, 7))
        {
            states.Add(e.State);
        }

        Assert.Equal(Enum.GetValues<EpisodeState>().Length, states.Count);
    }
}
