namespace SocialPrescribing.CarePlans;

/// <summary>Where a plan is in its life.</summary>
public enum CarePlanStatus
{
    /// <summary>Being written with the person; part one can change.</summary>
    Draft = 1,

    /// <summary>Agreed with the person, who has their own copy (seed section 5 item 3: "I have my own copy").</summary>
    Agreed = 2,

    /// <summary>Reviewed at least once since it was agreed.</summary>
    Reviewed = 3,
}
