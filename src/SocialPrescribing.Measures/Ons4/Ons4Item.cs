namespace SocialPrescribing.Measures;

/// <summary>The four ONS personal wellbeing questions (seed section 11 and Appendix 6).</summary>
public enum Ons4Item
{
    /// <summary>"Overall, how satisfied are you with your life nowadays?" Higher is better.</summary>
    LifeSatisfaction = 1,

    /// <summary>"Overall, to what extent do you feel the things you do in your life are worthwhile?" Higher is better.</summary>
    Worthwhile = 2,

    /// <summary>"Overall, how happy did you feel yesterday?" Higher is better.</summary>
    Happiness = 3,

    /// <summary>
    /// "On a scale where 0 is “not at all anxious” and 10 is “completely anxious”, overall, how anxious did you feel
    /// yesterday?" Lower is better: a fall is an improvement.
    /// </summary>
    Anxiety = 4,
}
