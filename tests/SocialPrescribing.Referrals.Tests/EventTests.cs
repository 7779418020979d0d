using NodaTime;

namespace SocialPrescribing.Referrals.Tests;

/// <summary>Events and referrals are valid when they exist: each constructor names the parameter of a broken rule.</summary>
public class EventTests
{
    private static readonly EpisodeId Id = TransitionTests.Id;
    private static readonly Instant At = Instant.FromUtc(2026, 1, 5, 9, 0);
    private static readonly LocalDate On = new(2026, 1, 5);
    private static readonly OdsCode Practice = OdsCode.Parse("A81001");
    private static readonly PersonIdentifier Person = PersonIdentifier.Create(NhsNumber.Parse("9990000026"));
    private static readonly Referrer Gp = new(ReferralSourceKind.GpPractice, Practice);

    private static string ParamOf(Action create) => Assert.ThrowsAny<ArgumentException>(create).ParamName!;

    [Fact]
    public void Referral_Rules()
    {
        Assert.Equal("reasons", ParamOf(() => new Referral(On, Gp, ReferralMethod.Electronic, Person, Practice, [])));
        Assert.Equal("otherReasonText", ParamOf(() => new Referral(On, Gp, ReferralMethod.Electronic, Person, Practice, [ReferralReason.Other])));
        Assert.Equal("otherReasonText", ParamOf(() => new Referral(On, Gp, ReferralMethod.Electronic, Person, Practice, [ReferralReason.Housing], otherReasonText: "Bereaved")));
        Assert.Equal("otherReasonText", ParamOf(() => new Referral(On, Gp, ReferralMethod.Electronic, Person, Practice, [ReferralReason.Other], otherReasonText: " ")));
        Assert.Equal("otherReasonText", ParamOf(() => new Referral(On, Gp, ReferralMethod.Electronic, Person, Practice, [ReferralReason.Other], otherReasonText: new string('x', 151))));
        Assert.Equal("urgencyReason", ParamOf(() => new Referral(On, Gp, ReferralMethod.Electronic, Person, Practice, [ReferralReason.Housing], urgencyReason: "Why")));
        Assert.Equal("person", ParamOf(() => new Referral(On, Gp, ReferralMethod.Electronic, default, Practice, [ReferralReason.Housing])));
        Assert.Equal("registeredPractice", ParamOf(() => new Referral(On, Gp, ReferralMethod.Electronic, Person, default, [ReferralReason.Housing])));
        Assert.Equal("method", ParamOf(() => new Referral(On, Gp, (ReferralMethod)9, Person, Practice, [ReferralReason.Housing])));
        Assert.Equal("reasons", ParamOf(() => new Referral(On, Gp, ReferralMethod.Electronic, Person, Practice, [(ReferralReason)99])));
        Assert.Equal("referrer", ParamOf(() => new Referral(On, null!, ReferralMethod.Electronic, Person, Practice, [ReferralReason.Housing])));

        var referral = new Referral(On, Gp, ReferralMethod.Electronic, Person, Practice, [ReferralReason.Other, ReferralReason.Housing, ReferralReason.Other], otherReasonText: "  Bereaved  ", urgency: Urgency.Urgent, urgencyReason: "Alone");
        Assert.Equal([ReferralReason.Other, ReferralReason.Housing], referral.Reasons);
        Assert.Equal("Bereaved", referral.OtherReasonText);
        Assert.Equal(referral, new Referral(On, Gp, ReferralMethod.Electronic, Person, Practice, [ReferralReason.Other, ReferralReason.Housing], otherReasonText: "Bereaved", urgency: Urgency.Urgent, urgencyReason: "Alone"));
        Assert.NotEqual(referral, new Referral(On, Gp, ReferralMethod.Electronic, Person, Practice, [ReferralReason.Housing, ReferralReason.Other], otherReasonText: "Bereaved", urgency: Urgency.Urgent, urgencyReason: "Alone"));
    }

    [Fact]
    public void Referrer_Rules()
    {
        Assert.Equal("kind", ParamOf(() => new Referrer((ReferralSourceKind)0)));
        Assert.Equal("organisation", ParamOf(() => new Referrer(ReferralSourceKind.Police, default(OdsCode))));
        Assert.Equal("role", ParamOf(() => new Referrer(ReferralSourceKind.Police, role: "")));
        Assert.True(new Referrer(ReferralSourceKind.SelfReferral).IsSelfReferral);
        Assert.Equal("Police", new Referrer(ReferralSourceKind.Police, service: "Neighbourhood team").ToString());
    }

    [Fact]
    public void Events_CommonRules()
    {
        Assert.Equal("episodeId", ParamOf(() => new PersonDeclined(default, At, ActorRole.Person, null, On)));
        Assert.Equal("by", ParamOf(() => new PersonDeclined(Id, At, (ActorRole)0, null, On)));
        Assert.Equal("linkWorker", ParamOf(() => new PersonDeclined(Id, At, ActorRole.Person, default(LinkWorkerId), On)));
        Assert.Equal("person", ParamOf(() => new SocialPrescribingOffered(Id, At, ActorRole.Person, null, On, default, Practice)));
        Assert.Equal("previousEpisodeId", ParamOf(() => new SocialPrescribingOffered(Id, At, ActorRole.Person, null, On, Person, Practice, Id)));
    }

    [Fact]
    public void Events_OwnRules()
    {
        ZonedDateTime when = On.At(new LocalTime(10, 0)).InUtc();
        Assert.Equal("duration", ParamOf(() => new ContactRecorded(Id, At, ActorRole.LinkWorker, null, when, ContactSetting.Phone, Duration.FromMinutes(-1), ContactAttendance.Attended)));
        Assert.Equal("duration", ParamOf(() => new ContactRecorded(Id, At, ActorRole.LinkWorker, null, when, ContactSetting.Phone, Duration.FromHours(24) + Duration.Epsilon, ContactAttendance.Attended)));
        Assert.Equal("outcome", ParamOf(() => new ContactRecorded(Id, At, ActorRole.LinkWorker, null, when, ContactSetting.Phone, Duration.FromHours(24), ContactAttendance.Attended, new string('x', 151))));
        Assert.Equal("setting", ParamOf(() => new ContactRecorded(Id, At, ActorRole.LinkWorker, null, when, 0, Duration.Zero, ContactAttendance.Attended)));
        Assert.Equal("groupName", ParamOf(() => new ConnectionMade(Id, At, ActorRole.LinkWorker, null, On, ConnectionCategory.Create(ConnectionCategoryKind.HousingSupport), IntroductionMethod.PersonWentAlone)));
        Assert.Equal("category", ParamOf(() => new ConnectionMade(Id, At, ActorRole.LinkWorker, null, On, default, IntroductionMethod.PersonWentAlone, "G-1")));
        Assert.Equal("groupId", ParamOf(() => new ConnectionMade(Id, At, ActorRole.LinkWorker, null, On, ConnectionCategory.Create(ConnectionCategoryKind.HousingSupport), IntroductionMethod.PersonWentAlone, "G 1")));
        Assert.Equal("connectionNumber", ParamOf(() => new ConnectionOutcomeRecorded(Id, At, ActorRole.LinkWorker, null, On, 0, ConnectionOutcome.Attended)));
        Assert.Equal("nextReviewOn", ParamOf(() => new ReviewCompleted(Id, At, ActorRole.LinkWorker, null, On, On)));
        Assert.Equal("expectedResumeOn", ParamOf(() => new PutOnHold(Id, At, ActorRole.LinkWorker, null, On, OnHoldReason.PersonAway, On)));
        Assert.Equal("otherReason", ParamOf(() => new EpisodeClosed(Id, At, ActorRole.LinkWorker, null, On, ClosureReason.Other)));
        Assert.Equal("otherReason", ParamOf(() => new EpisodeClosed(Id, At, ActorRole.LinkWorker, null, On, ClosureReason.Died, "x")));
        Assert.Equal("measuresNotTaken", ParamOf(() => new EpisodeClosed(Id, At, ActorRole.LinkWorker, null, On, ClosureReason.Died, null, (MeasuresNotTakenReason)0)));
        Assert.Equal("redirectedTo", ParamOf(() => new ReferralNotAccepted(Id, At, ActorRole.LinkWorker, null, On, NotAcceptedReason.NotAppropriate, "CMHT")));
        Assert.Equal("resolvedOn", ParamOf(() => new ComplaintRecorded(Id, At, ActorRole.Person, null, On, ComplaintHandling.Open, On)));
        Assert.Equal("resolvedOn", ParamOf(() => new ComplaintRecorded(Id, At, ActorRole.Person, null, On, ComplaintHandling.ResolvedByService, On.PlusDays(-1))));
        Assert.Equal("inPersonsWords", ParamOf(() => new ChangesRecorded(Id, At, ActorRole.Person, null, On, new string('x', ChangesRecorded.MaxLength + 1))));
        Assert.Equal("reason", ParamOf(() => new Escalated(Id, At, ActorRole.LinkWorker, null, On, 0, EscalationRecipient.Gp, Urgency.Urgent, false)));
        Assert.Equal("outcome", ParamOf(() => new PamEligibilityRecorded(Id, At, ActorRole.LinkWorker, null, On, 0)));
    }

    [Fact]
    public void Events_AreEqualByValue()
    {
        var a = new PutOnHold(Id, At, ActorRole.LinkWorker, null, On, OnHoldReason.PersonAway, On.PlusDays(10));
        var b = new PutOnHold(Id, At, ActorRole.LinkWorker, null, On, OnHoldReason.PersonAway, On.PlusDays(10));
        var c = new PutOnHold(Id, At, ActorRole.LinkWorker, null, On, OnHoldReason.PersonAway, On.PlusDays(11));
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.NotEqual(a, c);
        Assert.NotEqual<EpisodeEvent>(a, new EpisodeResumed(Id, At, ActorRole.LinkWorker, null, On));

        Measures.Ons4Response response = new(On, Measures.AssessmentOccasion.Baseline, Measures.Ons4Answer.Refused, Measures.Ons4Answer.Refused, Measures.Ons4Answer.NotAsked, Measures.Ons4Answer.Refused);
        Measures.Ons4Response same = new(On, Measures.AssessmentOccasion.Baseline, Measures.Ons4Answer.Refused, Measures.Ons4Answer.Refused, Measures.Ons4Answer.NotAsked, Measures.Ons4Answer.Refused);
        Measures.Ons4Response other = new(On, Measures.AssessmentOccasion.Baseline, Measures.Ons4Answer.Refused, Measures.Ons4Answer.Refused, Measures.Ons4Answer.Refused, Measures.Ons4Answer.Refused);
        Assert.Equal(new Ons4Recorded(Id, At, ActorRole.LinkWorker, null, response), new Ons4Recorded(Id, At, ActorRole.LinkWorker, null, same));
        Assert.Equal(new Ons4Recorded(Id, At, ActorRole.LinkWorker, null, response).GetHashCode(), new Ons4Recorded(Id, At, ActorRole.LinkWorker, null, same).GetHashCode());
        Assert.NotEqual(new Ons4Recorded(Id, At, ActorRole.LinkWorker, null, response), new Ons4Recorded(Id, At, ActorRole.LinkWorker, null, other));
    }
}
