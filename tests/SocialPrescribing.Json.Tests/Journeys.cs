using NodaTime;
using SocialPrescribing.Measures;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Json.Tests;

/// <summary>Fixed episodes that between them hold every kind of event, for golden files and the version-1 fixture.</summary>
internal static class Journeys
{
    internal static readonly OdsCode Practice = OdsCode.Parse("A81001");
    internal static readonly NhsNumber KnownNhsNumber = NhsNumber.Parse("9990000026");
    private static readonly LinkWorkerId LinkWorker = LinkWorkerId.Create("LW-01");
    private static readonly LinkWorkerId Cover = LinkWorkerId.Create("LW-02");
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    /// <summary>Gets the four episodes of schema version 1: one from the offer to closure and follow-up with 29 kinds of event (with the three endings below, all 32), one declined, one not accepted, one lapsed; no demographics.</summary>
    internal static IReadOnlyList<Episode> Version1 { get; } = [Whole(), Declined(), NotAccepted(), Lapsed()];

    /// <summary>Gets the version-1 episodes and one with demographics at the offer, on the referral and recorded later, and the minimum dataset's codes (schema version 2): every kind of event.</summary>
    internal static IReadOnlyList<Episode> EveryKind { get; } = [.. Version1, Demographic()];

    private static Episode Whole()
    {
        var b = new Builder("7c9e6679-7425-40de-944b-e07fc1f90ae7");
        b.Add((c, d) => new SocialPrescribingOffered(c, d, PersonIdentifier.Create(null, "LOCAL-42"), Practice), 2025, 10, 1, ActorRole.PracticeClinician);
        b.Add((c, d) => new ReferralMade(c, Referral(d, PersonIdentifier.Create(null, "LOCAL-42"))), 2025, 10, 2, ActorRole.Referrer);
        b.Add((c, d) => new ReferralAccepted(c, LinkWorker, d), 2025, 10, 3, ActorRole.LinkWorker, LinkWorker);
        b.Add((c, d) => new UrgencyChanged(c, d, Urgency.Urgent, "Housing notice served"), 2025, 10, 3, ActorRole.LinkWorker, LinkWorker);
        b.Add((c, d) => new NhsNumberTraced(c, d, KnownNhsNumber), 2025, 10, 4, ActorRole.Administrator);
        b.Add((c, d) => new ContactRecorded(c, d.At(new LocalTime(10, 30)).InZoneStrictly(London), ConsultationMethod.FaceToFace, ContactLocation.Practice, Duration.FromMinutes(45), ContactAttendance.Attended, "What matters to me: getting out again"), 2025, 10, 9, ActorRole.LinkWorker, LinkWorker);
        b.Add((c, d) => new PamEligibilityRecorded(c, d, PamEligibilityOutcome.Eligible), 2025, 10, 9, ActorRole.LinkWorker, LinkWorker);
        b.Add((c, d) => new Ons4Recorded(c, new Ons4Response(d, AssessmentOccasion.Baseline, Ons4Answer.Create(3), Ons4Answer.Create(4), Ons4Answer.Refused, Ons4Answer.Create(8))), 2025, 10, 9, ActorRole.LinkWorker, LinkWorker);
        b.Add((c, d) => new PamRecorded(c, d, PamScore.Create(46.8m)), 2025, 10, 9, ActorRole.LinkWorker, LinkWorker);
        b.Add((c, d) => new PermissionsRecorded(c, d, SharingPermissions.NoneAsked.With(SharingPermission.ShareMyStory, ConsentAnswer.Declined)), 2025, 10, 9, ActorRole.LinkWorker, LinkWorker);
        b.Add((c, d) => new CarePlanAgreed(c, new CarePlanReference("PLAN-1", d, d.PlusMonths(3)), SharingPermissions.NoneAsked.With(SharingPermission.NeedToKnowSharingWithConnectedServices, ConsentAnswer.Given)), 2025, 10, 16, ActorRole.LinkWorker, LinkWorker);
        b.Add((c, d) => new ConnectionMade(c, d, ConnectionCategory.CreateOther("Community choir"), IntroductionMethod.LinkWorkerWentToFirstSession, "GROUP-7", "St Mary's community choir", "Sit near the front"), 2025, 10, 20, ActorRole.LinkWorker, LinkWorker);
        b.Add((c, d) => new ConnectionSharingRecorded(c, d, 1, ConsentAnswer.Given), 2025, 10, 20, ActorRole.LinkWorker, LinkWorker);
        b.Add((c, d) => new ConnectionOutcomeRecorded(c, d, 1, ConnectionOutcome.Attended), 2025, 10, 27, ActorRole.CommunityGroupOrAgency);
        b.Add((c, d) => new ReferrerSharingRecorded(c, d, ConsentAnswer.Declined), 2025, 10, 27, ActorRole.LinkWorker, LinkWorker);
        b.Add((c, d) => new Escalated(c, d, EscalationReason.SafeguardingConcern, EscalationRecipient.GpSupervisor, Urgency.Urgent, closesEpisode: false), 2025, 11, 3, ActorRole.LinkWorker, LinkWorker);
        b.Add((c, d) => new EscalationResolved(c, d, 1, EscalationOutcome.AdviceGivenSupportContinues), 2025, 11, 4, ActorRole.GpSupervisor);
        b.Add((c, d) => new PutOnHold(c, d, OnHoldReason.HospitalStay, d.PlusDays(14)), 2025, 11, 10, ActorRole.LinkWorker, LinkWorker);
        b.Add((c, d) => new EpisodeResumed(c, d), 2025, 11, 24, ActorRole.LinkWorker, LinkWorker);
        b.Add((c, d) => new EpisodeReassigned(c, Cover, d, ReassignmentReason.Cover), 2025, 12, 1, ActorRole.GpSupervisor);
        b.Add((c, d) => new ContactRecorded(c, d.At(new LocalTime(14, 0)).InZoneStrictly(London), ConsultationMethod.Telephone, null, Duration.FromMinutes(20), ContactAttendance.DidNotAttend), 2025, 12, 2, ActorRole.LinkWorker, Cover);
        b.Add((c, d) => new ReviewStarted(c, d), 2026, 1, 15, ActorRole.LinkWorker, LinkWorker);
        b.Add((c, d) => new ReviewCompleted(c, d, d.PlusMonths(3)), 2026, 1, 15, ActorRole.LinkWorker, LinkWorker);
        b.Add((c, d) => new PersonalHealthBudgetExplored(c, d, PersonalHealthBudgetOutcome.Considering), 2026, 1, 20, ActorRole.LinkWorker, LinkWorker);
        b.Add((c, d) => new ComplaintRecorded(c, d, ComplaintHandling.ResolvedByService, d.PlusDays(5)), 2026, 2, 2, ActorRole.Administrator);
        b.Add((c, d) => new PamRecorded(c, d, PamScore.Create(50m)), 2026, 2, 3, ActorRole.LinkWorker, LinkWorker);
        b.Add((c, d) => new EnteredInError(c, d, 26, ErrorReason.WrongDate), 2026, 2, 4, ActorRole.LinkWorker, LinkWorker);
        b.Add((c, d) => new SatisfactionRecorded(c, d, FriendsAndFamilyAnswer.VeryGood, "The choir gave me my Tuesdays back"), 2026, 3, 30, ActorRole.Person);
        b.Add((c, d) => new ChangesRecorded(c, d, "Out of the house twice a week"), 2026, 3, 30, ActorRole.LinkWorker, LinkWorker);
        b.Add((c, d) => new EpisodeClosed(c, d, ClosureReason.GoalsMet), 2026, 4, 1, ActorRole.LinkWorker, LinkWorker);
        b.Add((c, d) => new Ons4Recorded(c, new Ons4Response(d, AssessmentOccasion.FollowUp, Ons4Answer.Create(7), Ons4Answer.Create(7), Ons4Answer.Create(6), Ons4Answer.NotAsked)), 2026, 4, 9, ActorRole.LinkWorker, LinkWorker);
        b.Add((c, d) => new MeasuresNotTakenRecorded(c, d, MeasuresNotTakenReason.PersonUnableToAnswer), 2026, 4, 9, ActorRole.LinkWorker, LinkWorker);
        return b.Episode;
    }

    private static Episode Declined()
    {
        var b = new Builder("2b4a5f0e-8a1c-4d52-9a0e-3f1b2c3d4e5f");
        b.Add((c, d) => new ReferralMade(c, Referral(d, PersonIdentifier.Create(KnownNhsNumber))), 2025, 11, 2, ActorRole.Referrer);
        b.Add((c, d) => new PersonDeclined(c, d), 2025, 11, 5, ActorRole.LinkWorker, LinkWorker);
        b.Add((c, d) => new ReferrerSharingRecorded(c, d, ConsentAnswer.Given), 2025, 11, 5, ActorRole.LinkWorker, LinkWorker);
        return b.Episode;
    }

    private static Episode NotAccepted()
    {
        var b = new Builder("3c5b6a1f-9b2d-4e63-8b1f-4a2c3d4e5f60");
        b.Add((c, d) => new ReferralMade(c, Referral(d, PersonIdentifier.Create(KnownNhsNumber))), 2025, 11, 2, ActorRole.Referrer);
        b.Add((c, d) => new ReferralNotAccepted(c, d, NotAcceptedReason.RedirectedToAnotherService, "Community mental health team"), 2025, 11, 4, ActorRole.GpSupervisor);
        return b.Episode;
    }

    private static Episode Lapsed()
    {
        var b = new Builder("4d6c7b20-ac3e-4f74-9c20-5b3d4e5f6071");
        b.Add((c, d) => new SocialPrescribingOffered(c, d, PersonIdentifier.Create(KnownNhsNumber), Practice), 2025, 9, 1, ActorRole.PracticeClinician);
        b.Add((c, d) => new OfferLapsed(c, d), 2025, 12, 1, ActorRole.Administrator);
        return b.Episode;
    }

    private static Episode Demographic()
    {
        var b = new Builder("5e7d8c31-bd4f-4085-8d31-6c4e5f607182");
        PersonIdentifier person = PersonIdentifier.Create(KnownNhsNumber);
        b.Add((c, d) => new SocialPrescribingOffered(c, d, person, Practice, demographics: new PersonDemographics(new LocalDate(1956, 2, 29), statedGender: StatedGender.Female, ethnicCategory: EthnicCategory.NotStated)), 2025, 9, 1, ActorRole.PracticeClinician);
        b.Add((c, d) => new ReferralMade(c, Referral(d, person, new PersonDemographics(new LocalDate(1956, 2, 29), statedGender: StatedGender.Female, ethnicCategory: EthnicCategory.WhiteBritish, deprivationDecile: DeprivationDecile.Decile3), [SyntheticCode(1)])), 2025, 9, 2, ActorRole.Referrer);
        b.Add((c, d) => new DemographicsRecorded(c, d, new PersonDemographics(genderIdentity: GenderIdentity.Female, ethnicCategory: EthnicCategory.BlackCaribbean, deprivationDecile: DeprivationDecile.Decile2)), 2025, 9, 10, ActorRole.LinkWorker, LinkWorker);
        b.Add((c, d) => new DemographicsRecorded(c, d, new PersonDemographics(ageBand: AgeBand.From65To69)), 2025, 9, 11, ActorRole.LinkWorker, LinkWorker);
        b.Add((c, d) => new ReferralAccepted(c, LinkWorker, d), 2025, 9, 11, ActorRole.LinkWorker, LinkWorker);
        b.Add((c, d) => new ContactRecorded(c, d.At(new LocalTime(11, 0)).InZoneStrictly(London), ConsultationMethod.Telephone, null, Duration.FromMinutes(30), ContactAttendance.Attended), 2025, 9, 15, ActorRole.LinkWorker, LinkWorker);
        b.Add((c, d) => new ConnectionMade(c, d, ConnectionCategory.Create(ConnectionCategoryKind.ArtsBasedActivities), IntroductionMethod.VolunteerBuddyWent, "GROUP-9", supportCode: SyntheticCode(2)), 2025, 9, 16, ActorRole.LinkWorker, LinkWorker);
        b.Add((c, d) => new ChangesRecorded(c, d, "I sing on Thursdays", [SyntheticCode(3)]), 2025, 12, 16, ActorRole.LinkWorker, LinkWorker);
        return b.Episode;
    }

    private static Referral Referral(LocalDate on, PersonIdentifier person, PersonDemographics? demographics = null, SctId[]? needs = null)
        => new(on, new Referrer(ReferralSourceKind.GpPractice, Practice, "General practice", "Practice nurse"), ReferralMethod.Electronic, person, Practice,
            [ReferralReason.LonelinessOrIsolation, ReferralReason.Other], "Recently bereaved", Urgency.Routine, null, OdsCode.Parse("U12345"), "CASE-881", demographics, needs);

    /// <summary>A concept identifier made for the tests (valid in form, in no release): the library never invents a code, and its tests name none as real.</summary>
    private static SctId SyntheticCode(int n) => SctId.Create((ulong)(990_000 + n), SctIdComponentType.Concept);

    /// <summary>Applies events one by one, each at a later instant, failing loudly when the fold refuses one.</summary>
    private sealed class Builder(string id)
    {
        private readonly EpisodeId _id = EpisodeId.Create(Guid.Parse(id));
        private Instant _at = Instant.FromUtc(2025, 9, 1, 9, 0);

        internal Episode Episode { get; private set; } = null!;

        internal void Add(Func<EventContext, LocalDate, EpisodeEvent> make, int year, int month, int day, ActorRole by, LinkWorkerId? linkWorker = null)
        {
            var on = new LocalDate(year, month, day);
            _at = Instant.Max(_at + Duration.FromMinutes(1), on.AtStartOfDayInZone(London).ToInstant() + Duration.FromHours(17));
            var context = new EventContext(_id, (Episode?.Events.Length ?? 0) + 1, _at, by, linkWorker);
            EpisodeEvent e = make(context, on);
            EpisodeResult result = Episode is null ? Episode.Start(e) : Episode.Apply(e);
            Episode = result.IsSuccess ? result.Episode : throw new InvalidOperationException($"{e.Kind}: {result.Error.Message}");
        }
    }
}
