using System.Collections.Frozen;
using System.Diagnostics;
using System.Globalization;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// What an analyst knows beside a GP extract: which PCN each practice belongs to, each practice's registered list size
/// and the indicator's thresholds (see <c>docs/outcomes.md</c>, "Coded GP activity").
/// </summary>
/// <remarks>
/// <para>
/// A practice the map does not name is counted at practice level only, and its rows are counted in
/// <see cref="CodedActivityReport.UnmappedRows"/> (its code in <see cref="CodedActivityReport.UnmappedPractices"/>).
/// A PCN's list size is the sum of the list sizes of every practice the map puts in it, whether or not the practice
/// has rows; when one of them has no list size the PCN's is unknown, and so is its share (this library's choice:
/// unknown, never zero or a partial sum).
/// </para>
/// <para>
/// The constructor copies the maps it is given, so later changes to them do not change the options.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class CodedActivityOptions
{
    private readonly FrozenDictionary<OdsCode, OdsCode> _pcnOfPractice;
    private readonly FrozenDictionary<OdsCode, int> _listSizes;
    private readonly FrozenDictionary<OdsCode, long?> _pcnListSizes;

    /// <summary>Creates options; each part is optional.</summary>
    /// <param name="pcnOfPractice">The PCN of each practice (practice code to PCN code); none when null, so no PCN figures.</param>
    /// <param name="listSizes">Each practice's registered list size, at least 1; none when null, so no shares.</param>
    /// <param name="thresholds">The indicator's thresholds for the contract year; when null, no group has an <see cref="CodedActivityFigures.Attainment"/>.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="pcnOfPractice"/> holds the default ODS code as a key or value, or <paramref name="listSizes"/>
    /// holds it as a key or a size below 1.
    /// </exception>
    public CodedActivityOptions(
        IReadOnlyDictionary<OdsCode, OdsCode>? pcnOfPractice = null,
        IReadOnlyDictionary<OdsCode, int>? listSizes = null,
        IndicatorThresholds? thresholds = null)
    {
        var map = new Dictionary<OdsCode, OdsCode>();
        foreach (KeyValuePair<OdsCode, OdsCode> pair in pcnOfPractice ?? FrozenDictionary<OdsCode, OdsCode>.Empty)
        {
            Preconditions.CheckArgument(pair.Key != default && pair.Value != default, nameof(pcnOfPractice), OutcomesMessages.CodedActivityMapDefault);
            map.Add(pair.Key, pair.Value);
        }

        var sizes = new Dictionary<OdsCode, int>();
        foreach (KeyValuePair<OdsCode, int> pair in listSizes ?? FrozenDictionary<OdsCode, int>.Empty)
        {
            Preconditions.CheckArgument(pair.Key != default, nameof(listSizes), OutcomesMessages.CodedActivityListSizesDefault);
            Preconditions.CheckArgument(pair.Value >= 1, nameof(listSizes), OutcomesMessages.CodedActivityListSize);
            sizes.Add(pair.Key, pair.Value);
        }

        var pcnSizes = new Dictionary<OdsCode, long?>();
        foreach (KeyValuePair<OdsCode, OdsCode> pair in map)
        {
            long? size = sizes.TryGetValue(pair.Key, out int practiceSize) ? practiceSize : null;
            pcnSizes[pair.Value] = pcnSizes.TryGetValue(pair.Value, out long? sum) ? sum + size : size;
        }

        _pcnOfPractice = map.ToFrozenDictionary();
        _listSizes = sizes.ToFrozenDictionary();
        _pcnListSizes = pcnSizes.ToFrozenDictionary();
        Thresholds = thresholds;
    }

    /// <summary>Gets options with no PCN map, no list sizes and no thresholds: practice figures only.</summary>
    /// <value>Empty options.</value>
    public static CodedActivityOptions Default { get; } = new();

    /// <summary>Gets the PCN of each practice.</summary>
    /// <value>A read-only copy of the map given; empty when none was.</value>
    public IReadOnlyDictionary<OdsCode, OdsCode> PcnOfPractice => _pcnOfPractice;

    /// <summary>Gets each practice's registered list size.</summary>
    /// <value>A read-only copy of the sizes given, each at least 1; empty when none were.</value>
    public IReadOnlyDictionary<OdsCode, int> ListSizes => _listSizes;

    /// <summary>Gets the indicator's thresholds.</summary>
    /// <value>The thresholds given, or <see langword="null"/> when none were.</value>
    public IndicatorThresholds? Thresholds { get; }

    /// <summary>Describes the options by size, without listing codes.</summary>
    /// <returns>For example <c>12 practices mapped to 3 PCNs, 12 list sizes, thresholds lower 0.0012, upper 0.0016</c>.</returns>
    public override string ToString()
        => string.Create(
            CultureInfo.InvariantCulture,
            $"{_pcnOfPractice.Count} practices mapped to {_pcnListSizes.Count} PCNs, {_listSizes.Count} list sizes, {(Thresholds is null ? "no thresholds" : "thresholds " + Thresholds)}");

    /// <summary>Gets the list size of a practice or PCN, or null when unknown.</summary>
    internal long? ListSizeOf(CodedActivityLevel level, OdsCode organisation)
        => level == CodedActivityLevel.Practice
            ? (_listSizes.TryGetValue(organisation, out int size) ? size : null)
            : (_pcnListSizes.TryGetValue(organisation, out long? sum) ? sum : null);

    /// <summary>Gets the PCN of a practice, when the map names it.</summary>
    internal bool TryGetPcn(OdsCode practice, out OdsCode pcn) => _pcnOfPractice.TryGetValue(practice, out pcn);
}
