using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
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
    private readonly ArraySegment<PersonMark> _marks;

    /// <summary>
    /// Makes a group from its counts (the rows of each code) and its people: <paramref name="keys"/> names people by
    /// number and is shared with the other groups of a partial; <paramref name="marks"/> holds one mark per person with a
    /// code in the group (a segment, as the groups of an aggregation share one array). Neither is changed afterwards.
    /// </summary>
    internal CodedActivityPracticeGroup(OdsCode practice, ReportingPeriod period, long offeredCodes, long declinedCodes, long referredCodes, string[] keys, ArraySegment<PersonMark> marks)
    {
        Practice = practice;
        Period = period;
        OfferedCodes = offeredCodes;
        DeclinedCodes = declinedCodes;
        ReferredCodes = referredCodes;
        Keys = keys;
        _marks = marks;
        foreach (PersonMark mark in marks.AsSpan())
        {
            OfferedPeopleCount += (int)(mark.Codes & PersonCodes.Offered);
            DeclinedPeopleCount += (int)(mark.Codes & PersonCodes.Declined) >> 1;
            ReferredPeopleCount += (int)(mark.Codes & PersonCodes.Referred) >> 2;
        }
    }

    /// <summary>Gets the practice.</summary>
    /// <value>The practice's ODS code.</value>
    public OdsCode Practice { get; }

    /// <summary>Gets the reporting period.</summary>
    /// <value>A month, quarter or financial year, of the partial's <see cref="CodedActivityPartial.Kind"/>.</value>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the number of rows coded 871691000000100 |Social prescribing offered|.</summary>
    /// <value>At least <see cref="OfferedPeople"/>' count.</value>
    public long OfferedCodes { get; }

    /// <summary>Gets the number of rows coded 871711000000103 |Social prescribing declined|.</summary>
    /// <value>At least <see cref="DeclinedPeople"/>' count.</value>
    public long DeclinedCodes { get; }

    /// <summary>Gets the number of rows coded 871731000000106 |Referral to social prescribing service|.</summary>
    /// <value>At least <see cref="FirstReferrals"/>' count.</value>
    public long ReferredCodes { get; }

    /// <summary>Gets the keys of the people with an offer coded in the period.</summary>
    /// <value>A read-only set of pseudonymised person keys, compared ordinally; built on first read and kept.</value>
    public IReadOnlySet<string> OfferedPeople => LazyInitializer.EnsureInitialized(ref _offeredView, () => new ReadOnlySet<string>(PeopleWith(PersonCodes.Offered)));

    /// <summary>Gets the keys of the people with a decline coded in the period.</summary>
    /// <value>A read-only set of pseudonymised person keys, compared ordinally; built on first read and kept.</value>
    public IReadOnlySet<string> DeclinedPeople => LazyInitializer.EnsureInitialized(ref _declinedView, () => new ReadOnlySet<string>(PeopleWith(PersonCodes.Declined)));

    /// <summary>Gets each referred person's first referral in the period: the earliest date coded 871731000000106.</summary>
    /// <value>Pseudonymised person key to date, one entry per person referred in the period; built on first read and kept.</value>
    public IReadOnlyDictionary<string, LocalDate> FirstReferrals => LazyInitializer.EnsureInitialized(ref _firstReferralsView, BuildFirstReferrals);

    /// <summary>Gets the person keys by number, shared with the other groups of the partial that holds this group.</summary>
    internal string[] Keys { get; }

    /// <summary>Gets one mark per person with a code in the group.</summary>
    internal ReadOnlySpan<PersonMark> Marks => _marks.AsSpan();

    internal int OfferedPeopleCount { get; }

    internal int DeclinedPeopleCount { get; }

    internal int ReferredPeopleCount { get; }

    internal long Codes => OfferedCodes + DeclinedCodes + ReferredCodes;

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

        // Each person gets a number on first sight; their codes gather in one mark.
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var codes = new List<PersonCodes>();
        var dates = new List<LocalDate>();
        int offered = AddPeople(offeredPeople, nameof(offeredPeople), PersonCodes.Offered, numbers, codes, dates);
        int declined = AddPeople(declinedPeople, nameof(declinedPeople), PersonCodes.Declined, numbers, codes, dates);
        ArgumentNullException.ThrowIfNull(firstReferrals);
        foreach (KeyValuePair<string, LocalDate> pair in firstReferrals)
        {
            int person = AddPerson(pair.Key, nameof(firstReferrals), PersonCodes.Referred, numbers, codes, dates);
            Preconditions.CheckArgument(pair.Value.Calendar == CalendarSystem.Iso && period.Contains(pair.Value), nameof(firstReferrals), OutcomesMessages.CodedActivityReferralOutsidePeriod);
            dates[person] = pair.Value;
        }

        CheckCodes(offeredCodes, offered, nameof(offeredCodes));
        CheckCodes(declinedCodes, declined, nameof(declinedCodes));
        CheckCodes(referredCodes, firstReferrals.Count, nameof(referredCodes));
        Preconditions.CheckArgument(offeredCodes + declinedCodes + referredCodes > 0, nameof(offeredCodes), OutcomesMessages.CodedActivityGroupEmpty);
        string[] keys = new string[numbers.Count];
        var marks = new PersonMark[numbers.Count];
        foreach (KeyValuePair<string, int> pair in numbers)
        {
            keys[pair.Value] = pair.Key;
            marks[pair.Value] = new PersonMark(pair.Value, codes[pair.Value], dates[pair.Value]);
        }

        return new(practice, period, offeredCodes, declinedCodes, referredCodes, keys, marks);
    }

    /// <summary>Describes the group by its counts, never its person keys.</summary>
    /// <returns>For example <c>A81001 2026/27 Q1: offered 3 (2 people), declined 1 (1), referred 4 (3)</c>.</returns>
    public override string ToString()
        => string.Create(
            CultureInfo.InvariantCulture,
            $"{Practice} {Period}: offered {OfferedCodes} ({OfferedPeopleCount} people), declined {DeclinedCodes} ({DeclinedPeopleCount}), referred {ReferredCodes} ({ReferredPeopleCount})");

    /// <summary>The same group with its people numbered in other shared keys.</summary>
    /// <param name="keys">The other keys.</param>
    /// <param name="numberOf">The number in <paramref name="keys"/> of each person number of this group.</param>
    internal CodedActivityPracticeGroup Renumbered(string[] keys, int[] numberOf)
    {
        ReadOnlySpan<PersonMark> own = Marks;
        var marks = new PersonMark[own.Length];
        for (int i = 0; i < marks.Length; i++)
        {
            PersonMark mark = own[i];
            marks[i] = new PersonMark(numberOf[mark.Person], mark.Codes, mark.FirstReferral);
        }

        return new(Practice, Period, OfferedCodes, DeclinedCodes, ReferredCodes, keys, marks);
    }

    /// <summary>Checks a collection of keys and adds each person with the code; returns how many there were.</summary>
    private static int AddPeople(IEnumerable<string> keys, string paramName, PersonCodes code, Dictionary<string, int> numbers, List<PersonCodes> codes, List<LocalDate> dates)
    {
        ArgumentNullException.ThrowIfNull(keys, paramName);
        int count = 0;
        foreach (string key in keys)
        {
            AddPerson(key, paramName, code, numbers, codes, dates);
            count++;
        }

        return count;
    }

    /// <summary>Checks one key and gives the person the code; a key may have each code once.</summary>
    private static int AddPerson(string key, string paramName, PersonCodes code, Dictionary<string, int> numbers, List<PersonCodes> codes, List<LocalDate> dates)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(key), paramName, OutcomesMessages.CodedActivityPeopleBlank);
        ref int person = ref CollectionsMarshal.GetValueRefOrAddDefault(numbers, key, out bool exists);
        if (!exists)
        {
            person = codes.Count;
            codes.Add(PersonCodes.None);
            dates.Add(default);
        }

        Preconditions.CheckArgument((codes[person] & code) == 0, paramName, OutcomesMessages.CodedActivityPeopleRepeated);
        codes[person] |= code;
        return person;
    }

    private HashSet<string> PeopleWith(PersonCodes code)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (PersonMark mark in Marks)
        {
            if ((mark.Codes & code) != 0)
            {
                set.Add(Keys[mark.Person]);
            }
        }

        return set;
    }

    private ReadOnlyDictionary<string, LocalDate> BuildFirstReferrals()
    {
        var firsts = new Dictionary<string, LocalDate>(ReferredPeopleCount, StringComparer.Ordinal);
        foreach (PersonMark mark in Marks)
        {
            if ((mark.Codes & PersonCodes.Referred) != 0)
            {
                firsts.Add(Keys[mark.Person], mark.FirstReferral);
            }
        }

        return new ReadOnlyDictionary<string, LocalDate>(firsts);
    }

    private static void CheckCodes(long codes, int people, string paramName)
        => Preconditions.CheckArgument(codes >= people && (codes == 0) == (people == 0), paramName, OutcomesMessages.CodedActivityCodesAndPeople);
}
