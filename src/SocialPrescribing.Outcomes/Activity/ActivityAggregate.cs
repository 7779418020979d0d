using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// Activity figures per group, counted by the period each thing happened in: the result of
/// <see cref="EpisodeActivity.Aggregate"/>, and a partial that merges with others into exactly the result of one pass.
/// </summary>
/// <remarks>
/// <para>
/// The cohort figures (<see cref="EpisodeOutcomeAggregate"/>) file everything under the period of the episode's referral;
/// these file each contact, connection, escalation, closure, answer and measure under the period it happened in
/// (docs/outcomes.md, "Activity figures"). A partial holds counts only, nothing about a person.
/// </para>
/// <para>Immutable: no public member of the aggregate or of the figures it returns changes them.</para>
/// </remarks>
/// <threadsafety>Immutable once returned; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class ActivityAggregate : IEquatable<ActivityAggregate>, System.Numerics.IEqualityOperators<ActivityAggregate, ActivityAggregate, bool>
{
    private readonly Dictionary<ActivityGroupKey, ActivityFigures> _groups;
    private ReadOnlyCollection<ActivityGroupKey>? _keys;

    internal ActivityAggregate(ActivityDimensions dimensions, PeriodKind periodKind, Dictionary<ActivityGroupKey, ActivityFigures> groups)
    {
        Dimensions = dimensions;
        PeriodKind = periodKind;
        _groups = groups;
    }

    /// <summary>Gets what the activity was grouped by.</summary>
    /// <value>From the options the aggregate was made with.</value>
    public ActivityDimensions Dimensions { get; }

    /// <summary>Gets the length of the periods, when grouped by period.</summary>
    /// <value>From the options the aggregate was made with.</value>
    public PeriodKind PeriodKind { get; }

    /// <summary>Gets the keys of the groups, in the order of a published table (PCN, practice, period).</summary>
    /// <value>Read-only; empty when nothing happened.</value>
    public ReadOnlyCollection<ActivityGroupKey> Keys
        => _keys ??= _groups.Keys.Order(Comparer<ActivityGroupKey>.Create(ActivityGroupKey.Compare)).ToList().AsReadOnly();

    /// <summary>Gets the figures of one group.</summary>
    /// <param name="key">The group's key, one of <see cref="Keys"/>.</param>
    /// <returns>The figures; immutable, like the aggregate.</returns>
    /// <exception cref="KeyNotFoundException">Nothing happened in the group.</exception>
    public ActivityFigures this[ActivityGroupKey key] => _groups[key];

    /// <summary>Gets the figures of one group, when anything happened in it.</summary>
    /// <param name="key">The group's key.</param>
    /// <param name="figures">The figures, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the group exists. Never throws.</returns>
    public bool TryGetGroup(ActivityGroupKey key, [NotNullWhen(true)] out ActivityFigures? figures) => _groups.TryGetValue(key, out figures);

    /// <summary>Gets the figures of every group together.</summary>
    /// <returns>New figures: the merge of every group.</returns>
    public ActivityFigures Total() => GroupFigures.Total(_groups);

    /// <summary>
    /// Lays the aggregate out as a table: one row per group and a total row; columns for attended contacts, minutes,
    /// connections made, escalations by recipient, closures by reason, ONS4 and PAM taken, and the Friends and Family
    /// Test answers (docs/outcomes.md, "Activity figures"). Publish it through a <see cref="DisclosurePolicy"/>.
    /// </summary>
    /// <param name="title">The table's title; <see langword="null"/> for one naming the grouping.</param>
    /// <returns>The unpublished table; its families add up and the total row is the sum of the rows.</returns>
    /// <exception cref="ArgumentException"><paramref name="title"/> is blank.</exception>
    public OutcomeTable ToTable(string? title = null) => ActivityTable.Create(this, title ?? ActivityTable.Title(Dimensions));

    /// <summary>Rebuilds a partial from its groups, as read back from storage (docs/outcomes.md, "Scaling out").</summary>
    /// <param name="dimensions">What the activity was grouped by.</param>
    /// <param name="periodKind">The length of the periods.</param>
    /// <param name="groups">Each group's key and figures; the figures are copied.</param>
    /// <returns>The partial, equal to the partial the groups were read from.</returns>
    /// <remarks>
    /// A key sets only the parts the activity is grouped by, and the period exactly when grouped by period (of
    /// <paramref name="periodKind"/>). Grouped by PCN or practice, the part may be unset: activity whose PCN is unknown,
    /// and anonymous answers returned for a PCN rather than a practice.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="groups"/> is null, or holds null figures.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimensions"/> has undefined flags, or <paramref name="periodKind"/> is not a named member.</exception>
    /// <exception cref="ArgumentException">A key repeats, or sets a part the partial is not grouped by (or leaves out the period when grouped by period).</exception>
    public static ActivityAggregate Create(ActivityDimensions dimensions, PeriodKind periodKind, IEnumerable<KeyValuePair<ActivityGroupKey, ActivityFigures>> groups)
    {
        Preconditions.CheckArgumentRange(nameof(dimensions), (int)dimensions, 0, 7);
        Preconditions.CheckDefined(periodKind, nameof(periodKind));
        Preconditions.CheckNotNull(groups, nameof(groups));
        bool byNetwork = (dimensions & ActivityDimensions.PrimaryCareNetwork) != 0;
        bool byPractice = (dimensions & ActivityDimensions.Practice) != 0;
        bool byPeriod = (dimensions & ActivityDimensions.Period) != 0;
        Dictionary<ActivityGroupKey, ActivityFigures> copied = GroupFigures.CopyChecked(
            groups,
            key => (byNetwork || key.PrimaryCareNetwork is null) && (byPractice || key.Practice is null)
                && (byPeriod ? key.Period is ReportingPeriod p && p.Kind == periodKind : key.Period is null),
            OutcomesMessages.ActivityGroupKeyParts);
        return new ActivityAggregate(dimensions, periodKind, copied);
    }

    /// <summary>Merges two partials made with the same grouping into a new one, leaving both unchanged.</summary>
    /// <param name="first">The first partial.</param>
    /// <param name="second">The second partial.</param>
    /// <returns>The activity of both; associative and commutative, with an empty aggregate as identity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> or <paramref name="second"/> is null.</exception>
    /// <exception cref="ArgumentException">The two were grouped differently (dimensions or period kind).</exception>
    public static ActivityAggregate Merge(ActivityAggregate first, ActivityAggregate second)
    {
        Preconditions.CheckNotNull(first, nameof(first));
        Preconditions.CheckNotNull(second, nameof(second));
        Preconditions.CheckArgument(
            first.Dimensions == second.Dimensions && (first.PeriodKind == second.PeriodKind || (first.Dimensions & ActivityDimensions.Period) == 0),
            nameof(second),
            OutcomesMessages.DifferentGrouping);
        var groups = new Dictionary<ActivityGroupKey, ActivityFigures>();
        GroupFigures.AddInto(groups, first._groups);
        GroupFigures.AddInto(groups, second._groups);
        return new ActivityAggregate(first.Dimensions, first.PeriodKind, groups);
    }

    /// <summary>Compares two aggregates group by group.</summary>
    /// <param name="other">The aggregate to compare with.</param>
    /// <returns><see langword="true"/> when both have the same grouping, the same groups and equal figures in each.</returns>
    public bool Equals(ActivityAggregate? other)
        => other is not null && other.Dimensions == Dimensions && other.PeriodKind == PeriodKind && GroupFigures.Same(_groups, other._groups);

    /// <summary>Compares two values for equality, as <see cref="Equals(ActivityAggregate)"/> does.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(ActivityAggregate? left, ActivityAggregate? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ActivityAggregate? left, ActivityAggregate? right) => !(left == right);

    /// <summary>Compares with an object.</summary>
    /// <param name="obj">The object.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal aggregate.</returns>
    public override bool Equals(object? obj) => Equals(obj as ActivityAggregate);

    /// <summary>Gets a hash code from the grouping and the number of groups.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Dimensions, PeriodKind, _groups.Count);

    /// <summary>Describes the aggregate by its number of groups.</summary>
    /// <returns>For example <c>Activity: 12 groups</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Activity: {_groups.Count} groups");
}
