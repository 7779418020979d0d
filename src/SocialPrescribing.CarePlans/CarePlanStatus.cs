namespace SocialPrescribing.CarePlans;

/// <summary>Where a plan is in its life.</summary>
public enum CarePlanStatus
{
    /// <summary>Being written with the person; any section can change.</summary>
    Draft = 1,

    /// <summary>Agreed with the person, who has their own copy (seed section 5 item 3: "I have my own copy"); from now on it changes only at a review.</summary>
    Agreed = 2,

    /// <summary>Reviewed at least once since it was agreed (seed section 5 item 3); each review added a version.</summary>
    Reviewed = 3,
}
