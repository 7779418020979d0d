namespace SocialPrescribing.Outcomes;

/// <summary>How many times one value was seen: one entry of a <see cref="ValueCounts"/>.</summary>
/// <remarks><c>default(ValueCount)</c> is the valid entry "0 seen 0 times", which adds nothing to <see cref="ValueCounts.FromEntries(IEnumerable{ValueCount})"/>; every member is safe on it.</remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
/// <param name="Value">The value (a rating, a score in tenths, a number of days).</param>
/// <param name="Count">How many times it was seen; at least 1 in <see cref="ValueCounts.Entries"/>.</param>
[System.Diagnostics.DebuggerDisplay("{ToString(),nq}")]
public readonly record struct ValueCount(int Value, long Count) : System.Numerics.IEqualityOperators<ValueCount, ValueCount, bool>;
