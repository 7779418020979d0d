using NodaTime;
using SocialPrescribing.Measures;

namespace SocialPrescribing.Referrals.Tests;

/// <summary>A whole episode written out event by event: referral, contacts, plan, connections, measures, escalation and closure.</summary>
internal static class Journeys
{
    internal static readonly EpisodeId Id = EpisodeId.Create(new Guid("7c9e6679-7425-40de-944b-e07fc1f90ae7"));
    internal static readonly OdsCode Practice = OdsCode.Parse("A81001");
    internal static readonly OdsCode Pcn = OdsCode.Parse("U12345");
    internal static readonly NhsNumber Nhs = NhsNumber.Parse("9990000026");
    internal static readonly LinkWorkerId Lw = LinkWorkerId.Create("LW-01");
    internal static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    internal static readonly LocalDate ReferredOn = new(2026, 1, 5);
    internal const string Words = "I *walk* to the shop now # and I have friends at the choir.";

    internal static Referrer Gp => new(ReferralSourceKind.GpPractice, Practice, "General practice", "Practice nurse");

    internal static Referrer Housing => new(ReferralSourceKind.HousingAssociation, OdsCode.Parse("RX1"), "Tenancy support", "Housing officer");

    internal static SharingPermissions Permissions(bool needToKnow, bool data = false, bool story = false) => SharingPermissions.NoneAsked
        .With(SharingPermission.NeedToKnowSharingWithConnectedServices, needToKnow ? ConsentAnswer.Given : ConsentAnswer.Declined)
        .With(SharingPermission.OngoingDataCollectionAndEvaluation, data ? ConsentAnswer.Given : ConsentAnswer.NotAsked)
        .With(SharingPermission.ShareMyStory, story ? ConsentAnswer.Given : ConsentAnswer.Declined);

    internal static Ons4Response Ons4(LocalDate on, AssessmentOccasion occasion, int life, int worthwhile, int happy, int anxious)
        => new(on, occasion, Ons4Answer.Create(life), Ons4Answer.Create(worthwhile), Ons4Answer.Create(happy), Ons4Answer.Create(anxious));

    /// <summary>The events of a whole episode, closed with goals met on 2026-07-20.</summary>
    internal static List<EpisodeEvent> Events(Referrer referrer, SharingPermissions permissions, bool close = true)
    {
        int minute = 0;
        Instant At() => Instant.FromUtc(2026, 1, 5, 9, 0) + Duration.FromMinutes(minute++);
        ZonedDateTime When(LocalDate day) => day.At(new LocalTime(10, 30)).InZoneLeniently(London);
        LocalDate first = new(2026, 1, 12);
        var referral = new Referral(
            ReferredOn, referrer, ReferralMethod.Electronic, PersonIdentifier.Create(Nhs), Practice,
            [ReferralReason.LonelinessOrIsolation, ReferralReason.Other], otherReasonText: "Recently bereaved",
            urgency: Urgency.Urgent, urgencyReason: "Lives alone since her husband died", primaryCareNetwork: Pcn);
        var events = new List<EpisodeEvent>
        {
            new ReferralMade(new EventContext(Id, minute + 1, At(), ActorRole.Referrer, null), referral),
            new ReferralAccepted(new EventContext(Id, minute + 1, At(), ActorRole.LinkWorker, Lw), Lw, ReferredOn.PlusDays(1)),
            new PermissionsRecorded(new EventContext(Id, minute + 1, At(), ActorRole.LinkWorker, Lw), ReferredOn.PlusDays(1), permissions),
            new ContactRecorded(new EventContext(Id, minute + 1, At(), ActorRole.LinkWorker, Lw), When(ReferredOn.PlusDays(4)), ConsultationMethod.Telephone, null, Duration.Zero, ContactAttendance.DidNotAttend),
            new ContactRecorded(new EventContext(Id, minute + 1, At(), ActorRole.LinkWorker, Lw), When(first), ConsultationMethod.FaceToFace, ContactLocation.Home, Duration.FromMinutes(60), ContactAttendance.Attended, "Talked about what matters"),
            new Ons4Recorded(new EventContext(Id, minute + 1, At(), ActorRole.LinkWorker, Lw), Ons4(first, AssessmentOccasion.Baseline, 3, 4, 4, 8)),
            new PamEligibilityRecorded(new EventContext(Id, minute + 1, At(), ActorRole.LinkWorker, Lw), first, PamEligibilityOutcome.Eligible),
            new PamRecorded(new EventContext(Id, minute + 1, At(), ActorRole.LinkWorker, Lw), first, PamScore.Create(45.0m)),
            new CarePlanAgreed(new EventContext(Id, minute + 1, At(), ActorRole.LinkWorker, Lw), new CarePlanReference("PLAN-17", first.PlusDays(7), first.PlusDays(7).PlusMonths(3))),
            new ConnectionMade(new EventContext(Id, minute + 1, At(), ActorRole.LinkWorker, Lw), new LocalDate(2026, 2, 3), ConnectionCategory.Create(ConnectionCategoryKind.ArtsBasedActivities), IntroductionMethod.LinkWorkerWentToFirstSession, "GROUP-7", "Community choir", "Hard of hearing: sit her near the front"),
            new ConnectionOutcomeRecorded(new EventContext(Id, minute + 1, At(), ActorRole.LinkWorker, Lw), new LocalDate(2026, 2, 10), 1, ConnectionOutcome.Attended),
            new ConnectionMade(new EventContext(Id, minute + 1, At(), ActorRole.LinkWorker, Lw), new LocalDate(2026, 2, 12), ConnectionCategory.Create(ConnectionCategoryKind.MoneyAndWelfareRights), IntroductionMethod.PersonWentAlone, groupName: "Citizens Advice"),
            new Escalated(new EventContext(Id, minute + 1, At(), ActorRole.LinkWorker, Lw), new LocalDate(2026, 3, 2), EscalationReason.SafeguardingConcern, EscalationRecipient.GpSupervisor, Urgency.Urgent, closesEpisode: false),
            new ConnectionOutcomeRecorded(new EventContext(Id, minute + 1, At(), ActorRole.LinkWorker, Lw), new LocalDate(2026, 3, 10), 1, ConnectionOutcome.Engaged),
            new ContactRecorded(new EventContext(Id, minute + 1, At(), ActorRole.LinkWorker, Lw), When(new LocalDate(2026, 4, 20)), ConsultationMethod.FaceToFace, ContactLocation.CommunityVenue, Duration.FromMinutes(45), ContactAttendance.Attended),
            new ReviewStarted(new EventContext(Id, minute + 1, At(), ActorRole.LinkWorker, Lw), new LocalDate(2026, 4, 20)),
            new ReviewCompleted(new EventContext(Id, minute + 1, At(), ActorRole.LinkWorker, Lw), new LocalDate(2026, 4, 20), new LocalDate(2026, 7, 20)),
            new PamRecorded(new EventContext(Id, minute + 1, At(), ActorRole.LinkWorker, Lw), new LocalDate(2026, 5, 1), PamScore.Create(52.3m)),
            new Ons4Recorded(new EventContext(Id, minute + 1, At(), ActorRole.LinkWorker, Lw), Ons4(new LocalDate(2026, 7, 12), AssessmentOccasion.FollowUp, 7, 7, 6, 3)),
            new ChangesRecorded(new EventContext(Id, minute + 1, At(), ActorRole.Person, Lw), new LocalDate(2026, 7, 12), Words),
            new SatisfactionRecorded(new EventContext(Id, minute + 1, At(), ActorRole.Person, Lw), new LocalDate(2026, 7, 12), FriendsAndFamilyAnswer.VeryGood),
        };
        if (close)
        {
            events.Add(new EpisodeClosed(new EventContext(Id, minute + 1, At(), ActorRole.LinkWorker, Lw), new LocalDate(2026, 7, 20), ClosureReason.GoalsMet));
        }

        return events;
    }

    /// <summary>The events numbered 1, 2, 3 ... in order, as a list edited by a test (an event removed or added) must be before it is replayed.</summary>
    internal static List<EpisodeEvent> Renumbered(IEnumerable<EpisodeEvent> events)
        => [.. events.Select((e, i) => e with { Context = new EventContext(e.EpisodeId, i + 1, e.At, e.By, e.Context.LinkWorker) })];

    internal static Episode Closed(Referrer referrer, SharingPermissions permissions) => Episode.Replay(Events(referrer, permissions));
}
