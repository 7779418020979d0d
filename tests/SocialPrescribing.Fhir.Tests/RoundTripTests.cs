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
    public Property Episode_ToBundleAndBack_GivesEverythingTheTableMaps() => Prop.ForAll(FhirGenerators.Arbitrary, episode =>
    {
        Episode back = EpisodeFhir.FromBundle(EpisodeFhir.ToBundle(episode, Options));
        Episode expected = Normalised.Of(episode);
        return (back == expected && back.State == episode.State)
            .Label(string.Join("\n", expected.Events.Zip(back.Events).Where(p => p.First != p.Second).Select(p => $"{p.First} | {p.Second}")));
    });

    [Property]
    public Property Bundle_ThroughFhirJson_IsWrittenTheSame() => Prop.ForAll(FhirGenerators.Arbitrary, episode =>
    {
        string json = EpisodeFhir.ToJson(EpisodeFhir.ToBundle(episode, Options));
        return EpisodeFhir.ToJson(EpisodeFhir.BundleFromJson(json)) == json;
    });

    [Property]
    public Property Episode_ThroughFhirJson_GivesWhatTheBundleGives() => Prop.ForAll(
        FhirGenerators.Arbitrary,
        episode => EpisodeFhir.FromJson(EpisodeFhir.ToJson(EpisodeFhir.ToBundle(episode, Options), indented: true)) == Normalised.Of(episode));

    [Property]
    public Property Bundle_IsTheSameEachTime() => Prop.ForAll(
        FhirGenerators.Arbitrary,
        episode => EpisodeFhir.ToJson(EpisodeFhir.ToBundle(episode, Options)) == EpisodeFhir.ToJson(EpisodeFhir.ToBundle(episode, Options)));

    [Fact]
    public void EveryState_IsGenerated()
    {
        // The arbitrary spreads episodes over every state, cover, corrections and measures after closure included.
        var states = new HashSet<EpisodeState>();
        foreach (Episode e in Referrals.Testing.EpisodeGenerators.EpisodesInEveryState.Sample(300, new Rnd(20261207UL), 7))
        {
            states.Add(e.State);
        }

        Assert.Equal(Enum.GetValues<EpisodeState>().Length, states.Count);
    }

    [Fact]
    public void GeneratedEpisodes_IncludeCoverCorrectionsAndMeasuresAfterClosure()
    {
        // What the round-trip property is claimed to cover (docs/fhir.md, "What FHIR does not carry") is in its input.
        Episode[] sample = FhirGenerators.Episodes.Sample(600, new Rnd(20261207UL), 11);
        var missing = new List<string>();
        void Expect(string what, Func<Episode, bool> holds)
        {
            if (!sample.Any(holds))
            {
                missing.Add(what);
            }
        }

        Expect("cover", e => e.Events.Any(x => x is EpisodeReassigned { Reason: ReassignmentReason.Cover }));
        Expect("corrections", e => e.Events.Any(x => x is EnteredInError));
        Expect("measures after closure", e => e.Events.SkipWhile(x => x is not EpisodeClosed).Any(x => x is Ons4Recorded or PamRecorded));
        Expect("a traced NHS number", e => e.Events.Any(x => x is NhsNumberTraced));
        Expect("a consent for one connection", e => e.Events.Any(x => x is ConnectionSharingRecorded));
        Assert.True(missing.Count == 0, "not generated: " + string.Join(", ", missing));
    }
}
