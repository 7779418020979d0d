namespace SocialPrescribing.CarePlans;

/// <summary>When a section of a plan is completed (seed Appendix 4).</summary>
public enum CarePlanPart
{
    /// <summary>Part one: "to be completed together at the start".</summary>
    PartOne = 1,

    /// <summary>Part two: "to be completed after 6 months".</summary>
    PartTwo = 2,
}
