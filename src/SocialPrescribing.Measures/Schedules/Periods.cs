using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Measures;

/// <summary>Period checks and arithmetic shared by the schedules in the package.</summary>
internal static class Periods
{
    /// <summary>Checks a period is positive and has only date units, none negative.</summary>
    internal static Period CheckDateOnly(Period period, string paramName)
    {
        Preconditions.CheckNotNull(period, paramName);
        bool valid = !period.HasTimeComponent
            && period.Years >= 0 && period.Months >= 0 && period.Weeks >= 0 && period.Days >= 0
            && period.Years + period.Months + period.Weeks + period.Days > 0;
        Preconditions.CheckArgument(valid, paramName, MeasuresMessages.PeriodNotPositiveDateOnly);
        return period;
    }

    /// <summary>Adds a checked period to a date, turning a date past the end of the calendar into an <see cref="ArgumentException"/> naming the parameter.</summary>
    internal static LocalDate PlusOrThrow(LocalDate date, Period period, string paramName)
    {
        try
        {
            return date.Plus(period);
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            throw new ArgumentException(MeasuresMessages.PeriodPastCalendar, paramName, e);
        }
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
}
