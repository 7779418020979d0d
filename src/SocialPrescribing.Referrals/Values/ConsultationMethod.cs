namespace SocialPrescribing.Referrals;

/// <summary>How a contact with the link worker took place: PRSB "Contacts with professionals", "Consultation method".</summary>
/// <remarks>Zero is not a member. Where a face-to-face contact took place is its <see cref="ContactLocation"/> (<c>docs/referrals.md</c>).</remarks>
public enum ConsultationMethod
{
    /// <summary>In person (seed section 10, "meetings with link worker").</summary>
    FaceToFace = 1,

    /// <summary>By telephone (seed section 10: "Number of phone calls/meetings").</summary>
    Telephone = 2,

    /// <summary>By video call.</summary>
    Video = 3,

    /// <summary>By written message: text, email or letter.</summary>
    Message = 4,
}
