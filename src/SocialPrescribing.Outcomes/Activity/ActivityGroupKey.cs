using System.Diagnostics;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// Which group activity is counted in: the parts of <see cref="ActivityDimensions"/> asked for, the others left unset.
/// </summary>
/// <remarks>
/// <para>Only organisation codes and a period: nothing about a person.</para>
/// <para>
/// An unset part means "not grouped by it", except the PCN and practice when grouped by them: an unset
/// <see cref="PrimaryCareNetwork"/> is activity whose PCN is unknown, and an unset <see cref="Practice"/> is an anonymous
/// answer returned for a PCN rather than a practice (docs/outcomes.md, "Activity figures").
/// </para>
/// <para>
/// <c>default(ActivityGroupKey)</c> is a valid key, every part unset: the key of the one group when activity is grouped
/// by nothing. Every member is safe on it; it prints <c>all</c>.
/// </para>
/// </remarks>
/// <threadsafety>Immutable value; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct ActivityGroupKey : IEquatable<ActivityGroupKey>, System.Numerics.IEqualityOperators<ActivityGroupKey, ActivityGroupKey, bool>
{
    /// <summary>Initializes a key.</summary>
    /// <param name="primaryCareNetwork">The PCN, when grouping by PCN and it is known.</param>
    /// <param name="practice">The practice, when grouping by practice and it is known.</param>
    /// <param name="period">The period, when grouping by period.</param>
    public ActivityGroupKey(OdsCode? primaryCareNetwork, OdsCode? practice, ReportingPeriod? period)
    {
        PrimaryCareNetwork = primaryCareNetwork;
        Practice = practice;
        Period = period;
    }

    /// <summary>Gets the primary care network.</summary>
    /// <value><see langword="null"/> when not grouped by PCN, or the PCN is not known.</value>
    public OdsCode? PrimaryCareNetwork { get; }

    /// <summary>Gets the practice.</summary>
    /// <value><see langword="null"/> when not grouped by practice, or for anonymous answers returned for a PCN.</value>
    public OdsCode? Practice { get; }

    /// <summary>Gets the reporting period the activity happened in.</summary>
    /// <value><see langword="null"/> when not grouped by period.</value>
    public ReportingPeriod? Period { get; }

    /// <summary>Compares two keys part by part.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ActivityGroupKey left, ActivityGroupKey right) => left.Equals(right);

    /// <summary>Compares two keys part by part.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(ActivityGroupKey left, ActivityGroupKey right) => !left.Equals(right);

    /// <summary>Compares two keys part by part.</summary>
    /// <param name="other">The key to compare with.</param>
    /// <returns><see langword="true"/> when every part is equal.</returns>
    public bool Equals(ActivityGroupKey other) => PrimaryCareNetwork == other.PrimaryCareNetwork && Practice == other.Practice && Period == other.Period;

    /// <summary>Compares with an object.</summary>
    /// <param name="obj">The object.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal key.</returns>
    public override bool Equals(object? obj) => obj is ActivityGroupKey other && Equals(other);

    /// <summary>Gets a hash code from every part.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(PrimaryCareNetwork, Practice, Period);

    /// <summary>Describes the key by its set parts, e.g. <c>U12345 2026/27 Q1</c>; <c>all</c> when none is set.</summary>
    /// <returns>The parts, separated by spaces.</returns>
    public override string ToString() => ToOutcomeKey().ToString();

    /// <summary>Orders keys by PCN, practice, then period (unset parts first): the order of a published table.</summary>
    internal static int Compare(ActivityGroupKey key, ActivityGroupKey other) => OutcomeGroupKey.Compare(key.ToOutcomeKey(), other.ToOutcomeKey());

    private OutcomeGroupKey ToOutcomeKey() => new(PrimaryCareNetwork, Practice, null, Period);
}
