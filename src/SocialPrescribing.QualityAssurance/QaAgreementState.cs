namespace SocialPrescribing.QualityAssurance;

/// <summary>Where a group stands with quality assurance on a date, as the menu shows it.</summary>
public enum QaAgreementState
{
    /// <summary>No QA review and no agreement.</summary>
    None = 1,

    /// <summary>A QA review is under way (or awaiting the PCN line manager).</summary>
    InProgress = 2,

    /// <summary>An agreement to connect is current.</summary>
    Agreed = 3,

    /// <summary>An agreement to connect with agreed actions is current.</summary>
    AgreedWithActions = 4,

    /// <summary>The agreement's review date has passed (annually, or a change of leadership).</summary>
    ReviewOverdue = 5,

    /// <summary>The PCN line manager decided not to connect for now.</summary>
    NotConnecting = 6,
}
