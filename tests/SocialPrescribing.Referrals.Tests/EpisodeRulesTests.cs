using FsCheck.Xunit;
using NodaTime;
using SocialPrescribing.Measures;
using SocialPrescribing.Referrals.Testing;

namespace SocialPrescribing.Referrals.Tests;

/// <summary>The rules of issue #18 as docs/referrals.md states them: follow-up after closure, consent, escalations, urgency, lapsed offers, corrections and a traced NHS number.</summary>
public partial class EpisodeRulesTests
{
    private static readonly LocalDate ClosedOn = new(2026, 4, 1);

    private static Recording ClosedAfterFirstContact(ClosureReason reason = ClosureReason.GoalsMet)
        => Recording.FirstSeen().Do(c => new EpisodeClosed(c, ClosedOn, reason, reason == ClosureReason.Other ? "Moved into a care home" : null));

    private static Func<EventContext, EpisodeEvent> Ons4On(LocalDate on) => c => new Ons4Recorded(c, Journeys.Ons4(on, AssessmentOccasion.FollowUp, 7, 7, 6, 3));

    // Measures after closure (seed section 11: "capturing impact for a minimum of one year"; Appendix 4 part two "after 6 months").
    [Fact]
    public void FollowUpEndsOn_IsAYearAndTheDueWindowFromTheFirstContact()
    {
        Recording closed = ClosedAfterFirstContact();
        Assert.Equal(new LocalDate(2027, 2, 12), closed.Episode.FollowUpEndsOn); // 12 Jan 2026 + 1 year + 1 month
        Assert.Null(Recording.Referred().Episode.FollowUpEndsOn); // no first contact, no schedule
    }

    [Fact]
    public void MeasuresAfterClosure_AreRecordedUntilTheFollowUpEnds_AndNotADayLater()
    {
        Recording closed = ClosedAfterFirstContact();
        Assert.True(closed.Try(Ons4On(new LocalDate(2027, 2, 12))).IsSuccess);
        Assert.Equal(EpisodeState.Closed, closed.Episode.State);
        Assert.Equal(2, closed.Episode.Ons4Responses.Length);

        Recording other = ClosedAfterFirstContact();
        EpisodeResult late = other.Try(Ons4On(new LocalDate(2027, 2, 13)));
        Assert.Equal(EpisodeErrorKind.FollowUpEnded, late.Error!.Kind);
        Assert.Equal(EpisodeErrorKind.FollowUpEnded, other.Try(c => new SatisfactionRecorded(c, new LocalDate(2027, 2, 13), FriendsAndFamilyAnswer.Good)).Error!.Kind);
        Assert.True(other.Try(c => new SatisfactionRecorded(c, new LocalDate(2026, 10, 1), FriendsAndFamilyAnswer.Good, "The choir")).IsSuccess);
        Assert.True(other.Try(c => new ChangesRecorded(c, new LocalDate(2026, 10, 1), "I sing now")).IsSuccess);
        Assert.True(other.Try(c => new PamRecorded(c, new LocalDate(2026, 10, 1), PamScore.Create(60m))).IsSuccess);
    }

    [Theory]
    [InlineData(ClosureReason.Died)]
    [InlineData(ClosureReason.PersonDeclinedFurtherSupport)]
    public void MeasuresAfterClosure_StopAtOnce_WhenThePersonDiedOrDeclinedFurtherSupport(ClosureReason reason)
    {
        Recording closed = ClosedAfterFirstContact(reason);
        Assert.Equal(ClosedOn, closed.Episode.FollowUpEndsOn);
        Assert.True(closed.Try(Ons4On(ClosedOn)).IsSuccess); // on the closing day itself, still within
        Assert.Equal(EpisodeErrorKind.FollowUpEnded, closed.Try(Ons4On(ClosedOn.PlusDays(1))).Error!.Kind);
        Assert.Equal(ClosedOn, closed.Episode.MeasurementSchedule!.EndedOn);
    }

    [Fact]
    public void MeasuresAfterClosure_WithoutAFirstContact_AreRefused()
    {
        Recording closed = Recording.Referred().Do(c => new EpisodeClosed(c, Recording.ReferredOn.PlusDays(3), ClosureReason.MovedAway));
        Assert.Equal(EpisodeErrorKind.FollowUpEnded, closed.Try(Ons4On(Recording.ReferredOn.PlusDays(4))).Error!.Kind);
    }

    [Fact]
    public void ClosedEpisode_KeepsItsSchedule_SoTheSixMonthFollowUpIsStillDue()
    {
        Episode closed = ClosedAfterFirstContact().Episode;
        MeasureTimeline ons4 = closed.Ons4On(new LocalDate(2026, 7, 12))!;
        Assert.Equal(new LocalDate(2026, 7, 12), ons4.Next!.Value.DueDate);
        Assert.Equal(new LocalDate(2027, 2, 12), closed.MeasurementSchedule!.EndedOn);
    }

    [Fact]
    public void MeasuresNotTakenRecorded_AfterClosure_GivesTheReason()
    {
        Recording closed = ClosedAfterFirstContact();
        Assert.Null(closed.Episode.MeasuresNotTaken);
        closed.Do(c => new MeasuresNotTakenRecorded(c, new LocalDate(2027, 2, 20), MeasuresNotTakenReason.PersonDeclined));
        Assert.Equal(MeasuresNotTakenReason.PersonDeclined, closed.Episode.MeasuresNotTaken);
        Assert.Equal(EpisodeErrorKind.NotAllowedInState, Recording.FirstSeen().Try(c => new MeasuresNotTakenRecorded(c, ClosedOn, MeasuresNotTakenReason.PersonDeclined)).Error!.Kind);
    }

    // Consent is changed, never wiped (seed section 5 item 5).
    [Fact]
    public void PermissionsRecorded_ChangesOnlyTheAnswersItCarries()
    {
        Recording r = Recording.FirstSeen()
            .Do(c => new PermissionsRecorded(c, Recording.FirstContactOn, SharingPermissions.NoneAsked.With(SharingPermission.NeedToKnowSharingWithConnectedServices, ConsentAnswer.Given)))
            .Do(c => new PermissionsRecorded(c, Recording.FirstContactOn.PlusDays(7), SharingPermissions.NoneAsked.With(SharingPermission.ShareMyStory, ConsentAnswer.Given)));
        Assert.Equal(ConsentAnswer.Given, r.Episode.Permissions.AnswerFor(SharingPermission.NeedToKnowSharingWithConnectedServices));
        Assert.Equal(ConsentAnswer.Given, r.Episode.Permissions.AnswerFor(SharingPermission.ShareMyStory));

        r.Do(c => new PermissionsRecorded(c, Recording.FirstContactOn.PlusDays(8), SharingPermissions.NoneAsked.With(SharingPermission.NeedToKnowSharingWithConnectedServices, ConsentAnswer.Declined)));
        Assert.Equal(ConsentAnswer.Declined, r.Episode.Permissions.AnswerFor(SharingPermission.NeedToKnowSharingWithConnectedServices));
        Assert.Equal(ConsentAnswer.Given, r.Episode.Permissions.AnswerFor(SharingPermission.ShareMyStory));
    }

    /// <summary>For any history, each permission's answer is the latest answer the person gave to it (oracle: a scan of the events).</summary>
    [Property(MaxTest = 300)]
    public void Permissions_AreTheLatestAnswerGivenToEach(EpisodeScript script)
    {
        if (script.Episode is not Episode episode)
        {
            return;
        }

        EpisodeEvent[] effective = [.. episode.Events.Where(e => e is not EnteredInError && !episode.EventsEnteredInError.Contains(e.Number))];
        foreach (SharingPermission permission in SharingPermissions.AllPermissions)
        {
            ConsentAnswer expected = effective
                .Select(e => e switch { PermissionsRecorded p => p.Permissions, CarePlanAgreed a => a.Permissions, _ => SharingPermissions.NoneAsked })
                .Select(p => p.AnswerFor(permission))
                .LastOrDefault(a => a != ConsentAnswer.NotAsked);
            Assert.Equal(expected, episode.Permissions.AnswerFor(permission));
        }
    }

    [Fact]
    public void NeedToKnow_PerConnection_OverridesTheEpisodeWideAnswerForThatConnectionOnly()
    {
        Recording r = Recording.FirstSeen()
            .Do(c => new PermissionsRecorded(c, Recording.FirstContactOn, SharingPermissions.NoneAsked.With(SharingPermission.NeedToKnowSharingWithConnectedServices, ConsentAnswer.Given)))
            .Do(c => new ConnectionMade(c, new LocalDate(2026, 2, 3), ConnectionCategory.Create(ConnectionCategoryKind.ArtsBasedActivities), IntroductionMethod.PersonWentAlone, groupName: "Choir"))
            .Do(c => new ConnectionMade(c, new LocalDate(2026, 2, 4), ConnectionCategory.Create(ConnectionCategoryKind.HousingSupport), IntroductionMethod.PersonWentAlone, groupName: "Housing advice"))
            .Do(c => new ConnectionSharingRecorded(c, new LocalDate(2026, 2, 4), 2, ConsentAnswer.Declined));
        Assert.Equal(ConsentAnswer.Given, r.Episode.NeedToKnowFor(1));
        Assert.Equal(ConsentAnswer.Declined, r.Episode.NeedToKnowFor(2));
        Assert.True(GroupView.Create(r.Episode, 1).IsShared);
        Assert.False(GroupView.Create(r.Episode, 2).IsShared);
        Assert.Equal(EpisodeErrorKind.UnknownConnection, r.Try(c => new ConnectionSharingRecorded(c, new LocalDate(2026, 2, 5), 3, ConsentAnswer.Given)).Error!.Kind);
        Assert.Equal("connectionNumber", Assert.Throws<ArgumentOutOfRangeException>(() => r.Episode.NeedToKnowFor(3)).ParamName);
        Assert.Equal("connectionNumber", Assert.Throws<ArgumentOutOfRangeException>(() => r.Episode.NeedToKnowFor(0)).ParamName);
    }

    [Fact]
    public void ReferrerSharing_IsTheReferrersOwnAnswer_NotTheEpisodeWideOne()
    {
        Recording r = Recording.FirstSeen()
            .Do(c => new PermissionsRecorded(c, Recording.FirstContactOn, SharingPermissions.NoneAsked.With(SharingPermission.NeedToKnowSharingWithConnectedServices, ConsentAnswer.Given)));
        Assert.Equal(ConsentAnswer.NotAsked, r.Episode.ReferrerSharing);
        r.Do(c => new EpisodeClosed(c, ClosedOn, ClosureReason.GoalsMet))
            .Do(c => new ReferrerSharingRecorded(c, ClosedOn, ConsentAnswer.Given));
        Assert.Equal(ConsentAnswer.Given, r.Episode.ReferrerSharing);
    }

    [Fact]
    public void CarePlanAgreed_From_AnAgreedPlan_BringsTheAnswersOnTheForm()
    {
        // The form's part two answers (Appendix 4 items 9 to 11), given here at a review of the plan before the episode records it.
        CarePlans.CarePlan plan = CarePlans.CarePlan.Draft(CarePlans.CarePlanTemplates.Appendix4Sample)
            .WithText(CarePlans.PlanField.WhatMattersToMe, "Seeing my grandchildren")
            .WithGoal("Walk to the shop")
            .WithSupport(new CarePlans.SupportConnection("Walking group"))
            .WithReviewDate(new LocalDate(2026, 4, 19))
            .Agree(new LocalDate(2026, 1, 19))
            .Review(new CarePlans.CarePlanReview(new LocalDate(2026, 1, 20), [], permissions: SharingPermissions.NoneAsked.With(SharingPermission.ShareMyStory, ConsentAnswer.Given)));
        Recording r = Recording.FirstSeen()
            .Do(c => new PermissionsRecorded(c, Recording.FirstContactOn, SharingPermissions.NoneAsked.With(SharingPermission.NeedToKnowSharingWithConnectedServices, ConsentAnswer.Given)))
            .Do(c => CarePlanAgreed.From(c, "PLAN-17", plan));
        Assert.Equal(new CarePlanReference("PLAN-17", new LocalDate(2026, 1, 19), new LocalDate(2026, 4, 19)), r.Episode.CarePlan);
        Assert.Equal(ConsentAnswer.Given, r.Episode.Permissions.AnswerFor(SharingPermission.ShareMyStory));
        Assert.Equal(ConsentAnswer.Given, r.Episode.Permissions.AnswerFor(SharingPermission.NeedToKnowSharingWithConnectedServices)); // not asked on the form: kept

        CarePlans.CarePlan draft = CarePlans.CarePlan.Draft(CarePlans.CarePlanTemplates.Appendix4Sample);
        Assert.Equal("plan", Assert.Throws<ArgumentException>(() => CarePlanAgreed.From(r.Episode.Events[0].Context, "PLAN-18", draft)).ParamName);
    }

    // Escalations (seed section 7).
    [Fact]
    public void Escalation_RaisedOnReferral_IsOpenUntilResolved_OnceAndNotBeforeItWasRaised()
    {
        Recording r = Recording.Referred()
            .Do(c => new Escalated(c, Recording.ReferredOn.PlusDays(1), EscalationReason.SafeguardingConcern, EscalationRecipient.LocalAuthoritySafeguardingTeam, Urgency.Urgent, closesEpisode: false), Recording.Referred().Supervisor);
        Assert.Equal(EpisodeState.Referred, r.Episode.State);
        Assert.Single(r.Episode.UnresolvedEscalations);
        Assert.Equal(EpisodeErrorKind.DateOutOfOrder, r.Try(c => new EscalationResolved(c, Recording.ReferredOn, 1, EscalationOutcome.SafeguardingReferralMade)).Error!.Kind);
        Assert.Equal(EpisodeErrorKind.UnknownEscalation, r.Try(c => new EscalationResolved(c, Recording.ReferredOn, 2, EscalationOutcome.SafeguardingReferralMade)).Error!.Kind);
        r.Do(c => new EscalationResolved(c, Recording.ReferredOn.PlusDays(2), 1, EscalationOutcome.SafeguardingReferralMade));
        Assert.Empty(r.Episode.UnresolvedEscalations);
        Assert.Equal(EscalationOutcome.SafeguardingReferralMade, r.Episode.EscalationResolutions.Single().Outcome);
        Assert.Equal(EpisodeErrorKind.AlreadyResolved, r.Try(c => new EscalationResolved(c, Recording.ReferredOn.PlusDays(3), 1, EscalationOutcome.NoFurtherAction)).Error!.Kind);
    }

    [Fact]
    public void Escalation_ThatClosedTheEpisode_IsResolvedAfterClosure()
    {
        Recording r = Recording.FirstSeen()
            .Do(c => new Escalated(c, Recording.FirstContactOn, EscalationReason.MentalHealthNeedRequiringQualifiedPractitioner, EscalationRecipient.Gp, Urgency.Urgent, closesEpisode: true))
            .Do(c => new EscalationResolved(c, Recording.FirstContactOn.PlusDays(5), 1, EscalationOutcome.ReferredOn));
        Assert.Equal(EpisodeState.Closed, r.Episode.State);
        Assert.Empty(r.Episode.UnresolvedEscalations);
    }

    // Urgency during the episode (JD: "any urgent support required").
    [Fact]
    public void UrgencyChanged_SetsTheCurrentUrgency_TheReferralKeepsItsOwn()
    {
        Recording r = Recording.FirstSeen();
        Assert.Equal(Urgency.Routine, r.Episode.Urgency);
        r.Do(c => new UrgencyChanged(c, Recording.FirstContactOn.PlusDays(3), Urgency.Urgent, "Has stopped eating"));
        Assert.Equal(Urgency.Urgent, r.Episode.Urgency);
        Assert.Equal(Urgency.Routine, r.Episode.Referral!.Urgency);
        Assert.Contains("(Urgent)", r.Episode.Events[^1].ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("eating", r.Episode.Events[^1].ToString(), StringComparison.Ordinal);
        Assert.Null(Episode.Replay([new SocialPrescribingOffered(new EventContext(Journeys.Id, 1, Instant.FromUtc(2026, 1, 5, 9, 0), ActorRole.PracticeClinician), Recording.ReferredOn, PersonIdentifier.Create(Journeys.Nhs), Journeys.Practice)]).Urgency);
    }

    // An offer that is never answered.
    [Fact]
    public void OfferLapsed_EndsTheOffer_AndCodesNothing()
    {
        var offered = new SocialPrescribingOffered(new EventContext(Journeys.Id, 1, Instant.FromUtc(2026, 1, 5, 9, 0), ActorRole.PracticeClinician), Recording.ReferredOn, PersonIdentifier.Create(Journeys.Nhs), Journeys.Practice);
        EpisodeResult lapsed = Episode.Start(offered).Episode!.Apply(new OfferLapsed(new EventContext(Journeys.Id, 2, Instant.FromUtc(2026, 3, 5, 9, 0), ActorRole.Administrator), new LocalDate(2026, 3, 5)));
        Assert.True(lapsed.IsSuccess, lapsed.ToString());
        Assert.Equal(EpisodeState.Lapsed, lapsed.Episode.State);
        Assert.True(lapsed.Episode.IsFinal);
        Assert.False(lapsed.Episode.IsOpen);
        Assert.Empty(lapsed.AddedCodedEntries);
        Assert.Equal([SocialPrescribingConcepts.Offered], lapsed.Episode.CodedEntries.Select(e => e.Concept));
        Assert.Null(lapsed.Episode.WaitingDays(new LocalDate(2026, 4, 1)));
    }

    // Mistakes are corrected, not erased.
    [Fact]
    public void EnteredInError_LeavesTheEventOutOfTheFold_AndTheHistoryKeepsBoth()
    {
        Recording r = Recording.FirstSeen()
            .Do(c => new ContactRecorded(c, Recording.At(new LocalDate(2026, 1, 20)), ConsultationMethod.Telephone, null, Duration.FromMinutes(20), ContactAttendance.Attended));
        Assert.Equal(2, r.Episode.AttendedContactCount);
        int wrong = r.Episode.Events[^1].Number;
        r.Do(c => new EnteredInError(c, new LocalDate(2026, 1, 21), wrong, ErrorReason.WrongDate));
        Assert.Equal(1, r.Episode.AttendedContactCount);
        Assert.Equal(Duration.FromMinutes(60), r.Episode.TimeWithPerson);
        Assert.Equal([wrong], r.Episode.EventsEnteredInError);
        Assert.Equal(wrong + 1, r.Episode.Events.Length);
        Assert.Equal(r.Episode, Episode.Replay(r.Episode.Events));
        Assert.Equal(EpisodeErrorKind.UnknownEvent, r.Try(c => new EnteredInError(c, new LocalDate(2026, 1, 21), wrong, ErrorReason.Duplicate)).Error!.Kind); // already
        Assert.Equal(EpisodeErrorKind.UnknownEvent, r.Try(c => new EnteredInError(c, new LocalDate(2026, 1, 21), wrong + 1, ErrorReason.Duplicate)).Error!.Kind); // a correction
        Assert.Equal(EpisodeErrorKind.UnknownEvent, r.Try(c => new EnteredInError(c, new LocalDate(2026, 1, 21), 99, ErrorReason.Duplicate)).Error!.Kind); // none such
        Assert.Equal(EpisodeErrorKind.CannotBeEnteredInError, r.Try(c => new EnteredInError(c, new LocalDate(2026, 1, 21), 1, ErrorReason.WrongPerson)).Error!.Kind); // the referral
    }

    [Fact]
    public void EnteredInError_ThatWouldLeaveALaterEventDisallowed_IsRefused()
    {
        Recording r = Recording.FirstSeen()
            .Do(c => new CarePlanAgreed(c, new CarePlanReference("PLAN-1", new LocalDate(2026, 1, 19), new LocalDate(2026, 4, 19))));
        int firstContact = r.Episode.FirstContact!.Number;
        EpisodeResult refused = r.Try(c => new EnteredInError(c, new LocalDate(2026, 1, 21), firstContact, ErrorReason.DidNotHappen));
        Assert.Equal(EpisodeErrorKind.CorrectionBreaksHistory, refused.Error!.Kind);
        Assert.Equal(EpisodeState.PlanAgreed, r.Episode.State);
    }

    [Fact]
    public void EnteredInError_OfTheClosure_ReopensTheEpisode()
    {
        Recording r = ClosedAfterFirstContact();
        int closure = r.Episode.Events[^1].Number;
        r.Do(c => new EnteredInError(c, ClosedOn, closure, ErrorReason.DidNotHappen));
        Assert.Equal(EpisodeState.FirstContactMade, r.Episode.State);
        Assert.Null(r.Episode.ClosedOn);
        Assert.Equal("Closed (event 5) on 2026-04-01 at 2026-01-05T09:04:00Z by LinkWorker for LW-01 (GoalsMet)", r.Episode.Events[closure - 1].ToString());
    }

    /// <summary>For any history, correcting its latest event gives the episode the history without it would give (oracle: replay without the event).</summary>
    [Property(MaxTest = 300)]
    public void EnteredInError_OfTheLatestEvent_IsTheFoldWithoutIt(EpisodeScript script)
    {
        if (script.Episode is not Episode episode || episode.Events.Length < 2 || episode.Events[^1].Kind is EpisodeEventKind.Referred or EpisodeEventKind.Declined or EpisodeEventKind.EnteredInError)
        {
            return;
        }

        EpisodeEvent latest = episode.Events[^1];
        EpisodeResult corrected = episode.Apply(new EnteredInError(new EventContext(episode.Id, episode.NextNumber, latest.At, ActorRole.LinkWorker), latest.On, latest.Number, ErrorReason.Duplicate));
        Assert.True(corrected.IsSuccess, corrected.ToString());
        Episode without = Episode.Replay(Journeys.Renumbered(episode.Events.Take(episode.Events.Length - 1).Where(e => e is not EnteredInError && !episode.EventsEnteredInError.Contains(e.Number))));
        Assert.Equal(without.State, corrected.Episode.State);
        Assert.Equal(without.AttendedContactCount, corrected.Episode.AttendedContactCount);
        Assert.Equal(without.Connections.Length, corrected.Episode.Connections.Length);
        Assert.Equal(without.Permissions, corrected.Episode.Permissions);
        Assert.Equal(without.LinkWorker, corrected.Episode.LinkWorker);
        Assert.Equal(without.CodedEntries, corrected.Episode.CodedEntries);
        Assert.Equal(without.Urgency, corrected.Episode.Urgency);
        Assert.Equal(without.UnresolvedEscalations.Select(e => (e.On, e.Reason)), corrected.Episode.UnresolvedEscalations.Select(e => (e.On, e.Reason)));

        Assert.Equal(corrected.Episode, Episode.Replay(corrected.Episode.Events));
    }

    // A traced NHS number.
    [Fact]
    public void NhsNumberTraced_AddsTheNumberToALocalKey_Once()
    {
        Recording r = Recording.Referred(localKeyOnly: true);
        Assert.Null(r.Episode.Person.NhsNumber);
        r.Do(c => new NhsNumberTraced(c, Recording.ReferredOn.PlusDays(2), Journeys.Nhs));
        Assert.Equal(Journeys.Nhs, r.Episode.Person.NhsNumber);
        Assert.Equal("POLICE-CASE-17", r.Episode.Person.LocalKey);
        Assert.DoesNotContain("0026", r.Episode.Events[^1].ToString(), StringComparison.Ordinal);
        Assert.Equal(EpisodeErrorKind.AlreadyIdentified, r.Try(c => new NhsNumberTraced(c, Recording.ReferredOn.PlusDays(3), Journeys.Nhs)).Error!.Kind);
    }

    // Vocabulary.
    [Fact]
    public void Contact_SaysHowAndWhere_FaceToFaceOnlyHasALocation()
    {
        Recording r = Recording.FirstSeen();
        ContactRecorded first = r.Episode.FirstContact!;
        Assert.Equal((ConsultationMethod.FaceToFace, ContactLocation.Home), (first.Method, first.Location));
        Assert.EndsWith("(Attended, FaceToFace, Home, 2026-01-12T10:30:00 Europe/London, 60 min)", first.ToString(), StringComparison.Ordinal);
        r.Do(c => new PutOnHold(c, new LocalDate(2026, 2, 1), OnHoldReason.HospitalStay, new LocalDate(2026, 3, 1)));
        Assert.Equal(OnHoldReason.HospitalStay, r.Episode.Hold!.Reason);
    }

    [Fact]
    public void SatisfactionRecorded_KeepsTheFreeTextAnswer_AndNeverPrintsIt()
    {
        Recording r = Recording.FirstSeen().Do(c => new SatisfactionRecorded(c, Recording.FirstContactOn, FriendsAndFamilyAnswer.VeryGood, "Jane found the choir lovely"), Recording.FirstSeen().Person);
        Assert.Equal("Jane found the choir lovely", r.Episode.Satisfaction!.InPersonsWords);
        Assert.DoesNotContain("Jane", r.Episode.Satisfaction.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Jane", r.Episode.ToString(), StringComparison.Ordinal);
    }
}
