namespace SocialPrescribing.QualityAssurance;

/// <summary>What a group is due for.</summary>
public enum DueKind
{
    /// <summary>Review of the agreement to connect: annually, or sooner on a significant change of group leadership (section 9, process step 6).</summary>
    AgreementReview = 1,

    /// <summary>A catch-up with the group, at least every 6 months (section 9, process step 7; section 5 item 4: "regular catch-ups ... to check what capacity they have").</summary>
    CatchUp = 2,

    /// <summary>The confidence survey, every six months (section 12).</summary>
    ConfidenceSurvey = 3,
}
