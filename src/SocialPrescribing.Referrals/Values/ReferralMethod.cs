namespace SocialPrescribing.Referrals;

/// <summary>How a referral was sent and received (PRSB Social Prescribing standard v1.1, "Referral details" - "Referral method").</summary>
/// <remarks>
/// Zero is not a member. PRSB's value set has seven national codes (fax, phone, secure messaging, secure email, letter,
/// NHS e-Referral Service, self referral); this library groups them into five (this library's choice, mapping in
/// <c>docs/referrals.md</c>) because the seed asks only "who made the referral" (section 10).
/// </remarks>
public enum ReferralMethod
{
    /// <summary>Electronically: secure messaging, secure email or the NHS e-Referral Service (PRSB codes 3, 4, 6).</summary>
    Electronic = 1,

    /// <summary>By letter or fax (PRSB codes 5 and 1).</summary>
    Letter = 2,

    /// <summary>By telephone (PRSB code 2).</summary>
    Phone = 3,

    /// <summary>In person, by a professional (not a PRSB national code).</summary>
    InPerson = 4,

    /// <summary>The person referred themselves (PRSB code 7; seed section 1: "supports self-referral").</summary>
    SelfReferral = 5,
}
