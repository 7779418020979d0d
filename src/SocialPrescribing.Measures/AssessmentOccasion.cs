namespace SocialPrescribing.Measures;

/// <summary>Whether a measure was taken at the start of the person's work with the link worker or later (seed section 11).</summary>
public enum AssessmentOccasion
{
    /// <summary>At the start: "when the person is initially referred to the link worker" (section 11), at the first meeting.</summary>
    Baseline = 1,

    /// <summary>A follow-up, "at least every 6 months, for one year" (section 11).</summary>
    FollowUp = 2,
}
