namespace SocialPrescribing.QualityAssurance;

/// <summary>Where a group stands with quality assurance on a date, as the menu shows it.</summary>
public enum QualityAssuranceState
{
    /// <summary>No quality assurance check and no agreement to connect.</summary>
    None = 1,

    /// <summary>A quality assurance check is under way (or awaiting the PCN line manager's guidance).</summary>
    InProgress = 2,

    /// <summary>An agreement to connect is current (its review may be due, within the grace; see <see cref="CommunityGroup.NotesOn"/>).</summary>
    Agreed = 3,

    /// <summary>An agreement to connect with agreed actions is current.</summary>
    AgreedWithActions = 4,

    /// <summary>The agreement's review (annually, or on a change of leadership) is overdue: its due date and the grace after it have passed.</summary>
    ReviewOverdue = 5,

    /// <summary>The link worker decided not to connect for now.</summary>
    NotConnecting = 6,
}
