namespace SocialPrescribing.Analytics;

/// <summary>What reading a file does with a row that breaks a rule (docs/analytics.md, "Bad rows").</summary>
public enum BadRowPolicy
{
    /// <summary>Stop at the first bad row with a <see cref="BadRowException"/>: nothing after it is read.</summary>
    Stop = 1,

    /// <summary>Skip bad rows, count them and keep the first few errors (<see cref="CodedExtractReader.BadRows"/>).</summary>
    Skip = 2,
}
