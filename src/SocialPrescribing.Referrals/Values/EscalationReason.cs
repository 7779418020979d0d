namespace SocialPrescribing.Referrals;

/// <summary>Why a link worker escalated a concern to the GP supervisor or a clinician (seed section 4, key tasks; section 7).</summary>
/// <remarks>Zero is not a member.</remarks>
public enum EscalationReason
{
    /// <summary>A safeguarding concern (seed section 7: "other safeguarding issues").</summary>
    SafeguardingConcern = 1,

    /// <summary>Abuse or domestic violence (seed section 4, key tasks: "abuse, domestic violence"; section 7).</summary>
    AbuseOrDomesticViolence = 2,

    /// <summary>A mental health need requiring a qualified practitioner (seed section 4, key responsibility 2).</summary>
    MentalHealthNeedRequiringQualifiedPractitioner = 3,

    /// <summary>Another clinical concern beyond the link worker's remit (seed section 5 item 2: "escalate clinical issues back to clinicians").</summary>
    OtherClinicalConcern = 4,
}
