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
/// the order of <see cref="CaseloadReason"/>; waiting and not-accepted referrals urgent first, then the longest wait;
/// the others by date; ties by episode id (and connection number).
/// </para>
/// <para>
/// <b>Cost.</b> One pass over the episodes. Each episode keeps a summary of what a caseload needs, computed on first use
/// and cached (an episode never changes): for its measures, the next ONS4 and PAM its schedule gives between each two
/// dates on which an assessment was taken or support taken up, found for the date asked about by binary search. So a
/// caseload for any date compares dates, and allocates in proportion to the entries it returns, not the episodes it
/// scans.
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
    /// <param name="linkWorker">Only episodes held by this link worker; <see langword="null"/> for all.</param>
    /// <param name="options">Thresholds; <see cref="CaseloadOptions.Default"/> unless given.</param>
    /// <returns>The caseload.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="episodes"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="episodes"/> holds a null entry, or <paramref name="linkWorker"/> is the default value.</exception>
    public static Caseload For(IEnumerable<Episode> episodes, LocalDate asOf, LinkWorkerId? linkWorker = null, CaseloadOptions? options = null)
    {
        Preconditions.CheckNotNull(episodes, nameof(episodes));
        Preconditions.CheckArgument(linkWorker is null || !linkWorker.Value.IsDefault, nameof(linkWorker), ReferralsMessages.LinkWorkerIdDefault);
        options ??= CaseloadOptions.Default;
        using var entries = new CaseloadEntryBuffer();
        foreach (Episode? episode in episodes)
        {
            Preconditions.CheckArgument(episode is not null, nameof(episodes), ReferralsMessages.CaseloadNullEpisode);
            CaseloadSummary s = episode.Summary;
            if (linkWorker is LinkWorkerId only && s.LinkWorker != only)
            {
                continue;
            }

            Add(entries, s, asOf, options);
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

    private static void Add(CaseloadEntryBuffer entries, CaseloadSummary s, LocalDate asOf, CaseloadOptions options)
    {
        if (s.IsWaiting && s.ReferredOn is LocalDate referred && referred <= asOf)
        {
            int days = Episode.DaysBetween(referred, asOf);
            entries.Add(new CaseloadEntry(s.Id, CaseloadReason.WaitingForFirstContact, s.LinkWorker, referred, urgency: s.Urgency, daysWaiting: days));
            if (s.State == EpisodeState.Referred && asOf >= referred.Plus(options.NotAcceptedWithin))
            {
                entries.Add(new CaseloadEntry(s.Id, CaseloadReason.NotAcceptedWithinThreshold, s.LinkWorker, referred, urgency: s.Urgency, daysWaiting: days));
            }
        }

        if (s.IsWorking && asOf >= s.ScheduleStart)
        {
            int segment = s.SegmentOn(asOf);
            AddMeasure(entries, s, CaseloadReason.Ons4Due, s.Ons4Next(segment), asOf);
            AddMeasure(entries, s, CaseloadReason.PamDue, s.PamNext(segment), asOf);
        }

        if (s.PlanReviewOn is LocalDate review && Cadence.SixMonthly.StatusOn(asOf, review) is var reviewStatus && reviewStatus != ScheduleStatus.NotYetDue)
        {
            entries.Add(new CaseloadEntry(s.Id, CaseloadReason.PlanReviewDue, s.LinkWorker, review, reviewStatus));
        }

        foreach (CaseloadSummary.FollowUp followUp in s.FollowUps)
        {
            LocalDate since = followUp.FromIntroduction ? followUp.On.Plus(options.ConnectionFollowUpAfter) : followUp.On;
            if (since <= asOf)
            {
                entries.Add(new CaseloadEntry(s.Id, CaseloadReason.ConnectionToFollowUp, s.LinkWorker, since, connectionNumber: followUp.Number));
            }
        }

        if (s.ResumeOn is LocalDate resume && asOf > resume)
        {
            entries.Add(new CaseloadEntry(s.Id, CaseloadReason.OnHoldPastResumeDate, s.LinkWorker, resume));
        }

        if (s.CoverFrom is LocalDate cover && cover <= asOf)
        {
            entries.Add(new CaseloadEntry(s.Id, CaseloadReason.HeldByCover, s.LinkWorker, cover));
        }
    }

    private static void AddMeasure(CaseloadEntryBuffer entries, CaseloadSummary s, CaseloadReason reason, ScheduledAssessment? next, LocalDate asOf)
    {
        if (next is ScheduledAssessment due && s.Cadence!.StatusOn(asOf, due.DueDate) is var status && status != ScheduleStatus.NotYetDue)
        {
            entries.Add(new CaseloadEntry(s.Id, reason, s.LinkWorker, due.DueDate, status, needsEligibilityConfirmation: due.NeedsEligibilityConfirmation));
        }
    }
}
