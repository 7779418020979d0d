using System.Diagnostics;
using System.Globalization;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// Which group an episode's outcomes are counted in: the parts of <see cref="OutcomeDimensions"/> asked for, the others
/// left unset.
/// </summary>
/// <remarks>
/// <para>Only organisation codes, a kind of referral source and a period: nothing about a person.</para>
/// <para>
/// An unset part means "not grouped by it", except the PCN: in an aggregate grouped by PCN, an unset
/// <see cref="PrimaryCareNetwork"/> is the key of the episodes whose PCN is unknown (<see cref="EpisodeOutcomeAggregate.IsNetworkUnknown"/>).
/// </para>
/// <para>
/// <c>default(OutcomeGroupKey)</c> is a valid key, every part unset: the key of the one group when episodes are grouped
/// by nothing (docs/conventions.md: a value that exists is valid). Every member is safe on it; it prints <c>all</c>.
/// </para>
/// </remarks>
/// <threadsafety>Immutable value; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct OutcomeGroupKey : IEquatable<OutcomeGroupKey>, System.Numerics.IEqualityOperators<OutcomeGroupKey, OutcomeGroupKey, bool>
{
    /// <summary>Initializes a key.</summary>
    /// <param name="primaryCareNetwork">The PCN, when grouping by PCN and it is known.</param>
    /// <param name="practice">The practice, when grouping by practice.</param>
    /// <param name="referralSource">The kind of referral source, when grouping by it and the episode has a referral.</param>
    /// <param name="period">The period, when grouping by period.</param>
    public OutcomeGroupKey(OdsCode? primaryCareNetwork, OdsCode? practice, ReferralSourceKind? referralSource, ReportingPeriod? period)
    {
        PrimaryCareNetwork = primaryCareNetwork;
        Practice = practice;
        ReferralSource = referralSource;
        Period = period;
    }

    /// <summary>Gets the primary care network.</summary>
    /// <value><see langword="null"/> when not grouped by PCN, or the PCN is not known.</value>
    public OdsCode? PrimaryCareNetwork { get; }

    /// <summary>Gets the registered practice.</summary>
    /// <value><see langword="null"/> when not grouped by practice.</value>
    public OdsCode? Practice { get; }

    /// <summary>Gets the kind of referral source.</summary>
    /// <value><see langword="null"/> when not grouped by source, or the episode was offered and never referred.</value>
    public ReferralSourceKind? ReferralSource { get; }

    /// <summary>Gets the reporting period.</summary>
    /// <value><see langword="null"/> when not grouped by period.</value>
    public ReportingPeriod? Period { get; }

    /// <summary>Compares two keys part by part.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(OutcomeGroupKey left, OutcomeGroupKey right) => left.Equals(right);

    /// <summary>Compares two keys part by part.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(OutcomeGroupKey left, OutcomeGroupKey right) => !left.Equals(right);

    /// <summary>Compares two keys part by part.</summary>
    /// <param name="other">The key to compare with.</param>
    /// <returns><see langword="true"/> when every part is equal.</returns>
    public bool Equals(OutcomeGroupKey other)
        => PrimaryCareNetwork == other.PrimaryCareNetwork && Practice == other.Practice && ReferralSource == other.ReferralSource && Period == other.Period;

    /// <summary>Compares with an object.</summary>
    /// <param name="obj">The object.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal key.</returns>
    public override bool Equals(object? obj) => obj is OutcomeGroupKey other && Equals(other);

    /// <summary>Gets a hash code from every part.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(PrimaryCareNetwork, Practice, ReferralSource, Period);

    /// <summary>Orders keys by PCN, practice, source, then period (unset parts first): the order of a published table.</summary>
    internal static int Compare(OutcomeGroupKey key, OutcomeGroupKey other) => key.CompareTo(other);

    private int CompareTo(OutcomeGroupKey other)
    {
        int c = string.CompareOrdinal(PrimaryCareNetwork?.ToString(), other.PrimaryCareNetwork?.ToString());
        if (c == 0)
        {
            c = string.CompareOrdinal(Practice?.ToString(), other.Practice?.ToString());
        }

        if (c == 0)
        {
            c = Nullable.Compare(ReferralSource, other.ReferralSource);
        }

        return c != 0 ? c : Nullable.Compare(Period, other.Period);
    }

    /// <summary>Describes the key by its set parts, e.g. <c>U12345 2026/27 Q1</c>; <c>all</c> when none is set.</summary>
    /// <returns>The parts, separated by spaces.</returns>
    public override string ToString()
    {
        string[] parts = [PrimaryCareNetwork?.ToString() ?? string.Empty, Practice?.ToString() ?? string.Empty, ReferralSource?.ToString() ?? string.Empty, Period?.ToString() ?? string.Empty];
        string text = string.Join(' ', parts.Where(p => p.Length > 0));
        return text.Length == 0 ? "all" : text.ToString(CultureInfo.InvariantCulture);
    }
}
