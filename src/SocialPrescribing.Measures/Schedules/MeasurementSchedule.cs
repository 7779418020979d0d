using System.Collections.ObjectModel;
using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Measures;

/// <summary>
/// When a person's ONS4 and PAM assessments are due: at the start, then at least every 6 months after the last one taken,
/// until the person has been measured over at least a year (seed section 11 table and Appendix 6).
/// </summary>
/// <remarks>
/// <para>
/// <b>Rolling, not a grid.</b> Section 11 asks for ONS4 "when the person is initially referred ... and at least every 6
/// months, for one year" and PAM "every 6 months, for a minimum of one year"; Appendix 6: "A follow up PAM assessment should
/// be done at least every six months". So the baseline is due at <see cref="Start"/> and each later assessment is due one
/// <see cref="Cadence"/> interval after the last one that counted: an early PAM on 1 May makes the next one due on 1
/// November. Measuring goes on until an assessment that counted falls on or after <see cref="MeasuredThrough"/> (start + one
/// year), or the schedule has <see cref="EndedOn">ended</see> (the episode closed). <see cref="ReportingDates"/> keeps the
/// fixed grid (start, 6 and 12 months) for reporting "the 6-month follow-up"; it is not what is due.
/// </para>
/// <para>
/// <b>ONS4</b> has no early-reassessment rule in the seed: every ONS4 taken on or after the start counts, and an early one
/// is simply the latest. <b>PAM</b> follow-ups count when taken at least one interval after the previous PAM that counted, or
/// earlier — "sooner than six months (but no less than three months) if a person has accessed and undertaken the prescribed
/// support/intervention" (Appendix 6) — when at least <see cref="EarlyReassessmentMinimum"/> has passed since the previous
/// PAM actually taken and the person took up the prescribed support after it. An early PAM that fails that rule is listed
/// with the reason it did not count (<see cref="ScheduledAssessment.NotCountedBecause"/>), never silently counted. PAM is
/// listed as due only for a person it suits (<see cref="PamEligibilityOutcome.Eligible"/>, or
/// <see cref="PamEligibilityOutcome.NeedsConfirmation"/> shown as such); never due or overdue for someone it does not suit.
/// </para>
/// <para>
/// Due and overdue follow <see cref="SocialPrescribing.Cadence"/>: due from the due date to the end of the due window, then
/// overdue. The window's default of one month is this library's choice (the seed names none). See <c>docs/measures.md</c>.
/// </para>
/// <para>
/// This library's choices where the seed is silent: the 3-month minimum runs from the previous PAM that counted (a PAM that
/// did not count is not "the previous PAM"); support counts as taken up after a PAM only on a later day; two assessments
/// of one measure on the same day count once; assessments before the start, after the date asked about or after the end
/// are ignored.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class MeasurementSchedule
{
    private readonly State _state;

    private MeasurementSchedule(State state) => _state = state;

    /// <summary>Creates a schedule from the first meeting, with the seed's periods unless given.</summary>
    /// <param name="start">The date of the first meeting with the link worker, when the baselines are due.</param>
    /// <param name="cadence">Interval and due window; default <see cref="Cadence.SixMonthly"/> (section 11: "at least every 6 months").</param>
    /// <param name="minimumDuration">How long to keep measuring; default <see cref="SeedPeriods.OneYear"/> (section 11: "for one year").</param>
    /// <param name="earlyReassessmentMinimum">The soonest a PAM reassessment may follow the previous one; default <see cref="SeedPeriods.ThreeMonths"/> (Appendix 6).</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="minimumDuration"/> or <paramref name="earlyReassessmentMinimum"/> is not a positive period of date units;
    /// the early minimum is not shorter than the cadence's interval; or <paramref name="start"/> plus
    /// <paramref name="minimumDuration"/> is past the end of the calendar.
    /// </exception>
    public MeasurementSchedule(LocalDate start, Cadence? cadence = null, Period? minimumDuration = null, Period? earlyReassessmentMinimum = null)
    {
        Cadence checkedCadence = cadence ?? Cadence.SixMonthly;
        Period duration = Periods.CheckDateOnly(minimumDuration ?? SeedPeriods.OneYear, nameof(minimumDuration));
        Period early = Periods.CheckDateOnly(earlyReassessmentMinimum ?? SeedPeriods.ThreeMonths, nameof(earlyReassessmentMinimum));
        LocalDate end = Periods.PlusOrThrow(start, duration, nameof(minimumDuration));
        Preconditions.CheckArgument(
            Periods.PlusOrThrow(start, early, nameof(earlyReassessmentMinimum)) < Periods.PlusOrThrow(start, checkedCadence.Interval, nameof(cadence)),
            nameof(earlyReassessmentMinimum),
            MeasuresMessages.EarlyMinimumNotShorter);

        var grid = new List<LocalDate>();
        for (int k = 0; start.Plus(Periods.Times(checkedCadence.Interval, k)) is var date && date <= end; k++)
        {
            grid.Add(date);
        }

        _state = new State
        {
            Start = start,
            Cadence = checkedCadence,
            MinimumDuration = duration,
            EarlyReassessmentMinimum = early,
            EndedOn = null,
            ReportingDates = grid.AsReadOnly(),
        };
    }

    /// <summary>Gets the date of the first meeting, when the baselines are due.</summary>
    /// <value>A calendar date.</value>
    public LocalDate Start => _state.Start;

    /// <summary>Gets the interval between assessments and the due window.</summary>
    /// <value>By default every 6 months, due window 1 month.</value>
    public Cadence Cadence => _state.Cadence;

    /// <summary>Gets how long to keep measuring.</summary>
    /// <value>A positive period of date units; by default one year.</value>
    public Period MinimumDuration => _state.MinimumDuration;

    /// <summary>Gets the soonest a PAM reassessment may follow the previous PAM.</summary>
    /// <value>A positive period shorter than the cadence's interval; by default 3 months.</value>
    public Period EarlyReassessmentMinimum => _state.EarlyReassessmentMinimum;

    /// <summary>Gets the date on or after which an assessment completes the schedule: <see cref="Start"/> + <see cref="MinimumDuration"/>.</summary>
    /// <value>By default the first anniversary of the start.</value>
    public LocalDate MeasuredThrough => Start.Plus(MinimumDuration);

    /// <summary>Gets the date the schedule ended (the episode closed), after which nothing is due.</summary>
    /// <value>A date, or <see langword="null"/> while it runs.</value>
    public LocalDate? EndedOn => _state.EndedOn;

    /// <summary>Gets the fixed reporting grid: start + k intervals up to <see cref="MeasuredThrough"/>, baseline first.</summary>
    /// <value>By default 3 dates (0, 6 and 12 months), to name "the 6-month follow-up" in reports. Not due dates.</value>
    public ReadOnlyCollection<LocalDate> ReportingDates => _state.ReportingDates;

    /// <summary>Returns this schedule ended on a date: nothing is due after it, and assessments after it are ignored.</summary>
    /// <param name="on">The date the episode closed.</param>
    /// <returns>The ended schedule.</returns>
    /// <exception cref="ArgumentException"><paramref name="on"/> is before <see cref="Start"/>.</exception>
    public MeasurementSchedule EndOn(LocalDate on)
    {
        Preconditions.CheckArgument(on >= Start, nameof(on), MeasuresMessages.EndBeforeStart);
        return new MeasurementSchedule(_state with { EndedOn = on });
    }

    /// <summary>Says where a person's ONS4 stands on a date: every ONS4 taken, and the next one due.</summary>
    /// <param name="asOf">The date asked about.</param>
    /// <param name="record">The person's record; its <see cref="MeasurementRecord.Ons4Dates"/> are used.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public MeasureTimeline Ons4On(LocalDate asOf, MeasurementRecord record)
    {
        Preconditions.CheckNotNull(record, nameof(record));
        return Build(asOf, MeasureKind.Ons4, record.Ons4Dates, null, []);
    }

    /// <summary>Says where a person's PAM stands on a date: every PAM taken (early ones that did not count with the reason), and the next one due.</summary>
    /// <param name="asOf">The date asked about.</param>
    /// <param name="record">The person's record; its <see cref="MeasurementRecord.PamDates"/> and <see cref="MeasurementRecord.SupportTakenUpDates"/> are used.</param>
    /// <param name="eligibility">Whether PAM suits the person (<see cref="PamEligibility.Assess"/>).</param>
    /// <returns>The timeline; nothing is due for a person PAM does not suit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> or <paramref name="eligibility"/> is null.</exception>
    public MeasureTimeline PamOn(LocalDate asOf, MeasurementRecord record, PamEligibility eligibility)
    {
        Preconditions.CheckNotNull(record, nameof(record));
        Preconditions.CheckNotNull(eligibility, nameof(eligibility));
        return Build(asOf, MeasureKind.Pam, record.PamDates, eligibility.Outcome, record.SupportTakenUpDates);
    }

    /// <summary>Says where both measures stand on a date.</summary>
    /// <param name="asOf">The date asked about.</param>
    /// <param name="record">The person's record: assessments of either measure and support taken up.</param>
    /// <param name="pamEligibility">Whether PAM suits the person.</param>
    /// <returns>The ONS4 timeline, then the PAM timeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> or <paramref name="pamEligibility"/> is null.</exception>
    public ReadOnlyCollection<MeasureTimeline> StatusOn(LocalDate asOf, MeasurementRecord record, PamEligibility pamEligibility)
    {
        // A null record is reported by Ons4On, under the same parameter name.
        Preconditions.CheckNotNull(pamEligibility, nameof(pamEligibility));
        return Array.AsReadOnly([Ons4On(asOf, record), PamOn(asOf, record, pamEligibility)]);
    }

    /// <summary>Says where both measures stand today, in the given time zone.</summary>
    /// <param name="clock">The clock that says what time it is.</param>
    /// <param name="zone">The time zone whose date is today (for England, <c>Europe/London</c>).</param>
    /// <param name="record">The person's record: assessments of either measure and support taken up.</param>
    /// <param name="pamEligibility">Whether PAM suits the person.</param>
    /// <returns>The ONS4 timeline, then the PAM timeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/>, <paramref name="zone"/>, <paramref name="record"/> or <paramref name="pamEligibility"/> is null.</exception>
    public ReadOnlyCollection<MeasureTimeline> StatusNow(IClock clock, DateTimeZone zone, MeasurementRecord record, PamEligibility pamEligibility)
    {
        Preconditions.CheckNotNull(clock, nameof(clock));
        Preconditions.CheckNotNull(zone, nameof(zone));
        return StatusOn(clock.GetCurrentInstant().InZone(zone).Date, record, pamEligibility);
    }

    /// <summary>Says whether a PAM taken on a date would count, given the PAMs already taken and the support taken up.</summary>
    /// <param name="on">The date of the proposed PAM.</param>
    /// <param name="record">The person's record; its <see cref="MeasurementRecord.PamDates"/> (those after <paramref name="on"/> are ignored) and <see cref="MeasurementRecord.SupportTakenUpDates"/> are used.</param>
    /// <returns>Yes, or no with the reason and the earliest date it would count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <remarks>
    /// Appendix 6: "A follow up PAM assessment should be done at least every six months ... A PAM reassessment can be
    /// undertaken sooner than six months (but no less than three months) if a person has accessed and undertaken the
    /// prescribed support/intervention." The previous PAM is the latest that counted before <paramref name="on"/>; with none,
    /// this is the baseline and it counts on or after the start.
    /// </remarks>
    public PamReassessmentDecision CanReassessPam(LocalDate on, MeasurementRecord record)
    {
        Preconditions.CheckNotNull(record, nameof(record));
        MeasureTimeline before = Build(on.PlusDays(-1), MeasureKind.Pam, record.PamDates, PamEligibilityOutcome.Eligible, record.SupportTakenUpDates);
        return before.LastCounted is ScheduledAssessment previous
            ? DecideFollowUp(on, previous.TakenOn!.Value, record.SupportTakenUpDates)
            : new PamReassessmentDecision(on >= Start, on >= Start ? PamReassessmentReason.Baseline : PamReassessmentReason.BeforeStart, Start);
    }

    /// <summary>The reassessment rule for a PAM on <paramref name="on"/> after the previous counted PAM on <paramref name="previous"/>.</summary>
    private PamReassessmentDecision DecideFollowUp(LocalDate on, LocalDate previous, IReadOnlyList<LocalDate> supportTakenUp)
    {
        LocalDate regular = Cadence.NextDueAfter(previous);
        LocalDate earlyMinimum = previous.Plus(EarlyReassessmentMinimum);

        // The first support taken up after the previous PAM (a later day), if any.
        LocalDate? support = null;
        foreach (LocalDate s in supportTakenUp)
        {
            if (s > previous && (support is null || s < support))
            {
                support = s;
            }
        }

        LocalDate earliest = support is LocalDate taken ? LocalDate.Min(regular, LocalDate.Max(earlyMinimum, taken)) : regular;
        return on >= regular ? new PamReassessmentDecision(true, PamReassessmentReason.RegularFollowUp, earliest)
            : on < earlyMinimum ? new PamReassessmentDecision(false, PamReassessmentReason.TooSoon, earliest)
            : on >= earliest ? new PamReassessmentDecision(true, PamReassessmentReason.EarlyAfterSupportTakenUp, earliest)
            : new PamReassessmentDecision(false, PamReassessmentReason.SupportNotTakenUp, earliest);
    }

    private MeasureTimeline Build(LocalDate asOf, MeasureKind measure, IReadOnlyList<LocalDate> taken, PamEligibilityOutcome? suitability, IReadOnlyList<LocalDate> support)
    {
        LocalDate last = EndedOn is LocalDate end && end < asOf ? end : asOf;
        LocalDate[] dates = taken.Where(d => d >= Start && d <= last).Distinct().ToArray(); // the record keeps them sorted

        var entries = new List<ScheduledAssessment>(dates.Length + 1);
        LocalDate? previous = null;
        int counted = 0;
        bool complete = false;
        foreach (LocalDate date in dates)
        {
            LocalDate due = previous is LocalDate p ? Cadence.NextDueAfter(p) : Start;
            PamReassessmentReason? notCounted = null;
            if (measure == MeasureKind.Pam && previous is LocalDate prior)
            {
                PamReassessmentDecision decision = DecideFollowUp(date, prior, support);
                notCounted = decision.IsAllowed ? null : decision.Reason;
            }

            entries.Add(ScheduledAssessment.Taken(measure, counted, dueDate: due, takenOn: date, notCounted));
            if (notCounted is null)
            {
                previous = date;
                counted++;
                complete |= date >= MeasuredThrough;
            }
        }

        bool ended = EndedOn is LocalDate e && e <= asOf;
        if (!complete && !ended && suitability != PamEligibilityOutcome.NotSuitable)
        {
            LocalDate due = previous is LocalDate p ? Cadence.NextDueAfter(p) : Start;
            entries.Add(ScheduledAssessment.Next(measure, counted, due, Cadence.StatusOn(asOf, due), suitability == PamEligibilityOutcome.NeedsConfirmation));
        }

        return new MeasureTimeline(measure, entries.AsReadOnly(), complete, suitability);
    }

    /// <summary>Everything a schedule holds, copied with <c>with</c> so that no two dates or periods can be swapped by position.</summary>
    private sealed record State
    {
        public required LocalDate Start { get; init; }

        public required Cadence Cadence { get; init; }

        public required Period MinimumDuration { get; init; }

        public required Period EarlyReassessmentMinimum { get; init; }

        public required LocalDate? EndedOn { get; init; }

        public required ReadOnlyCollection<LocalDate> ReportingDates { get; init; }
    }
}
