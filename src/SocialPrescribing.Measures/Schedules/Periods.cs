using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Measures.Schedules;

/// <summary>Period arithmetic and due-status rules shared by every schedule in the package.</summary>
internal static class Periods
{
    /// <summary>Checks a period has only date units, none negative, and (unless zero is allowed) at least one positive.</summary>
    internal static Period CheckDateOnly(Period period, string paramName, bool allowZero = false)
    {
        Preconditions.CheckNotNull(period, paramName);
        bool valid = !period.HasTimeComponent
            && period.Years >= 0 && period.Months >= 0 && period.Weeks >= 0 && period.Days >= 0
            && (allowZero || period.Years + period.Months + period.Weeks + period.Days > 0);
        Preconditions.CheckArgument(valid, paramName, MeasuresMessages.PeriodNotPositiveDateOnly);
        return period;
    }

    /// <summary>Returns <paramref name="period"/> taken <paramref name="times"/> times, unit by unit.</summary>
    /// <remarks>So that start + k x 6 months is one calendar step: 31 August + 12 months is 31 August, not 28 August.</remarks>
    internal static Period Times(Period period, int times) => new PeriodBuilder
    {
        Years = period.Years * times,
        Months = period.Months * times,
        Weeks = period.Weeks * times,
        Days = period.Days * times,
    }.Build();

    /// <summary>Where something due on <paramref name="dueDate"/> stands on <paramref name="asOf"/> if it is not done.</summary>
    internal static ScheduleStatus StatusOf(LocalDate asOf, LocalDate dueDate, Period dueWindow)
        => asOf < dueDate ? ScheduleStatus.NotYetDue
        : asOf <= dueDate.Plus(dueWindow) ? ScheduleStatus.Due
        : ScheduleStatus.Overdue;
}
