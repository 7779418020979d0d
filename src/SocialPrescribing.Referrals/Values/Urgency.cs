namespace SocialPrescribing.Referrals;

/// <summary>How urgent a referral or an escalation is.</summary>
/// <remarks>
/// Zero is not a member. Neither the seed nor the PRSB standard has an urgency element (PRSB v1.1 has none); the
/// seed's job description asks the link worker to prioritise "any urgent support required by individuals on the
/// caseload" (section 4, key responsibility 2). Two levels are this library's choice.
/// </remarks>
public enum Urgency
{
    /// <summary>Routine.</summary>
    Routine = 1,

    /// <summary>Urgent: seen before routine work (the caseload lists urgent referrals first).</summary>
    Urgent = 2,
}
