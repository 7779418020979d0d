using System.Collections.Frozen;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>How activity is grouped when it is counted by the date it happened (<see cref="EpisodeActivity"/>).</summary>
/// <threadsafety>Immutable once built; safe to share between threads.</threadsafety>
public sealed class ActivityOptions
{
    private readonly IReadOnlyDictionary<OdsCode, OdsCode> _networks = FrozenDictionary<OdsCode, OdsCode>.Empty;
    private readonly ActivityDimensions _dimensions = ActivityDimensions.PrimaryCareNetwork | ActivityDimensions.Period;

    /// <summary>Gets the options used when none are given: by PCN and quarter, as the cohort figures' default.</summary>
    /// <value>The defaults.</value>
    public static ActivityOptions Default { get; } = new();

    /// <summary>Gets what activity is grouped by.</summary>
    /// <value>Default: PCN and period.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set has a flag that is not a member.</exception>
    public ActivityDimensions Dimensions
    {
        get => _dimensions;
        init
        {
            Preconditions.CheckArgumentRange(nameof(value), (int)value, 0, 7);
            _dimensions = value;
        }
    }

    /// <summary>Gets the length of the periods when grouping by period; <see cref="PeriodKind.Month"/> gives the FFT's monthly figures.</summary>
    /// <value>Default: <see cref="PeriodKind.Quarter"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not a named member.</exception>
    public PeriodKind PeriodKind
    {
        get;
        init
        {
            Preconditions.CheckDefined(value, nameof(value));
            field = value;
        }
    } = PeriodKind.Quarter;

    /// <summary>Gets the PCN of each practice, for referrals that do not name the PCN and for anonymous answers returned by a practice.</summary>
    /// <value>Default: empty. The map set is copied, so changing the caller's dictionary afterwards changes nothing here.</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyDictionary<OdsCode, OdsCode> PracticeNetworks
    {
        get => _networks;
        init => _networks = Preconditions.CheckNotNull(value, nameof(value)).ToFrozenDictionary();
    }
}
