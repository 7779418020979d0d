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
        Assert.Equal("episodeId", ParamOf(() => new PersonDeclined(new EventContext(default, 1, At, ActorRole.Person), On)));
        Assert.Equal("by", ParamOf(() => new PersonDeclined(new EventContext(Id, 1, At, (ActorRole)0), On)));
        Assert.Equal("linkWorker", ParamOf(() => new PersonDeclined(new EventContext(Id, 1, At, ActorRole.Person, default(LinkWorkerId)), On)));
        Assert.Equal("person", ParamOf(() => new SocialPrescribingOffered(new EventContext(Id, 1, At, ActorRole.Person), On, default, Practice)));
        Assert.Equal("previousEpisodeId", ParamOf(() => new SocialPrescribingOffered(new EventContext(Id, 1, At, ActorRole.Person), On, Person, Practice, Id)));
    }

    [Fact]
    public void Events_OwnRules()
    {
        ZonedDateTime when = On.At(new LocalTime(10, 0)).InUtc();
        Assert.Equal("duration", ParamOf(() => new ContactRecorded(new EventContext(Id, 1, At, ActorRole.LinkWorker), when, ConsultationMethod.Telephone, null, Duration.FromMinutes(-1), ContactAttendance.Attended)));
        Assert.Equal("duration", ParamOf(() => new ContactRecorded(new EventContext(Id, 1, At, ActorRole.LinkWorker), when, ConsultationMethod.Telephone, null, Duration.FromHours(24) + Duration.Epsilon, ContactAttendance.Attended)));
        Assert.Equal("outcome", ParamOf(() => new ContactRecorded(new EventContext(Id, 1, At, ActorRole.LinkWorker), when, ConsultationMethod.Telephone, null, Duration.FromHours(24), ContactAttendance.Attended, new string('x', 151))));
        Assert.Equal("method", ParamOf(() => new ContactRecorded(new EventContext(Id, 1, At, ActorRole.LinkWorker), when, 0, null, Duration.Zero, ContactAttendance.Attended)));
        Assert.Equal("location", ParamOf(() => new ContactRecorded(new EventContext(Id, 1, At, ActorRole.LinkWorker), when, ConsultationMethod.FaceToFace, (ContactLocation)5, Duration.Zero, ContactAttendance.Attended)));
        Assert.Equal("location", ParamOf(() => new ContactRecorded(new EventContext(Id, 1, At, ActorRole.LinkWorker), when, ConsultationMethod.FaceToFace, null, Duration.Zero, ContactAttendance.Attended)));
        Assert.Equal("location", ParamOf(() => new ContactRecorded(new EventContext(Id, 1, At, ActorRole.LinkWorker), when, ConsultationMethod.Video, ContactLocation.Home, Duration.Zero, ContactAttendance.Attended)));
        Assert.Equal("groupName", ParamOf(() => new ConnectionMade(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, ConnectionCategory.Create(ConnectionCategoryKind.HousingSupport), IntroductionMethod.PersonWentAlone)));
        Assert.Equal("category", ParamOf(() => new ConnectionMade(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, default, IntroductionMethod.PersonWentAlone, "G-1")));
        Assert.Equal("groupId", ParamOf(() => new ConnectionMade(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, ConnectionCategory.Create(ConnectionCategoryKind.HousingSupport), IntroductionMethod.PersonWentAlone, "G 1")));
        Assert.Equal("connectionNumber", ParamOf(() => new ConnectionOutcomeRecorded(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, 0, ConnectionOutcome.Attended)));
        Assert.Equal("nextReviewOn", ParamOf(() => new ReviewCompleted(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, On)));
        Assert.Equal("expectedResumeOn", ParamOf(() => new PutOnHold(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, OnHoldReason.PersonAway, On)));
        Assert.Equal("otherReason", ParamOf(() => new EpisodeClosed(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, ClosureReason.Other)));
        Assert.Equal("otherReason", ParamOf(() => new EpisodeClosed(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, ClosureReason.Died, "x")));
        Assert.Equal("measuresNotTaken", ParamOf(() => new EpisodeClosed(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, ClosureReason.Died, null, (MeasuresNotTakenReason)0)));
        Assert.Equal("redirectedTo", ParamOf(() => new ReferralNotAccepted(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, NotAcceptedReason.NotAppropriate, "CMHT")));
        Assert.Equal("resolvedOn", ParamOf(() => new ComplaintRecorded(new EventContext(Id, 1, At, ActorRole.Person), On, ComplaintHandling.Open, On)));
        Assert.Equal("resolvedOn", ParamOf(() => new ComplaintRecorded(new EventContext(Id, 1, At, ActorRole.Person), On, ComplaintHandling.ResolvedByService, On.PlusDays(-1))));
        Assert.Equal("inPersonsWords", ParamOf(() => new ChangesRecorded(new EventContext(Id, 1, At, ActorRole.Person), On, new string('x', ChangesRecorded.MaxLength + 1))));
        Assert.Equal("reason", ParamOf(() => new Escalated(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, 0, EscalationRecipient.Gp, Urgency.Urgent, false)));
        Assert.Equal("outcome", ParamOf(() => new PamEligibilityRecorded(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, 0)));
    }

    [Fact]
    public void Events_AreEqualByValue()
    {
        var a = new PutOnHold(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, OnHoldReason.PersonAway, On.PlusDays(10));
        var b = new PutOnHold(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, OnHoldReason.PersonAway, On.PlusDays(10));
        var c = new PutOnHold(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, OnHoldReason.PersonAway, On.PlusDays(11));
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.NotEqual(a, c);
        Assert.NotEqual<EpisodeEvent>(a, new EpisodeResumed(new EventContext(Id, 1, At, ActorRole.LinkWorker), On));

        Measures.Ons4Response response = new(On, Measures.AssessmentOccasion.Baseline, Measures.Ons4Answer.Refused, Measures.Ons4Answer.Refused, Measures.Ons4Answer.NotAsked, Measures.Ons4Answer.Refused);
        Measures.Ons4Response same = new(On, Measures.AssessmentOccasion.Baseline, Measures.Ons4Answer.Refused, Measures.Ons4Answer.Refused, Measures.Ons4Answer.NotAsked, Measures.Ons4Answer.Refused);
        Measures.Ons4Response other = new(On, Measures.AssessmentOccasion.Baseline, Measures.Ons4Answer.Refused, Measures.Ons4Answer.Refused, Measures.Ons4Answer.Refused, Measures.Ons4Answer.Refused);
        Assert.Equal(new Ons4Recorded(new EventContext(Id, 1, At, ActorRole.LinkWorker), response), new Ons4Recorded(new EventContext(Id, 1, At, ActorRole.LinkWorker), same));
        Assert.Equal(new Ons4Recorded(new EventContext(Id, 1, At, ActorRole.LinkWorker), response).GetHashCode(), new Ons4Recorded(new EventContext(Id, 1, At, ActorRole.LinkWorker), same).GetHashCode());
        Assert.NotEqual(new Ons4Recorded(new EventContext(Id, 1, At, ActorRole.LinkWorker), response), new Ons4Recorded(new EventContext(Id, 1, At, ActorRole.LinkWorker), other));
    }

    /// <summary>Every enum argument must be a named member: the constructor names the parameter.</summary>
    [Fact]
    public void Events_EnumArguments_AreNamedMembers()
    {
        ZonedDateTime when = On.At(new LocalTime(10, 0)).InUtc();
        LinkWorkerId lw = LinkWorkerId.Create("LW-01");
        ConnectionCategory housing = ConnectionCategory.Create(ConnectionCategoryKind.HousingSupport);
        Assert.Equal("handling", ParamOf(() => new ComplaintRecorded(new EventContext(Id, 1, At, ActorRole.Person), On, (ComplaintHandling)6)));
        Assert.Equal("how", ParamOf(() => new ConnectionMade(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, housing, (IntroductionMethod)4, "G-1")));
        Assert.Equal("outcome", ParamOf(() => new ConnectionOutcomeRecorded(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, 1, (ConnectionOutcome)5)));
        Assert.Equal("attendance", ParamOf(() => new ContactRecorded(new EventContext(Id, 1, At, ActorRole.LinkWorker), when, ConsultationMethod.Telephone, null, Duration.Zero, (ContactAttendance)4)));
        Assert.Equal("reason", ParamOf(() => new EpisodeClosed(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, (ClosureReason)9)));
        Assert.Equal("reason", ParamOf(() => new EpisodeReassigned(new EventContext(Id, 1, At, ActorRole.GpSupervisor, lw), lw, On, (ReassignmentReason)4)));
        Assert.Equal("to", ParamOf(() => new Escalated(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, EscalationReason.SafeguardingConcern, (EscalationRecipient)7, Urgency.Urgent, false)));
        Assert.Equal("urgency", ParamOf(() => new Escalated(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, EscalationReason.SafeguardingConcern, EscalationRecipient.Gp, (Urgency)3, false)));
        Assert.Equal("outcome", ParamOf(() => new PersonalHealthBudgetExplored(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, (PersonalHealthBudgetOutcome)5)));
        Assert.Equal("reason", ParamOf(() => new PutOnHold(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, (OnHoldReason)7, On.PlusDays(7))));
        Assert.Equal("reason", ParamOf(() => new ReferralNotAccepted(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, (NotAcceptedReason)3)));
        Assert.Equal("answer", ParamOf(() => new SatisfactionRecorded(new EventContext(Id, 1, At, ActorRole.Person), On, (FriendsAndFamilyAnswer)7)));
        Assert.Equal("outcome", ParamOf(() => new EscalationResolved(new EventContext(Id, 1, At, ActorRole.GpSupervisor), On, 1, (EscalationOutcome)6)));
        Assert.Equal("escalationNumber", ParamOf(() => new EscalationResolved(new EventContext(Id, 1, At, ActorRole.GpSupervisor), On, 0, EscalationOutcome.ReferredOn)));
        Assert.Equal("urgency", ParamOf(() => new UrgencyChanged(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, (Urgency)3)));
        Assert.Equal("reason", ParamOf(() => new UrgencyChanged(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, Urgency.Urgent)));
        Assert.Equal("reason", ParamOf(() => new EnteredInError(new EventContext(Id, 2, At, ActorRole.LinkWorker), On, 1, (ErrorReason)6)));
        Assert.Equal("eventNumber", ParamOf(() => new EnteredInError(new EventContext(Id, 2, At, ActorRole.LinkWorker), On, 0, ErrorReason.WrongDate)));
        Assert.Equal("nhsNumber", ParamOf(() => new NhsNumberTraced(new EventContext(Id, 2, At, ActorRole.Administrator), On, default)));
        Assert.Equal("answer", ParamOf(() => new ConnectionSharingRecorded(new EventContext(Id, 2, At, ActorRole.LinkWorker), On, 1, ConsentAnswer.NotAsked)));
        Assert.Equal("connectionNumber", ParamOf(() => new ConnectionSharingRecorded(new EventContext(Id, 2, At, ActorRole.LinkWorker), On, 0, ConsentAnswer.Given)));
        Assert.Equal("answer", ParamOf(() => new ReferrerSharingRecorded(new EventContext(Id, 2, At, ActorRole.LinkWorker), On, (ConsentAnswer)3)));
        Assert.Equal("reason", ParamOf(() => new MeasuresNotTakenRecorded(new EventContext(Id, 2, At, ActorRole.LinkWorker), On, (MeasuresNotTakenReason)6)));
        Assert.Equal("number", ParamOf(() => new EventContext(Id, 0, At, ActorRole.LinkWorker)));
        Assert.Equal("episodeId", ParamOf(() => new EventContext(default, 1, At, ActorRole.LinkWorker)));
        Assert.Equal("context", ParamOf(() => new OfferLapsed(default, On)));
        Assert.Equal("registeredPractice", ParamOf(() => new SocialPrescribingOffered(new EventContext(Id, 1, At, ActorRole.Person), On, Person, default)));
    }

    /// <summary>The largest connection number is accepted: the range is inclusive.</summary>
    [Fact]
    public void ConnectionOutcomeRecorded_AnyPositiveNumber()
        => Assert.Equal(int.MaxValue, new ConnectionOutcomeRecorded(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, int.MaxValue, ConnectionOutcome.Attended).ConnectionNumber);

    public static TheoryData<EpisodeEvent, string> Descriptions()
    {
        LinkWorkerId lw = LinkWorkerId.Create("LW-02");
        const string Head = "(event 1) on 2026-01-05 at 2026-01-05T09:00:00Z by LinkWorker";
        return new TheoryData<EpisodeEvent, string>
        {
            { new ReviewStarted(new EventContext(Id, 1, At, ActorRole.LinkWorker), On), "ReviewStarted " + Head },
            { new ReviewStarted(new EventContext(Id, 1, At, ActorRole.LinkWorker, lw), On), "ReviewStarted " + Head + " for LW-02" },
            { new ComplaintRecorded(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, ComplaintHandling.Open), "ComplaintRecorded " + Head + " (Open)" },
            { new ComplaintRecorded(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, ComplaintHandling.ResolvedByService, On.PlusDays(3)), "ComplaintRecorded " + Head + " (ResolvedByService, resolved 2026-01-08)" },
            { new ConnectionMade(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, ConnectionCategory.Create(ConnectionCategoryKind.HousingSupport), IntroductionMethod.VolunteerBuddyWent, "G-1", "Shelter", "A note"), "ConnectionMade " + Head + " (HousingSupport, VolunteerBuddyWent)" },
            { new EpisodeClosed(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, ClosureReason.Other, "Moved into a care home"), "Closed " + Head + " (Other)" },
            { new EpisodeReassigned(new EventContext(Id, 1, At, ActorRole.LinkWorker, lw), lw, On, ReassignmentReason.Cover), "Reassigned " + Head + " for LW-02 (Cover)" },
            { new Escalated(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, EscalationReason.AbuseOrDomesticViolence, EscalationRecipient.Gp, Urgency.Urgent, closesEpisode: true), "Escalated " + Head + " (AbuseOrDomesticViolence to Gp, Urgent, closes episode)" },
            { new Escalated(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, EscalationReason.SafeguardingConcern, EscalationRecipient.GpSupervisor, Urgency.Routine, closesEpisode: false), "Escalated " + Head + " (SafeguardingConcern to GpSupervisor, Routine)" },
            { new PamEligibilityRecorded(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, Measures.PamEligibilityOutcome.NotSuitable), "PamEligibilityRecorded " + Head + " (NotSuitable)" },
            { new PersonalHealthBudgetExplored(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, PersonalHealthBudgetOutcome.ApplicationMade), "PersonalHealthBudgetExplored " + Head + " (ApplicationMade)" },
            { new PutOnHold(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, OnHoldReason.PersonAway, On.PlusDays(14)), "PutOnHold " + Head + " (PersonAway, expected to resume 2026-01-19)" },
            { new ReferralMade(new EventContext(Id, 1, At, ActorRole.LinkWorker), new Referral(On, Gp, ReferralMethod.Electronic, Person, Practice, [ReferralReason.Housing], urgency: Urgency.Urgent)), "Referred " + Head + " (GpPractice, Urgent)" },
            { new ReferralNotAccepted(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, NotAcceptedReason.NotAppropriate), "NotAccepted " + Head + " (NotAppropriate)" },
            { new ReviewCompleted(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, On.PlusMonths(3)), "ReviewCompleted " + Head + " (next review 2026-04-05)" },
            { new SatisfactionRecorded(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, FriendsAndFamilyAnswer.Poor), "SatisfactionRecorded " + Head + " (Poor)" },
            { new ConnectionOutcomeRecorded(new EventContext(Id, 1, At, ActorRole.LinkWorker), On, 2, ConnectionOutcome.Stopped), "ConnectionOutcomeRecorded " + Head + " (connection 2: Stopped)" },
        };
    }

    /// <summary>Each kind of event describes itself by kind, date, instant, actor, link worker and its structural details only.</summary>
    [Theory]
    [MemberData(nameof(Descriptions))]
    public void Events_ToString(EpisodeEvent episodeEvent, string expected) => Assert.Equal(expected, episodeEvent.ToString());

    /// <summary>Two ONS4 events are equal only when every part of the response is: each part changed alone makes them differ.</summary>
    [Fact]
    public void Ons4Recorded_Equals_EveryPartOfTheResponse()
    {
        static Ons4Recorded Of(Measures.AssessmentOccasion occasion = Measures.AssessmentOccasion.Baseline, int life = 5, int worthwhile = 6, int happy = 7, int anxious = 2)
            => new(new EventContext(Id, 1, At, ActorRole.LinkWorker), Journeys.Ons4(On, occasion, life, worthwhile, happy, anxious));

        Ons4Recorded recorded = Of();
        Assert.True(recorded.Equals(Of()));
        Assert.Equal(recorded.GetHashCode(), Of().GetHashCode());
        Ons4Recorded[] others = [Of(occasion: Measures.AssessmentOccasion.FollowUp), Of(life: 4), Of(worthwhile: 4), Of(happy: 4), Of(anxious: 4), new Ons4Recorded(new EventContext(Id, 1, At, ActorRole.LinkWorker, LinkWorkerId.Create("LW-01")), recorded.Response)];
        Assert.All(others, other => Assert.False(recorded.Equals(other)));
        Assert.All(others, other => Assert.False(other.Equals(recorded)));
        Assert.False(recorded.Equals((Ons4Recorded?)null));
    }

    /// <summary>Two referrals are equal only when every field is: each field changed alone makes them differ.</summary>
    [Fact]
    public void Referral_Equals_EveryField()
    {
        static Referral Of(int days = 0, Referrer? referrer = null, ReferralMethod method = ReferralMethod.Electronic, PersonIdentifier? person = null, OdsCode? practice = null, OdsCode? pcn = null, ReferralReason[]? reasons = null, string? other = null, Urgency urgency = Urgency.Urgent, string? why = "Alone")
            => new(On.PlusDays(days), referrer ?? Gp, method, person ?? Person, practice ?? Practice, reasons ?? [ReferralReason.Housing], other, urgency, why, pcn ?? Journeys.Pcn);

        Referral referral = Of();
        Assert.True(referral.Equals(Of()));
        Assert.Equal(referral.GetHashCode(), Of().GetHashCode());
        Referral[] others =
        [
            Of(days: 1), Of(referrer: new Referrer(ReferralSourceKind.Police, Practice)), Of(method: ReferralMethod.Letter),
            Of(person: PersonIdentifier.Create(null, "LOCAL-1")), Of(practice: OdsCode.Parse("B81001")), Of(pcn: OdsCode.Parse("U99999")),
            Of(reasons: [ReferralReason.Housing, ReferralReason.DebtAndMoney]), Of(reasons: [ReferralReason.Housing, ReferralReason.Other], other: "Bereaved"),
            Of(urgency: Urgency.Routine, why: null), Of(why: "Lives alone"),
        ];
        Assert.All(others, other => Assert.False(referral.Equals(other)));
        Assert.All(others, other => Assert.False(other.Equals(referral)));
        Assert.False(referral.Equals(null));
        Assert.False(Of(reasons: [ReferralReason.Other], other: "Bereaved").Equals(Of(reasons: [ReferralReason.Other], other: "Grieving")));
    }

    [Fact]
    public void Referral_MoreRules_AndDescription()
    {
        Assert.Equal("primaryCareNetwork", ParamOf(() => new Referral(On, Gp, ReferralMethod.Electronic, Person, Practice, [ReferralReason.Housing], primaryCareNetwork: default(OdsCode))));
        Assert.Equal("reasons", Assert.Throws<ArgumentNullException>(() => new Referral(On, Gp, ReferralMethod.Electronic, Person, Practice, null!)).ParamName);
        Assert.Equal("urgency", ParamOf(() => new Referral(On, Gp, ReferralMethod.Electronic, Person, Practice, [ReferralReason.Housing], urgency: (Urgency)3)));
        Assert.Equal("Referral 2026-01-05 from GpPractice A81001, Electronic, 1 reason, Routine", new Referral(On, Gp, ReferralMethod.Electronic, Person, Practice, [ReferralReason.Housing]).ToString());
        Assert.Equal("Referral 2026-01-05 from GpPractice A81001, Letter, 2 reasons, Routine", new Referral(On, Gp, ReferralMethod.Letter, Person, Practice, [ReferralReason.Housing, ReferralReason.DebtAndMoney]).ToString());
    }

    /// <summary>Short texts hold 1 to 150 characters after trimming, the person's words 1 to 2,000; identifiers 1 to 64 without spaces. Each limit is inclusive and its message names the limit.</summary>
    [Fact]
    public void Texts_Limits()
    {
        string longest = new('x', 150);
        Assert.Equal(longest, new Referral(On, Gp, ReferralMethod.Electronic, Person, Practice, [ReferralReason.Other], otherReasonText: longest).OtherReasonText);
        ArgumentException tooLong = Assert.ThrowsAny<ArgumentException>(() => new Referral(On, Gp, ReferralMethod.Electronic, Person, Practice, [ReferralReason.Other], otherReasonText: longest + "x"));
        Assert.StartsWith(ReferralsMessages.ShortTextLength, tooLong.Message, StringComparison.Ordinal);

        string words = new('w', ChangesRecorded.MaxLength);
        Assert.Equal(words, new ChangesRecorded(new EventContext(Id, 1, At, ActorRole.Person), On, words).InPersonsWords);
        ArgumentException tooManyWords = Assert.ThrowsAny<ArgumentException>(() => new ChangesRecorded(new EventContext(Id, 1, At, ActorRole.Person), On, words + "w"));
        Assert.StartsWith(ReferralsMessages.PersonsWordsLength, tooManyWords.Message, StringComparison.Ordinal);
        Assert.Equal("inPersonsWords", Assert.Throws<ArgumentNullException>(() => new ChangesRecorded(new EventContext(Id, 1, At, ActorRole.Person), On, null!)).ParamName);

        string id = new('p', 64);
        Assert.Equal(id, new CarePlanReference(id, On, On.PlusDays(1)).PlanId);
        Assert.Equal("planId", ParamOf(() => new CarePlanReference(id + "p", On, On.PlusDays(1))));
        Assert.Equal("planId", ParamOf(() => new CarePlanReference(string.Empty, On, On.PlusDays(1))));
        Assert.Equal("planId", Assert.Throws<ArgumentNullException>(() => new CarePlanReference(null!, On, On.PlusDays(1))).ParamName);
    }
}

public sealed class EventTextTests
{
    [Fact]
    public void Every_event_type_uses_the_one_description_that_leaves_out_free_text()
    {
        // EpisodeEvent.ToString is sealed, so no event record gets a compiler-generated ToString printing its properties.
        Type[] events = [.. typeof(EpisodeEvent).Assembly.GetExportedTypes().Where(t => t.IsSubclassOf(typeof(EpisodeEvent)))];
        Assert.Equal(Enum.GetValues<EpisodeEventKind>().Length, events.Length);
        Assert.All(events, t => Assert.Equal(typeof(EpisodeEvent), t.GetMethod(nameof(ToString), Type.EmptyTypes)!.DeclaringType));
    }

    [Fact]
    public void Free_text_in_an_event_never_reaches_its_description()
    {
        var id = EpisodeId.Create(Guid.NewGuid());
        NodaTime.Instant at = NodaTime.Instant.FromUtc(2026, 3, 1, 9, 0);
        var lw = LinkWorkerId.Create("LW-01");
        EpisodeEvent[] events =
        [
            new EpisodeClosed(new EventContext(id, 1, at, ActorRole.LinkWorker, lw), new NodaTime.LocalDate(2026, 3, 1), ClosureReason.Other, "Jane Example went into hospital with her diabetes"),
            new ReferralNotAccepted(new EventContext(id, 1, at, ActorRole.LinkWorker, lw), new NodaTime.LocalDate(2026, 3, 1), NotAcceptedReason.RedirectedToAnotherService, "Jane Example's diabetes clinic"),
        ];
        Assert.All(events, e =>
        {
            Assert.DoesNotContain("Jane", e.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("diabetes", e.ToString(), StringComparison.Ordinal);
        });
    }
}
