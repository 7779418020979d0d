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

/// <summary>The minimum dataset's codes: needs and concerns, support offered and outcomes, checked against the caller's reference sets.</summary>
public sealed class MinimumDatasetCodeTests
{
    private static readonly SctId Loneliness = SctId.Create(910_001, SctIdComponentType.Concept);
    private static readonly SctId Debt = SctId.Create(910_002, SctIdComponentType.Concept);
    private static readonly SctId Choir = SctId.Create(920_001, SctIdComponentType.Concept);
    private static readonly SctId Gym = SctId.Create(920_002, SctIdComponentType.Concept);

    [Fact]
    public void Codes_AreConceptsOnly_EachOnce()
    {
        Referral referral = Referral([Debt, Loneliness, Debt]);
        Assert.Equal([Debt, Loneliness], referral.NeedsAndConcerns);
        Assert.Empty(Referral(null).NeedsAndConcerns);
        SctId description = SctId.Create(910_003, SctIdComponentType.Description);
        Assert.Equal("needsAndConcerns", Assert.Throws<ArgumentException>(() => Referral([description])).ParamName);
        Assert.Equal("needsAndConcerns", Assert.Throws<ArgumentException>(() => Referral([default])).ParamName);
        var context = new EventContext(Journeys.Id, 5, Instant.FromUtc(2026, 1, 5, 9, 0), ActorRole.LinkWorker, Journeys.Lw);
        Assert.Equal("supportCode", Assert.Throws<ArgumentException>(() => new ConnectionMade(context, Journeys.ReferredOn, ConnectionCategory.Create(ConnectionCategoryKind.ArtsBasedActivities), IntroductionMethod.PersonWentAlone, "G-1", supportCode: description)).ParamName);
        Assert.Equal("outcomeCodes", Assert.Throws<ArgumentException>(() => new ChangesRecorded(context, Journeys.ReferredOn, "Better", [description])).ParamName);
    }

    [Fact]
    public void ChangesRecorded_ComparesItsCodes()
    {
        var context = new EventContext(Journeys.Id, 5, Instant.FromUtc(2026, 1, 5, 9, 0), ActorRole.LinkWorker, Journeys.Lw);
        var words = new ChangesRecorded(context, Journeys.ReferredOn, "Better");
        var coded = new ChangesRecorded(context, Journeys.ReferredOn, "Better", [Choir, Gym, Choir]);
        Assert.Equal([Choir, Gym], coded.OutcomeCodes);
        Assert.NotEqual(words, coded);
        Assert.Equal(coded, new ChangesRecorded(context, Journeys.ReferredOn, "Better", [Choir, Gym]));
        Assert.NotEqual(coded, new ChangesRecorded(context, Journeys.ReferredOn, "Better", [Gym, Choir]));
        Assert.Equal(coded.GetHashCode(), new ChangesRecorded(context, Journeys.ReferredOn, "Better", [Choir, Gym]).GetHashCode());
        Assert.NotEqual<EpisodeEvent>(coded, coded with { Context = new EventContext(Journeys.Id, 6, context.At, ActorRole.LinkWorker, Journeys.Lw) });
    }

    [Fact]
    public void Validator_NamesEachCodeOutsideItsReferenceSet()
    {
        var needs = new ReferenceSet(ReferenceSet.NeedsAndConcernsId, [Loneliness]);
        var support = new ReferenceSet(ReferenceSet.SupportOfferedId, [Choir]);
        List<EpisodeEvent> events = Journeys.Events(Journeys.Gp, Journeys.Permissions(needToKnow: true), close: false);
        events[0] = new ReferralMade(events[0].Context, Referral([Loneliness, Debt]));
        int at = events.FindIndex(e => e is ConnectionMade);
        var made = (ConnectionMade)events[at];
        events[at] = new ConnectionMade(made.Context, made.On, made.Category, made.How, made.GroupId, made.GroupName, made.NeedToKnowNote, Gym);
        Episode episode = Episode.Replay(events);

        FluentValidation.Results.ValidationResult result = new MinimumDatasetValidator(needs, support).Validate(episode);

        Assert.Equal(["Referral.NeedsAndConcerns[1]", "Connections[0].SupportCode"], result.Errors.Select(e => e.PropertyName));
        Assert.Equal([ReferralsErrorCodes.NeedNotInReferenceSet, ReferralsErrorCodes.SupportNotInReferenceSet], result.Errors.Select(e => e.ErrorCode));
        Assert.All(result.Errors, e => Assert.Null(e.AttemptedValue));
        Assert.Contains("1373501000000105", result.Errors[0].ErrorMessage, StringComparison.Ordinal);
        Assert.True(new MinimumDatasetValidator(null, null).Validate(episode).IsValid);
        Assert.True(new MinimumDatasetValidator(new ReferenceSet(ReferenceSet.NeedsAndConcernsId, [Loneliness, Debt]), new ReferenceSet(ReferenceSet.SupportOfferedId, [Gym])).Validate(episode).IsValid);
    }

    [Fact]
    public void ReferenceSet_HoldsItsMembers()
    {
        var set = new ReferenceSet(ReferenceSet.SupportOfferedId, [Choir, Gym, Choir]);
        Assert.Equal(2, set.Count);
        Assert.True(set.Contains(Gym));
        Assert.False(set.Contains(Debt));
        Assert.False(set.Contains(default));
        Assert.Equal("Reference set 1373511000000107 (2 members)", set.ToString());
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new ReferenceSet(default, [])).ParamName);
        Assert.Equal("members", Assert.Throws<ArgumentException>(() => new ReferenceSet(ReferenceSet.SupportOfferedId, [SctId.Create(100, SctIdComponentType.Relationship)])).ParamName);
    }

    private static Referral Referral(IEnumerable<SctId>? needs)
        => new(Journeys.ReferredOn, Journeys.Gp, ReferralMethod.Electronic, PersonIdentifier.Create(Journeys.Nhs), Journeys.Practice, [ReferralReason.Housing], needsAndConcerns: needs);
}
