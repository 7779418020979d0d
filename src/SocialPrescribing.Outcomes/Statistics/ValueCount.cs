namespace SocialPrescribing.Outcomes;

/// <summary>How many times one value was seen: one entry of a <see cref="ValueCounts"/>.</summary>
/// <param name="Value">The value (a rating, a score in tenths, a number of days).</param>
/// <param name="Count">How many times it was seen; at least 1 in <see cref="ValueCounts.Entries"/>.</param>
[System.Diagnostics.DebuggerDisplay("{ToString(),nq}")]
public readonly record struct ValueCount(int Value, long Count) : System.Numerics.IEqualityOperators<ValueCount, ValueCount, bool>;
