using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>Counts per named member of an enumeration (states, closure reasons, referral sources ...): exact and mergeable.</summary>
/// <typeparam name="TEnum">An enumeration backed by <see cref="int"/> whose named members are small positive numbers.</typeparam>
/// <remarks>Memory is one count per named member, whatever the number of items counted.</remarks>
/// <threadsafety>Not safe to change from several threads: give each thread its own and <see cref="Merge"/> them.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class CategoryCounts<TEnum> : IEquatable<CategoryCounts<TEnum>>, System.Numerics.IEqualityOperators<CategoryCounts<TEnum>, CategoryCounts<TEnum>, bool>
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Members = Enum.GetValues<TEnum>();
    private static readonly int Size = Members.Max(m => Unsafe.As<TEnum, int>(ref m)) + 1;
    private readonly long[] _counts = new long[Size];

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
            int i = Unsafe.As<TEnum, int>(ref member);
            return unchecked((uint)i) < (uint)_counts.Length ? _counts[i] : 0;
        }
    }

    /// <summary>Gets the named members that were counted, in the enumeration's order, with their counts.</summary>
    /// <value>A new read-only list of the members with a count above 0.</value>
    public ReadOnlyCollection<KeyValuePair<TEnum, long>> Entries
        => Members.Where(m => this[m] != 0).Select(m => new KeyValuePair<TEnum, long>(m, this[m])).ToList().AsReadOnly();

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

    /// <summary>Counts one more of a member.</summary>
    /// <param name="member">The member.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="member"/> is not a named member.</exception>
    public void Add(TEnum member) => Add(member, 1);

    /// <summary>Counts a member a number of times (for counts read back from storage).</summary>
    /// <param name="member">The member.</param>
    /// <param name="count">How many; 0 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="member"/> is not a named member, or <paramref name="count"/> is negative.</exception>
    public void Add(TEnum member, long count)
    {
        Preconditions.CheckDefined(member, nameof(member));
        Preconditions.CheckArgumentRange(nameof(count), count, 0, long.MaxValue);
        _counts[Unsafe.As<TEnum, int>(ref member)] += count;
        Total += count;
    }

    /// <summary>Adds every count of another to this one.</summary>
    /// <param name="other">The counts to add; unchanged.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public void Add(CategoryCounts<TEnum> other)
    {
        Preconditions.CheckNotNull(other, nameof(other));
        for (int i = 0; i < _counts.Length; i++)
        {
            _counts[i] += other._counts[i];
        }

        Total += other.Total;
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

    /// <summary>Counts one more of a member known to be named (the aggregation's hot path).</summary>
    internal void Increment(TEnum member)
    {
        _counts[Unsafe.As<TEnum, int>(ref member)]++;
        Total++;
    }
}
