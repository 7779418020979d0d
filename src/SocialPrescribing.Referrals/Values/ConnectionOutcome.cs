namespace SocialPrescribing.Referrals;

/// <summary>What came of a connection on a date (seed section 4, key tasks: "Follow up to ensure they are happy, able to engage").</summary>
/// <remarks>
/// Zero is not a member. <see cref="Attended"/> and <see cref="Engaged"/> mean the person took up the support, which
/// allows an early PAM reassessment (seed Appendix 6; see <see cref="SocialPrescribing.Measures.MeasurementSchedule"/>).
/// </remarks>
public enum ConnectionOutcome
{
    /// <summary>The person attended.</summary>
    Attended = 1,

    /// <summary>The person is engaged: attending and taking part over time.</summary>
    Engaged = 2,

    /// <summary>The person stopped going.</summary>
    Stopped = 3,

    /// <summary>The person did not attend.</summary>
    DidNotAttend = 4,
}
