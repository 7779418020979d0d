using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SocialPrescribing.Referrals.Testing;

namespace SocialPrescribing.Referrals.Tests;

/// <summary>The caseload for a date: examples at the boundaries of each condition, and the LINQ reference as oracle.</summary>
public class CaseloadTests
{
    private static readonly LocalDate FirstDate = TransitionTests.FirstDate;
    private static readonly LinkWorkerId Lw1 = EpisodeScript.LinkWorkers[0];
    private static readonly LinkWorkerId Lw2 = EpisodeScript.LinkWorkers[1];

    private static string Iso(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    private static EpisodeId NewId(int n) => EpisodeId.Create(new Guid(n, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1));

    private static EpisodeScript Script(int n, params EpisodeCommand[] commands) => new(NewId(n), FirstDate, commands);

    private static EpisodeCommand C(EpisodeEventKind kind, int days = 1, int? choice = null) => new(kind, days, choice ?? TransitionTests.TypicalChoice(kind));

    private static IReadOnlyList<CaseloadEntry> For(LocalDate asOf, params EpisodeScript[] scripts)
        => Caseload.For(scripts.Select(s => s.Episode!), asOf).Entries;

    public static Arbitrary<CaseloadOptions> Options() => Gen.Frequency(
        (2, Gen.Constant(CaseloadOptions.Default)),
        (1, from a in Gen.Choose(1, 30) from b in Gen.Choose(1, 40) select new CaseloadOptions(Period.FromDays(a), Period.FromWeeks(b % 6 + 1)))).ToArbitrary();

    /// <summary>A caseload entry exists exactly for the episodes whose condition holds on that date, in the documented order.</summary>
    [Property(MaxTest = 300, Arbitrary = [typeof(CaseloadTests)])]
    public void For_IsTheReferenceCaseload(Episode[] episodes, byte days, byte moreDays, int worker, CaseloadOptions options)
    {
        // Half the time a date near one of the events, where conditions start and stop; otherwise any date.
        EpisodeEvent[] events = episodes.SelectMany(e => e.Events).ToArray();
        LocalDate asOf = days % 2 == 0 && events.Length > 0
            ? events[(days * 7919 + moreDays) % events.Length].On.PlusDays((moreDays % 41) - 20)
            : EpisodeGenerators.Origin.PlusDays(days * 3 + moreDays);
        LinkWorkerId? only = worker % 4 == 3 ? null : EpisodeScript.LinkWorkers[Math.Abs(worker % 3)];
        IReadOnlyList<ExpectedCaseloadEntry> expected = ReferenceCaseload.For(episodes, asOf, only, options);

        Caseload caseload = Caseload.For(episodes, asOf, only, options);

        Assert.Equal(expected, caseload.Entries.Select(ExpectedCaseloadEntry.From));
        Assert.All(caseload.Entries, e => Assert.Equal(episodes.First(x => x.Id == e.EpisodeId).LinkWorker, e.LinkWorker));
        Assert.Equal(expected, Caseload.For(episodes, asOf, only, options).Entries.Select(ExpectedCaseloadEntry.From)); // again: nothing the first call computed changes the second
    }

    /// <summary>One episode, every day from just before its first event to 200 days after its last (at most 800 days): every condition starts and stops where the reference says.</summary>
    [Property(MaxTest = 150)]
    public void For_EveryDayOfAnEpisode_IsTheReferenceCaseload(Episode episode, bool filtered)
    {
        LocalDate from = episode.Events.Min(e => e.On).PlusDays(-2);
        LocalDate to = LocalDate.Min(episode.Events.Max(e => e.On).PlusDays(200), from.PlusDays(800));
        LinkWorkerId? only = filtered ? episode.LinkWorker ?? Lw1 : null;
        for (LocalDate asOf = from; asOf <= to; asOf = asOf.PlusDays(1))
        {
            Assert.Equal(ReferenceCaseload.For([episode], asOf, only), Caseload.For([episode], asOf, only).Entries.Select(ExpectedCaseloadEntry.From));
        }
    }

    [Fact]
    public void Waiting_UrgentFirstThenLongestWait()
    {
        // choice 1: urgent referral; choice 2: routine.
        EpisodeScript routineOld = Script(1, C(EpisodeEventKind.Referred, 0, 2));
        EpisodeScript urgentNew = Script(2, C(EpisodeEventKind.Referred, 10, 1));
        EpisodeScript routineNew = Script(3, C(EpisodeEventKind.Referred, 5, 2), C(EpisodeEventKind.Accepted, 1));
        EpisodeScript seen = Script(4, C(EpisodeEventKind.Referred, 0, 2), C(EpisodeEventKind.Accepted, 1), C(EpisodeEventKind.ContactRecorded, 1));

        var waiting = For(FirstDate.PlusDays(12), routineOld, urgentNew, routineNew, seen).Where(e => e.Reason == CaseloadReason.WaitingForFirstContact).ToList();

        Assert.Equal([NewId(2), NewId(1), NewId(3)], waiting.Select(e => e.EpisodeId));
        Assert.Equal([2, 12, 7], waiting.Select(e => e.DaysWaiting!.Value));
        Assert.Equal([Urgency.Urgent, Urgency.Routine, Urgency.Routine], waiting.Select(e => e.Urgency!.Value));
        Assert.Equal("Urgent referral waiting 2 days for a first contact (referred 2026-01-15).", waiting[0].Explanation);
        Assert.Empty(For(FirstDate.PlusDays(9), urgentNew)); // not referred yet on that date
    }

    /// <summary>
    /// The boundary: "not accepted within 7 days" is flagged once the threshold has passed. Referred on day 0, a referral
    /// accepted on day 7 was accepted within it, so it is not flagged on day 7; it is from day 8 (waiting 8 days).
    /// </summary>
    [Theory]
    [InlineData(6, false)]
    [InlineData(7, false)]
    [InlineData(8, true)]
    public void NotAcceptedWithinThreshold_DefaultSevenDays_FlaggedOnceItHasPassed(int days, bool flagged)
    {
        EpisodeScript referred = Script(1, C(EpisodeEventKind.Referred, 0, 2));
        Assert.Equal(flagged, For(FirstDate.PlusDays(days), referred).Any(e => e.Reason == CaseloadReason.NotAcceptedWithinThreshold));
        Assert.Equal(flagged, ReferenceCaseload.For([referred.Episode!], FirstDate.PlusDays(days)).Any(e => e.Reason == CaseloadReason.NotAcceptedWithinThreshold));
        Assert.False(Caseload.For([referred.Episode!], FirstDate.PlusDays(days), options: new CaseloadOptions(Period.FromDays(days))).EntriesFor(CaseloadReason.NotAcceptedWithinThreshold).Any());
        Assert.True(Caseload.For([referred.Episode!], FirstDate.PlusDays(days), options: new CaseloadOptions(Period.FromDays(days - 1))).EntriesFor(CaseloadReason.NotAcceptedWithinThreshold).Any());
        EpisodeScript accepted = Script(2, C(EpisodeEventKind.Referred, 0, 2), C(EpisodeEventKind.Accepted, 0));
        Assert.DoesNotContain(For(FirstDate.PlusDays(30), accepted), e => e.Reason == CaseloadReason.NotAcceptedWithinThreshold);
    }

    [Fact]
    public void Measures_DueAtTheFirstContact_OverdueAfterTheWindow_PamNeedsConfirmation()
    {
        EpisodeScript seen = Script(1, C(EpisodeEventKind.Referred, 0, 2), C(EpisodeEventKind.Accepted, 0), C(EpisodeEventKind.ContactRecorded, 3));
        LocalDate first = FirstDate.PlusDays(3);
        Assert.DoesNotContain(For(first.PlusDays(-1), seen), e => e.Reason is CaseloadReason.Ons4Due or CaseloadReason.PamDue);

        CaseloadEntry ons4 = For(first, seen).Single(e => e.Reason == CaseloadReason.Ons4Due);
        Assert.Equal((first, ScheduleStatus.Due), (ons4.Date, ons4.Status!.Value));
        Assert.Equal("ONS4 Due (due 2026-01-08).", ons4.Explanation);
        Assert.Equal("PAM Due (due 2026-01-08); confirm PAM suits the person first.", For(first, seen).Single(e => e.Reason == CaseloadReason.PamDue).Explanation);
        Assert.Equal("PAM Overdue (due 2026-01-08).", For(first.PlusMonths(2), seen.With(C(EpisodeEventKind.PamEligibilityRecorded, 0, 0))).Single(e => e.Reason == CaseloadReason.PamDue).Explanation); // choice 0: eligible
        CaseloadEntry pam = For(first, seen).Single(e => e.Reason == CaseloadReason.PamDue);
        Assert.True(pam.NeedsEligibilityConfirmation);
        Assert.EndsWith("confirm PAM suits the person first.", pam.Explanation, StringComparison.Ordinal);
        Assert.Equal(ScheduleStatus.Due, For(first.PlusMonths(1), seen).Single(e => e.Reason == CaseloadReason.Ons4Due).Status);
        Assert.Equal(ScheduleStatus.Overdue, For(first.PlusMonths(1).PlusDays(1), seen).Single(e => e.Reason == CaseloadReason.Ons4Due).Status);

        // Taken at the first contact: next due six months on; not suitable: never due.
        EpisodeScript measured = seen.With(C(EpisodeEventKind.Ons4Recorded, 0), C(EpisodeEventKind.PamEligibilityRecorded, 0, 1));
        Assert.DoesNotContain(For(first.PlusMonths(6).PlusDays(-1), measured), e => e.Reason is CaseloadReason.Ons4Due or CaseloadReason.PamDue);
        Assert.Equal(first.PlusMonths(6), For(first.PlusMonths(6), measured).Single(e => e.Reason == CaseloadReason.Ons4Due).Date);
        Assert.Equal(PamEligibilityOutcomeOf(measured), Measures.PamEligibilityOutcome.NotSuitable);
    }

    private static Measures.PamEligibilityOutcome? PamEligibilityOutcomeOf(EpisodeScript script) => script.Episode!.PamEligibility;

    [Fact]
    public void Measures_ForADateBeforeTheLatestMeasure_AreWorkedOutAsOfThatDate()
    {
        EpisodeScript seen = Script(1, C(EpisodeEventKind.Referred, 0, 2), C(EpisodeEventKind.Accepted, 0), C(EpisodeEventKind.ContactRecorded, 0), C(EpisodeEventKind.Ons4Recorded, 40));
        LocalDate first = FirstDate;
        // Before the ONS4 taken on day 40, the baseline was overdue; afterwards, nothing is due until 6 months after it.
        Assert.Equal(ScheduleStatus.Overdue, For(first.PlusDays(39), seen).Single(e => e.Reason == CaseloadReason.Ons4Due).Status);
        Assert.DoesNotContain(For(first.PlusDays(40), seen), e => e.Reason == CaseloadReason.Ons4Due);
        Assert.Equal(ScheduleStatus.Overdue, For(first.PlusDays(39), seen).Single(e => e.Reason == CaseloadReason.Ons4Due).Status);
    }

    [Fact]
    public void PlanReview_DueOnTheReviewDate_OverdueAfterTheWindow_NotWhileUnderReview()
    {
        EpisodeScript planned = EpisodeScript.Canonical(EpisodeState.PlanAgreed, NewId(1), FirstDate);
        LocalDate review = planned.Episode!.CarePlan!.NextReviewOn;
        Assert.DoesNotContain(For(review.PlusDays(-1), planned), e => e.Reason == CaseloadReason.PlanReviewDue);
        Assert.Equal(ScheduleStatus.Due, For(review, planned).Single(e => e.Reason == CaseloadReason.PlanReviewDue).Status);
        Assert.Equal($"Care and support plan review Due (review date {Iso(review)}).", For(review, planned).Single(e => e.Reason == CaseloadReason.PlanReviewDue).Explanation);
        Assert.Equal(ScheduleStatus.Overdue, For(review.PlusMonths(1).PlusDays(1), planned).Single(e => e.Reason == CaseloadReason.PlanReviewDue).Status);
        EpisodeScript underReview = planned.With(C(EpisodeEventKind.ReviewStarted, 90));
        Assert.DoesNotContain(For(review.PlusDays(5), underReview), e => e.Reason == CaseloadReason.PlanReviewDue);
    }

    [Fact]
    public void Connections_FollowedUpAfter14DaysWithoutNews_OrAtOnceAfterAMissedSession()
    {
        EpisodeScript connected = EpisodeScript.Canonical(EpisodeState.Connected, NewId(1), FirstDate);
        LocalDate introduced = connected.Episode!.Connections[0].Made.On;
        Assert.DoesNotContain(For(introduced.PlusDays(13), connected), e => e.Reason == CaseloadReason.ConnectionToFollowUp);
        CaseloadEntry entry = For(introduced.PlusDays(14), connected).Single(e => e.Reason == CaseloadReason.ConnectionToFollowUp);
        Assert.Equal((1, introduced.PlusDays(14)), (entry.ConnectionNumber!.Value, entry.Date));

        // choice 9: connection 1, did not attend; choice 0: connection 1, attended; choice 6: stopped.
        EpisodeScript missed = connected.With(C(EpisodeEventKind.ConnectionOutcomeRecorded, 3, 9));
        Assert.Equal(introduced.PlusDays(3), For(introduced.PlusDays(3), missed).Single(e => e.Reason == CaseloadReason.ConnectionToFollowUp).Date);
        Assert.DoesNotContain(For(introduced.PlusDays(60), connected.With(C(EpisodeEventKind.ConnectionOutcomeRecorded, 3, 0))), e => e.Reason == CaseloadReason.ConnectionToFollowUp);
        Assert.DoesNotContain(For(introduced.PlusDays(60), connected.With(C(EpisodeEventKind.ConnectionOutcomeRecorded, 3, 6))), e => e.Reason == CaseloadReason.ConnectionToFollowUp);
    }

    [Fact]
    public void OnHold_ListedAfterTheExpectedResumeDate()
    {
        EpisodeScript onHold = EpisodeScript.Canonical(EpisodeState.OnHold, NewId(1), FirstDate);
        LocalDate resume = onHold.Episode!.Hold!.ExpectedResumeOn;
        Assert.DoesNotContain(For(resume, onHold), e => e.Reason == CaseloadReason.OnHoldPastResumeDate);
        Assert.Equal(resume, For(resume.PlusDays(1), onHold).Single(e => e.Reason == CaseloadReason.OnHoldPastResumeDate).Date);
        Assert.Equal($"On hold past the expected resume date ({Iso(resume)}).", For(resume.PlusDays(1), onHold).Single(e => e.Reason == CaseloadReason.OnHoldPastResumeDate).Explanation);
        Assert.DoesNotContain(For(resume.PlusDays(1), onHold), e => e.Reason == CaseloadReason.WaitingForFirstContact);
    }

    [Fact]
    public void Cover_ListsTheEpisodeForTheCoverLinkWorker_AndTheFilterKeepsOnlyTheirs()
    {
        EpisodeScript covered = EpisodeScript.Canonical(EpisodeState.Connected, NewId(1), FirstDate).With(C(EpisodeEventKind.Reassigned, 2, 0));
        EpisodeScript other = EpisodeScript.Canonical(EpisodeState.Accepted, NewId(2), FirstDate);
        LocalDate asOf = covered.DateOf(5).PlusDays(1);
        Episode[] episodes = [covered.Episode!, other.Episode!];

        Caseload cover = Caseload.For(episodes, asOf, Lw1);
        CaseloadEntry entry = Assert.Single(cover.EntriesFor(CaseloadReason.HeldByCover));
        Assert.Equal((NewId(1), covered.DateOf(5), (LinkWorkerId?)Lw1), (entry.EpisodeId, entry.Date, entry.LinkWorker));
        Assert.Equal($"Held by cover since {Iso(covered.DateOf(5))}.", entry.Explanation);
        Assert.All(cover.Entries, e => Assert.Equal(NewId(1), e.EpisodeId));
        Assert.All(Caseload.For(episodes, asOf, Lw2).Entries, e => Assert.Equal(NewId(2), e.EpisodeId));
        Assert.Equal("Caseload 2026-01-18 for LW-01: 3 entries", cover.ToString());
    }

    [Fact]
    public void For_Arguments()
    {
        Assert.Throws<ArgumentNullException>(() => Caseload.For(null!, FirstDate));
        Assert.Equal("episodes", Assert.Throws<ArgumentException>(() => Caseload.For([null!], FirstDate)).ParamName);
        Assert.Equal("linkWorker", Assert.Throws<ArgumentException>(() => Caseload.For([], FirstDate, default(LinkWorkerId))).ParamName);
        Assert.Equal("notAcceptedWithin", Assert.Throws<ArgumentException>(() => new CaseloadOptions(Period.Zero)).ParamName);
        Assert.Equal("connectionFollowUpAfter", Assert.Throws<ArgumentException>(() => new CaseloadOptions(connectionFollowUpAfter: Period.FromHours(5))).ParamName);
        Assert.Equal("not accepted within P7D, follow up after P14D", CaseloadOptions.Default.ToString());
        Assert.Equal("Caseload 2026-01-05 for the service: 0 entries", Caseload.For([], FirstDate).ToString());
    }

    /// <summary>Each entry starts with its episode id (a random GUID, which may itself hold "0026"); the rest never shows the person, not even masked.</summary>
    [Property(MaxTest = 100)]
    public void Explanations_NeverShowThePerson(Episode[] episodes, byte days)
    {
        foreach (CaseloadEntry entry in Caseload.For(episodes, EpisodeGenerators.Origin.PlusDays(days * 4)).Entries)
        {
            string id = entry.EpisodeId.ToString();
            Assert.StartsWith(id, entry.ToString(), StringComparison.Ordinal);
            string rest = entry.ToString()[id.Length..];
            Assert.DoesNotContain("0026", rest, StringComparison.Ordinal);
            Assert.DoesNotContain("LOCAL", rest, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Thousands of episodes on a date inside most of them: the caseload is the reference caseload, however many entries
    /// (its buffer grows from 256 entries several times), no entry is left behind in the shared array pool, and the
    /// pooled arrays go back to the pool (each entry costs its object and its slot in the result, nothing more).
    /// </summary>
    [Fact]
    public void For_ThousandsOfEpisodes_IsTheReferenceCaseload_AndLeavesNothingInThePool()
    {
        Episode[] episodes = [.. EpisodeGenerators.Episodes.Sample(3_000, new Rnd(20261206UL), 30)];
        LocalDate[] dates = [.. episodes.SelectMany(e => e.Events).Select(e => e.On).Order()];
        LocalDate asOf = dates[dates.Length / 2];

        Caseload caseload = Caseload.For(episodes, asOf);

        Assert.True(caseload.Entries.Count > 512, $"{episodes.Length} episodes, {caseload.Entries.Count} entries: enough to grow the buffer at least twice.");
        Assert.Equal(ReferenceCaseload.For(episodes, asOf), caseload.Entries.Select(ExpectedCaseloadEntry.From));
        for (int length = 256; length <= 4 * caseload.Entries.Count; length *= 2)
        {
            CaseloadEntry[] rented = System.Buffers.ArrayPool<CaseloadEntry>.Shared.Rent(length);
            Assert.All(rented, Assert.Null);
            System.Buffers.ArrayPool<CaseloadEntry>.Shared.Return(rented);
        }

        // Growing the buffer allocates nothing once the pool holds its arrays: each further entry costs its object and its slot.
        Episode listed = episodes.First(e => ReferenceCaseload.For([e], asOf).Count > 0);
        int more = caseload.Entries.Count - ReferenceCaseload.For([listed], asOf).Count;
        Assert.Equal(AllocatedBy([listed], asOf) + (more * (EntrySize() + IntPtr.Size)), AllocatedBy(episodes, asOf));
    }

    /// <summary>
    /// Once the code is jitted, a caseload allocates for the entries it returns, not for the episodes it scans: the
    /// same with 10 as with 2,000 episodes that give no entry, each of them working and on the date between its first
    /// contact and its latest measure (where the summary must find the next ONS4 and PAM as of that date), for the whole
    /// service and for one link worker.
    /// </summary>
    [Fact]
    public void For_AllocatesForEntriesNotForEpisodesScanned()
    {
        Episode[] some = EpisodeGenerators.Episodes.Sample(100, new Rnd(20261207UL), 30).ToArray(); // 100 episodes of size 30
        LocalDate[] dates = [.. some.SelectMany(e => e.Events).Select(e => e.On).Order()];
        LocalDate asOf = dates[dates.Length / 2]; // inside many episodes, not after them all
        Episode[] quiet = [.. Enumerable.Range(1_000, 2_000).Select(n => MeasuredAround(n, asOf))];
        Assert.All(quiet, e => Assert.True(e.MeasurementSchedule!.Start <= asOf && e.Ons4Responses[^1].DateAsked > asOf && e.PamAssessments[^1].On > asOf));
        Assert.All(quiet, e => Assert.Empty(ReferenceCaseload.For([e], asOf)));
        Episode[] few = [.. some, .. quiet.Take(10)];
        Episode[] many = [.. some, .. quiet];

        long Allocated(Episode[] episodes, LinkWorkerId? only) => AllocatedBy(episodes, asOf, only);

        Assert.Equal(Allocated(few, null), Allocated(many, null));
        Assert.Equal(Allocated(few, Lw1), Allocated(many, Lw1));

        // Each further entry costs exactly its own object and its slot in the returned array, and nothing else.
        Episode listed = some.First(e => ReferenceCaseload.For([e], asOf).Count > 0);
        int more = ReferenceCaseload.For(many, asOf).Count - ReferenceCaseload.For([listed], asOf).Count;
        Assert.True(more > 0);
        Assert.Equal(Allocated([listed, .. quiet], null) + (more * (EntrySize() + IntPtr.Size)), Allocated(many, null));
    }

    /// <summary>
    /// Cold is what a server sees: a caseload over episodes fresh from a store (replayed, never asked before) allocates
    /// exactly what it allocates over the same episodes asked before, the same with 2,000 more episodes that give no
    /// entry: a replay computes what a caseload needs, so nothing is built per episode on first use.
    /// </summary>
    [Fact]
    public void For_FreshlyReplayedEpisodes_AllocatesForEntriesOnly()
    {
        Episode[] some = EpisodeGenerators.Episodes.Sample(100, new Rnd(20261208UL), 30).ToArray();
        LocalDate[] dates = [.. some.SelectMany(e => e.Events).Select(e => e.On).Order()];
        LocalDate asOf = dates[dates.Length / 2];
        Episode[] quiet = [.. Enumerable.Range(1_000, 2_000).Select(n => MeasuredAround(n, asOf))];
        Episode[] Fresh(Episode[] episodes) => [.. episodes.Select(e => Episode.Replay(e.Events))];

        long warm = AllocatedBy(some, asOf);
        Caseload.For(Fresh([.. some, .. quiet]), asOf); // jitted for fresh episodes
        Episode[] fresh = Fresh(some), freshMany = Fresh([.. some, .. quiet]);
        long before = GC.GetAllocatedBytesForCurrentThread();
        int entries = Caseload.For(fresh, asOf).Entries.Count;
        long cold = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        int entriesMany = Caseload.For(freshMany, asOf).Entries.Count;
        long coldMany = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(ReferenceCaseload.For(some, asOf).Count, entries);
        Assert.Equal(entries, entriesMany);
        Assert.Equal(warm, cold);
        Assert.Equal(cold, coldMany);
    }

    /// <summary>The bytes a caseload allocates once the episodes were asked before and the code jitted (checked against the reference).</summary>
    private static long AllocatedBy(Episode[] episodes, LocalDate asOf, LinkWorkerId? only = null)
    {
        Caseload.For(episodes, asOf, only); // warm: what episodes built event by event compute on first use, code jitted, pooled arrays rented once

        // The least of three runs: a run can also pay once for the runtime's own work on this thread (a method
        // recompiled at a higher tier, a pool refilled), which a CI run under load showed as 4 KB more in one run.
        long least = long.MaxValue;
        for (int run = 0; run < 3; run++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            Caseload caseload = Caseload.For(episodes, asOf, only);
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
            Assert.Equal(ReferenceCaseload.For(episodes, asOf, only).Count, caseload.Entries.Count);
        }

        return least;
    }

    /// <summary>The bytes one <see cref="CaseloadEntry"/> takes on the heap.</summary>
    private static long EntrySize()
    {
        static CaseloadEntry Make() => new(NewId(1), CaseloadReason.HeldByCover, null, FirstDate, urgency: Urgency.Routine);
        Make(); // jitted
        long before = GC.GetAllocatedBytesForCurrentThread();
        Make();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>
    /// An episode held by LW-01 whose first contact is 30 to 59 days before <paramref name="asOf"/>, with ONS4 and PAM
    /// taken then and again 100 days later: on <paramref name="asOf"/> nothing is due and nothing else is listed.
    /// </summary>
    private static Episode MeasuredAround(int n, LocalDate asOf)
    {
        // choice 2: routine referral; 0: LW-01, attended contact.
        EpisodeScript script = new(NewId(n), asOf.PlusDays(-30 - (n % 30)), [
            C(EpisodeEventKind.Referred, 0, 2), C(EpisodeEventKind.Accepted, 0, 0), C(EpisodeEventKind.ContactRecorded, 0, 0),
            C(EpisodeEventKind.Ons4Recorded, 0), C(EpisodeEventKind.PamRecorded, 0), C(EpisodeEventKind.Ons4Recorded, 100), C(EpisodeEventKind.PamRecorded, 0)]);
        return script.Episode!;
    }

    /// <summary>
    /// The summary's next ONS4 and PAM, found by binary search among its segments (<see cref="MeasureSegments"/>, worked out
    /// without building a schedule), are what the episode's schedule gives on every day from the first contact to 400
    /// days after the last event: due date, occasion and whether PAM awaits confirmation (the status, which moves with the
    /// date, is the caseload's to work out). This checks directly that the next assessment cannot change between
    /// breakpoints, including while it is not yet due, for episodes working with the person and closed after a first
    /// contact (whose schedule ends with the follow-up).
    /// </summary>
    [Property(MaxTest = 200, Arbitrary = [typeof(MeasuredEpisodes)])]
    public void Summary_NextAssessments_AreTheSchedulesOnEveryDay(Episode episode)
    {
        // Both ways the summary's segments are made: on first use (an episode built event by event) and by a replay.
        foreach (Episode e in new[] { episode, Episode.Replay(episode.Events) })
        {
            CaseloadSummary summary = e.Summary;
            Assert.True(summary.IsMeasured);
            for (LocalDate asOf = e.MeasurementSchedule!.Start; asOf <= e.Events.Max(x => x.On).PlusDays(400); asOf = asOf.PlusDays(1))
            {
                MeasureSegment next = summary.MeasuresOn(asOf);
                Assert.Equal(Due(e.Ons4On(asOf)!.Next), next.HasOns4 ? (next.Ons4Due, next.Ons4Occasion, false) : null);
                Assert.Equal(Due(e.PamOn(asOf)!.Next), next.HasPam ? (next.PamDue, next.PamOccasion, summary.PamNeedsConfirmation) : null);
            }
        }

        static (LocalDate DueDate, int Occasion, bool NeedsConfirmation)? Due(Measures.ScheduledAssessment? next)
            => next is Measures.ScheduledAssessment n ? (n.DueDate, n.Occasion, n.NeedsEligibilityConfirmation) : null;
    }

    /// <summary>Episodes whose measures a caseload asks for: working with the person, or closed after a first contact.</summary>
    public static class MeasuredEpisodes
    {
        /// <summary>Gets working episodes and, about one in three, episodes closed after a first contact.</summary>
        /// <returns>The arbitrary.</returns>
        public static Arbitrary<Episode> Episode() => Gen.Frequency(
            (2, WorkingEpisodes.Episode().Generator),
            (1, Gen.Elements(EpisodeState.FirstContactMade, EpisodeState.Connected, EpisodeState.UnderReview)
                .SelectMany(EpisodeGenerators.ScriptsThrough)
                .Where(s => s.Stages.Any(ClosedAfterFirstContact))
                .Select(s => s.Stages.Last(ClosedAfterFirstContact)))).ToArbitrary();

        private static bool ClosedAfterFirstContact(Episode e) => e.State == EpisodeState.Closed && e.FirstContact is not null;
    }

    /// <summary>Episodes in the states in which a link worker works with the person (first contact to review), with random events after.</summary>
    public static class WorkingEpisodes
    {
        /// <summary>Gets episodes from first contact to review, in about equal numbers.</summary>
        /// <returns>The arbitrary.</returns>
        public static Arbitrary<Episode> Episode() => Gen.Elements(EpisodeState.FirstContactMade, EpisodeState.PlanAgreed, EpisodeState.Connected, EpisodeState.UnderReview)
            .SelectMany(EpisodeGenerators.EpisodesIn).ToArbitrary();
    }
}
