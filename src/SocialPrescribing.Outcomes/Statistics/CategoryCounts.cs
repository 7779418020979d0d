using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>Counts per named member of an enumeration (states, closure reasons, referral sources ...): exact and mergeable.</summary>
/// <typeparam name="TEnum">Any enumeration, whatever its underlying type (signed or unsigned, 8 to 64 bits) and whatever its members' values.</typeparam>
/// <remarks>
/// <para>
/// Memory is one count per named member, whatever the number of items counted. Members are told apart by their whole
/// value read at the enumeration's own width, so a negative member, a <see langword="long"/> member beyond the range of
/// <see langword="int"/> and a <see langword="byte"/> or <see langword="short"/> member are each counted as themselves;
/// two names with one value are one member (docs/outcomes.md, "How it computes").
/// </para>
/// <para>
/// Immutable: the aggregation fills its counts before it returns them, and no public member changes them. Make counts
/// from stored entries with <see cref="FromEntries"/>, and add two with <see cref="Merge"/>.
/// </para>
/// </remarks>
/// <threadsafety>Immutable once returned; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class CategoryCounts<TEnum> : IEquatable<CategoryCounts<TEnum>>, System.Numerics.IEqualityOperators<CategoryCounts<TEnum>, CategoryCounts<TEnum>, bool>
    where TEnum : struct, Enum
{
    private readonly long[] _counts = new long[EnumIndex<TEnum>.Count];

    /// <summary>Initializes empty counts.</summary>
    public CategoryCounts()
    {
    }

    /// <summary>Gets the total of every count.</summary>
    /// <value>0 or more.</value>
    public long Total { get; private set; }

    /// <summary>Gets the count of one member.</summary>
    /// <param name="member">The member.</param>
    /// <returns>The count; 0 for a value that is not a named member.</returns>
    public long this[TEnum member]
    {
        get
        {
            int i = EnumIndex<TEnum>.Of(member);
            return i < 0 ? 0 : _counts[i];
        }
    }

    /// <summary>Gets the named members that were counted, in the enumeration's order, with their counts.</summary>
    /// <value>A new read-only list of the members with a count above 0.</value>
    public ReadOnlyCollection<KeyValuePair<TEnum, long>> Entries
    {
        get
        {
            TEnum[] members = EnumIndex<TEnum>.Members;
            var entries = new List<KeyValuePair<TEnum, long>>();
            for (int i = 0; i < members.Length; i++)
            {
                if (_counts[i] != 0)
                {
                    entries.Add(new KeyValuePair<TEnum, long>(members[i], _counts[i]));
                }
            }

            return entries.AsReadOnly();
        }
    }

    /// <summary>Makes counts from the count of each member, as read back from <see cref="Entries"/> (for storage and sending).</summary>
    /// <param name="entries">The counts; a member may appear more than once (the counts add).</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A member is not a named member, or a count is negative.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "FromEntries is the same verb on every summary type; its argument gives the type.")]
    public static CategoryCounts<TEnum> FromEntries(IEnumerable<KeyValuePair<TEnum, long>> entries)
    {
        Preconditions.CheckNotNull(entries, nameof(entries));
        var counts = new CategoryCounts<TEnum>();
        foreach (KeyValuePair<TEnum, long> entry in entries)
        {
            counts.Add(entry.Key, entry.Value, nameof(entries));
        }

        return counts;
    }

    /// <summary>Merges two counts into new counts, leaving both unchanged.</summary>
    /// <param name="first">The first counts.</param>
    /// <param name="second">The second counts.</param>
    /// <returns>The sum; associative and commutative, with empty counts as identity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> or <paramref name="second"/> is null.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Merge is the same verb on every summary type; its arguments give the type.")]
    public static CategoryCounts<TEnum> Merge(CategoryCounts<TEnum> first, CategoryCounts<TEnum> second)
    {
        Preconditions.CheckNotNull(first, nameof(first));
        Preconditions.CheckNotNull(second, nameof(second));
        var merged = new CategoryCounts<TEnum>();
        merged.Add(first);
        merged.Add(second);
        return merged;
    }

    /// <summary>Compares two counts member by member.</summary>
    /// <param name="other">The counts to compare with.</param>
    /// <returns><see langword="true"/> when every member has the same count.</returns>
    public bool Equals(CategoryCounts<TEnum>? other) => other is not null && other._counts.AsSpan().SequenceEqual(_counts);

    /// <summary>Compares two values for equality, as <see cref="Equals(CategoryCounts{TEnum})"/> does.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Operators must be static.")]
    public static bool operator ==(CategoryCounts<TEnum>? left, CategoryCounts<TEnum>? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Operators must be static.")]
    public static bool operator !=(CategoryCounts<TEnum>? left, CategoryCounts<TEnum>? right) => !(left == right);

    /// <summary>Compares with an object.</summary>
    /// <param name="obj">The object.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> holds equal counts.</returns>
    public override bool Equals(object? obj) => Equals(obj as CategoryCounts<TEnum>);

    /// <summary>Gets a hash code from the total.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => Total.GetHashCode();

    /// <summary>Describes the counts, e.g. <c>Closed 3, OnHold 1</c>.</summary>
    /// <returns>Each counted member and its count.</returns>
    public override string ToString()
        => Total == 0 ? "none" : string.Join(", ", Entries.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Key} {e.Value}")));

    /// <summary>Counts one more of a named member (the aggregation's builder; never on counts already returned).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="member"/> is not a named member.</exception>
    internal void Add(TEnum member) => Add(member, 1, nameof(member));

    /// <summary>Adds every count of another to this one (the aggregation's builder; never on counts already returned).</summary>
    internal void Add(CategoryCounts<TEnum> other)
    {
        for (int i = 0; i < _counts.Length; i++)
        {
            _counts[i] += other._counts[i];
        }

        Total += other.Total;
    }

    /// <summary>Counts one more of a member known to be named (the aggregation's hot path).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Increment(TEnum member)
    {
        _counts[EnumIndex<TEnum>.Of(member)]++;
        Total++;
    }

    private void Add(TEnum member, long count, string paramName)
    {
        Preconditions.CheckDefined(member, paramName);
        Preconditions.CheckArgumentRange(paramName, count, 0, long.MaxValue);
        _counts[EnumIndex<TEnum>.Of(member)] += count;
        Total += count;
    }
}
