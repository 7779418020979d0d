using Hl7.Fhir.Model;
using SocialPrescribing.Json.Tests;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Fhir.Tests;

/// <summary>The view for a connected group maps only what the person agreed to share with that group.</summary>
public sealed class GroupViewTests
{
    private static Episode Whole => Journeys.EveryKind[0];

    [Fact]
    public void SharedView_CarriesTheIntroductionAndNote_NeverThePerson()
    {
        Assert.Equal(ConsentAnswer.Given, Whole.NeedToKnowFor(1));
        string json = EpisodeFhir.ToJson(EpisodeFhir.ToGroupBundle(GroupView.Create(Whole, 1), RoundTripTests.Options));
        Assert.Contains("Sit near the front", json, StringComparison.Ordinal);
        Assert.Contains(Whole.Id.ToString(), json, StringComparison.Ordinal);
        Assert.DoesNotContain(Journeys.KnownNhsNumber.UnmaskedValue, json, StringComparison.Ordinal);
        Assert.DoesNotContain("LOCAL-42", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Patient", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ViewWithoutConsent_CarriesTheGroupOnly()
    {
        // The person declined need-to-know sharing for this connection: the group hears of the connection, nothing more.
        Episode connected = Episode.Replay(Whole.Events.TakeWhile(e => e is not ConnectionSharingRecorded));
        EpisodeEvent last = connected.Events[^1];
        Episode declined = connected.Apply(new ConnectionSharingRecorded(new EventContext(connected.Id, connected.NextNumber, last.At, ActorRole.LinkWorker, connected.LinkWorker), last.On, 1, ConsentAnswer.Declined)).Episode
            ?? throw new InvalidOperationException("refused");
        Bundle bundle = EpisodeFhir.ToGroupBundle(GroupView.Create(declined, 1), RoundTripTests.Options);
        string json = EpisodeFhir.ToJson(bundle);
        var request = (ServiceRequest)bundle.Entry.Single().Resource!;
        Assert.Empty(request.Note);
        Assert.Empty(request.Identifier);
        Assert.Null(request.AuthoredOn);
        Assert.DoesNotContain("Sit near the front", json, StringComparison.Ordinal);
        Assert.DoesNotContain(Whole.Id.ToString(), json, StringComparison.Ordinal);
        Assert.DoesNotContain(Journeys.KnownNhsNumber.UnmaskedValue, json, StringComparison.Ordinal);
        Assert.Contains("GROUP-7", json, StringComparison.Ordinal);
    }
}
