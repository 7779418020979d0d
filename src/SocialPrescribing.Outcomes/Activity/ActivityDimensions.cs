namespace SocialPrescribing.Outcomes;

/// <summary>What activity is grouped by; combine with <c>|</c>. <see cref="None"/> gives one group of everything.</summary>
/// <remarks>
/// No referral source: activity is counted by when it happened, and an anonymous Friends and Family Test answer has no
/// referral at all (this library's choice; docs/outcomes.md, "Activity figures"). Group cohort figures by source.
/// </remarks>
[Flags]
public enum ActivityDimensions
{
    /// <summary>No grouping: one group for all the activity.</summary>
    None = 0,

    /// <summary>The primary care network: of the episode (as for cohort figures), or the one an anonymous answer was returned for.</summary>
    PrimaryCareNetwork = 1,

    /// <summary>The person's registered GP practice, or the practice an anonymous answer was returned for.</summary>
    Practice = 2,

    /// <summary>The reporting period each thing happened in (<see cref="ActivityOptions.PeriodKind"/>).</summary>
    Period = 4,
}
