namespace SocialPrescribing.Outcomes;

/// <summary>The kind of organisation a group of coded GP activity is counted for (see <c>docs/outcomes.md</c>, "Coded GP activity").</summary>
public enum CodedActivityLevel
{
    /// <summary>A GP practice: the rows whose practice is this one.</summary>
    Practice = 1,

    /// <summary>A primary care network: the rows of every practice the analyst's map puts in it.</summary>
    PrimaryCareNetwork = 2,
}
