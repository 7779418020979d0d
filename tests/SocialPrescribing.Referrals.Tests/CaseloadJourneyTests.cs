using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SocialPrescribing.Referrals.Testing;

namespace SocialPrescribing.Referrals.Tests;

/// <summary>
/// The caseload over random journeys through time: several episodes recorded event by event, link workers' absences with
/// cover and hand-back, escalations, changes of urgency and measures after closure, each date's caseload (for the service
/// and for each link worker) against <see cref="ReferenceCaseload"/>; then examples at the boundaries of each new rule.
/// </summary>
public class CaseloadJourneyTests
{
    private static readonly LocalDate FirstDate = TransitionTests.FirstDate;
    private static readonly LinkWorkerId Lw1 = EpisodeScript.LinkWorkers[0];
    private static readonly LinkWorkerId Lw2 = EpisodeScript.LinkWorkers[1];
    private static readonly LinkWorkerId Lw3 = EpisodeScript.LinkWorkers[2];

    /// <summary>Episodes recorded over time and the service's absences.</summary>
    /// <param name="Scripts">The episodes' scripts; each is recorded a stage at a time.</param>
    /// <param name="Absences">Absences around the cover the scripts record, and random ones.</param>
    /// <param name="Options">The caseload's thresholds.</param>
    public sealed record Journey(EpisodeScript[] Scripts, Absence[] Absences, CaseloadOptions Options)
    {
        /// <summary>The episodes as recorded by a date: for each script, its last stage whose events are all dated on or before it.</summary>
        public Episode[] RecordedBy(LocalDate date) => [.. Scripts
            .Select(s => s.Stages.LastOrDefault(e => e.Events.Max(x => x.On) <= date))
            .OfType<Episode>()];

        /// <summary>
        /// Dates where conditions start and stop: each event's date and the days around it, each absence's first and
        /// last days and the days after, and for each closed episode days after closure up to past its follow-up end.
        /// </summary>
        public IEnumerable<LocalDate> InterestingDates()
        {
            IEnumerable<LocalDate> events = Scripts.SelectMany(s => s.Events).SelectMany(e => new[] { e.On.PlusDays(-1), e.On, e.On.PlusDays(1), e.On.PlusDays(8) });
            IEnumerable<LocalDate> absences = Absences.SelectMany(a => a.To is LocalDate to ? new[] { a.From.PlusDays(-1), a.From, to, to.PlusDays(1), to.PlusDays(2) } : [a.From, a.From.PlusDays(1)]);
            IEnumerable<LocalDate> afterClosure = Scripts.Select(s => s.Episode).OfType<Episode>().Where(e => e.ClosedOn is not null && e.FollowUpEndsOn is not null)
                .SelectMany(e => new[] { e.ClosedOn!.Value.PlusDays(1), e.ClosedOn.Value.PlusMonths(3), e.MeasurementSchedule!.Start.PlusMonths(6), e.MeasurementSchedule.Start.PlusMonths(7).PlusDays(1), e.FollowUpEndsOn!.Value, e.FollowUpEndsOn.Value.PlusDays(1) });
            return events.Concat(absences).Concat(afterClosure).Distinct().Order();
        }

        /// <summary>Lists the scripts and absences, for a readable failure.</summary>
        public override string ToString() => string.Join(Environment.NewLine, Scripts.Select(s => s.ToString()).Concat(Absences.Select(a => a.ToString())).Append(Options.ToString()));
    }

    /// <summary>Gets journeys of one to eight scripts, with absences around their cover and at random.</summary>
    public static Gen<Journey> Journeys { get; } =
        from count in Gen.Choose(1, 8)
        from scripts in Gen.ArrayOf(EpisodeGenerators.Scripts, count)
        from absences in AbsenceGenerators.For(scripts.Select(s => s.Episode).OfType<Episode>())
        from options in Gen.Frequency((3, Gen.Constant(CaseloadOptions.Default)), (1, Gen.Choose(1, 20).Select(days => new CaseloadOptions(Period.FromDays(days)))))
        select new Journey(scripts, absences, options);

    /// <summary>Gets the journeys as an arbitrary.</summary>
    public static Arbitrary<Journey> Arbitrary() => Journeys.ToArbitrary();

    /// <summary>Checks a journey on each of its interesting dates (at most 80, spread over them), for the service and each link worker; returns the entries compared.</summary>
    private static List<ExpectedCaseloadEntry> Check(Journey journey)
    {
        LocalDate[] dates = [.. journey.InterestingDates()];
        int step = Math.Max(1, dates.Length / 80);
        var seen = new List<ExpectedCaseloadEntry>();
        for (int i = 0; i < dates.Length; i += step)
        {
            LocalDate asOf = dates[i];
            Episode[] episodes = journey.RecordedBy(asOf);
            foreach (LinkWorkerId? only in new LinkWorkerId?[] { null, Lw1, Lw2, Lw3 })
            {
                IReadOnlyList<ExpectedCaseloadEntry> expected = ReferenceCaseload.For(episodes, asOf, only, journey.Options, journey.Absences);
                Caseload caseload = Caseload.For(episodes, asOf, only, journey.Options, journey.Absences);
                Assert.Equal(expected, caseload.Entries.Select(ExpectedCaseloadEntry.From));
                if (only is null)
                {
                    seen.AddRange(expected);
                }
            }
        }

        return seen;
    }

    /// <summary>Random journeys: on every interesting date, the caseload of the episodes as recorded by then, with the absences, is the reference caseload.</summary>
    [Property(MaxTest = 150, Arbitrary = [typeof(CaseloadJourneyTests)])]
    public void For_RandomJourneysWithAbsences_IsTheReferenceCaseload(Journey journey) => Check(journey);

    /// <summary>
    /// 300 journeys from a fixed seed, checked the same way, reach every reason, cover marking, hand-backs, urgent
    /// entries of every reason and measures after closure: the property above is not passing on journeys that never
    /// reach them.
    /// </summary>
    [Fact]
    public void For_SeededJourneys_IsTheReferenceCaseload_AndReachesEveryRule()
    {
        Journey[] journeys = [.. Journeys.Sample(30, new Rnd(20261218UL), 300)];
        var seen = journeys.SelectMany(Check).ToList();

        Assert.All(Enum.GetValues<CaseloadReason>(), reason => Assert.Contains(seen, e => e.Reason == reason));
        Assert.Contains(seen, e => e.CoveredBy is not null);
        Assert.Contains(seen, e => e.Reason != CaseloadReason.WaitingForFirstContact && e.Reason != CaseloadReason.NotAcceptedWithinThreshold && e.Urgency == Urgency.Urgent);
        var closed = journeys.SelectMany(j => j.Scripts).Select(s => s.Episode).OfType<Episode>().Where(e => e.ClosedOn is not null).ToDictionary(e => e.Id);
        Assert.Contains(seen, e => e.Reason is CaseloadReason.Ons4Due or CaseloadReason.PamDue && closed.TryGetValue(e.EpisodeId, out Episode? c) && e.Date > c.ClosedOn);
        Assert.Contains(seen, e => e.Reason == CaseloadReason.UnresolvedEscalation && closed.ContainsKey(e.EpisodeId));
    }

    /// <summary>Every day from just before an episode's first event to 200 days after its follow-up ends (or its last event), with absences around its cover: the reference caseload for each link worker.</summary>
    [Fact]
    public void For_EveryDayOfSeededEpisodes_WithAbsences_IsTheReferenceCaseload()
    {
        foreach (EpisodeScript script in EpisodeGenerators.Scripts.Sample(30, new Rnd(20261219UL), 40).Where(s => s.Episode is not null))
        {
            Episode episode = script.Episode!;
            Absence[] absences = AbsenceGenerators.For([episode]).Sample(10, new Rnd(20261220UL), 1)[0];
            LocalDate from = episode.Events.Min(e => e.On).PlusDays(-2);
            LocalDate last = episode.FollowUpEndsOn is LocalDate end && end > episode.Events.Max(e => e.On) ? end : episode.Events.Max(e => e.On);
            LocalDate to = LocalDate.Min(last.PlusDays(200), from.PlusDays(900));
            for (LocalDate asOf = from; asOf <= to; asOf = asOf.PlusDays(1))
            {
                foreach (LinkWorkerId? only in new LinkWorkerId?[] { null, Lw1, Lw2 })
                {
                    Assert.Equal(ReferenceCaseload.For([episode], asOf, only, null, absences), Caseload.For([episode], asOf, only, null, absences).Entries.Select(ExpectedCaseloadEntry.From));
                }
            }
        }
    }

    private static EpisodeId NewId(int n) => EpisodeId.Create(new Guid(n, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2));

    private static EpisodeScript Script(int n, params EpisodeCommand[] commands) => new(NewId(n), FirstDate, commands);

    private static EpisodeCommand C(EpisodeEventKind kind, int days = 1, int choice = 0) => new(kind, days, choice);

    // Choices (EpisodeScript): Referred 1 urgent, 2 routine; Accepted 0 LW-01, 1 LW-02; ContactRecorded 0 attended;
    // Escalated 1 routine, 2 urgent (neither closes); EscalationResolved 0 the first; UrgencyChanged 0 urgent, 1 routine;
    // Reassigned 4 LW-02 as cover; Closed 0 goals met, 6 died.
    private static EpisodeScript Seen(int n, int referral = 2) => Script(n, C(EpisodeEventKind.Referred, 0, referral), C(EpisodeEventKind.Accepted, 0, 0), C(EpisodeEventKind.ContactRecorded, 0, 0), C(EpisodeEventKind.Ons4Recorded, 0), C(EpisodeEventKind.PamEligibilityRecorded, 0, 1));

    [Fact]
    public void UnresolvedEscalation_FirstUntilResolved_InOpenAndClosedEpisodes()
    {
        EpisodeScript escalated = Seen(1).With(C(EpisodeEventKind.Escalated, 10, 1));
        LocalDate raised = FirstDate.PlusDays(10);
        Assert.DoesNotContain(Caseload.For([escalated.Episode!], raised.PlusDays(-1)).Entries, e => e.Reason == CaseloadReason.UnresolvedEscalation);
        CaseloadEntry entry = Caseload.For([escalated.Episode!, Script(2, C(EpisodeEventKind.Referred, 0, 1)).Episode!], raised).Entries[0];
        Assert.Equal((NewId(1), CaseloadReason.UnresolvedEscalation, raised, (int?)1, (Urgency?)Urgency.Routine), (entry.EpisodeId, entry.Reason, entry.Date, entry.EscalationNumber, entry.Urgency));
        Assert.Equal("Routine escalation 1 not yet resolved (raised 2026-01-15).", entry.Explanation);

        EpisodeScript closed = escalated.With(C(EpisodeEventKind.Closed, 5, 0));
        Assert.Equal(EpisodeState.Closed, closed.Episode!.State);
        Assert.Contains(Caseload.For([closed.Episode!], raised.PlusDays(100)).Entries, e => e.Reason == CaseloadReason.UnresolvedEscalation);
        EpisodeScript resolved = closed.With(C(EpisodeEventKind.EscalationResolved, 3, 0));
        Assert.Empty(resolved.Episode!.UnresolvedEscalations);
        Assert.DoesNotContain(Caseload.For([resolved.Episode!], raised.PlusDays(100)).Entries, e => e.Reason == CaseloadReason.UnresolvedEscalation);
    }

    [Fact]
    public void Urgency_ChangedDuringTheEpisode_OrdersEveryReason()
    {
        // Two episodes whose ONS4 follow-up is due on the same day; the later one becomes urgent.
        EpisodeScript first = Seen(1);
        EpisodeScript second = Seen(2).With(C(EpisodeEventKind.UrgencyChanged, 20, 0));
        LocalDate due = FirstDate.PlusMonths(6);
        Assert.Equal([NewId(1), NewId(2)], Caseload.For([Seen(2).Episode!, first.Episode!], due).EntriesFor(CaseloadReason.Ons4Due).Select(e => e.EpisodeId));
        CaseloadEntry[] ons4 = [.. Caseload.For([first.Episode!, second.Episode!], due).EntriesFor(CaseloadReason.Ons4Due)];
        Assert.Equal([NewId(2), NewId(1)], ons4.Select(e => e.EpisodeId));
        Assert.Equal([Urgency.Urgent, Urgency.Routine], ons4.Select(e => e.Urgency!.Value));

        // An urgent escalation on a routine episode is listed as urgent.
        EpisodeScript urgentEscalation = Seen(3).With(C(EpisodeEventKind.Escalated, 1, 2));
        Assert.Equal(Urgency.Urgent, Caseload.For([urgentEscalation.Episode!], due).EntriesFor(CaseloadReason.UnresolvedEscalation).Single().Urgency);
    }

    [Fact]
    public void MeasuresAfterClosure_DueUntilTheFollowUpEnds_NotAfterADeath()
    {
        EpisodeScript closed = Seen(1).With(C(EpisodeEventKind.Closed, 30, 0));
        Episode episode = closed.Episode!;
        LocalDate due = FirstDate.PlusMonths(6);
        Assert.Equal(EpisodeState.Closed, episode.State);
        CaseloadEntry ons4 = Caseload.For([episode], due).EntriesFor(CaseloadReason.Ons4Due).Single();
        Assert.Equal((due, (ScheduleStatus?)ScheduleStatus.Due), (ons4.Date, ons4.Status));
        Assert.Equal(ScheduleStatus.Overdue, Caseload.For([episode], due.PlusMonths(1).PlusDays(1)).EntriesFor(CaseloadReason.Ons4Due).Single().Status);
        Assert.Contains(Caseload.For([episode], episode.FollowUpEndsOn!.Value.PlusDays(-1)).Entries, e => e.Reason == CaseloadReason.Ons4Due);
        Assert.DoesNotContain(Caseload.For([episode], episode.FollowUpEndsOn!.Value).Entries, e => e.Reason == CaseloadReason.Ons4Due);

        EpisodeScript died = Seen(2).With(C(EpisodeEventKind.Closed, 30, 6));
        Assert.Equal(ClosureReason.Died, died.Episode!.ClosureReason);
        Assert.Empty(Caseload.For([died.Episode!], due).Entries);
    }

    [Fact]
    public void Absence_CoverSeesTheAbsentWorkersEpisodes_AndTheTriagedReferrals_Marked()
    {
        EpisodeScript held = Script(1, C(EpisodeEventKind.Referred, 0, 2), C(EpisodeEventKind.Accepted, 0, 0), C(EpisodeEventKind.ContactRecorded, 0, 0)); // LW-01, baseline measures due
        EpisodeScript triaged = Script(2, C(EpisodeEventKind.Referred, 0, 1), C(EpisodeEventKind.Reassigned, 1, 0)); // assigned to LW-01 while waiting
        EpisodeScript other = Script(3, C(EpisodeEventKind.Referred, 0, 2), C(EpisodeEventKind.Accepted, 0, 1)); // LW-02's own
        Assert.Equal((EpisodeState.Referred, (LinkWorkerId?)Lw1), (triaged.Episode!.State, triaged.Episode.LinkWorker));
        Episode[] episodes = [held.Episode!, triaged.Episode!, other.Episode!];
        var absence = new Absence(Lw1, FirstDate.PlusDays(3), FirstDate.PlusDays(12), Lw2);
        LocalDate during = FirstDate.PlusDays(5);

        Caseload cover = Caseload.For(episodes, during, Lw2, absences: [absence]);
        Assert.Equal([NewId(1), NewId(2), NewId(3)], cover.Entries.Select(e => e.EpisodeId).Distinct().OrderBy(id => id.Value));
        Assert.All(cover.Entries.Where(e => e.EpisodeId != NewId(3)), e => Assert.Equal((Lw1, Lw2), (e.LinkWorker!.Value, e.CoveredBy!.Value)));
        Assert.All(cover.Entries.Where(e => e.EpisodeId == NewId(3)), e => Assert.Null(e.CoveredBy));
        Assert.EndsWith("Cover by LW-02 while LW-01 is absent.", cover.Entries.First(e => e.EpisodeId == NewId(2)).Explanation, StringComparison.Ordinal);
        Assert.Empty(Caseload.For(episodes, during, Lw3, absences: [absence]).Entries);

        // Before the first day and after the last, nothing is covered.
        Assert.All(Caseload.For(episodes, FirstDate.PlusDays(2), Lw2, absences: [absence]).Entries, e => Assert.Equal(NewId(3), e.EpisodeId));
        Assert.Contains(Caseload.For(episodes, FirstDate.PlusDays(12), Lw2, absences: [absence]).Entries, e => e.EpisodeId == NewId(1));
        Assert.All(Caseload.For(episodes, FirstDate.PlusDays(13), Lw2, absences: [absence]).Entries, e => Assert.Equal(NewId(3), e.EpisodeId));
    }

    [Fact]
    public void Absence_CoverTakenDuringIt_HandBackDueTheDayAfterItEnds()
    {
        // LW-02 acts on LW-01's episode during the absence: a cover reassignment on day 5.
        EpisodeScript covered = Seen(1).With(C(EpisodeEventKind.Reassigned, 5, 4));
        Assert.Equal((Lw2, true), (covered.Episode!.LinkWorker!.Value, covered.Episode.IsHeldByCover));
        var absence = new Absence(Lw1, FirstDate.PlusDays(3), FirstDate.PlusDays(12), Lw2);
        Episode[] episodes = [covered.Episode!];

        Assert.Single(Caseload.For(episodes, FirstDate.PlusDays(12), Lw2, absences: [absence]).EntriesFor(CaseloadReason.HeldByCover));
        CaseloadEntry handBack = Caseload.For(episodes, FirstDate.PlusDays(13), Lw2, absences: [absence]).EntriesFor(CaseloadReason.HandBackDue).Single();
        Assert.Equal((FirstDate.PlusDays(13), (LinkWorkerId?)Lw1), (handBack.Date, handBack.HandBackTo));
        Assert.Equal("Absence ended: hand back to LW-01 due (since 2026-01-18).", handBack.Explanation);
        Assert.Empty(Caseload.For(episodes, FirstDate.PlusDays(13), Lw2, absences: [absence]).EntriesFor(CaseloadReason.HeldByCover));

        // Without the absence, or with one still running (no end date), it stays held by cover.
        Assert.Single(Caseload.For(episodes, FirstDate.PlusDays(40), Lw2).EntriesFor(CaseloadReason.HeldByCover));
        Assert.Single(Caseload.For(episodes, FirstDate.PlusDays(40), Lw2, absences: [new Absence(Lw1, FirstDate.PlusDays(3), null, Lw2)]).EntriesFor(CaseloadReason.HeldByCover));

        // Handed back (a handover to LW-01): neither.
        EpisodeScript handedBack = covered.With(C(EpisodeEventKind.Reassigned, 10, 3));
        Assert.DoesNotContain(Caseload.For([handedBack.Episode!], FirstDate.PlusDays(20), absences: [absence]).Entries, e => e.Reason is CaseloadReason.HandBackDue or CaseloadReason.HeldByCover);
    }

    [Fact]
    public void Absence_Arguments_AndText()
    {
        LocalDate day = FirstDate;
        Assert.Equal("absentLinkWorker", Assert.Throws<ArgumentException>(() => new Absence(default, day, null, Lw2)).ParamName);
        Assert.Equal("coveredBy", Assert.Throws<ArgumentException>(() => new Absence(Lw1, day, null, default)).ParamName);
        Assert.Equal("coveredBy", Assert.Throws<ArgumentException>(() => new Absence(Lw1, day, null, Lw1)).ParamName);
        Assert.Equal("to", Assert.Throws<ArgumentException>(() => new Absence(Lw1, day, day.PlusDays(-1), Lw2)).ParamName);
        Assert.Equal("LW-01 absent 2026-01-05 to 2026-01-05, covered by LW-02", new Absence(Lw1, day, day, Lw2).ToString());
        Assert.Equal("LW-01 absent 2026-01-05 to an open end, covered by LW-02", new Absence(Lw1, day, null, Lw2).ToString());
        Assert.Equal(new Absence(Lw1, day, null, Lw2), new Absence(Lw1, day, null, Lw2));
        Assert.True(new Absence(Lw1, day, day, Lw2).IsOn(day));
        Assert.False(new Absence(Lw1, day, day, Lw2).IsOn(day.PlusDays(1)));

        Assert.Equal("absences", Assert.Throws<ArgumentException>(() => Caseload.For([], day, absences: [null!])).ParamName);
        Absence[] sharingADay = [new Absence(Lw1, day, day.PlusDays(3), Lw2), new Absence(Lw1, day.PlusDays(3), null, Lw3)];
        Assert.Equal("absences", Assert.Throws<ArgumentException>(() => Caseload.For([], day, absences: sharingADay)).ParamName);
        Assert.Empty(Caseload.For([], day, absences: [new Absence(Lw1, day, day.PlusDays(3), Lw2), new Absence(Lw1, day.PlusDays(4), null, Lw3), new Absence(Lw2, day, null, Lw1)]).Entries);
    }
}
