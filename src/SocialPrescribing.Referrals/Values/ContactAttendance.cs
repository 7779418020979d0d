namespace SocialPrescribing.Referrals;

/// <summary>Whether a planned contact took place (PRSB "Contacts with professionals" - "Outcome of contact").</summary>
/// <remarks>Zero is not a member. Only an attended contact counts as a contact with the link worker (seed section 10).</remarks>
public enum ContactAttendance
{
    /// <summary>The contact took place.</summary>
    Attended = 1,

    /// <summary>The person did not attend.</summary>
    DidNotAttend = 2,

    /// <summary>The contact was cancelled, by either side.</summary>
    Cancelled = 3,
}
