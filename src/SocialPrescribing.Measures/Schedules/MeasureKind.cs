namespace SocialPrescribing.Measures;

/// <summary>The measures of a person's wellbeing that follow the measurement schedule (seed section 11).</summary>
public enum MeasureKind
{
    /// <summary>The ONS4 personal wellbeing questions: everyone referred.</summary>
    Ons4 = 1,

    /// <summary>The Patient Activation Measure: people for whom it is suitable.</summary>
    Pam = 2,
}
