namespace SocialPrescribing.Outcomes;

/// <summary>What episodes are grouped by; combine with <c>|</c>. <see cref="None"/> gives one group of everything.</summary>
/// <remarks>
/// Grouped by a part of the person's demographics, episodes where it is not recorded make a group of their own ("Not
/// recorded"), never dropped (<see cref="EpisodeOutcomeAggregate.IsNotRecorded"/>). More, smaller groups mean more cells
/// suppressed when published: docs/demographics.md, "Breakdowns and disclosure control".
/// </remarks>
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

    /// <summary>The person's five-year age band on the referral date (on the offer date when never referred): NHS Digital's bands (docs/demographics.md).</summary>
    AgeBand = 16,

    /// <summary>The person's stated gender (the NHS Data Dictionary's PERSON STATED GENDER CODE): the sex registered list sizes are split by.</summary>
    StatedGender = 32,

    /// <summary>The person's ethnic category, in detail (the NHS Data Dictionary's 16 categories, not stated and not known).</summary>
    EthnicCategory = 64,

    /// <summary>The person's broad ethnic group (the five groups of the ethnic categories, not stated and not known).</summary>
    EthnicGroup = 128,

    /// <summary>The deprivation decile of where the person lives (Index of Multiple Deprivation, as the caller recorded it).</summary>
    DeprivationDecile = 256,

    /// <summary>The deprivation quintile of where the person lives (deciles 1 and 2 make quintile 1, "Core20").</summary>
    DeprivationQuintile = 512,
}
