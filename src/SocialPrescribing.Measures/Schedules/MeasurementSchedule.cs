using System.Collections.ObjectModel;
using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Measures.Schedules;

/// <summary>
/// When a person's ONS4 and PAM assessments are due: at the start and every 6 months, for at least a year
/// (seed section 11 and Appendix 6), and whether a PAM reassessment may come sooner.
/// </summary>
/// <remarks>
/// <para>
/// Occasion <c>k</c> is due on <see cref="Start"/> + k x <see cref="Interval"/>, taken as one calendar step with
/// NodaTime's arithmetic (31 August + 6 months is the last day of February; + 12 months is 31 August). The schedule
/// lists every occasion due up to <see cref="Start"/> + <see cref="MinimumDuration"/>: by default 0, 6 and 12 months.
/// </para>
/// <para>
/// An assessment counts for the baseline if it is on or after the start. It counts for follow-up <c>k</c> if it is
/// later than the assessment that counted for the occasion before, and no sooner than the early-reassessment
/// minimum (3 months) after occasion <c>k - 1</c> was due: so an early PAM reassessment at 4 months fulfils the
/// 6-month occasion, and one assessment never counts twice. Assessments before the start, or after the date asked
/// about, are ignored.
/// </para>
/// <para>
/// An occasion not done is <see cref="ScheduleStatus.Due"/> from its due date to the end of <see cref="DueWindow"/>,
/// then <see cref="ScheduleStatus.Overdue"/>. The seed gives no grace period: the default window of one month is this
/// library's choice; pass <see cref="Period.Zero"/> to make an occasion overdue the day after it is due.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class MeasurementSchedule
{
    /// <summary>The most occasions <see cref="DueDate"/> computes, far beyond any real schedule.</summary>
    public const int MaxOccasion = 1000;

    /// <summary>Creates a schedule from the first meeting, with the seed's defaults unless given.</summary>
    /// <param name="start">The date of the first meeting with the link worker, when the baseline is due.</param>
    /// <param name="interval">Time between occasions; default 6 months (section 11: "at least every 6 months").</param>
    /// <param name="minimumDuration">How long to keep measuring; default 12 months (section 11: "for one year").</param>
    /// <param name="earlyReassessmentMinimum">The soonest a PAM reassessment may follow the previous one; default 3 months (Appendix 6).</param>
    /// <param name="dueWindow">How long an occasion stays due before it is overdue; default 1 month (this library's choice).</param>
    /// <exception cref="ArgumentException">
    /// A period has time units or negative units, the interval, duration or minimum is zero, or the early minimum is
    /// not shorter than the interval.
    /// </exception>
    public MeasurementSchedule(LocalDate start, Period? interval = null, Period? minimumDuration = null, Period? earlyReassessmentMinimum = null, Period? dueWindow = null)
    {
        Start = start;
        Interval = Periods.CheckDateOnly(interval ?? DefaultInterval, nameof(interval));
        MinimumDuration = Periods.CheckDateOnly(minimumDuration ?? DefaultMinimumDuration, nameof(minimumDuration));
        EarlyReassessmentMinimum = Periods.CheckDateOnly(earlyReassessmentMinimum ?? DefaultEarlyReassessmentMinimum, nameof(earlyReassessmentMinimum));
        DueWindow = Periods.CheckDateOnly(dueWindow ?? DefaultDueWindow, nameof(dueWindow), allowZero: true);
        Preconditions.CheckArgument(start.Plus(EarlyReassessmentMinimum) < start.Plus(Interval), nameof(earlyReassessmentMinimum), MeasuresMessages.EarlyMinimumNotShorter);

        LocalDate end = start.Plus(MinimumDuration);
        var dueDates = new List<LocalDate>();
        for (int k = 0; DueDate(k) <= end; k++)
        {
            dueDates.Add(DueDate(k));
        }

        DueDates = dueDates.AsReadOnly();
    }

    /// <summary>Gets the seed's interval between assessments, 6 months.</summary>
    /// <value>6 months.</value>
    public static Period DefaultInterval { get; } = Period.FromMonths(6);

    /// <summary>Gets the seed's minimum time to keep measuring, 12 months.</summary>
    /// <value>12 months.</value>
    public static Period DefaultMinimumDuration { get; } = Period.FromMonths(12);

    /// <summary>Gets the seed's minimum time before an early PAM reassessment, 3 months.</summary>
    /// <value>3 months.</value>
    public static Period DefaultEarlyReassessmentMinimum { get; } = Period.FromMonths(3);

    /// <summary>Gets the default time an occasion stays due before it is overdue, 1 month (not from the seed).</summary>
    /// <value>1 month.</value>
    public static Period DefaultDueWindow { get; } = Period.FromMonths(1);

    /// <summary>Gets the date of the first meeting, when the baseline is due.</summary>
    /// <value>A calendar date.</value>
    public LocalDate Start { get; }

    /// <summary>Gets the time between occasions.</summary>
    /// <value>A positive period of date units.</value>
    public Period Interval { get; }

    /// <summary>Gets how long to keep measuring.</summary>
    /// <value>A positive period of date units.</value>
    public Period MinimumDuration { get; }

    /// <summary>Gets the soonest a PAM reassessment may follow the previous one.</summary>
    /// <value>A positive period shorter than <see cref="Interval"/>.</value>
    public Period EarlyReassessmentMinimum { get; }

    /// <summary>Gets how long an occasion stays due before it is overdue.</summary>
    /// <value>A period of date units, possibly zero.</value>
    public Period DueWindow { get; }

    /// <summary>Gets the due date of every occasion up to the minimum duration, baseline first.</summary>
    /// <value>Strictly increasing dates; by default 3 (0, 6 and 12 months).</value>
    public ReadOnlyCollection<LocalDate> DueDates { get; }

    /// <summary>Gets the due date of an occasion: the start plus <paramref name="occasion"/> intervals.</summary>
    /// <param name="occasion">0 for the baseline, then 1, 2, ...; up to <see cref="MaxOccasion"/>.</param>
    /// <returns>The due date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="occasion"/> is negative or above <see cref="MaxOccasion"/>.</exception>
    public LocalDate DueDate(int occasion)
    {
        Preconditions.CheckArgumentRange(nameof(occasion), occasion, 0, MaxOccasion);
        return Start.Plus(Periods.Times(Interval, occasion));
    }

    /// <summary>Says where every occasion of one measure stands on a date, given the assessments recorded.</summary>
    /// <param name="asOf">The date asked about.</param>
    /// <param name="measure">The measure.</param>
    /// <param name="recordedDates">The dates this measure was taken, in any order.</param>
    /// <returns>One entry per occasion in <see cref="DueDates"/>, baseline first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recordedDates"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="measure"/> is not a named member.</exception>
    public ReadOnlyCollection<ScheduledAssessment> StatusOn(LocalDate asOf, MeasureKind measure, IEnumerable<LocalDate> recordedDates)
    {
        Preconditions.CheckDefined(measure, nameof(measure));
        Preconditions.CheckNotNull(recordedDates, nameof(recordedDates));
        var result = new List<ScheduledAssessment>(DueDates.Count);
        AddStatuses(result, asOf, measure, recordedDates);
        return result.AsReadOnly();
    }

    /// <summary>Says where every occasion of both measures stands on a date, given the assessments recorded.</summary>
    /// <param name="asOf">The date asked about.</param>
    /// <param name="recorded">The assessments recorded so far, of either measure, in any order.</param>
    /// <returns>The ONS4 occasions then the PAM occasions, each baseline first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recorded"/> is null.</exception>
    public ReadOnlyCollection<ScheduledAssessment> StatusOn(LocalDate asOf, IEnumerable<RecordedAssessment> recorded)
    {
        Preconditions.CheckNotNull(recorded, nameof(recorded));
        RecordedAssessment[] all = recorded.ToArray();
        var result = new List<ScheduledAssessment>(DueDates.Count * 2);
        foreach (MeasureKind measure in Enum.GetValues<MeasureKind>())
        {
            AddStatuses(result, asOf, measure, all.Where(a => a.Measure == measure).Select(a => a.Date));
        }

        return result.AsReadOnly();
    }

    /// <summary>Says where every occasion of both measures stands today, in the given time zone.</summary>
    /// <param name="clock">The clock that says what time it is.</param>
    /// <param name="zone">The time zone whose date is today (for England, <c>Europe/London</c>).</param>
    /// <param name="recorded">The assessments recorded so far.</param>
    /// <returns>The ONS4 occasions then the PAM occasions, each baseline first.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ReadOnlyCollection<ScheduledAssessment> StatusNow(IClock clock, DateTimeZone zone, IEnumerable<RecordedAssessment> recorded)
    {
        Preconditions.CheckNotNull(clock, nameof(clock));
        Preconditions.CheckNotNull(zone, nameof(zone));
        return StatusOn(clock.GetCurrentInstant().InZone(zone).Date, recorded);
    }

    /// <summary>Says whether a PAM reassessment is allowed on a date.</summary>
    /// <param name="date">The date of the proposed reassessment.</param>
    /// <param name="previousAssessment">The date of the previous PAM.</param>
    /// <param name="supportTakenUpOn">When the person took up the prescribed support, or <see langword="null"/> if they have not.</param>
    /// <returns>Yes, or no with the reason and the earliest date.</returns>
    /// <remarks>
    /// Seed Appendix 6: "A follow up PAM assessment should be done at least every six months ... A PAM reassessment can
    /// be undertaken sooner than six months (but no less than three months) if a person has accessed and undertaken the
    /// prescribed support/intervention." So a reassessment is allowed from the previous one plus <see cref="Interval"/>,
    /// or earlier from the later of the previous one plus <see cref="EarlyReassessmentMinimum"/> and the date the
    /// support was taken up; never before the previous one plus the early minimum.
    /// </remarks>
    public PamReassessmentDecision CanReassessPam(LocalDate date, LocalDate previousAssessment, LocalDate? supportTakenUpOn)
    {
        LocalDate regular = previousAssessment.Plus(Interval);
        LocalDate earlyMinimum = previousAssessment.Plus(EarlyReassessmentMinimum);
        LocalDate earliest = supportTakenUpOn is LocalDate support
            ? LocalDate.Min(regular, LocalDate.Max(earlyMinimum, support))
            : regular;

        if (date >= regular)
        {
            return new PamReassessmentDecision(true, PamReassessmentReason.RegularFollowUp, earliest);
        }

        if (date < earlyMinimum)
        {
            return new PamReassessmentDecision(false, PamReassessmentReason.TooSoon, earliest);
        }

        return date >= earliest
            ? new PamReassessmentDecision(true, PamReassessmentReason.EarlyAfterSupportTakenUp, earliest)
            : new PamReassessmentDecision(false, PamReassessmentReason.SupportNotTakenUp, earliest);
    }

    private void AddStatuses(List<ScheduledAssessment> result, LocalDate asOf, MeasureKind measure, IEnumerable<LocalDate> recordedDates)
    {
        LocalDate[] dates = recordedDates.Where(d => d >= Start && d <= asOf).Order().ToArray();
        int next = 0;
        LocalDate? previous = null;
        for (int k = 0; k < DueDates.Count; k++)
        {
            LocalDate opens = k == 0 ? Start : DueDates[k - 1].Plus(EarlyReassessmentMinimum);
            while (next < dates.Length && (dates[next] < opens || dates[next] <= previous))
            {
                next++;
            }

            LocalDate due = DueDates[k];
            if (next < dates.Length)
            {
                result.Add(new ScheduledAssessment(measure, k, due, ScheduleStatus.Done, dates[next]));
                previous = dates[next];
                next++;
            }
            else
            {
                result.Add(new ScheduledAssessment(measure, k, due, Periods.StatusOf(asOf, due, DueWindow), null));
            }
        }
    }
}
