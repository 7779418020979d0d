using NodaTime;
using SocialPrescribing.Measures;
using SocialPrescribing.Outcomes;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Json.Tests;

/// <summary>The fixed values behind the golden files and the version-1 fixtures: built here, event by event and cell by cell, never generated.</summary>
internal static class Fixtures
{
    internal static readonly OdsCode Practice = OdsCode.Parse("A81001");
    internal static readonly OdsCode Pcn = OdsCode.Parse("U12345");
    internal static readonly LinkWorkerId Lw = LinkWorkerId.Create("LW-01");
    internal static readonly EpisodeId Closed = EpisodeId.Create(new Guid("7c9e6679-7425-40de-944b-e07fc1f90ae7"));
    internal static readonly EpisodeId Waiting = EpisodeId.Create(new Guid("2f1b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"));
    internal static readonly EpisodeId Declined = EpisodeId.Create(new Guid("9a8b7c6d-5e4f-4321-9abc-def012345678"));
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    /// <summary>Gets the view a community choir receives of a connection the person agreed to share: attended, then engaged.</summary>
    internal static GroupView GroupView => Referrals.GroupView.Create(
        1,
        "GROUP-7",
        "Community choir",
        isShared: true,
        Closed,
        Lw,
        ConnectionCategory.Create(ConnectionCategoryKind.ArtsBasedActivities),
        new LocalDate(2026, 2, 3),
        IntroductionMethod.LinkWorkerWentToFirstSession,
        "Hard of hearing: sit near the front",
        [new ConnectionUpdate(ConnectionOutcome.Attended, new LocalDate(2026, 2, 10)), new ConnectionUpdate(ConnectionOutcome.Engaged, new LocalDate(2026, 3, 10))]);

    /// <summary>Gets three fixed episodes of one practice: one closed with its measures, one waiting, one offered and declined in the next quarter.</summary>
    internal static IReadOnlyList<Episode> Episodes => [ClosedEpisode(), WaitingEpisode(), DeclinedEpisode()];

    /// <summary>Gets the outcome partial a practice sends its region for <see cref="Episodes"/>: by PCN and quarter.</summary>
    internal static EpisodeOutcomeAggregate OutcomePartial => EpisodeOutcomes.Aggregate(
        Episodes,
        new EpisodeOutcomeOptions
        {
            Dimensions = OutcomeDimensions.PrimaryCareNetwork | OutcomeDimensions.Period,
            PeriodKind = PeriodKind.Quarter,
            PracticeNetworks = new Dictionary<OdsCode, OdsCode> { [Practice] = Pcn },
        });

    /// <summary>Gets a table of closures by PCN with a total row, a percentage, a statistic of counts and a cell that does not apply, published under NHS Digital's rule below national level.</summary>
    internal static PublishedTable PublishedTable => DisclosurePolicy.NhsDigitalHesEcds(PublicationLevel.Subnational).Apply(OutcomeTable);

    /// <summary>Gets the unpublished table behind <see cref="PublishedTable"/>.</summary>
    internal static OutcomeTable OutcomeTable => Outcomes.OutcomeTable.Create(
        "Closed episodes by PCN, 2025/26 Q1",
        ["PCN"],
        [
            OutcomeColumn.PartOf("Moved away", "Closure"),
            OutcomeColumn.PartOf("Goals met", "Closure"),
            OutcomeColumn.TotalOf("All closed", "Closure"),
            OutcomeColumn.Create("Contacts"),
            OutcomeColumn.PercentageOf("% goals met", "Goals met", "All closed"),
            OutcomeColumn.StatisticOf("Contacts per closed episode", "Contacts", "All closed"),
            OutcomeColumn.Create("Mean ONS4 change"),
        ],
        [
            OutcomeRow.Create(["North"], [OutcomeCell.Count(3), OutcomeCell.Count(4), OutcomeCell.Count(7), OutcomeCell.Count(40), OutcomeCell.Percentage(4, 7), OutcomeCell.Statistic(40m / 7, 1, 7), OutcomeCell.NotApplicable]),
            OutcomeRow.Create(["South"], [OutcomeCell.Count(9), OutcomeCell.Count(30), OutcomeCell.Count(39), OutcomeCell.Count(150), OutcomeCell.Percentage(30, 39), OutcomeCell.Statistic(150m / 39, 1, 39), OutcomeCell.Statistic(1.25m, 2, 20)]),
            OutcomeRow.Total(["All"], [OutcomeCell.Count(12), OutcomeCell.Count(34), OutcomeCell.Count(46), OutcomeCell.Count(190), OutcomeCell.Percentage(34, 46), OutcomeCell.Statistic(190m / 46, 1, 46), OutcomeCell.Statistic(1.25m, 2, 20)]),
        ]);

    private static Episode ClosedEpisode()
    {
        var person = PersonIdentifier.Create(null, "FIX-1");
        var referral = new Referral(
            new LocalDate(2025, 4, 7), new Referrer(ReferralSourceKind.GpPractice, Practice), ReferralMethod.Electronic, person, Practice,
            [ReferralReason.LonelinessOrIsolation, ReferralReason.Housing], urgency: Urgency.Routine, primaryCareNetwork: Pcn);
        var first = new LocalDate(2025, 4, 14);
        var later = new LocalDate(2025, 10, 14);
        return Replay(
            Closed,
            new LocalDate(2025, 4, 7),
            c => new ReferralMade(c, referral),
            c => new ReferralAccepted(c, Lw, new LocalDate(2025, 4, 8)),
            c => new ContactRecorded(c, first.At(new LocalTime(10, 30)).InZoneLeniently(London), ConsultationMethod.FaceToFace, ContactLocation.Home, Duration.FromMinutes(60), ContactAttendance.Attended),
            c => new Ons4Recorded(c, new Ons4Response(first, AssessmentOccasion.Baseline, Ons4Answer.Create(3), Ons4Answer.Create(4), Ons4Answer.Create(4), Ons4Answer.Create(8))),
            c => new PamRecorded(c, first, PamScore.Create(45.0m)),
            c => new ConnectionMade(c, new LocalDate(2025, 5, 1), ConnectionCategory.Create(ConnectionCategoryKind.ArtsBasedActivities), IntroductionMethod.LinkWorkerWentToFirstSession, "GROUP-7", "Community choir"),
            c => new ConnectionOutcomeRecorded(c, new LocalDate(2025, 5, 8), 1, ConnectionOutcome.Attended),
            c => new Escalated(c, new LocalDate(2025, 6, 2), EscalationReason.SafeguardingConcern, EscalationRecipient.GpSupervisor, Urgency.Routine, false),
            c => new PamRecorded(c, later, PamScore.Create(52.3m)),
            c => new Ons4Recorded(c, new Ons4Response(later, AssessmentOccasion.FollowUp, Ons4Answer.Create(7), Ons4Answer.Create(7), Ons4Answer.Create(6), Ons4Answer.Create(3))),
            c => new SatisfactionRecorded(c, later, FriendsAndFamilyAnswer.VeryGood),
            c => new EpisodeClosed(c, new LocalDate(2025, 10, 20), ClosureReason.GoalsMet));
    }

    private static Episode WaitingEpisode()
    {
        var referral = new Referral(
            new LocalDate(2025, 5, 12), new Referrer(ReferralSourceKind.Pharmacy, OdsCode.Parse("FA123"), "Community pharmacy"), ReferralMethod.Electronic,
            PersonIdentifier.Create(null, "FIX-2"), Practice, [ReferralReason.SupportWithMentalHealth], urgency: Urgency.Urgent, urgencyReason: "Lives alone", primaryCareNetwork: Pcn);
        return Replay(Waiting, new LocalDate(2025, 5, 12), c => new ReferralMade(c, referral));
    }

    private static Episode DeclinedEpisode()
        => Replay(
            Declined,
            new LocalDate(2025, 7, 3),
            c => new SocialPrescribingOffered(c, new LocalDate(2025, 7, 3), PersonIdentifier.Create(null, "FIX-3"), Practice),
            c => new PersonDeclined(c, new LocalDate(2025, 7, 5)));

    /// <summary>An episode of the given events, numbered from 1 and recorded a minute apart from 09:00 UTC on the first day.</summary>
    private static Episode Replay(EpisodeId id, LocalDate day, params Func<EventContext, EpisodeEvent>[] events)
    {
        Instant start = day.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant() + Duration.FromHours(9);
        return Episode.Replay(events.Select((make, i) => make(new EventContext(id, i + 1, start + Duration.FromMinutes(i), ActorRole.LinkWorker, Lw))));
    }
}
