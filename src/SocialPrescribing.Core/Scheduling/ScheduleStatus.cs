namespace SocialPrescribing;

/// <summary>Where something scheduled (an assessment, a review, a catch-up, a survey) stands on a given date.</summary>
/// <remarks>One vocabulary for every schedule in the family; see <see cref="Cadence"/> and <c>docs/scheduling.md</c>.</remarks>
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
