namespace SocialPrescribing.Measures;

/// <summary>The four levels of patient activation, from one (lowest) to four (highest) (seed Appendix 6, "What is the Patient Activation Measure?").</summary>
/// <remarks>People at levels one and two have the lowest knowledge, skills and confidence and need the most support (Appendix 6, "Why is it important?").</remarks>
public enum PamLevel
{
    /// <summary>Level 1: score up to 47.0.</summary>
    Level1 = 1,

    /// <summary>Level 2: score 47.1 to 55.1.</summary>
    Level2 = 2,

    /// <summary>Level 3: score 55.2 to 67.0.</summary>
    Level3 = 3,

    /// <summary>Level 4: score 67.1 and above.</summary>
    Level4 = 4,
}
