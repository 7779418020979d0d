using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>Figures of one group that add up: the cohort's <see cref="GroupOutcomes"/> and the activity's <see cref="ActivityFigures"/>.</summary>
/// <typeparam name="TSelf">The figures' type.</typeparam>
internal interface IGroupFigures<TSelf>
    where TSelf : class, IGroupFigures<TSelf>, IEquatable<TSelf>
{
    /// <summary>Makes empty figures, the identity of <see cref="AddFigures"/>.</summary>
    static abstract TSelf Empty();

    /// <summary>Adds every figure of another group to this one (the aggregation's builder; never on figures already returned).</summary>
    void AddFigures(TSelf other);
}

/// <summary>What the cohort and activity aggregates do alike with their groups: add partials, total, compare.</summary>
internal static class GroupFigures
{
    /// <summary>Adds each group of <paramref name="from"/> into <paramref name="into"/>, copying rather than sharing.</summary>
    internal static void AddInto<TKey, TFigures>(Dictionary<TKey, TFigures> into, Dictionary<TKey, TFigures> from)
        where TKey : notnull
        where TFigures : class, IGroupFigures<TFigures>, IEquatable<TFigures>
    {
        foreach (KeyValuePair<TKey, TFigures> group in from)
        {
            if (!into.TryGetValue(group.Key, out TFigures? mine))
            {
                mine = TFigures.Empty();
                into.Add(group.Key, mine);
            }

            mine.AddFigures(group.Value);
        }
    }

    /// <summary>
    /// Copies groups given as data (a partial read back or built by hand) into a new dictionary, refusing a null figure,
    /// a key that does not fit the grouping and a key given twice (the aggregates' <c>Create</c>).
    /// </summary>
    /// <param name="groups">The groups given.</param>
    /// <param name="fits">Whether a key has exactly the parts the grouping asks for.</param>
    /// <param name="keyRule">The rule a key breaks when it does not fit, for the error.</param>
    /// <exception cref="ArgumentNullException">A figure is null.</exception>
    /// <exception cref="ArgumentException">A key does not fit, or is given twice.</exception>
    internal static Dictionary<TKey, TFigures> CopyChecked<TKey, TFigures>(IEnumerable<KeyValuePair<TKey, TFigures>> groups, Func<TKey, bool> fits, string keyRule)
        where TKey : notnull
        where TFigures : class, IGroupFigures<TFigures>, IEquatable<TFigures>
    {
        var copied = new Dictionary<TKey, TFigures>();
        foreach (KeyValuePair<TKey, TFigures> group in groups)
        {
            Preconditions.CheckNotNull(group.Value, nameof(groups));
            Preconditions.CheckArgument(fits(group.Key), nameof(groups), keyRule);
            Preconditions.CheckArgument(!copied.ContainsKey(group.Key), nameof(groups), OutcomesMessages.DuplicateGroup);
            TFigures figures = TFigures.Empty();
            figures.AddFigures(group.Value);
            copied.Add(group.Key, figures);
        }

        return copied;
    }

    /// <summary>Gets the merge of every group, as new figures.</summary>
    internal static TFigures Total<TKey, TFigures>(Dictionary<TKey, TFigures> groups)
        where TKey : notnull
        where TFigures : class, IGroupFigures<TFigures>, IEquatable<TFigures>
    {
        TFigures total = TFigures.Empty();
        foreach (TFigures group in groups.Values)
        {
            total.AddFigures(group);
        }

        return total;
    }

    /// <summary>Says whether two sets of groups have the same keys and equal figures under each.</summary>
    internal static bool Same<TKey, TFigures>(Dictionary<TKey, TFigures> mine, Dictionary<TKey, TFigures> theirs)
        where TKey : notnull
        where TFigures : class, IGroupFigures<TFigures>, IEquatable<TFigures>
        => mine.Count == theirs.Count && mine.All(g => theirs.TryGetValue(g.Key, out TFigures? other) && other.Equals(g.Value));
}
