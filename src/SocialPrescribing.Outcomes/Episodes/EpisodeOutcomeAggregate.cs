using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// The outcomes of a set of episodes, per group: the result of <see cref="EpisodeOutcomes"/>, and a partial that merges
/// with the partials of other shards, threads, practices or ICBs into exactly the result of one pass over all of them.
/// </summary>
/// <remarks>
/// <para>
/// A partial holds counts and sums only, never an episode or anything about a person, so a practice or an ICB can
/// aggregate its own episodes and send the partial on; a region merges the partials without seeing an episode
/// (docs/outcomes.md, "Scaling out").
/// </para>
/// <para>
/// Immutable: no public member of the aggregate or of the figures it returns changes them (the aggregation builds them
/// internally and hands them over once it has finished), so value equality is stable.
/// </para>
/// </remarks>
/// <threadsafety>Immutable once returned; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class EpisodeOutcomeAggregate : IEquatable<EpisodeOutcomeAggregate>, System.Numerics.IEqualityOperators<EpisodeOutcomeAggregate, EpisodeOutcomeAggregate, bool>
{
    /// <summary>Every flag of <see cref="OutcomeDimensions"/>.</summary>
    private const int AllDimensions = (int)(OutcomeDimensions.PrimaryCareNetwork | OutcomeDimensions.Practice | OutcomeDimensions.ReferralSource | OutcomeDimensions.Period | OutcomeGroupKey.DemographicDimensions);

    private readonly Dictionary<OutcomeGroupKey, GroupOutcomes> _groups;
    private ReadOnlyCollection<OutcomeGroupKey>? _keys;

    internal EpisodeOutcomeAggregate(OutcomeDimensions dimensions, PeriodKind periodKind, Dictionary<OutcomeGroupKey, GroupOutcomes> groups)
    {
        Dimensions = dimensions;
        PeriodKind = periodKind;
        _groups = groups;
    }

    /// <summary>Gets what the episodes were grouped by.</summary>
    /// <value>From the options the aggregate was made with.</value>
    public OutcomeDimensions Dimensions { get; }

    /// <summary>Gets the length of the periods, when grouped by period.</summary>
    /// <value>From the options the aggregate was made with.</value>
    public PeriodKind PeriodKind { get; }

    /// <summary>Gets how many episodes were aggregated.</summary>
    /// <value>The sum of <see cref="GroupOutcomes.Episodes"/> over the groups.</value>
    public long Episodes => _groups.Values.Sum(g => g.Episodes);

    /// <summary>Gets the keys of the groups, in the order of a published table (PCN, practice, source, period).</summary>
    /// <value>Read-only; empty when no episode was aggregated.</value>
    public ReadOnlyCollection<OutcomeGroupKey> Keys
        => _keys ??= _groups.Keys.Order(Comparer<OutcomeGroupKey>.Create(OutcomeGroupKey.Compare)).ToList().AsReadOnly();

    /// <summary>Gets the figures of one group.</summary>
    /// <param name="key">The group's key, one of <see cref="Keys"/>.</param>
    /// <returns>The figures; immutable, like the aggregate.</returns>
    /// <exception cref="KeyNotFoundException">No episode fell in the group.</exception>
    public GroupOutcomes this[OutcomeGroupKey key] => _groups[key];

    /// <summary>Gets the figures of one group, when any episode fell in it.</summary>
    /// <param name="key">The group's key.</param>
    /// <param name="figures">The figures, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the group exists. Never throws.</returns>
    public bool TryGetGroup(OutcomeGroupKey key, [NotNullWhen(true)] out GroupOutcomes? figures) => _groups.TryGetValue(key, out figures);

    /// <summary>Says whether a key is that of episodes whose PCN is unknown: grouped by PCN, with the PCN unset.</summary>
    /// <param name="key">A key, usually one of <see cref="Keys"/>.</param>
    /// <returns>
    /// <see langword="true"/> when the aggregate is grouped by PCN and <paramref name="key"/> has no
    /// <see cref="OutcomeGroupKey.PrimaryCareNetwork"/>: the PCN came from neither the referral nor
    /// <see cref="EpisodeOutcomeOptions.PracticeNetworks"/>. The table labels that row "Unknown PCN"; look it up by key, not by label. Never throws.
    /// </returns>
    public bool IsNetworkUnknown(OutcomeGroupKey key) => (Dimensions & OutcomeDimensions.PrimaryCareNetwork) != 0 && key.PrimaryCareNetwork is null;

    /// <summary>Says whether a key is that of episodes where a part of the person's demographics is not recorded: grouped by it, with the part unset.</summary>
    /// <param name="key">A key, usually one of <see cref="Keys"/>.</param>
    /// <param name="dimension">One demographic dimension: <see cref="OutcomeDimensions.AgeBand"/> to <see cref="OutcomeDimensions.DeprivationQuintile"/>.</param>
    /// <returns>
    /// <see langword="true"/> when the aggregate is grouped by <paramref name="dimension"/> and <paramref name="key"/>'s part
    /// for it is unset. The table labels that row "Not recorded"; a group of its own, never dropped.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is not one demographic dimension.</exception>
    public bool IsNotRecorded(OutcomeGroupKey key, OutcomeDimensions dimension)
    {
        foreach ((OutcomeDimensions flag, _, Func<OutcomeGroupKey, bool> isSet, _) in OutcomeGroupKey.DemographicParts)
        {
            if (flag == dimension)
            {
                return !isSet(key) && (Dimensions & dimension) != 0;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(dimension), dimension, OutcomesMessages.NotADemographicDimension);
    }

    /// <summary>Gets the figures of every group together.</summary>
    /// <returns>New figures: the merge of every group.</returns>
    public GroupOutcomes Total() => GroupFigures.Total(_groups);

    /// <summary>
    /// Lays the aggregate out as the dashboard table: one row per group and a total row; columns for the episodes by
    /// state, the three codes, closure reasons, contacts, escalations, waiting time, each ONS4 item (baseline mean and
    /// band share, paired change with its 95% interval, share improved), PAM change and gains of 3 points or more, and
    /// Friends and Family Test satisfaction (docs/outcomes.md). Publish it through a <see cref="DisclosurePolicy"/>.
    /// </summary>
    /// <param name="title">The table's title; <see langword="null"/> for one naming the grouping.</param>
    /// <returns>The unpublished table; its counts add up by state and closure reason, and the total row is the sum of the rows.</returns>
    /// <exception cref="ArgumentException"><paramref name="title"/> is blank.</exception>
    public OutcomeTable ToTable(string? title = null) => EpisodeOutcomeTable.Create(this, title ?? EpisodeOutcomeTable.Title(this));

    /// <summary>Rebuilds a partial from its groups, as read back from storage (see docs/outcomes.md, "Scaling out").</summary>
    /// <param name="dimensions">What the episodes were grouped by.</param>
    /// <param name="periodKind">The length of the periods.</param>
    /// <param name="groups">Each group's key and figures; the figures are copied.</param>
    /// <returns>The partial.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="groups"/> is null, or holds null figures.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimensions"/> has undefined flags, or <paramref name="periodKind"/> is not a named member.</exception>
    /// <exception cref="ArgumentException">A key repeats, or sets a part the partial is not grouped by (or leaves out the period when grouped by period).</exception>
    public static EpisodeOutcomeAggregate Create(OutcomeDimensions dimensions, PeriodKind periodKind, IEnumerable<KeyValuePair<OutcomeGroupKey, GroupOutcomes>> groups)
    {
        Preconditions.CheckArgumentRange(nameof(dimensions), (int)dimensions, 0, AllDimensions);
        Preconditions.CheckDefined(periodKind, nameof(periodKind));
        Preconditions.CheckNotNull(groups, nameof(groups));
        bool byPeriod = (dimensions & OutcomeDimensions.Period) != 0;
        Dictionary<OutcomeGroupKey, GroupOutcomes> copied = GroupFigures.CopyChecked(
            groups,
            key => ((dimensions & OutcomeDimensions.PrimaryCareNetwork) != 0 || key.PrimaryCareNetwork is null)
                && ((dimensions & OutcomeDimensions.Practice) != 0) == key.Practice is not null
                && ((dimensions & OutcomeDimensions.ReferralSource) != 0 || key.ReferralSource is null)
                && (byPeriod ? key.Period is ReportingPeriod p && p.Kind == periodKind : key.Period is null)
                && !key.SetsDemographicsOutside(dimensions),
            OutcomesMessages.GroupKeyParts);
        return new EpisodeOutcomeAggregate(dimensions, periodKind, copied);
    }

    /// <summary>Merges two partials made with the same grouping into a new one, leaving both unchanged.</summary>
    /// <param name="first">The first partial.</param>
    /// <param name="second">The second partial.</param>
    /// <returns>The aggregate of the episodes of both; associative and commutative, with an empty aggregate as identity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> or <paramref name="second"/> is null.</exception>
    /// <exception cref="ArgumentException">The two were grouped differently (dimensions or period kind).</exception>
    public static EpisodeOutcomeAggregate Merge(EpisodeOutcomeAggregate first, EpisodeOutcomeAggregate second)
    {
        Preconditions.CheckNotNull(first, nameof(first));
        Preconditions.CheckNotNull(second, nameof(second));
        Preconditions.CheckArgument(
            first.Dimensions == second.Dimensions && (first.PeriodKind == second.PeriodKind || (first.Dimensions & OutcomeDimensions.Period) == 0),
            nameof(second),
            OutcomesMessages.DifferentGrouping);
        var groups = new Dictionary<OutcomeGroupKey, GroupOutcomes>();
        GroupFigures.AddInto(groups, first._groups);
        GroupFigures.AddInto(groups, second._groups);
        return new EpisodeOutcomeAggregate(first.Dimensions, first.PeriodKind, groups);
    }

    /// <summary>Compares two aggregates group by group.</summary>
    /// <param name="other">The aggregate to compare with.</param>
    /// <returns><see langword="true"/> when both have the same grouping, the same groups and equal figures in each.</returns>
    public bool Equals(EpisodeOutcomeAggregate? other)
        => other is not null && other.Dimensions == Dimensions && other.PeriodKind == PeriodKind && GroupFigures.Same(_groups, other._groups);

    /// <summary>Compares two values for equality, as <see cref="Equals(EpisodeOutcomeAggregate)"/> does.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(EpisodeOutcomeAggregate? left, EpisodeOutcomeAggregate? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(EpisodeOutcomeAggregate? left, EpisodeOutcomeAggregate? right) => !(left == right);

    /// <summary>Compares with an object.</summary>
    /// <param name="obj">The object.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal aggregate.</returns>
    public override bool Equals(object? obj) => Equals(obj as EpisodeOutcomeAggregate);

    /// <summary>Gets a hash code from the grouping and the number of groups.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Dimensions, PeriodKind, _groups.Count);

    /// <summary>Describes the aggregate by groups and episodes.</summary>
    /// <returns>For example <c>Episode outcomes: 12 groups, 3400 episodes</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Episode outcomes: {_groups.Count} groups, {Episodes} episodes");
}
