using System.Diagnostics;
using System.Globalization;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// How many people are registered, by practice and demographic group, as the caller knows it: the denominators of rates
/// per 1,000 registered people (docs/demographics.md, "Rates").
/// </summary>
/// <remarks>
/// <para>
/// NHS Digital publishes the numbers of patients registered at each GP practice by five-year age band and sex every month
/// (Patients Registered at a GP Practice); for ethnicity and deprivation the caller gives counts of its registered
/// population if it has them. A population is split by some demographic parts (<see cref="SplitBy"/>); a rate grouped by
/// parts the population is not split by has no denominator, and the report gives shares instead. A population split by
/// ethnic category also serves the broad ethnic groups, and one split by deprivation decile the quintiles.
/// </para>
/// <para>A group's registered people are the sum over the practices in it (by PCN through <see cref="EpisodeOutcomeOptions.PracticeNetworks"/>) and over the parts it is not grouped by; periods share the one population.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class RegisteredPopulation
{
    private const OutcomeDimensions Demographic = OutcomeGroupKey.DemographicDimensions;

    private readonly Dictionary<(OdsCode Practice, OutcomeGroupKey Group), long> _counts;

    private RegisteredPopulation(OutcomeDimensions splitBy, Dictionary<(OdsCode Practice, OutcomeGroupKey Group), long> counts)
    {
        SplitBy = splitBy;
        _counts = counts;
        Total = counts.Values.Sum();
    }

    /// <summary>Gets the demographic parts the counts are split by.</summary>
    /// <value>Demographic flags of <see cref="OutcomeDimensions"/> only; <see cref="OutcomeDimensions.None"/> for whole lists.</value>
    public OutcomeDimensions SplitBy { get; }

    /// <summary>Gets every registered person counted.</summary>
    /// <value>The sum of the counts.</value>
    public long Total { get; }

    /// <summary>Creates a population from counts by practice and group.</summary>
    /// <param name="splitBy">The demographic parts the counts are split by (for NHS Digital's list sizes, <see cref="OutcomeDimensions.AgeBand"/> | <see cref="OutcomeDimensions.StatedGender"/>).</param>
    /// <param name="counts">Each practice's count per group; a group's key sets only parts of <paramref name="splitBy"/> (a part left unset counts the people for whom it is not recorded). A practice and group given twice are added.</param>
    /// <returns>The population.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="splitBy"/> holds a part that is not demographic; a count is negative, its practice is the default code, or its key sets a part not in <paramref name="splitBy"/> or a PCN, practice, source or period; the counts of one practice and group add up past what a count holds.</exception>
    public static RegisteredPopulation Create(OutcomeDimensions splitBy, IEnumerable<RegisteredCount> counts)
    {
        Preconditions.CheckArgument((splitBy & ~Demographic) == 0, nameof(splitBy), OutcomesMessages.PopulationSplitBy);
        Preconditions.CheckNotNull(counts, nameof(counts));
        var sums = new Dictionary<(OdsCode, OutcomeGroupKey), long>();
        foreach (RegisteredCount count in counts)
        {
            Preconditions.CheckArgument(count.Practice != default && count.People >= 0, nameof(counts), OutcomesMessages.PopulationCount);
            OutcomeGroupKey g = count.Group;
            bool fits = g.PrimaryCareNetwork is null && g.Practice is null && g.ReferralSource is null && g.Period is null && !g.SetsDemographicsOutside(splitBy);
            Preconditions.CheckArgument(fits, nameof(counts), OutcomesMessages.PopulationKey);
            long before = sums.GetValueOrDefault((count.Practice, g));
            Preconditions.CheckArgument(count.People <= long.MaxValue - before, nameof(counts), OutcomesMessages.PopulationTooLarge);
            sums[(count.Practice, g)] = before + count.People;
        }

        return new RegisteredPopulation(splitBy, sums);
    }

    /// <summary>Says whether the population gives denominators for a grouping: every demographic part grouped by is split by (a group or quintile through its category or decile), and not by referral source.</summary>
    /// <param name="dimensions">The grouping.</param>
    /// <returns><see langword="true"/> when each group has a denominator.</returns>
    public bool Covers(OutcomeDimensions dimensions)
    {
        OutcomeDimensions covered = SplitBy
            | ((SplitBy & OutcomeDimensions.EthnicCategory) != 0 ? OutcomeDimensions.EthnicGroup : 0)
            | ((SplitBy & OutcomeDimensions.DeprivationDecile) != 0 ? OutcomeDimensions.DeprivationQuintile : 0);
        return (dimensions & OutcomeDimensions.ReferralSource) == 0 && (dimensions & Demographic & ~covered) == 0;
    }

    /// <summary>Describes the population by its split and total.</summary>
    /// <returns>For example <c>Registered population: 1200000 people, split by AgeBand, StatedGender</c>.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"Registered population: {Total} people, split by {SplitBy}");

    /// <summary>The registered people of every group of a grouping, keyed as the episodes' groups are (periods aside).</summary>
    /// <param name="dimensions">The grouping; <see cref="Covers"/> must hold.</param>
    /// <param name="options">The practices' networks.</param>
    /// <returns>The people per key, with the period unset.</returns>
    internal Dictionary<OutcomeGroupKey, long> ByGroup(OutcomeDimensions dimensions, EpisodeOutcomeOptions options)
    {
        var groups = new Dictionary<OutcomeGroupKey, long>();
        foreach (((OdsCode practice, OutcomeGroupKey g), long people) in _counts)
        {
            OdsCode? network = options.PracticeNetworks.TryGetValue(practice, out OdsCode n) ? n : null;
            if ((dimensions & OutcomeDimensions.PrimaryCareNetwork) != 0 && network is null)
            {
                continue; // A practice in no known PCN adds to no PCN's denominator.
            }

            EthnicCategory? category = g.EthnicCategory;
            DeprivationDecile? decile = g.DeprivationDecile;
            var key = new OutcomeGroupKey(
                (dimensions & OutcomeDimensions.PrimaryCareNetwork) != 0 ? network : null,
                (dimensions & OutcomeDimensions.Practice) != 0 ? practice : null,
                null,
                null,
                (dimensions & OutcomeDimensions.AgeBand) != 0 ? g.AgeBand : null,
                (dimensions & OutcomeDimensions.StatedGender) != 0 ? g.StatedGender : null,
                (dimensions & OutcomeDimensions.EthnicCategory) != 0 ? category : null,
                (dimensions & OutcomeDimensions.EthnicGroup) != 0 ? g.EthnicGroup ?? category?.GetGroup() : null,
                (dimensions & OutcomeDimensions.DeprivationDecile) != 0 ? decile : null,
                (dimensions & OutcomeDimensions.DeprivationQuintile) != 0 ? g.DeprivationQuintile ?? decile?.GetQuintile() : null);
            groups[key] = groups.GetValueOrDefault(key) + people;
        }

        return groups;
    }
}

/// <summary>How many people are registered at a practice in one demographic group.</summary>
/// <param name="Practice">The practice's ODS code.</param>
/// <param name="Group">The group: only demographic parts set (for example age band and stated gender); <see langword="default"/> for the whole list.</param>
/// <param name="People">How many people; 0 or more.</param>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public readonly record struct RegisteredCount(OdsCode Practice, OutcomeGroupKey Group, long People) : System.Numerics.IEqualityOperators<RegisteredCount, RegisteredCount, bool>;
