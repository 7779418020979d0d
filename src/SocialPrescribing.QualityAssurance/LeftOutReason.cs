namespace SocialPrescribing.QualityAssurance;

/// <summary>Why the menu left a group out of an answer.</summary>
public enum LeftOutReason
{
    /// <summary>No agreement to connect yet (none, or a QA review still under way).</summary>
    NoAgreement = 1,

    /// <summary>The agreement's review is overdue.</summary>
    ReviewOverdue = 2,

    /// <summary>The group last reported no capacity for new people.</summary>
    NoCapacity = 3,

    /// <summary>The PCN line manager decided not to connect for now.</summary>
    NotConnecting = 4,
}
