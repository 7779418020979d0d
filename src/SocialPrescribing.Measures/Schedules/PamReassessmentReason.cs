namespace SocialPrescribing.Measures.Schedules;

/// <summary>Why a PAM reassessment is or is not allowed on a date (seed Appendix 6, "How should it be applied?").</summary>
public enum PamReassessmentReason
{
    /// <summary>Allowed: the regular follow-up interval (6 months) has passed since the previous assessment.</summary>
    RegularFollowUp = 1,

    /// <summary>Allowed early: at least the minimum (3 months) has passed and the person has taken up the prescribed support.</summary>
    EarlyAfterSupportTakenUp = 2,

    /// <summary>Not allowed: less than the minimum (3 months) has passed since the previous assessment.</summary>
    TooSoon = 3,

    /// <summary>Not allowed yet: the regular interval has not passed and the person has not taken up the prescribed support.</summary>
    SupportNotTakenUp = 4,
}
