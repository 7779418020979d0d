using System.Diagnostics;
using System.Globalization;
using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// Which group an episode's outcomes are counted in: the parts of <see cref="OutcomeDimensions"/> asked for, the others
/// left unset.
/// </summary>
/// <remarks>
/// <para>
/// Organisation codes, a kind of referral source, a period and the demographic groups asked for: a group of people, never
/// one person (a published table's disclosure control guards small groups).
/// </para>
/// <para>
/// An unset part means "not grouped by it", except the PCN and the demographic parts: in an aggregate grouped by PCN, an
/// unset <see cref="PrimaryCareNetwork"/> is the key of the episodes whose PCN is unknown
/// (<see cref="EpisodeOutcomeAggregate.IsNetworkUnknown"/>); grouped by a demographic part, an unset part is the key of
/// the episodes where it is not recorded (<see cref="EpisodeOutcomeAggregate.IsNotRecorded"/>).
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
    /// <summary>Every demographic dimension.</summary>
    internal const OutcomeDimensions DemographicDimensions = OutcomeDimensions.AgeBand | OutcomeDimensions.StatedGender | OutcomeDimensions.EthnicCategory
        | OutcomeDimensions.EthnicGroup | OutcomeDimensions.DeprivationDecile | OutcomeDimensions.DeprivationQuintile;

    /// <summary>
    /// The demographic parts in table order: the flag, the row header, whether a key sets the part, and its label (null
    /// when not recorded). The one table every check, label and lookup of a demographic part reads.
    /// </summary>
    // Stryker disable all : a static table, built once per process before any mutant is active (stryker-net#3742); the label, key and aggregate tests pin every entry.
    internal static readonly (OutcomeDimensions Flag, string Header, Func<OutcomeGroupKey, bool> IsSet, Func<OutcomeGroupKey, string?> Label)[] DemographicParts =
    [
        (OutcomeDimensions.AgeBand, "Age band", k => k._ageBand != 0, k => k.AgeBand?.GetDisplayName()),
        (OutcomeDimensions.StatedGender, "Stated gender", k => k._statedGender != 0, k => k.StatedGender?.GetDisplayName()),
        (OutcomeDimensions.EthnicCategory, "Ethnic category", k => k._ethnicCategory != 0, k => k.EthnicCategory?.GetDisplayName()),
        (OutcomeDimensions.EthnicGroup, "Ethnic group", k => k._ethnicGroup != 0, k => k.EthnicGroup?.GetDisplayName()),
        (OutcomeDimensions.DeprivationDecile, "IMD decile", k => k._deprivationDecile != 0, k => k.DeprivationDecile?.GetDisplayName()),
        (OutcomeDimensions.DeprivationQuintile, "IMD quintile", k => k._deprivationQuintile != 0, k => k.DeprivationQuintile?.GetDisplayName()),
    ];

    // Stryker restore all
    private readonly byte _ageBand;
    private readonly byte _statedGender;
    private readonly byte _ethnicCategory;
    private readonly byte _ethnicGroup;
    private readonly byte _deprivationDecile;
    private readonly byte _deprivationQuintile;

    /// <summary>Initializes a key.</summary>
    /// <param name="primaryCareNetwork">The PCN, when grouping by PCN and it is known.</param>
    /// <param name="practice">The practice, when grouping by practice.</param>
    /// <param name="referralSource">The kind of referral source, when grouping by it and the episode has a referral.</param>
    /// <param name="period">The period, when grouping by period.</param>
    /// <param name="ageBand">The age band, when grouping by it and it is recorded.</param>
    /// <param name="statedGender">The stated gender, when grouping by it and it is recorded.</param>
    /// <param name="ethnicCategory">The ethnic category, when grouping by it and it is recorded.</param>
    /// <param name="ethnicGroup">The broad ethnic group, when grouping by it and the category is recorded.</param>
    /// <param name="deprivationDecile">The deprivation decile, when grouping by it and it is recorded.</param>
    /// <param name="deprivationQuintile">The deprivation quintile, when grouping by it and the decile is recorded.</param>
    /// <exception cref="ArgumentOutOfRangeException">A demographic part is not a named member of its enum.</exception>
    /// <exception cref="ArgumentException">The ethnic group is not the group of the ethnic category given, or the quintile not that of the decile given.</exception>
    public OutcomeGroupKey(
        OdsCode? primaryCareNetwork,
        OdsCode? practice,
        ReferralSourceKind? referralSource,
        ReportingPeriod? period,
        AgeBand? ageBand = null,
        StatedGender? statedGender = null,
        EthnicCategory? ethnicCategory = null,
        EthnicGroup? ethnicGroup = null,
        DeprivationDecile? deprivationDecile = null,
        DeprivationQuintile? deprivationQuintile = null)
    {
        PrimaryCareNetwork = primaryCareNetwork;
        Practice = practice;
        ReferralSource = referralSource;
        Period = period;

        // Each demographic part in one byte, 0 for unset: the key is hashed and compared once per episode.
        _ageBand = Part(ageBand, nameof(ageBand));
        _statedGender = Part(statedGender, nameof(statedGender));
        _ethnicCategory = Part(ethnicCategory, nameof(ethnicCategory));
        _ethnicGroup = Part(ethnicGroup, nameof(ethnicGroup));
        _deprivationDecile = Part(deprivationDecile, nameof(deprivationDecile));
        _deprivationQuintile = Part(deprivationQuintile, nameof(deprivationQuintile));
        Preconditions.CheckArgument(
            !(ethnicCategory is EthnicCategory c && ethnicGroup is EthnicGroup g && c.GetGroup() != g)
                && !(deprivationDecile is DeprivationDecile d && deprivationQuintile is DeprivationQuintile q && d.GetQuintile() != q),
            nameof(ethnicGroup),
            OutcomesMessages.GroupContradictsCategory);
    }

    /// <summary>Says whether the key sets a part it should not: one of the demographic dimensions not in <paramref name="dimensions"/>.</summary>
    internal bool SetsDemographicsOutside(OutcomeDimensions dimensions)
    {
        foreach ((OutcomeDimensions flag, _, Func<OutcomeGroupKey, bool> isSet, _) in DemographicParts)
        {
            if ((dimensions & flag) == 0 && isSet(this))
            {
                return true;
            }
        }

        return false;
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

    /// <summary>Gets the age band.</summary>
    /// <value><see langword="null"/> when not grouped by age band, or age is not recorded.</value>
    public AgeBand? AgeBand => _ageBand == 0 ? null : (AgeBand)_ageBand;

    /// <summary>Gets the stated gender.</summary>
    /// <value><see langword="null"/> when not grouped by stated gender, or it is not recorded.</value>
    public StatedGender? StatedGender => _statedGender == 0 ? null : (StatedGender)_statedGender;

    /// <summary>Gets the ethnic category.</summary>
    /// <value><see langword="null"/> when not grouped by ethnic category, or it is not recorded.</value>
    public EthnicCategory? EthnicCategory => _ethnicCategory == 0 ? null : (EthnicCategory)_ethnicCategory;

    /// <summary>Gets the broad ethnic group.</summary>
    /// <value><see langword="null"/> when not grouped by ethnic group, or the category is not recorded.</value>
    public EthnicGroup? EthnicGroup => _ethnicGroup == 0 ? null : (EthnicGroup)_ethnicGroup;

    /// <summary>Gets the deprivation decile.</summary>
    /// <value><see langword="null"/> when not grouped by decile, or it is not recorded.</value>
    public DeprivationDecile? DeprivationDecile => _deprivationDecile == 0 ? null : (DeprivationDecile)_deprivationDecile;

    /// <summary>Gets the deprivation quintile.</summary>
    /// <value><see langword="null"/> when not grouped by quintile, or the decile is not recorded.</value>
    public DeprivationQuintile? DeprivationQuintile => _deprivationQuintile == 0 ? null : (DeprivationQuintile)_deprivationQuintile;

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
        => PrimaryCareNetwork == other.PrimaryCareNetwork && Practice == other.Practice && ReferralSource == other.ReferralSource && Period == other.Period
            && _ageBand == other._ageBand && _statedGender == other._statedGender && _ethnicCategory == other._ethnicCategory
            && _ethnicGroup == other._ethnicGroup && _deprivationDecile == other._deprivationDecile && _deprivationQuintile == other._deprivationQuintile;

    /// <summary>Compares with an object.</summary>
    /// <param name="obj">The object.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal key.</returns>
    public override bool Equals(object? obj) => obj is OutcomeGroupKey other && Equals(other);

    /// <summary>Gets a hash code from every part.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
        => HashCode.Combine(PrimaryCareNetwork, Practice, ReferralSource, Period, _ageBand | (_statedGender << 5) | (_ethnicCategory << 10) | (_ethnicGroup << 15) | (_deprivationDecile << 20) | (_deprivationQuintile << 25));

    /// <summary>Orders keys by PCN, practice, source, period, then the demographic parts in the order of <see cref="OutcomeDimensions"/> (unset parts first): the order of a published table.</summary>
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

        if (c == 0)
        {
            c = Nullable.Compare(Period, other.Period);
        }

        // Unset (0) first, then the enums' order: youngest band, code order, most deprived first.
        return c != 0 ? c : ((long)DemographicOrder).CompareTo(other.DemographicOrder);
    }

    /// <summary>The key of the parts of <paramref name="dimensions"/>: the one place a person's demographics become a key's parts.</summary>
    /// <param name="dimensions">What is grouped by.</param>
    /// <param name="network">The PCN, already looked up when grouping by PCN.</param>
    /// <param name="practice">The practice.</param>
    /// <param name="source">The referral source, when there is a referral.</param>
    /// <param name="period">The period, already placed when grouping by period.</param>
    /// <param name="person">The person's demographics.</param>
    /// <param name="on">The date the age band is taken on (the episode's start, or the coded row's date); never before a date of birth.</param>
    internal static OutcomeGroupKey Of(OutcomeDimensions dimensions, OdsCode? network, OdsCode practice, ReferralSourceKind? source, ReportingPeriod? period, PersonDemographics person, LocalDate on)
    {
        EthnicCategory? ethnic = person.EthnicCategory;
        DeprivationDecile? decile = person.DeprivationDecile;
        return new OutcomeGroupKey(
            (dimensions & OutcomeDimensions.PrimaryCareNetwork) != 0 ? network : null,
            (dimensions & OutcomeDimensions.Practice) != 0 ? practice : null,
            (dimensions & OutcomeDimensions.ReferralSource) != 0 ? source : null,
            (dimensions & OutcomeDimensions.Period) != 0 ? period : null,
            (dimensions & OutcomeDimensions.AgeBand) != 0 ? person.AgeBandOn(on) : null,
            (dimensions & OutcomeDimensions.StatedGender) != 0 ? person.StatedGender : null,
            (dimensions & OutcomeDimensions.EthnicCategory) != 0 ? ethnic : null,
            (dimensions & OutcomeDimensions.EthnicGroup) != 0 ? ethnic?.GetGroup() : null,
            (dimensions & OutcomeDimensions.DeprivationDecile) != 0 ? decile : null,
            (dimensions & OutcomeDimensions.DeprivationQuintile) != 0 ? decile?.GetQuintile() : null);
    }

    /// <summary>The key with its period unset: a registered population's key (every period shares one population).</summary>
    internal OutcomeGroupKey WithoutPeriod()
        => new(PrimaryCareNetwork, Practice, ReferralSource, null, AgeBand, StatedGender, EthnicCategory, EthnicGroup, DeprivationDecile, DeprivationQuintile);

    /// <summary>The demographic parts in one number, in the order they sort.</summary>
    private long DemographicOrder
        => ((long)_ageBand << 30) | ((long)_statedGender << 24) | ((long)_ethnicCategory << 18) | ((long)_ethnicGroup << 12) | ((long)_deprivationDecile << 6) | _deprivationQuintile;

    private static byte Part<TEnum>(TEnum? value, string paramName)
        where TEnum : struct, Enum
    {
        if (value is not TEnum v)
        {
            return 0;
        }

        Preconditions.CheckDefined(v, paramName);
        return (byte)System.Runtime.CompilerServices.Unsafe.BitCast<TEnum, int>(v);
    }

    /// <summary>Describes the key by its set parts, e.g. <c>U12345 2026/27 Q1</c> or <c>U12345 40-44 Female</c>; <c>all</c> when none is set.</summary>
    /// <returns>The parts, separated by spaces; demographic parts by their display names.</returns>
    public override string ToString()
    {
        string[] parts =
        [
            PrimaryCareNetwork?.ToString() ?? string.Empty, Practice?.ToString() ?? string.Empty, ReferralSource?.ToString() ?? string.Empty, Period?.ToString() ?? string.Empty,
            AgeBand?.GetDisplayName() ?? string.Empty, StatedGender?.GetDisplayName() ?? string.Empty, EthnicCategory?.GetDisplayName() ?? string.Empty,
            EthnicGroup?.GetDisplayName() ?? string.Empty, DeprivationDecile is { } decile ? "IMD decile " + decile.GetDisplayName() : string.Empty,
            DeprivationQuintile is { } quintile ? "IMD quintile " + quintile.GetDisplayName() : string.Empty,
        ];
        string text = string.Join(' ', parts.Where(p => p.Length > 0));
        return text.Length == 0 ? "all" : text.ToString(CultureInfo.InvariantCulture);
    }
}
