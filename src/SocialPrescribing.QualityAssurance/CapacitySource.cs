namespace SocialPrescribing.QualityAssurance;

/// <summary>Where a group's reported capacity for new people came from.</summary>
public enum CapacitySource
{
    /// <summary>A catch-up with the link worker.</summary>
    CatchUp = 1,

    /// <summary>The confidence survey (section 12, questions 2 and 3).</summary>
    ConfidenceSurvey = 2,
}
