namespace SocialPrescribing.Referrals;

/// <summary>Where or how a contact with the link worker took place (seed section 10, "First contact - when, where").</summary>
/// <remarks>
/// Zero is not a member. PRSB "Contacts with professionals" splits this into "Location type" and "Consultation method";
/// the mapping is in <c>docs/referrals.md</c>. Home visits: seed section 4, "making home visits where appropriate".
/// </remarks>
public enum ContactSetting
{
    /// <summary>At a GP practice or other PCN premises.</summary>
    Practice = 1,

    /// <summary>A home visit (seed section 4, key tasks).</summary>
    HomeVisit = 2,

    /// <summary>At a community venue.</summary>
    CommunityVenue = 3,

    /// <summary>By telephone (seed section 10: "Number of phone calls/meetings").</summary>
    Phone = 4,

    /// <summary>By video call.</summary>
    Video = 5,

    /// <summary>By message (text, email or letter).</summary>
    Message = 6,
}
