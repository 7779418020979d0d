using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Globalization;
using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// One practice in one period inside a <see cref="CodedActivityPartial"/>: the counts of each code and the people
/// behind them, as plain data that can be stored, sent and rebuilt (see <c>docs/outcomes.md</c>, "Coded GP activity").
/// </summary>
/// <remarks>
/// <para>
/// The group carries person keys, so that distinct people stay exact when partials from different shards are merged.
/// Keys are pseudonymised but still identify people: a group, and the partial that holds it, must be stored and sent as
/// the extract itself is. <see cref="ToString"/> and the debugger display show counts only.
/// </para>
/// <para>
/// Each count of codes is at least the number of people with that code and is zero exactly when no one has it; every
/// first referral date falls in the period; a group holds at least one code. <see cref="Create"/> refuses anything
/// else, so a group rebuilt from storage obeys the same rules as one aggregated from rows.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class CodedActivityPracticeGroup
{
    private ReadOnlySet<string>? _offeredView;
    private ReadOnlySet<string>? _declinedView;
    private ReadOnlyDictionary<string, LocalDate>? _firstReferralsView;

    internal CodedActivityPracticeGroup(CodedActivityGroupState state) => State = state;

    /// <summary>Gets the practice.</summary>
    /// <value>The practice's ODS code.</value>
    public OdsCode Practice => State.Organisation;

    /// <summary>Gets the reporting period.</summary>
    /// <value>A month, quarter or financial year, of the partial's <see cref="CodedActivityPartial.Kind"/>.</value>
    public ReportingPeriod Period => State.Period;

    /// <summary>Gets the number of rows coded 871691000000100 |Social prescribing offered|.</summary>
    /// <value>At least <see cref="OfferedPeople"/>' count.</value>
    public long OfferedCodes => State.OfferedCodes;

    /// <summary>Gets the number of rows coded 871711000000103 |Social prescribing declined|.</summary>
    /// <value>At least <see cref="DeclinedPeople"/>' count.</value>
    public long DeclinedCodes => State.DeclinedCodes;

    /// <summary>Gets the number of rows coded 871731000000106 |Referral to social prescribing service|.</summary>
    /// <value>At least <see cref="FirstReferrals"/>' count.</value>
    public long ReferredCodes => State.ReferredCodes;

    /// <summary>Gets the keys of the people with an offer coded in the period.</summary>
    /// <value>A read-only set of pseudonymised person keys, compared ordinally.</value>
    public IReadOnlySet<string> OfferedPeople => _offeredView ??= new ReadOnlySet<string>(State.OfferedPeople);

    /// <summary>Gets the keys of the people with a decline coded in the period.</summary>
    /// <value>A read-only set of pseudonymised person keys, compared ordinally.</value>
    public IReadOnlySet<string> DeclinedPeople => _declinedView ??= new ReadOnlySet<string>(State.DeclinedPeople);

    /// <summary>Gets each referred person's first referral in the period: the earliest date coded 871731000000106.</summary>
    /// <value>Pseudonymised person key to date, one entry per person referred in the period.</value>
    public IReadOnlyDictionary<string, LocalDate> FirstReferrals => _firstReferralsView ??= new ReadOnlyDictionary<string, LocalDate>(State.FirstReferrals);

    internal CodedActivityGroupState State { get; }

    /// <summary>Rebuilds a group from stored data.</summary>
    /// <param name="practice">The practice.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="offeredCodes">The number of rows coded offered.</param>
    /// <param name="declinedCodes">The number of rows coded declined.</param>
    /// <param name="referredCodes">The number of rows coded referral to social prescribing service.</param>
    /// <param name="offeredPeople">The keys of the people offered; no key twice.</param>
    /// <param name="declinedPeople">The keys of the people who declined; no key twice.</param>
    /// <param name="firstReferrals">Each referred person's first referral date in the period.</param>
    /// <returns>The group, holding its own copies of the collections.</returns>
    /// <exception cref="ArgumentNullException">A collection is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="practice"/> or <paramref name="period"/> is the default value; a key is blank or repeated; a count
    /// is less than its people or positive with no one; a first referral date is outside the period; or every count is
    /// zero. The message names the rule, never a key.
    /// </exception>
    public static CodedActivityPracticeGroup Create(
        OdsCode practice,
        ReportingPeriod period,
        long offeredCodes,
        long declinedCodes,
        long referredCodes,
        IEnumerable<string> offeredPeople,
        IEnumerable<string> declinedPeople,
        IReadOnlyDictionary<string, LocalDate> firstReferrals)
    {
        Preconditions.CheckArgument(practice != default, nameof(practice), OutcomesMessages.CodedActivityPracticeDefault);
        Preconditions.CheckArgument(period != default, nameof(period), OutcomesMessages.DefaultPeriod);
        Preconditions.CheckArgumentRange(nameof(offeredCodes), offeredCodes, 0L, long.MaxValue);
        Preconditions.CheckArgumentRange(nameof(declinedCodes), declinedCodes, 0L, long.MaxValue);
        Preconditions.CheckArgumentRange(nameof(referredCodes), referredCodes, 0L, long.MaxValue);
        HashSet<string> offered = People(offeredPeople, nameof(offeredPeople));
        HashSet<string> declined = People(declinedPeople, nameof(declinedPeople));
        ArgumentNullException.ThrowIfNull(firstReferrals);
        var referred = new Dictionary<string, LocalDate>(firstReferrals.Count, StringComparer.Ordinal);
        foreach (KeyValuePair<string, LocalDate> pair in firstReferrals)
        {
            Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(pair.Key), nameof(firstReferrals), OutcomesMessages.CodedActivityPeopleBlank);
            Preconditions.CheckArgument(pair.Value.Calendar == CalendarSystem.Iso && period.Contains(pair.Value), nameof(firstReferrals), OutcomesMessages.CodedActivityReferralOutsidePeriod);
            Preconditions.CheckArgument(referred.TryAdd(pair.Key, pair.Value), nameof(firstReferrals), OutcomesMessages.CodedActivityPeopleRepeated);
        }

        CheckCodes(offeredCodes, offered.Count, nameof(offeredCodes));
        CheckCodes(declinedCodes, declined.Count, nameof(declinedCodes));
        CheckCodes(referredCodes, referred.Count, nameof(referredCodes));
        Preconditions.CheckArgument(offeredCodes + declinedCodes + referredCodes > 0, nameof(offeredCodes), OutcomesMessages.CodedActivityGroupEmpty);
        return new(CodedActivityGroupState.FromParts(practice, period, offeredCodes, declinedCodes, referredCodes, offered, declined, referred));
    }

    /// <summary>Describes the group by its counts, never its person keys.</summary>
    /// <returns>For example <c>A81001 2026/27 Q1: offered 3 (2 people), declined 1 (1), referred 4 (3)</c>.</returns>
    public override string ToString()
        => string.Create(
            CultureInfo.InvariantCulture,
            $"{Practice} {Period}: offered {OfferedCodes} ({State.OfferedPeople.Count} people), declined {DeclinedCodes} ({State.DeclinedPeople.Count}), referred {ReferredCodes} ({State.FirstReferrals.Count})");

    private static HashSet<string> People(IEnumerable<string> keys, string paramName)
    {
        ArgumentNullException.ThrowIfNull(keys, paramName);
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (string key in keys)
        {
            Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(key), paramName, OutcomesMessages.CodedActivityPeopleBlank);
            Preconditions.CheckArgument(set.Add(key), paramName, OutcomesMessages.CodedActivityPeopleRepeated);
        }

        return set;
    }

    private static void CheckCodes(long codes, int people, string paramName)
        => Preconditions.CheckArgument(codes >= people && (codes == 0) == (people == 0), paramName, OutcomesMessages.CodedActivityCodesAndPeople);
}
