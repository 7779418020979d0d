namespace SocialPrescribing.Measures;

/// <summary>Which way a measure moved between two assessments, judged by what counts as better for that measure.</summary>
public enum ChangeDirection
{
    /// <summary>One of the two assessments has no value for this item, so no change can be stated.</summary>
    NotComparable = 0,

    /// <summary>The measure moved the better way (for ONS4 anxiety, a fall).</summary>
    Improved = 1,

    /// <summary>The measure did not move.</summary>
    Unchanged = 2,

    /// <summary>The measure moved the worse way (for ONS4 anxiety, a rise).</summary>
    Worsened = 3,
}
