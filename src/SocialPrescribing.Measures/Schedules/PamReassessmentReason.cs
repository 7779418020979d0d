namespace SocialPrescribing.Measures;

/// <summary>Why a PAM is or is not counted on a date (seed Appendix 6, "How should it be applied?").</summary>
public enum PamReassessmentReason
{
    /// <summary>Allowed: the regular follow-up interval (6 months) has passed since the previous PAM that counted.</summary>
    RegularFollowUp = 1,

    /// <summary>Allowed early: at least the minimum (3 months) has passed and the person has taken up the prescribed support since the previous PAM.</summary>
    EarlyAfterSupportTakenUp = 2,

    /// <summary>Not allowed: less than the minimum (3 months) has passed since the previous PAM.</summary>
    TooSoon = 3,

    /// <summary>Not allowed yet: the regular interval has not passed and the person has not taken up the prescribed support since the previous PAM.</summary>
    SupportNotTakenUp = 4,

    /// <summary>Allowed: no PAM has counted yet, so this is the baseline, "on the initial meeting" (Appendix 6).</summary>
    Baseline = 5,

    /// <summary>Not allowed: the date is before the schedule's start.</summary>
    BeforeStart = 6,
}
