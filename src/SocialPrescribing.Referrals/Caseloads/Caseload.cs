using System.Collections.ObjectModel;
using System.Diagnostics;
using NodaTime;
using SocialPrescribing.Measures;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>
/// What a link worker (or the whole service) should look at on a date, over many episodes, each entry saying why
/// (seed section 4, key responsibility 2: "managing and prioritising your own caseload, in accordance with the needs,
/// priorities and any urgent support required"; section 7: cover "to avoid a backlog of referrals").
/// </summary>
/// <remarks>
/// <para>
/// The conditions for each <see cref="CaseloadReason"/> are in <c>docs/referrals.md</c>, "Caseload". Entries come in
/// the order of <see cref="CaseloadReason"/>; within each reason urgent first (the episode's urgency as it stands,
/// <see cref="Episode.Urgency"/>), then by date (for waiting referrals, the longest wait); ties by episode id (and
/// connection or escalation number).
/// </para>
/// <para>
/// <b>Cover.</b> <see cref="Absence"/>s are given to the caseload, not recorded in episodes: while a link worker is
/// absent, the entries of the episodes they hold are on the covering link worker's caseload too, marked
/// <see cref="CaseloadEntry.CoveredBy"/>; an episode the covering link worker took over during an absence that has ended
/// is listed <see cref="CaseloadReason.HandBackDue"/>.
/// </para>
/// <para>
/// <b>Cost.</b> One pass over the episodes, reading each episode's state as it stands. For its measures, an episode
/// keeps the next ONS4 and PAM its schedule gives between each two dates on which an assessment was taken or support
/// taken up, computed when it was replayed from its events (or, for an episode built event by event, on first use),
/// and found for the date asked about by binary search. So a caseload for any date compares dates, and allocates in
/// proportion to the entries it returns, not the episodes it scans, for episodes fresh from a store as for episodes
/// asked before.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class Caseload
{
    private Caseload(LocalDate asOf, LinkWorkerId? linkWorker, CaseloadOptions options, CaseloadEntry[] entries)
    {
        AsOf = asOf;
        LinkWorker = linkWorker;
        Options = options;
        Entries = Array.AsReadOnly(entries);
    }

    /// <summary>Gets the date the caseload is for.</summary>
    /// <value>A calendar date.</value>
    public LocalDate AsOf { get; }

    /// <summary>Gets the link worker whose caseload this is.</summary>
    /// <value>A link worker, or <see langword="null"/> for the whole service (including referrals not yet accepted).</value>
    public LinkWorkerId? LinkWorker { get; }

    /// <summary>Gets the thresholds used.</summary>
    /// <value>The options.</value>
    public CaseloadOptions Options { get; }

    /// <summary>Gets the entries, in order.</summary>
    /// <value>Possibly empty; an episode may have several entries, for different reasons.</value>
    public ReadOnlyCollection<CaseloadEntry> Entries { get; }

    /// <summary>Builds the caseload for a date.</summary>
    /// <param name="episodes">The episodes to look at.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="linkWorker">Only episodes held by this link worker, or by a link worker they cover for on the date; <see langword="null"/> for all.</param>
    /// <param name="options">Thresholds; <see cref="CaseloadOptions.Default"/> unless given.</param>
    /// <param name="absences">The service's absences and who covers them; none unless given. Absences of one link worker share no day.</param>
    /// <returns>The caseload.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="episodes"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="episodes"/> or <paramref name="absences"/> holds a null entry, two absences of one link worker share
    /// a day, or <paramref name="linkWorker"/> is the default value.
    /// </exception>
    public static Caseload For(IEnumerable<Episode> episodes, LocalDate asOf, LinkWorkerId? linkWorker = null, CaseloadOptions? options = null, IEnumerable<Absence>? absences = null)
    {
        Preconditions.CheckNotNull(episodes, nameof(episodes));
        Preconditions.CheckArgument(linkWorker is null || !linkWorker.Value.IsDefault, nameof(linkWorker), ReferralsMessages.LinkWorkerIdDefault);
        options ??= CaseloadOptions.Default;
        Absence[] all = CheckAbsences(absences);
        Absence[] current = all.Length == 0 ? all : [.. all.Where(a => a.IsOn(asOf))];
        using var entries = new CaseloadEntryBuffer();
        foreach (Episode? episode in episodes)
        {
            Preconditions.CheckArgument(episode is not null, nameof(episodes), ReferralsMessages.CaseloadNullEpisode);
            var s = new CaseloadSummary(episode);
            LinkWorkerId? coveredBy = current.Length == 0 || s.LinkWorker is null ? null : CoverOf(current, s.LinkWorker.Value);
            if (linkWorker is LinkWorkerId only && s.LinkWorker != only && coveredBy != only)
            {
                continue;
            }

            new Lister(entries, s, coveredBy).Add(asOf, options, all);
        }

        return new Caseload(asOf, linkWorker, options, CaseloadOrder.Sort(entries.Entries));
    }

    /// <summary>Gets the entries for one reason, in order.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The entries with that reason.</returns>
    public IEnumerable<CaseloadEntry> EntriesFor(CaseloadReason reason) => Entries.Where(e => e.Reason == reason);

    /// <summary>Describes the caseload by date, link worker and number of entries.</summary>
    /// <returns>For example <c>Caseload 2026-03-01 for LW-01: 7 entries</c>.</returns>
    public override string ToString() => Texts.Invariant($"Caseload {Texts.Iso(AsOf)} for {(LinkWorker?.ToString() ?? "the service")}: {Entries.Count} entries");

    /// <summary>The absences as an array, checked: no null entry, no two of one link worker sharing a day.</summary>
    private static Absence[] CheckAbsences(IEnumerable<Absence>? absences)
    {
        Absence[] all = absences is null ? [] : [.. absences];
        for (int i = 0; i < all.Length; i++)
        {
            Preconditions.CheckArgument(all[i] is not null, nameof(absences), ReferralsMessages.CaseloadNullAbsence);
            for (int j = 0; j < i; j++)
            {
                Preconditions.CheckArgument(!all[i].Overlaps(all[j]), nameof(absences), ReferralsMessages.CaseloadAbsencesOverlap);
            }
        }

        return all;
    }

    /// <summary>Who covers for a link worker on the date: the absences given run on it, and share no day for one link worker.</summary>
    private static LinkWorkerId? CoverOf(Absence[] current, LinkWorkerId holder)
    {
        foreach (Absence absence in current)
        {
            if (absence.AbsentLinkWorker == holder)
            {
                return absence.CoveredBy;
            }
        }

        return null;
    }

    /// <summary>The absence during which an episode's cover began, taken from the link worker who held it before by the one who holds it now.</summary>
    private static Absence? AbsenceBehind(Absence[] all, LinkWorkerId? coveredFor, LinkWorkerId? holder, LocalDate coverFrom)
    {
        foreach (Absence absence in all)
        {
            if (absence.AbsentLinkWorker == coveredFor && absence.CoveredBy == holder && absence.IsOn(coverFrom))
            {
                return absence;
            }
        }

        return null;
    }

    /// <summary>Adds one episode's entries, each with the episode's id, link worker, urgency and cover.</summary>
    private readonly ref struct Lister(CaseloadEntryBuffer entries, CaseloadSummary s, LinkWorkerId? coveredBy)
    {
        private readonly CaseloadEntryBuffer _entries = entries;
        private readonly CaseloadSummary _s = s;
        private readonly LinkWorkerId? _coveredBy = coveredBy;

        internal void Add(LocalDate asOf, CaseloadOptions options, Absence[] absences)
        {
            CaseloadSummary s = _s;
            if (!s.AllResolved)
            {
                ReadOnlySpan<Escalated> escalations = s.Escalations;
                for (int i = 0; i < escalations.Length; i++)
                {
                    Escalated escalation = escalations[i];
                    if (escalation.On <= asOf && !s.IsResolved(i + 1))
                    {
                        Urgency? urgency = escalation.Urgency == Referrals.Urgency.Urgent || s.Urgency == Referrals.Urgency.Urgent ? Referrals.Urgency.Urgent : s.Urgency;
                        _entries.Add(new CaseloadEntry(s.Id, CaseloadReason.UnresolvedEscalation, s.LinkWorker, escalation.On, urgency: urgency, escalationNumber: i + 1, coveredBy: _coveredBy));
                    }
                }
            }

            if (s.IsWaiting && s.ReferredOn is LocalDate referred && referred <= asOf)
            {
                int days = Episode.DaysBetween(referred, asOf);
                Add(CaseloadReason.WaitingForFirstContact, referred, daysWaiting: days);
                if (s.State == EpisodeState.Referred && asOf > referred.Plus(options.NotAcceptedWithin))
                {
                    Add(CaseloadReason.NotAcceptedWithinThreshold, referred, daysWaiting: days);
                }
            }

            if (s.IsMeasured && asOf >= s.ScheduleStart)
            {
                MeasureSegment next = s.MeasuresOn(asOf);
                if (next.HasOns4)
                {
                    AddMeasure(CaseloadReason.Ons4Due, next.Ons4Due, asOf, needsEligibilityConfirmation: false);
                }

                if (next.HasPam)
                {
                    AddMeasure(CaseloadReason.PamDue, next.PamDue, asOf, s.PamNeedsConfirmation);
                }
            }

            if (s.PlanReviewOn is LocalDate review && Cadence.SixMonthly.StatusOn(asOf, review) is var reviewStatus && reviewStatus != ScheduleStatus.NotYetDue)
            {
                Add(CaseloadReason.PlanReviewDue, review, reviewStatus);
            }

            // A connection with no news since its introduction, or whose latest news is a missed session.
            foreach (Connection connection in s.ConnectionsToFollowUp)
            {
                LocalDate? since = connection.Latest is not ConnectionUpdate latest ? connection.Made.On.Plus(options.ConnectionFollowUpAfter)
                    : latest.Outcome == ConnectionOutcome.DidNotAttend ? latest.On
                    : null;
                if (since is LocalDate from && from <= asOf)
                {
                    Add(CaseloadReason.ConnectionToFollowUp, from, connectionNumber: connection.Number);
                }
            }

            if (s.ResumeOn is LocalDate resume && asOf > resume)
            {
                Add(CaseloadReason.OnHoldPastResumeDate, resume);
            }

            if (s.CoverFrom is LocalDate cover && cover <= asOf)
            {
                if (absences.Length > 0 && AbsenceBehind(absences, s.CoveredFor, s.LinkWorker, cover) is { To: LocalDate last } && last < asOf)
                {
                    _entries.Add(new CaseloadEntry(s.Id, CaseloadReason.HandBackDue, s.LinkWorker, last.PlusDays(1), urgency: s.Urgency, coveredBy: _coveredBy, handBackTo: s.CoveredFor));
                }
                else
                {
                    Add(CaseloadReason.HeldByCover, cover);
                }
            }
        }

        private void Add(CaseloadReason reason, LocalDate date, ScheduleStatus? status = null, int? daysWaiting = null, int? connectionNumber = null, bool needsEligibilityConfirmation = false)
            => _entries.Add(new CaseloadEntry(_s.Id, reason, _s.LinkWorker, date, status, _s.Urgency, daysWaiting, connectionNumber, needsEligibilityConfirmation, coveredBy: _coveredBy));

        private void AddMeasure(CaseloadReason reason, LocalDate due, LocalDate asOf, bool needsEligibilityConfirmation)
        {
            if (CaseloadSummary.Cadence.StatusOn(asOf, due) is var status && status != ScheduleStatus.NotYetDue)
            {
                Add(reason, due, status, needsEligibilityConfirmation: needsEligibilityConfirmation);
            }
        }
    }
}
