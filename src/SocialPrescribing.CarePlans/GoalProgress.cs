namespace SocialPrescribing.CarePlans;

/// <summary>How a goal is going at a review.</summary>
public enum GoalProgress
{
    /// <summary>Not started yet.</summary>
    NotStarted = 1,

    /// <summary>Under way.</summary>
    InProgress = 2,

    /// <summary>Achieved.</summary>
    Achieved = 3,

    /// <summary>No longer a goal for the person.</summary>
    NoLongerAGoal = 4,
}
