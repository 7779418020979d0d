namespace SocialPrescribing.Referrals;

/// <summary>What followed an escalated concern (seed section 7; section 4, key tasks: "referring the patient back to the GP or other suitable health professional if required").</summary>
/// <remarks>Zero is not a member. The seed names no list: these are this library's choice (<c>docs/referrals.md</c>).</remarks>
public enum EscalationOutcome
{
    /// <summary>Advice was given and the link worker's support goes on.</summary>
    AdviceGivenSupportContinues = 1,

    /// <summary>The person was referred to a clinician or another service.</summary>
    ReferredOn = 2,

    /// <summary>A safeguarding referral or enquiry was made.</summary>
    SafeguardingReferralMade = 3,

    /// <summary>The emergency services responded.</summary>
    EmergencyResponse = 4,

    /// <summary>No further action was needed.</summary>
    NoFurtherAction = 5,
}
