using NodaTime;
using SocialPrescribing.Measures.Schedules;

namespace SocialPrescribing.Measures.ConfidenceSurvey;

/// <summary>When a community group's next confidence survey is due: every six months (seed section 12).</summary>
/// <remarks>
/// The first survey is due one interval after the group started receiving people through social prescribing; each
/// later one, one interval after the last survey completed. Due and overdue follow the same rule as
/// <see cref="MeasurementSchedule"/>: due from the due date to the end of the due window, then overdue.
/// </remarks>
/// <threadsafety>Static and stateless; safe to use from any thread.</threadsafety>
public static class ConfidenceSurveyCadence
{
    /// <summary>Gets the seed's interval between surveys, 6 months.</summary>
    /// <value>6 months.</value>
    public static Period DefaultInterval { get; } = Period.FromMonths(6);

    /// <summary>Gets the date the next survey is due.</summary>
    /// <param name="connectingSince">When the group started receiving people through social prescribing.</param>
    /// <param name="lastCompletedOn">When the group last completed the survey, or <see langword="null"/> if never.</param>
    /// <param name="interval">Time between surveys; default 6 months.</param>
    /// <returns>The due date.</returns>
    /// <exception cref="ArgumentException"><paramref name="interval"/> is not a positive period of date units.</exception>
    public static LocalDate NextDue(LocalDate connectingSince, LocalDate? lastCompletedOn, Period? interval = null)
        => (lastCompletedOn ?? connectingSince).Plus(Periods.CheckDateOnly(interval ?? DefaultInterval, nameof(interval)));

    /// <summary>Says whether a group's survey is due on a date.</summary>
    /// <param name="asOf">The date asked about.</param>
    /// <param name="connectingSince">When the group started receiving people through social prescribing.</param>
    /// <param name="lastCompletedOn">When the group last completed the survey, or <see langword="null"/> if never.</param>
    /// <param name="interval">Time between surveys; default 6 months.</param>
    /// <param name="dueWindow">How long a survey stays due before it is overdue; default <see cref="MeasurementSchedule.DefaultDueWindow"/>.</param>
    /// <returns>Not yet due, due or overdue.</returns>
    /// <exception cref="ArgumentException">A period is not made of non-negative date units (the interval also not zero).</exception>
    public static ScheduleStatus StatusOn(LocalDate asOf, LocalDate connectingSince, LocalDate? lastCompletedOn, Period? interval = null, Period? dueWindow = null)
        => Periods.StatusOf(
            asOf,
            NextDue(connectingSince, lastCompletedOn, interval),
            Periods.CheckDateOnly(dueWindow ?? MeasurementSchedule.DefaultDueWindow, nameof(dueWindow), allowZero: true));
}
