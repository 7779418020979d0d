using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Globalization;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// The figures of one practice or PCN in one period: codes, distinct people, first referrals and the share of the
/// registered list referred (see <c>docs/outcomes.md</c>, "Coded GP activity").
/// </summary>
/// <remarks>
/// <para>
/// Codes are rows; people are distinct person keys. At PCN level a person coded at two of its practices counts once.
/// Each referred person's first referral in the period is the earliest date coded 871731000000106 for them in the
/// group's period; <see cref="FirstReferralsByMonth"/> counts each referred person once, in the month of that date,
/// and <see cref="NewlyReferredPeople"/> counts those with no referral in an earlier period of the data given (this
/// library's choices; see <c>docs/outcomes.md</c>).
/// </para>
/// <para>
/// The figures hold counts only, never a person key.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class CodedActivityFigures
{
    internal CodedActivityFigures(
        CodedActivityKey key,
        (long Offered, long Declined, long Referred) codes,
        (int Offered, int Declined, int Referred) people,
        int distinctPeople,
        int newlyReferredPeople,
        int[] firstReferralsByMonth,
        long? listSize,
        IndicatorThresholds? thresholds)
    {
        Key = key;
        OfferedCodes = codes.Offered;
        DeclinedCodes = codes.Declined;
        ReferredCodes = codes.Referred;
        OfferedPeople = people.Offered;
        DeclinedPeople = people.Declined;
        ReferredPeople = people.Referred;
        People = distinctPeople;
        NewlyReferredPeople = newlyReferredPeople;
        FirstReferralsByMonth = Array.AsReadOnly(firstReferralsByMonth);
        ListSize = listSize;
        if (listSize is long size)
        {
            ListShare = (decimal)ReferredPeople / size;
            Attainment = thresholds?.Assess(ReferredPeople, size);
        }
    }

    /// <summary>Gets the group's level, organisation and period.</summary>
    /// <value>The key.</value>
    public CodedActivityKey Key { get; }

    /// <summary>Gets whether the group is a practice or a PCN.</summary>
    /// <value>The key's level.</value>
    public CodedActivityLevel Level => Key.Level;

    /// <summary>Gets the practice's or PCN's ODS code.</summary>
    /// <value>The key's organisation.</value>
    public OdsCode Organisation => Key.Organisation;

    /// <summary>Gets the reporting period.</summary>
    /// <value>The key's period.</value>
    public ReportingPeriod Period => Key.Period;

    /// <summary>Gets the number of rows coded 871691000000100 |Social prescribing offered|.</summary>
    /// <value>At least <see cref="OfferedPeople"/>.</value>
    public long OfferedCodes { get; }

    /// <summary>Gets the number of rows coded 871711000000103 |Social prescribing declined|.</summary>
    /// <value>At least <see cref="DeclinedPeople"/>.</value>
    public long DeclinedCodes { get; }

    /// <summary>Gets the number of rows coded 871731000000106 |Referral to social prescribing service|.</summary>
    /// <value>At least <see cref="ReferredPeople"/>.</value>
    public long ReferredCodes { get; }

    /// <summary>Gets the number of distinct people with any of the three codes.</summary>
    /// <value>At least each of <see cref="OfferedPeople"/>, <see cref="DeclinedPeople"/> and <see cref="ReferredPeople"/>, at most their sum.</value>
    public int People { get; }

    /// <summary>Gets the number of distinct people offered social prescribing.</summary>
    /// <value>Zero or more.</value>
    public int OfferedPeople { get; }

    /// <summary>Gets the number of distinct people who declined social prescribing.</summary>
    /// <value>Zero or more.</value>
    public int DeclinedPeople { get; }

    /// <summary>Gets the number of distinct people referred to the social prescribing service: the indicator's numerator.</summary>
    /// <value>Zero or more; the sum of <see cref="FirstReferralsByMonth"/>.</value>
    public int ReferredPeople { get; }

    /// <summary>Gets the number of people referred in the period with no referral in an earlier period of the data given, at this organisation.</summary>
    /// <value>From zero to <see cref="ReferredPeople"/>.</value>
    public int NewlyReferredPeople { get; }

    /// <summary>Gets the number of referred people by the month of their first referral in the period.</summary>
    /// <value>One count per month of the period, first month first (1, 3 or 12 counts); they add up to <see cref="ReferredPeople"/>.</value>
    public ReadOnlyCollection<int> FirstReferralsByMonth { get; }

    /// <summary>Gets the registered list size the analyst gave: the indicator's denominator.</summary>
    /// <value>At least 1, or <see langword="null"/> when unknown (see <see cref="CodedActivityOptions"/>).</value>
    public long? ListSize { get; }

    /// <summary>Gets the share of the registered list referred: <see cref="ReferredPeople"/> / <see cref="ListSize"/>.</summary>
    /// <value>Zero or more (more than 1 only when the list size given is too small); <see langword="null"/> when the list size is unknown, never zero for unknown.</value>
    public decimal? ListShare { get; }

    /// <summary>Gets where the share stands against the indicator's thresholds.</summary>
    /// <value><see langword="null"/> when no thresholds were given or the list size is unknown.</value>
    public IndicatorAttainment? Attainment { get; }

    /// <summary>Describes the figures.</summary>
    /// <returns>For example <c>practice A81001 2026/27 Q1: offered 3 (2 people), declined 1 (1), referred 4 (3), 5 people, share 0.0003</c>.</returns>
    public override string ToString()
        => string.Create(
            CultureInfo.InvariantCulture,
            $"{Key}: offered {OfferedCodes} ({OfferedPeople} people), declined {DeclinedCodes} ({DeclinedPeople}), referred {ReferredCodes} ({ReferredPeople}), {People} people, share {(ListShare is decimal share ? share.ToString(CultureInfo.InvariantCulture) : "unknown")}");
}
