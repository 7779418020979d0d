namespace SocialPrescribing.Referrals;

/// <summary>The kinds of event in an episode's history, one per <see cref="EpisodeEvent"/> type.</summary>
/// <remarks>Zero is not a member. Which kind is allowed in which state: the table in <c>docs/referrals.md</c>.</remarks>
public enum EpisodeEventKind
{
    /// <summary><see cref="SocialPrescribingOffered"/>.</summary>
    Offered = 1,

    /// <summary><see cref="ReferralMade"/>.</summary>
    Referred = 2,

    /// <summary><see cref="PersonDeclined"/>.</summary>
    Declined = 3,

    /// <summary><see cref="ReferralAccepted"/>.</summary>
    Accepted = 4,

    /// <summary><see cref="ReferralNotAccepted"/>.</summary>
    NotAccepted = 5,

    /// <summary><see cref="ContactRecorded"/>.</summary>
    ContactRecorded = 6,

    /// <summary><see cref="CarePlanAgreed"/>.</summary>
    PlanAgreed = 7,

    /// <summary><see cref="ConnectionMade"/>.</summary>
    ConnectionMade = 8,

    /// <summary><see cref="ConnectionOutcomeRecorded"/>.</summary>
    ConnectionOutcomeRecorded = 9,

    /// <summary><see cref="Ons4Recorded"/>.</summary>
    Ons4Recorded = 10,

    /// <summary><see cref="PamRecorded"/>.</summary>
    PamRecorded = 11,

    /// <summary><see cref="PamEligibilityRecorded"/>.</summary>
    PamEligibilityRecorded = 12,

    /// <summary><see cref="SatisfactionRecorded"/>.</summary>
    SatisfactionRecorded = 13,

    /// <summary><see cref="ChangesRecorded"/>.</summary>
    ChangesRecorded = 14,

    /// <summary><see cref="ReviewStarted"/>.</summary>
    ReviewStarted = 15,

    /// <summary><see cref="ReviewCompleted"/>.</summary>
    ReviewCompleted = 16,

    /// <summary><see cref="Escalated"/>.</summary>
    Escalated = 17,

    /// <summary><see cref="PersonalHealthBudgetExplored"/>.</summary>
    PersonalHealthBudgetExplored = 18,

    /// <summary><see cref="ComplaintRecorded"/>.</summary>
    ComplaintRecorded = 19,

    /// <summary><see cref="PermissionsRecorded"/>.</summary>
    PermissionsRecorded = 20,

    /// <summary><see cref="EpisodeReassigned"/>.</summary>
    Reassigned = 21,

    /// <summary><see cref="PutOnHold"/>.</summary>
    PutOnHold = 22,

    /// <summary><see cref="EpisodeResumed"/>.</summary>
    Resumed = 23,

    /// <summary><see cref="EpisodeClosed"/>.</summary>
    Closed = 24,

    /// <summary><see cref="Referrals.OfferLapsed"/>.</summary>
    OfferLapsed = 25,

    /// <summary><see cref="Referrals.EscalationResolved"/>.</summary>
    EscalationResolved = 26,

    /// <summary><see cref="Referrals.UrgencyChanged"/>.</summary>
    UrgencyChanged = 27,

    /// <summary><see cref="Referrals.EnteredInError"/>.</summary>
    EnteredInError = 28,

    /// <summary><see cref="Referrals.NhsNumberTraced"/>.</summary>
    NhsNumberTraced = 29,

    /// <summary><see cref="Referrals.ConnectionSharingRecorded"/>.</summary>
    ConnectionSharingRecorded = 30,

    /// <summary><see cref="Referrals.ReferrerSharingRecorded"/>.</summary>
    ReferrerSharingRecorded = 31,

    /// <summary><see cref="Referrals.MeasuresNotTakenRecorded"/>.</summary>
    MeasuresNotTakenRecorded = 32,

    /// <summary><see cref="Referrals.DemographicsRecorded"/>.</summary>
    DemographicsRecorded = 33,
}
