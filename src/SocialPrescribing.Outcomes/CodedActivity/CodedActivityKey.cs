using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using System.Numerics;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// Names one group of coded GP activity: a practice or a PCN, and a reporting period (see <c>docs/outcomes.md</c>,
/// "Coded GP activity").
/// </summary>
/// <remarks>
/// <para>
/// Keys order by level (practices first), then organisation code (ordinal), then period: the order
/// <see cref="CodedActivityReport.Groups"/> lists its groups in.
/// </para>
/// <para>
/// <c>default(CodedActivityKey)</c> names no group: it equals only itself, sorts first and names no figures; its
/// <see cref="Level"/> is <c>0</c>, and <see cref="Organisation"/> and <see cref="Period"/> throw
/// <see cref="InvalidOperationException"/> (docs/conventions.md).
/// </para>
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct CodedActivityKey :
    IEquatable<CodedActivityKey>,
    IComparable<CodedActivityKey>,
    IComparable,
    IEqualityOperators<CodedActivityKey, CodedActivityKey, bool>,
    IComparisonOperators<CodedActivityKey, CodedActivityKey, bool>
{
    private readonly OdsCode _organisation;
    private readonly ReportingPeriod _period;

    private CodedActivityKey(CodedActivityLevel level, OdsCode organisation, ReportingPeriod period)
    {
        Level = level;
        _organisation = organisation;
        _period = period;
    }

    /// <summary>Gets whether the group is a practice or a PCN.</summary>
    /// <value>A named level; <c>0</c> for <see langword="default"/>.</value>
    public CodedActivityLevel Level { get; }

    /// <summary>Gets the practice's or the PCN's ODS code.</summary>
    /// <value>The organisation's code.</value>
    /// <exception cref="InvalidOperationException">The key is <see langword="default"/>.</exception>
    public OdsCode Organisation => Level != 0 ? _organisation : throw new InvalidOperationException(OutcomesMessages.DefaultCodedActivityKey);

    /// <summary>Gets the reporting period.</summary>
    /// <value>A month, quarter or financial year.</value>
    /// <exception cref="InvalidOperationException">The key is <see langword="default"/>.</exception>
    public ReportingPeriod Period => Level != 0 ? _period : throw new InvalidOperationException(OutcomesMessages.DefaultCodedActivityKey);

    /// <summary>Creates a key.</summary>
    /// <param name="level">Practice or PCN.</param>
    /// <param name="organisation">The practice's or PCN's ODS code.</param>
    /// <param name="period">The reporting period.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a named member.</exception>
    /// <exception cref="ArgumentException"><paramref name="organisation"/> or <paramref name="period"/> is the default value.</exception>
    public static CodedActivityKey Create(CodedActivityLevel level, OdsCode organisation, ReportingPeriod period)
    {
        Preconditions.CheckDefined(level, nameof(level));
        Preconditions.CheckArgument(organisation != default, nameof(organisation), OutcomesMessages.CodedActivityLevelDefault);
        Preconditions.CheckArgument(period != default, nameof(period), OutcomesMessages.DefaultPeriod);
        return new(level, organisation, period);
    }

    /// <summary>Creates a key from parts known to be valid.</summary>
    internal static CodedActivityKey Trusted(CodedActivityLevel level, OdsCode organisation, ReportingPeriod period)
    {
        Debug.Assert(Enum.IsDefined(level) && organisation != default && period != default, "Trusted parts are valid.");
        return new(level, organisation, period);
    }

    /// <summary>Describes the key.</summary>
    /// <returns>For example <c>practice A81001 2026/27 Q1</c> or <c>PCN U12345 2026/27</c>; <c>CodedActivityKey(default)</c> for the default value.</returns>
    public override string ToString() => Level switch
    {
        CodedActivityLevel.Practice => $"practice {Organisation} {Period}",
        CodedActivityLevel.PrimaryCareNetwork => $"PCN {Organisation} {Period}",
        _ => "CodedActivityKey(default)",
    };

    /// <summary>Compares by level, then organisation code (ordinal), then period.</summary>
    /// <param name="other">The key to compare with.</param>
    /// <returns>Negative, zero or positive.</returns>
    [Pure]
    public int CompareTo(CodedActivityKey other)
    {
        int c = Level.CompareTo(other.Level);
        if (c == 0)
        {
            c = _organisation.CompareTo(other._organisation);
        }

        return c != 0 ? c : _period.CompareTo(other._period);
    }

    /// <summary>Compares with an object; null sorts first.</summary>
    /// <param name="obj">Null or a <see cref="CodedActivityKey"/>.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is neither null nor a <see cref="CodedActivityKey"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        CodedActivityKey other => CompareTo(other),
        _ => throw new ArgumentException(OutcomesMessages.CodedActivityKeyCompare, nameof(obj)),
    };

    /// <summary>Compares two keys for equality.</summary>
    /// <param name="other">The key to compare with.</param>
    /// <returns><see langword="true"/> when level, organisation and period are equal.</returns>
    [Pure]
    public bool Equals(CodedActivityKey other) => Level == other.Level && _organisation == other._organisation && _period == other._period;

    /// <summary>Compares with an object.</summary>
    /// <param name="obj">The object.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal key.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is CodedActivityKey other && Equals(other);

    /// <summary>Gets a hash code consistent with <see cref="Equals(CodedActivityKey)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Level, _organisation, _period);

    /// <summary>Compares two keys for equality.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(CodedActivityKey left, CodedActivityKey right) => left.Equals(right);

    /// <summary>Compares two keys for inequality.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(CodedActivityKey left, CodedActivityKey right) => !left.Equals(right);

    /// <summary>Orders two keys.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> orders first.</returns>
    public static bool operator <(CodedActivityKey left, CodedActivityKey right) => left.CompareTo(right) < 0;

    /// <summary>Orders two keys.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> orders first or they are equal.</returns>
    public static bool operator <=(CodedActivityKey left, CodedActivityKey right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two keys.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> orders last.</returns>
    public static bool operator >(CodedActivityKey left, CodedActivityKey right) => left.CompareTo(right) > 0;

    /// <summary>Orders two keys.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> orders last or they are equal.</returns>
    public static bool operator >=(CodedActivityKey left, CodedActivityKey right) => left.CompareTo(right) >= 0;
}
