using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SocialPrescribing.Referrals.Testing;
using SocialPrescribing.Testing;

namespace SocialPrescribing.Referrals.Tests;

/// <summary>The person's demographics on the offer and referral and recorded later (docs/demographics.md).</summary>
public sealed class DemographicsTests
{
    private static readonly LocalDate Born = new(1956, 2, 29);
    private static readonly Instant Start = Instant.FromUtc(2026, 1, 5, 9, 0);

    [Fact]
    public void Offer_Referral_AndLaterRecords_UpdateFieldByField()
    {
        Episode episode = Episode.Replay(
        [
            new SocialPrescribingOffered(Context(1), Journeys.ReferredOn, PersonIdentifier.Create(Journeys.Nhs), Journeys.Practice, demographics: new PersonDemographics(Born, statedGender: StatedGender.Female, ethnicCategory: EthnicCategory.NotStated)),
            new ReferralMade(Context(2), Referral(Journeys.ReferredOn.PlusDays(1), new PersonDemographics(deprivationDecile: DeprivationDecile.Decile3))),
            new DemographicsRecorded(Context(3, Journeys.Lw), Journeys.ReferredOn.PlusDays(2), new PersonDemographics(ethnicCategory: EthnicCategory.BlackCaribbean)),
        ]);

        Assert.Equal(new PersonDemographics(Born, statedGender: StatedGender.Female, ethnicCategory: EthnicCategory.BlackCaribbean, deprivationDecile: DeprivationDecile.Decile3), episode.Demographics);
        Assert.Equal("DemographicsRecorded (event 3) on 2026-01-07 at 2026-01-05T09:03:00Z by LinkWorker for LW-01 (1 of 5 fields)", episode.Events[2].ToString());
    }

    [Fact]
    public void AnEpisodeWithoutDemographics_HasNone()
    {
        Episode episode = Journeys.Closed(Journeys.Gp, Journeys.Permissions(needToKnow: true));
        Assert.True(episode.Demographics.IsEmpty);
        Assert.True(episode.Referral!.Demographics.IsEmpty);
    }

    [Fact]
    public void ADateOfBirthAfterTheStart_IsRefused()
    {
        var late = new PersonDemographics(Journeys.ReferredOn.PlusDays(1));
        Assert.Equal("demographics", Assert.Throws<ArgumentException>(() => Referral(Journeys.ReferredOn, late)).ParamName);
        Assert.Equal("demographics", Assert.Throws<ArgumentException>(() => new SocialPrescribingOffered(Context(1), Journeys.ReferredOn, PersonIdentifier.Create(Journeys.Nhs), Journeys.Practice, demographics: late)).ParamName);
        Assert.Equal("demographics", Assert.Throws<ArgumentException>(() => new DemographicsRecorded(Context(2), Journeys.ReferredOn, late)).ParamName);
        Assert.Equal("demographics", Assert.Throws<ArgumentException>(() => new DemographicsRecorded(Context(2), Journeys.ReferredOn, PersonDemographics.None)).ParamName);

        // Born after the start but before the event: each event is fine alone, the episode refuses it.
        Episode started = Episode.Start(new ReferralMade(Context(1), Referral(Journeys.ReferredOn, null))).Episode!;
        EpisodeResult recorded = started.Apply(new DemographicsRecorded(Context(2), Journeys.ReferredOn.PlusDays(5), late));
        Assert.Equal(EpisodeErrorKind.InconsistentWithEpisode, recorded.Error!.Kind);

        Episode offered = Episode.Start(new SocialPrescribingOffered(Context(1), Journeys.ReferredOn, PersonIdentifier.Create(Journeys.Nhs), Journeys.Practice)).Episode!;
        EpisodeResult referred = offered.Apply(new ReferralMade(Context(2), Referral(Journeys.ReferredOn.PlusDays(3), late)));
        Assert.Equal(EpisodeErrorKind.InconsistentWithEpisode, referred.Error!.Kind);
        Assert.True(offered.Apply(new ReferralMade(Context(2), Referral(Journeys.ReferredOn.PlusDays(3), new PersonDemographics(Journeys.ReferredOn)))).IsSuccess);
    }

    [Fact]
    public void Referral_ComparesDemographics()
    {
        Referral plain = Referral(Journeys.ReferredOn, null);
        Referral recorded = Referral(Journeys.ReferredOn, new PersonDemographics(ageBand: AgeBand.From70To74));
        Assert.NotEqual(plain, recorded);
        Assert.Equal(recorded, Referral(Journeys.ReferredOn, new PersonDemographics(ageBand: AgeBand.From70To74)));
        Assert.DoesNotContain("70", recorded.ToString(), StringComparison.Ordinal);
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(EpisodeArbitraries), typeof(CoreArbitraries)])]
    public Property Demographics_AreEachFieldAsTheLastEventThatGaveIt() => Prop.ForAll(EpisodeGenerators.Scripts.ToArbitrary(), script =>
    {
        if (script.Episode is not Episode episode)
        {
            return;
        }

        var given = episode.Events.Where(e => !episode.EventsEnteredInError.Contains(e.Number)).Select(e => e switch
        {
            SocialPrescribingOffered o => o.Demographics,
            ReferralMade r => r.Referral.Demographics,
            DemographicsRecorded d => d.Demographics,
            _ => null,
        }).OfType<PersonDemographics>().ToList();
        PersonDemographics? lastAge = given.LastOrDefault(d => d.DateOfBirth is not null || d.AgeBand is not null);
        Assert.Equal(lastAge?.DateOfBirth, episode.Demographics.DateOfBirth);
        Assert.Equal(lastAge?.AgeBand, episode.Demographics.AgeBand);
        Assert.Equal(given.LastOrDefault(d => d.StatedGender is not null)?.StatedGender, episode.Demographics.StatedGender);
        Assert.Equal(given.LastOrDefault(d => d.GenderIdentity is not null)?.GenderIdentity, episode.Demographics.GenderIdentity);
        Assert.Equal(given.LastOrDefault(d => d.EthnicCategory is not null)?.EthnicCategory, episode.Demographics.EthnicCategory);
        Assert.Equal(given.LastOrDefault(d => d.DeprivationDecile is not null)?.DeprivationDecile, episode.Demographics.DeprivationDecile);
        Assert.False(episode.Demographics.DateOfBirth > (episode.Referral?.ReferredOn ?? episode.OfferedOn));
    });

    private static EventContext Context(int number, LinkWorkerId? lw = null)
        => new(Journeys.Id, number, Start + Duration.FromMinutes(number), lw is null ? ActorRole.Referrer : ActorRole.LinkWorker, lw);

    private static Referral Referral(LocalDate on, PersonDemographics? demographics)
        => new(on, Journeys.Gp, ReferralMethod.Electronic, PersonIdentifier.Create(Journeys.Nhs), Journeys.Practice, [ReferralReason.Housing], demographics: demographics);
}
