namespace SocialPrescribing.QualityAssurance;

/// <summary>What the menu notes about a group it offers: the group is safe to connect, with something the link worker should know.</summary>
/// <remarks>Flags: a group may carry several notes, or <see cref="None"/>. See <c>docs/quality-assurance.md</c>.</remarks>
[Flags]
public enum OfferNotes
{
    /// <summary>Nothing to note.</summary>
    None = 0,

    /// <summary>
    /// The agreement's review is due: its due date has come and it is within the review cadence's due window, the grace
    /// before the group is left out as <see cref="LeftOutReason.ReviewOverdue"/> (seed section 9, process step 6; the
    /// grace is this library's choice, <see cref="GroupSchedule.ReviewCadence"/>).
    /// </summary>
    ReviewDue = 1,
}
