using NodaTime;

namespace SocialPrescribing.Referrals.Tests;

/// <summary>The words the library writes for people, member by member, and the descriptions of the new events.</summary>
public class WordingTests
{
    public static TheoryData<EpisodeState, string> StateWords() => new()
    {
        { EpisodeState.Offered, "offered" },
        { EpisodeState.Declined, "declined" },
        { EpisodeState.Referred, "referred" },
        { EpisodeState.Accepted, "accepted" },
        { EpisodeState.NotAccepted, "not accepted" },
        { EpisodeState.FirstContactMade, "first contact made" },
        { EpisodeState.PlanAgreed, "plan agreed" },
        { EpisodeState.Connected, "connected" },
        { EpisodeState.UnderReview, "under review" },
        { EpisodeState.OnHold, "on hold" },
        { EpisodeState.Closed, "closed" },
        { EpisodeState.Lapsed, "lapsed" },
    };

    public static TheoryData<EpisodeEventKind, string> KindWords() => new()
    {
        { EpisodeEventKind.Offered, "social prescribing offered" },
        { EpisodeEventKind.Referred, "referral made" },
        { EpisodeEventKind.Declined, "person declined" },
        { EpisodeEventKind.Accepted, "referral accepted" },
        { EpisodeEventKind.NotAccepted, "referral not accepted" },
        { EpisodeEventKind.ContactRecorded, "contact recorded" },
        { EpisodeEventKind.PlanAgreed, "care and support plan agreed" },
        { EpisodeEventKind.ConnectionMade, "connection made" },
        { EpisodeEventKind.ConnectionOutcomeRecorded, "connection news recorded" },
        { EpisodeEventKind.Ons4Recorded, "ONS4 recorded" },
        { EpisodeEventKind.PamRecorded, "PAM recorded" },
        { EpisodeEventKind.PamEligibilityRecorded, "PAM suitability recorded" },
        { EpisodeEventKind.SatisfactionRecorded, "satisfaction recorded" },
        { EpisodeEventKind.ChangesRecorded, "what changed recorded" },
        { EpisodeEventKind.ReviewStarted, "review started" },
        { EpisodeEventKind.ReviewCompleted, "review completed" },
        { EpisodeEventKind.Escalated, "concern escalated" },
        { EpisodeEventKind.PersonalHealthBudgetExplored, "personal health budget explored" },
        { EpisodeEventKind.ComplaintRecorded, "complaint recorded" },
        { EpisodeEventKind.PermissionsRecorded, "sharing permissions recorded" },
        { EpisodeEventKind.Reassigned, "episode reassigned" },
        { EpisodeEventKind.PutOnHold, "put on hold" },
        { EpisodeEventKind.Resumed, "support resumed" },
        { EpisodeEventKind.Closed, "episode closed" },
        { EpisodeEventKind.OfferLapsed, "offer lapsed" },
        { EpisodeEventKind.EscalationResolved, "escalation resolved" },
        { EpisodeEventKind.UrgencyChanged, "urgency changed" },
        { EpisodeEventKind.EnteredInError, "entered in error" },
        { EpisodeEventKind.NhsNumberTraced, "NHS number traced" },
        { EpisodeEventKind.ConnectionSharingRecorded, "sharing with a connection recorded" },
        { EpisodeEventKind.ReferrerSharingRecorded, "sharing with the referrer recorded" },
        { EpisodeEventKind.MeasuresNotTakenRecorded, "why measures were not taken recorded" },
        { EpisodeEventKind.DemographicsRecorded, "demographics recorded" },
    };

    [Theory]
    [MemberData(nameof(StateWords))]
    public void Of_EveryState_IsItsWords(EpisodeState state, string words)
    {
        Assert.Equal(words, Wording.Of(state));
        Assert.Equal(Enum.GetValues<EpisodeState>().Length, StateWords().Count);
    }

    [Theory]
    [MemberData(nameof(KindWords))]
    public void Of_EveryKind_IsItsWords(EpisodeEventKind kind, string words)
    {
        Assert.Equal(words, Wording.Of(kind));
        Assert.Equal(Enum.GetValues<EpisodeEventKind>().Length, KindWords().Count);
    }

    [Theory]
    [InlineData(EscalationRecipient.LocalAuthoritySafeguardingTeam, "the local authority safeguarding team")]
    [InlineData(EscalationRecipient.EmergencyServices, "the emergency services")]
    public void Of_NewRecipients_AreTheirWords(EscalationRecipient to, string words) => Assert.Equal(words, Wording.Of(to));

    [Fact]
    public void Of_AValueThatIsNotAMember_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Wording.Of((EpisodeState)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => Wording.Of((EpisodeEventKind)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => Wording.Of((ClosureReason)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => Wording.Of((EscalationRecipient)99));
    }

    [Fact]
    public void Descriptions_OfTheNewEvents_ShowTheirCodesOnly()
    {
        var context = new EventContext(Journeys.Id, 9, Instant.FromUtc(2026, 5, 1, 9, 0), ActorRole.LinkWorker, Journeys.Lw);
        var on = new LocalDate(2026, 5, 1);
        const string Head = " (event 9) on 2026-05-01 at 2026-05-01T09:00:00Z by LinkWorker for LW-01";
        Assert.Equal("MeasuresNotTakenRecorded" + Head + " (PersonDeclined)", new MeasuresNotTakenRecorded(context, on, MeasuresNotTakenReason.PersonDeclined).ToString());
        Assert.Equal("ReferrerSharingRecorded" + Head + " (Declined)", new ReferrerSharingRecorded(context, on, ConsentAnswer.Declined).ToString());
        Assert.Equal("ConnectionSharingRecorded" + Head + " (connection 2: Given)", new ConnectionSharingRecorded(context, on, 2, ConsentAnswer.Given).ToString());
        Assert.Equal("EscalationResolved" + Head + " (escalation 1: ReferredOn)", new EscalationResolved(context, on, 1, EscalationOutcome.ReferredOn).ToString());
        Assert.Equal("EnteredInError" + Head + " (event 4: WrongDate)", new EnteredInError(context, on, 4, ErrorReason.WrongDate).ToString());
        Assert.Equal("OfferLapsed" + Head, new OfferLapsed(context, on).ToString());
        Assert.Equal("NhsNumberTraced" + Head, new NhsNumberTraced(context, on, Journeys.Nhs).ToString());
        Assert.Equal(
            "ContactRecorded" + Head.Replace("on 2026-05-01", "on 2026-05-01", StringComparison.Ordinal) + " (Attended, Video, 2026-05-01T10:30:00 Europe/London, 25 min)",
            new ContactRecorded(context, Recording.At(on), ConsultationMethod.Video, null, Duration.FromMinutes(25), ContactAttendance.Attended).ToString());
    }

    [Fact]
    public void Operators_OfTheValueTypes_AreTheOppositeOfEachOther()
    {
        var a = new EventContext(Journeys.Id, 1, Instant.FromUtc(2026, 5, 1, 9, 0), ActorRole.LinkWorker);
        var b = new EventContext(Journeys.Id, 2, Instant.FromUtc(2026, 5, 1, 9, 0), ActorRole.LinkWorker);
        Assert.True(a != b);
        Assert.False(a != new EventContext(Journeys.Id, 1, Instant.FromUtc(2026, 5, 1, 9, 0), ActorRole.LinkWorker));
        Assert.True(a == new EventContext(Journeys.Id, 1, Instant.FromUtc(2026, 5, 1, 9, 0), ActorRole.LinkWorker));
    }

    [Fact]
    public void CarePlanAgreed_From_NamesWhatIsMissing()
    {
        EventContext context = Recording.Referred().Episode.Events[0].Context;
        Assert.Equal("plan", Assert.Throws<ArgumentNullException>(() => CarePlanAgreed.From(context, "PLAN-1", null!)).ParamName);

        // A draft with a review date is not agreed: the message says so (not that the review date is out of order).
        CarePlans.CarePlan draft = CarePlans.CarePlan.Draft(CarePlans.CarePlanTemplates.Appendix4Sample).WithReviewDate(new LocalDate(2026, 4, 19));
        ArgumentException notAgreed = Assert.Throws<ArgumentException>(() => CarePlanAgreed.From(context, "PLAN-1", draft));
        Assert.StartsWith(ReferralsMessages.CarePlanNotAgreed, notAgreed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CarePlanAgreed_From_APlanReviewedTheDayItWasAgreed_IsRefused()
    {
        EventContext context = Recording.Referred().Episode.Events[0].Context;
        CarePlans.CarePlan sameDay = CarePlans.CarePlan.Draft(CarePlans.CarePlanTemplates.Appendix4Sample)
            .WithText(CarePlans.PlanField.WhatMattersToMe, "x").WithGoal("y").WithSupport(new CarePlans.SupportConnection("z"))
            .WithReviewDate(new LocalDate(2026, 1, 19))
            .Agree(new LocalDate(2026, 1, 19));
        ArgumentException refused = Assert.Throws<ArgumentException>(() => CarePlanAgreed.From(context, "PLAN-1", sameDay));
        Assert.Equal("plan", refused.ParamName);
        Assert.StartsWith(ReferralsMessages.NextReviewNotAfter, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MessageBack_AfterClosureByAnEscalation_IsUpdatedByTheLatestFollowUp_WhateverTheOrderRecorded()
    {
        Recording r = Recording.FirstSeen()
            .Do(c => new Escalated(c, new LocalDate(2026, 2, 1), EscalationReason.MentalHealthNeedRequiringQualifiedPractitioner, EscalationRecipient.Gp, Urgency.Urgent, closesEpisode: true))
            .Do(c => new Ons4Recorded(c, Journeys.Ons4(new LocalDate(2026, 8, 1), Measures.AssessmentOccasion.FollowUp, 6, 6, 6, 4)))
            .Do(c => new SatisfactionRecorded(c, new LocalDate(2026, 7, 1), FriendsAndFamilyAnswer.Good));
        MessageBack message = MessageBack.Create(r.Episode, MessageBackRecipient.RegisteredGp);
        Assert.Equal(new LocalDate(2026, 8, 1), message.UpdatedOn);
    }

    [Fact]
    public void MessageBack_ToThePractice_NamesAPersonKnownByALocalKey()
    {
        Recording r = Recording.Referred(localKeyOnly: true).Do(c => new EpisodeClosed(c, Recording.ReferredOn.PlusDays(2), ClosureReason.MovedAway));
        string text = MessageBack.Create(r.Episode, MessageBackRecipient.RegisteredGp).ToPlainText();
        Assert.Contains("Local key: POLICE-CASE-17.\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("NHS number", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Assignment_Equality_NeedsEveryPart()
    {
        Episode held = Recording.FirstSeen()
            .Do(c => new EpisodeReassigned(c, LinkWorkerId.Create("LW-02"), new LocalDate(2026, 1, 20), ReassignmentReason.Cover))
            .Do(c => new EpisodeReassigned(c, Journeys.Lw, new LocalDate(2026, 1, 21), ReassignmentReason.Handover))
            .Do(c => new EpisodeReassigned(c, LinkWorkerId.Create("LW-02"), new LocalDate(2026, 1, 21), ReassignmentReason.Cover)).Episode;
        Assignment cover = held.Assignments[1], again = held.Assignments[3], handback = held.Assignments[2];
        Assert.NotEqual(cover, again); // same worker and reason, another day
        Assert.NotEqual(handback, again); // same day, another worker
    }
}
