namespace SocialPrescribing.Measures.Schedules;

/// <summary>Where a scheduled assessment or survey stands on a given date.</summary>
public enum ScheduleStatus
{
    /// <summary>Its due date has not come.</summary>
    NotYetDue = 0,

    /// <summary>Its due date has come and it is within the due window.</summary>
    Due = 1,

    /// <summary>It is past its due date and the due window, and not done.</summary>
    Overdue = 2,

    /// <summary>It has been done.</summary>
    Done = 3,
}
