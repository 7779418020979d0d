namespace SocialPrescribing.Outcomes;

/// <summary>What episodes are grouped by; combine with <c>|</c>. <see cref="None"/> gives one group of everything.</summary>
[Flags]
public enum OutcomeDimensions
{
    /// <summary>No grouping: one group for every episode.</summary>
    None = 0,

    /// <summary>The primary care network of the person's registered practice.</summary>
    PrimaryCareNetwork = 1,

    /// <summary>The person's registered GP practice.</summary>
    Practice = 2,

    /// <summary>Who referred (the kind of referral source, seed section 1).</summary>
    ReferralSource = 4,

    /// <summary>The reporting period the episode started in (<see cref="EpisodeOutcomeOptions.PeriodKind"/>).</summary>
    Period = 8,
}
