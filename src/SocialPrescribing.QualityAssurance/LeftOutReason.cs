namespace SocialPrescribing.QualityAssurance;

/// <summary>Why the menu left a group out of an answer.</summary>
public enum LeftOutReason
{
    /// <summary>No agreement to connect yet (none, or a quality assurance check still under way).</summary>
    NoAgreement = 1,

    /// <summary>The agreement's review is overdue: past its due date and the grace (the review cadence's due window).</summary>
    ReviewOverdue = 2,

    /// <summary>The group last reported no capacity for new people.</summary>
    NoCapacity = 3,

    /// <summary>The link worker decided not to connect for now (seed section 9, principle 3).</summary>
    NotConnecting = 4,
}
