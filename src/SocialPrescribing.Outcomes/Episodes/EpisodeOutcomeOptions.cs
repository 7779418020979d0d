using System.Collections.Frozen;
using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>How episodes are grouped and paired when their outcomes are aggregated.</summary>
/// <remarks>
/// <para>
/// The follow-up an ONS4 or PAM baseline is paired with is the person's own assessment nearest to
/// <see cref="FollowUpTarget"/> after the baseline, within <see cref="FollowUpEarliest"/> to <see cref="FollowUpLatest"/>
/// inclusive; on a tie, the earlier. The defaults (6 months, within 3 to 9 months) are this library's choice: the seed
/// asks for both measures "at least every 6 months" (section 11 table, Appendix 6), and a PAM may be retaken after 3
/// months at the earliest, so the window admits every follow-up the seed allows and stops before the 12-month one.
/// </para>
/// <para>
/// An episode is placed in the period of its referral date, or of the offer when it was never referred.
/// </para>
/// </remarks>
/// <threadsafety>Immutable once built; safe to share between threads.</threadsafety>
public sealed class EpisodeOutcomeOptions
{
    private readonly IReadOnlyDictionary<OdsCode, OdsCode> _networks = FrozenDictionary<OdsCode, OdsCode>.Empty;
    private readonly Period _earliest = SeedPeriods.ThreeMonths;
    private readonly Period _latest = Period.FromMonths(9);

    /// <summary>Gets the options used when none are given: by PCN and quarter, follow-up at 6 months (3 to 9), PAM level 4 kept.</summary>
    /// <value>The defaults.</value>
    public static EpisodeOutcomeOptions Default { get; } = new();

    /// <summary>Gets what episodes are grouped by.</summary>
    /// <value>Default: PCN and period.</value>
    public OutcomeDimensions Dimensions { get; init; } = OutcomeDimensions.PrimaryCareNetwork | OutcomeDimensions.Period;

    /// <summary>Gets the length of the periods when grouping by period.</summary>
    /// <value>Default: <see cref="PeriodKind.Quarter"/>.</value>
    public PeriodKind PeriodKind { get; init; } = PeriodKind.Quarter;

    /// <summary>Gets the PCN of each practice, for referrals that do not name the PCN.</summary>
    /// <value>
    /// Default: empty; an episode whose PCN is known from neither is grouped under an unknown PCN. The map set is copied,
    /// so changing the caller's dictionary afterwards changes nothing here.
    /// </value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyDictionary<OdsCode, OdsCode> PracticeNetworks
    {
        get => _networks;
        init => _networks = Preconditions.CheckNotNull(value, nameof(value)).ToFrozenDictionary();
    }

    /// <summary>Gets the time after the baseline a follow-up is aimed at.</summary>
    /// <value>Default: 6 months (<see cref="SeedPeriods.SixMonths"/>).</value>
    public Period FollowUpTarget { get; init; } = SeedPeriods.SixMonths;

    /// <summary>Gets the earliest time after the baseline a follow-up may be.</summary>
    /// <value>Default: 3 months.</value>
    /// <exception cref="ArgumentException">The value set is not a whole number of months or days, or is not positive.</exception>
    public Period FollowUpEarliest
    {
        get => _earliest;
        init => _earliest = CheckWindow(value, nameof(value));
    }

    /// <summary>Gets the latest time after the baseline a follow-up may be.</summary>
    /// <value>Default: 9 months.</value>
    /// <exception cref="ArgumentException">The value set is not a whole number of months or days, or is not positive.</exception>
    public Period FollowUpLatest
    {
        get => _latest;
        init => _latest = CheckWindow(value, nameof(value));
    }

    /// <summary>Gets a value indicating whether people at PAM level 4 at baseline are left out of PAM change, as some programmes do.</summary>
    /// <value>Default: <see langword="false"/> (everyone paired is counted).</value>
    public bool ExcludePamLevel4AtBaseline { get; init; }

    private static Period CheckWindow(Period value, string paramName)
    {
        Preconditions.CheckNotNull(value, paramName);
        Preconditions.CheckArgument(
            value.Years == 0 && value.Weeks == 0 && !value.HasTimeComponent && value.Months >= 0 && value.Days >= 0 && value != Period.Zero,
            paramName,
            OutcomesMessages.FollowUpWindow);
        return value;
    }
}
