using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// The mergeable result of aggregating coded GP activity: practice groups of one <see cref="PeriodKind"/> and the count
/// of rows ignored, as plain data that can be stored, sent and rebuilt (see <c>docs/outcomes.md</c>, "Coded GP activity").
/// </summary>
/// <remarks>
/// <para>
/// Partials merge with <see cref="CodedActivity.Merge(CodedActivityPartial, CodedActivityPartial)"/>: a partial from one
/// shard, thread, practice or ICB merged with another is exactly the partial of one pass over all their rows. Merging is
/// associative and commutative, and <see cref="Empty"/> of the same kind is its identity. A practice or ICB aggregates
/// locally and a region merges the partials; PCN figures, list shares and thresholds are applied afterwards by
/// <see cref="CodedActivity.Report"/>, so a partial does not depend on them.
/// </para>
/// <para>
/// A partial carries the pseudonymised person keys of its groups (<see cref="CodedActivityPracticeGroup"/>): without them
/// distinct people could not be counted exactly across shards. Store and send it as the extract itself is handled.
/// <see cref="ToString"/> and the debugger display show counts only.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class CodedActivityPartial
{
    /// <summary>Makes a partial of groups that all number their people in <paramref name="keys"/>.</summary>
    internal CodedActivityPartial(PeriodKind kind, long ignoredRows, string[] keys, CodedActivityPracticeGroup[] groups)
    {
        Array.Sort(groups, static (a, b) =>
        {
            int c = a.Practice.CompareTo(b.Practice);
            return c != 0 ? c : a.Period.CompareTo(b.Period);
        });
        Kind = kind;
        IgnoredRows = ignoredRows;
        Keys = keys;
        Groups = Array.AsReadOnly(groups);
        long rows = ignoredRows;
        foreach (CodedActivityPracticeGroup group in groups)
        {
            rows += group.Codes;
        }

        RowsRead = rows;
    }

    /// <summary>Gets the length of the periods the partial groups by.</summary>
    /// <value>Month, quarter or financial year.</value>
    public PeriodKind Kind { get; }

    /// <summary>Gets the number of rows whose code is none of the three social prescribing codes.</summary>
    /// <value>Zero or more.</value>
    public long IgnoredRows { get; }

    /// <summary>Gets the number of rows read: the codes counted in every group plus the rows ignored.</summary>
    /// <value>Zero or more.</value>
    public long RowsRead { get; }

    /// <summary>Gets the practice groups, ordered by practice code (ordinal), then period.</summary>
    /// <value>One group per practice and period with at least one of the three codes.</value>
    public ReadOnlyCollection<CodedActivityPracticeGroup> Groups { get; }

    /// <summary>Gets the person keys by number: every group of the partial numbers its people here.</summary>
    internal string[] Keys { get; }

    /// <summary>Gets the partial of no rows: the identity of merging for partials of the given kind.</summary>
    /// <param name="kind">The length of the periods.</param>
    /// <returns>A partial with no groups and no rows.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a named member.</exception>
    public static CodedActivityPartial Empty(PeriodKind kind)
    {
        Preconditions.CheckDefined(kind, nameof(kind));
        return new(kind, 0, [], []);
    }

    /// <summary>Rebuilds a partial from stored data.</summary>
    /// <param name="kind">The length of the periods.</param>
    /// <param name="ignoredRows">The number of rows ignored.</param>
    /// <param name="groups">The practice groups, in any order.</param>
    /// <returns>The partial.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="groups"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a named member, or <paramref name="ignoredRows"/> is negative.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="groups"/> holds null, a group whose period is of another kind, or two groups of the same practice and period.
    /// </exception>
    public static CodedActivityPartial Create(PeriodKind kind, long ignoredRows, IEnumerable<CodedActivityPracticeGroup> groups)
    {
        Preconditions.CheckDefined(kind, nameof(kind));
        Preconditions.CheckArgumentRange(nameof(ignoredRows), ignoredRows, 0L, long.MaxValue);
        ArgumentNullException.ThrowIfNull(groups);
        var list = new List<CodedActivityPracticeGroup>();
        foreach (CodedActivityPracticeGroup group in groups)
        {
            Preconditions.CheckArgument(group is not null, nameof(groups), OutcomesMessages.CodedActivityGroupNull);
            Preconditions.CheckArgument(group.Period.Kind == kind, nameof(groups), OutcomesMessages.CodedActivityGroupKind);
            list.Add(group);
        }

        CodedActivityPracticeGroup[] shared = SharingOneNumbering(list, out string[] keys);
        var partial = new CodedActivityPartial(kind, ignoredRows, keys, shared);
        for (int i = 1; i < partial.Groups.Count; i++)
        {
            CodedActivityPracticeGroup a = partial.Groups[i - 1];
            CodedActivityPracticeGroup b = partial.Groups[i];
            Preconditions.CheckArgument(a.Practice != b.Practice || a.Period != b.Period, nameof(groups), OutcomesMessages.CodedActivityGroupRepeated);
        }

        return partial;
    }

    /// <summary>The groups, renumbered where needed so that all number their people in one array of keys.</summary>
    private static CodedActivityPracticeGroup[] SharingOneNumbering(List<CodedActivityPracticeGroup> groups, out string[] keys)
    {
        if (groups.Count == 0 || groups.TrueForAll(g => ReferenceEquals(g.Keys, groups[0].Keys)))
        {
            keys = groups.Count == 0 ? [] : groups[0].Keys;
            return [.. groups];
        }

        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var numberOf = new int[groups.Count][];
        for (int g = 0; g < groups.Count; g++)
        {
            string[] own = groups[g].Keys;
            numberOf[g] = new int[own.Length];
            for (int p = 0; p < own.Length; p++)
            {
                ref int number = ref CollectionsMarshal.GetValueRefOrAddDefault(numbers, own[p], out bool exists);
                if (!exists)
                {
                    number = numbers.Count - 1;
                }

                numberOf[g][p] = number;
            }
        }

        keys = new string[numbers.Count];
        foreach (KeyValuePair<string, int> pair in numbers)
        {
            keys[pair.Value] = pair.Key;
        }

        var renumbered = new CodedActivityPracticeGroup[groups.Count];
        for (int g = 0; g < groups.Count; g++)
        {
            renumbered[g] = groups[g].Renumbered(keys, numberOf[g]);
        }

        return renumbered;
    }

    /// <summary>Describes the partial by its counts.</summary>
    /// <returns>For example <c>Quarter: 12 practice groups, 1200 rows read, 15 ignored</c>.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Kind}: {Groups.Count} practice groups, {RowsRead} rows read, {IgnoredRows} ignored");
}
