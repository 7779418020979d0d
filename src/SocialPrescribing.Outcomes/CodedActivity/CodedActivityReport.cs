using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.InteropServices;
using NodaTime;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// The figures of coded GP activity per practice and per PCN for each period, with the counts that say what was not
/// counted (see <c>docs/outcomes.md</c>, "Coded GP activity").
/// </summary>
/// <remarks>
/// <para>
/// A group exists where at least one row with one of the three codes was read: a practice with no such row in a period
/// has no group for it. <see cref="RowsRead"/> is the sum of every practice group's codes, plus <see cref="IgnoredRows"/>.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class CodedActivityReport
{
    /// <summary>The groups by key: never changed after construction, so safe to read from any thread.</summary>
    private readonly Dictionary<CodedActivityKey, CodedActivityFigures> _byKey;

    private CodedActivityReport(CodedActivityPartial partial, CodedActivityFigures[] groups, long unmappedRows, OdsCode[] unmappedPractices)
    {
        Kind = partial.Kind;
        RowsRead = partial.RowsRead;
        IgnoredRows = partial.IgnoredRows;
        UnmappedRows = unmappedRows;
        UnmappedPractices = Array.AsReadOnly(unmappedPractices);
        Array.Sort(groups, static (a, b) => a.Key.CompareTo(b.Key));
        Groups = Array.AsReadOnly(groups);
        var byKey = new Dictionary<CodedActivityKey, CodedActivityFigures>(groups.Length);
        foreach (CodedActivityFigures figures in groups)
        {
            byKey.Add(figures.Key, figures);
        }

        _byKey = byKey;
    }

    /// <summary>Gets the length of the periods.</summary>
    /// <value>Month, quarter or financial year.</value>
    public PeriodKind Kind { get; }

    /// <summary>Gets the number of rows read.</summary>
    /// <value>Every row of the extract, the ignored ones included.</value>
    public long RowsRead { get; }

    /// <summary>Gets the number of rows whose code is none of the three social prescribing codes.</summary>
    /// <value>Zero or more.</value>
    public long IgnoredRows { get; }

    /// <summary>Gets the number of rows with one of the three codes from practices the PCN map does not name.</summary>
    /// <value>Zero or more; these rows count at practice level only.</value>
    public long UnmappedRows { get; }

    /// <summary>Gets the practices with rows that the PCN map does not name.</summary>
    /// <value>Their ODS codes, ordered (ordinal); all practices when no map was given.</value>
    public ReadOnlyCollection<OdsCode> UnmappedPractices { get; }

    /// <summary>Gets every group's figures: practices first, then PCNs, each by organisation code and then period.</summary>
    /// <value>The figures, in <see cref="CodedActivityKey"/> order.</value>
    public ReadOnlyCollection<CodedActivityFigures> Groups { get; }

    /// <summary>Finds the figures of one group.</summary>
    /// <param name="key">The group's level, organisation and period.</param>
    /// <param name="figures">The figures when the group exists; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the report has the group. Never throws.</returns>
    public bool TryGetFigures(CodedActivityKey key, [NotNullWhen(true)] out CodedActivityFigures? figures) => _byKey.TryGetValue(key, out figures);

    /// <summary>Describes the report by its counts.</summary>
    /// <returns>For example <c>Quarter: 14 groups, 1200 rows read, 15 ignored, 0 unmapped</c>.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Kind}: {Groups.Count} groups, {RowsRead} rows read, {IgnoredRows} ignored, {UnmappedRows} unmapped");

    /// <summary>Computes the figures of a partial under the options.</summary>
    internal static CodedActivityReport Build(CodedActivityPartial partial, CodedActivityOptions options)
    {
        var figures = new List<CodedActivityFigures>();
        var unmapped = new List<OdsCode>();
        long unmappedRows = 0;
        var counter = new PeopleCounter(partial.Keys.Length, options, figures);

        // Practice level: the partial's groups are ordered by practice, then period, so each practice's are adjacent.
        var pcnGroups = new Dictionary<OdsCode, List<CodedActivityPracticeGroup>>();
        var samePractice = new List<CodedActivityPracticeGroup>();
        ReadOnlyCollection<CodedActivityPracticeGroup> groups = partial.Groups;
        for (int i = 0; i < groups.Count;)
        {
            OdsCode practice = groups[i].Practice;
            samePractice.Clear();
            for (; i < groups.Count && groups[i].Practice == practice; i++)
            {
                samePractice.Add(groups[i]);
            }

            if (options.TryGetPcn(practice, out OdsCode pcn))
            {
                ref List<CodedActivityPracticeGroup>? ofPcn = ref CollectionsMarshal.GetValueRefOrAddDefault(pcnGroups, pcn, out _);
                (ofPcn ??= []).AddRange(samePractice);
            }
            else
            {
                unmapped.Add(practice);
                foreach (CodedActivityPracticeGroup group in samePractice)
                {
                    unmappedRows += group.Codes;
                }
            }

            counter.Add(CodedActivityLevel.Practice, practice, samePractice);
        }

        // PCN level: each PCN's practice groups by period; a person at two of its practices in a period counts once.
        foreach (KeyValuePair<OdsCode, List<CodedActivityPracticeGroup>> pair in pcnGroups)
        {
            pair.Value.Sort(static (a, b) => a.Period.CompareTo(b.Period));
            counter.Add(CodedActivityLevel.PrimaryCareNetwork, pair.Key, pair.Value);
        }

        return new CodedActivityReport(partial, [.. figures], unmappedRows, [.. unmapped]);
    }

    /// <summary>The figures of one organisation's period, counted person by person.</summary>
    private struct Tally(ReportingPeriod period, LocalDate[] earliest)
    {
        internal (long Offered, long Declined, long Referred) Codes;
        internal (int Offered, int Declined, int Referred) People;
        internal int Distinct;
        internal int Newly;
        internal readonly int[] ByMonth = new int[MonthsIn(period.Kind)];

        internal void AddCodes(CodedActivityPracticeGroup group)
            => Codes = (Codes.Offered + group.OfferedCodes, Codes.Declined + group.DeclinedCodes, Codes.Referred + group.ReferredCodes);

        /// <summary>Counts one person: their codes, and their first referral in the period against their earliest at the organisation.</summary>
        internal void AddPerson(int person, PersonCodes has, LocalDate first)
        {
            Distinct++;
            People.Offered += (int)(has & PersonCodes.Offered);
            People.Declined += (int)(has & PersonCodes.Declined) >> 1;
            if ((has & PersonCodes.Referred) != 0)
            {
                LocalDate start = period.Start;
                People.Referred++;
                ByMonth[((first.Year - start.Year) * 12) + first.Month - start.Month]++;
                Newly += first == earliest[person] ? 1 : 0;
            }
        }
    }

    private static int MonthsIn(PeriodKind kind) => kind switch
    {
        PeriodKind.Month => 1,
        PeriodKind.Quarter => 3,
        _ => 12,
    };

    /// <summary>
    /// Counts the people of an organisation's groups with arrays indexed by person number, each entry stamped with the
    /// organisation or period it belongs to, so nothing is cleared between organisations and no key is hashed again.
    /// </summary>
    private sealed class PeopleCounter(int people, CodedActivityOptions options, List<CodedActivityFigures> output)
    {
        private readonly int[] _earliestStamp = new int[people];
        private readonly LocalDate[] _earliest = new LocalDate[people];
        private readonly int[] _periodStamp = new int[people];
        private readonly PersonCodes[] _codes = new PersonCodes[people];
        private readonly LocalDate[] _first = new LocalDate[people];
        private readonly List<int> _inPeriod = [];
        private int _organisations;
        private int _periods;

        /// <summary>Adds the figures of one organisation from its groups, ordered by period.</summary>
        internal void Add(CodedActivityLevel level, OdsCode organisation, List<CodedActivityPracticeGroup> groups)
        {
            long? listSize = options.ListSizeOf(level, organisation);

            // Each person's first referral at this organisation over every period.
            int stamp = ++_organisations;
            foreach (CodedActivityPracticeGroup group in groups)
            {
                foreach (PersonMark mark in group.Marks)
                {
                    if ((mark.Codes & PersonCodes.Referred) != 0
                        && (_earliestStamp[mark.Person] != stamp || mark.FirstReferral < _earliest[mark.Person]))
                    {
                        _earliestStamp[mark.Person] = stamp;
                        _earliest[mark.Person] = mark.FirstReferral;
                    }
                }
            }

            for (int k = 0; k < groups.Count;)
            {
                ReportingPeriod period = groups[k].Period;
                var tally = new Tally(period, _earliest);
                if (k + 1 == groups.Count || groups[k + 1].Period != period)
                {
                    // One group in the period (every practice, and a PCN with one practice active): its marks are its people.
                    CodedActivityPracticeGroup group = groups[k++];
                    tally.AddCodes(group);
                    foreach (PersonMark mark in group.Marks)
                    {
                        tally.AddPerson(mark.Person, mark.Codes, mark.FirstReferral);
                    }
                }
                else
                {
                    int inPeriod = ++_periods;
                    _inPeriod.Clear();
                    for (; k < groups.Count && groups[k].Period == period; k++)
                    {
                        tally.AddCodes(groups[k]);
                        Gather(groups[k], inPeriod);
                    }

                    foreach (int p in _inPeriod)
                    {
                        tally.AddPerson(p, _codes[p], _first[p]);
                    }
                }

                output.Add(new CodedActivityFigures(
                    CodedActivityKey.Trusted(level, organisation, period), tally.Codes, tally.People, tally.Distinct, tally.Newly, tally.ByMonth, listSize, options.Thresholds));
            }
        }

        /// <summary>Unites a group's people into the period's: codes joined, the earlier first referral kept.</summary>
        private void Gather(CodedActivityPracticeGroup group, int inPeriod)
        {
            foreach (PersonMark mark in group.Marks)
            {
                int p = mark.Person;
                if (_periodStamp[p] != inPeriod)
                {
                    _periodStamp[p] = inPeriod;
                    _codes[p] = mark.Codes;
                    _first[p] = mark.FirstReferral;
                    _inPeriod.Add(p);
                }
                else
                {
                    if ((mark.Codes & PersonCodes.Referred) != 0 && ((_codes[p] & PersonCodes.Referred) == 0 || mark.FirstReferral < _first[p]))
                    {
                        _first[p] = mark.FirstReferral;
                    }

                    _codes[p] |= mark.Codes;
                }
            }
        }
    }
}
