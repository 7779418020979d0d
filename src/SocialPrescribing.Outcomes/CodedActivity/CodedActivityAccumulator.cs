using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NodaTime;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// The one-pass accumulator behind <see cref="CodedActivity"/> (docs/outcomes.md, "Coded GP activity", "How it computes"). Each
/// person key is numbered once, on first sight; each practice and period is a numbered group, found through the last
/// practice and period used (extracts usually come sorted by practice and date) or a dictionary per practice. A person's
/// codes in a group gather in one mark, and a person's marks form a list, newest first, searched only when the person's
/// 64-bit mask says the group may already be there; so a row costs one look-up of its key and rarely a walk over the few
/// groups that person already has. Not thread-safe: each thread has its own; threads share the people out and their
/// accumulators are frozen together.
/// </summary>
internal sealed class CodedActivityAccumulator
{
    /// <summary>Rows between two progress reports: 2^16 = 65,536 (docs/outcomes.md).</summary>
    internal const int ProgressInterval = 1 << 16;

    /// <summary>Rows between two checks of the cancellation token: 2^12 = 4,096.</summary>
    internal const int CancellationInterval = 1 << 12;

    /// <summary>Months added so that month numbers of every ISO year NodaTime supports are positive and divisions floor.</summary>
    private const int MonthOffset = 12 * 10_000;

    /// <summary>The financial year starts in April: month 3 counting January as 0.</summary>
    private const int FinancialYearStartMonth = 3;

    private const int NoMark = -1;

    private static readonly SctId OfferedCode = SocialPrescribingConcepts.Offered.Id;
    private static readonly SctId DeclinedCode = SocialPrescribingConcepts.Declined.Id;
    private static readonly SctId ReferredCode = SocialPrescribingConcepts.ReferralToService.Id;

    private readonly Dictionary<string, Person> _people = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PracticeGroups> _practices = new(StringComparer.Ordinal);
    private Mark[] _marks = new Mark[256];
    private int _markCount;
    private Group[] _groups = new Group[16];
    private int _groupCount;
    private PracticeGroups? _lastPractice;

    internal CodedActivityAccumulator(PeriodKind kind) => Kind = kind;

    internal PeriodKind Kind { get; }

    internal long IgnoredRows { get; private set; }

    /// <summary>Counts one row; throws for the default row (named as the caller's <c>rows</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Add(in CodedActivityRow row)
    {
        string personKey = row.PersonKeyOrNull ?? throw DefaultRow("rows");
        PersonCodes code = CodeOf(row.Code);
        if (code == PersonCodes.None)
        {
            IgnoredRows++;
            return;
        }

        Count(in row, personKey, code);
    }

    /// <summary>
    /// The share of a row's person (<see cref="ShareOf"/> of its key), or -1 when its code is none of the three and the
    /// row is ignored: the first phase of the parallel pass, which reads each row once.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int ShareOfRow(in CodedActivityRow row, int shares)
    {
        string personKey = row.PersonKeyOrNull ?? throw DefaultRow("rows");
        return CodeOf(row.Code) == PersonCodes.None ? -1 : ShareOf(personKey, shares);
    }

    /// <summary>Counts a row already found to carry one of the three codes (<see cref="ShareOfRow"/>): the parallel pass's second phase.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void AddCoded(in CodedActivityRow row) => Count(in row, row.PersonKeyOrNull!, CodeOf(row.Code));

    /// <summary>Adds rows ignored (other codes), found by the parallel pass's first phase.</summary>
    internal void AddIgnored(long rows) => IgnoredRows += rows;

    /// <summary>Counts a span of rows, with no interface call per row.</summary>
    internal void AddRange(ReadOnlySpan<CodedActivityRow> rows)
    {
        foreach (ref readonly CodedActivityRow row in rows)
        {
            Add(in row);
        }
    }

    /// <summary>Adds every group of a partial, leaving the partial unchanged.</summary>
    internal void AddFrom(CodedActivityPartial partial)
    {
        IgnoredRows += partial.IgnoredRows;
        foreach (CodedActivityPracticeGroup group in partial.Groups)
        {
            int into = GroupOf(group.Practice, group.Period.Start);
            _groups[into].Add(group.OfferedCodes, group.DeclinedCodes, group.ReferredCodes);
            foreach (PersonMark mark in group.Marks)
            {
                MarkPerson(ref PersonOf(group.Keys[mark.Person]), into, mark.Codes, mark.FirstReferral);
            }
        }
    }

    /// <summary>Freezes the accumulator into a partial; the accumulator must not be used afterwards.</summary>
    internal CodedActivityPartial ToPartial() => ToPartial([this]);

    /// <summary>
    /// Freezes accumulators that hold disjoint sets of people (each read its own share of people from the same rows) into
    /// one partial, with no key looked up again: people are numbered one accumulator after another, groups are united
    /// through the first. The accumulators must not be used afterwards.
    /// </summary>
    internal static CodedActivityPartial ToPartial(IReadOnlyList<CodedActivityAccumulator> disjoint)
    {
        CodedActivityAccumulator first = disjoint[0];
        var groupOf = new int[disjoint.Count][];
        int[] firstPerson = new int[disjoint.Count];
        int people = 0;
        long ignored = 0;
        for (int a = 0; a < disjoint.Count; a++)
        {
            CodedActivityAccumulator part = disjoint[a];
            firstPerson[a] = people;
            people += part._people.Count;
            ignored += part.IgnoredRows;
            groupOf[a] = new int[part._groupCount];
            for (int g = 0; g < part._groupCount; g++)
            {
                if (a == 0)
                {
                    groupOf[a][g] = g;
                    continue;
                }

                ref Group group = ref part._groups[g];
                groupOf[a][g] = first.GroupOf(group.Practice, group.Period.Start);
                first._groups[groupOf[a][g]].Add(group.Offered, group.Declined, group.Referred);
            }
        }

        // The marks go into one array, each group's together: count them, then place them. A person's first two marks are
        // kept in the person (read in the order people came); any more are in the overflow array.
        int[] start = new int[first._groupCount + 1];
        for (int a = 0; a < disjoint.Count; a++)
        {
            CodedActivityAccumulator part = disjoint[a];
            int[] groupMap = groupOf[a];
            foreach (Person person in part._people.Values)
            {
                start[groupMap[person.First.Group] + 1]++;
                start[groupMap[person.Second.Group] + 1] += person.Second.Codes == PersonCodes.None ? 0 : 1;
            }

            for (int i = 0; i < part._markCount; i++)
            {
                start[groupMap[part._marks[i].Slot.Group] + 1]++;
            }
        }

        for (int g = 0; g < first._groupCount; g++)
        {
            start[g + 1] += start[g];
        }

        int[] filled = start[..^1];
        var marks = new PersonMark[start[^1]];
        string[] keys = new string[people];
        for (int a = 0; a < disjoint.Count; a++)
        {
            CodedActivityAccumulator part = disjoint[a];
            int[] groupMap = groupOf[a];
            int offset = firstPerson[a];
            foreach (KeyValuePair<string, Person> pair in part._people)
            {
                Person person = pair.Value;
                int number = offset + person.Number;
                keys[number] = pair.Key;
                marks[filled[groupMap[person.First.Group]]++] = new PersonMark(number, person.First.Codes, person.First.FirstReferral);
                if (person.Second.Codes != PersonCodes.None)
                {
                    marks[filled[groupMap[person.Second.Group]]++] = new PersonMark(number, person.Second.Codes, person.Second.FirstReferral);
                }
            }

            for (int i = 0; i < part._markCount; i++)
            {
                ref Mark mark = ref part._marks[i];
                marks[filled[groupMap[mark.Slot.Group]]++] = new PersonMark(offset + mark.Person, mark.Slot.Codes, mark.Slot.FirstReferral);
            }
        }

        var groups = new CodedActivityPracticeGroup[first._groupCount];
        for (int g = 0; g < first._groupCount; g++)
        {
            ref Group group = ref first._groups[g];
            groups[g] = new CodedActivityPracticeGroup(group.Practice, group.Period, group.Offered, group.Declined, group.Referred, keys, new ArraySegment<PersonMark>(marks, start[g], start[g + 1] - start[g]));
        }

        return new CodedActivityPartial(first.Kind, ignored, keys, groups);
    }

    /// <summary>
    /// The share a person key belongs to: its FNV-1a hash (32 bits, over the UTF-16 code units) modulo the number of
    /// shares. Fixed rather than randomised per process, so the split is the same on every run; cheaper than the string's
    /// own hash, which matters because every thread hashes every row.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int ShareOf(string key, int shares)
    {
        uint hash = 2166136261;
        foreach (char c in key)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }

        return (int)(hash % (uint)shares);
    }

    /// <summary>Which of the three codes a code is, or <see cref="PersonCodes.None"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PersonCodes CodeOf(SctId code)
        => code == ReferredCode ? PersonCodes.Referred
            : code == OfferedCode ? PersonCodes.Offered
            : code == DeclinedCode ? PersonCodes.Declined
            : PersonCodes.None;

    /// <summary>Counts a row with one of the three codes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Count(in CodedActivityRow row, string personKey, PersonCodes code)
    {
        LocalDate date = row.Date;
        int group = GroupOf(row.Practice, date);
        _groups[group].Count(code);
        MarkPerson(ref PersonOf(personKey), group, code, date);
    }

    /// <summary>The error for <c>default(CodedActivityRow)</c>, named as the public caller's parameter.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ArgumentException DefaultRow(string paramName) => new(OutcomesMessages.CodedActivityRowDefault, paramName);

    /// <summary>The person with the key, numbered on first sight.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref Person PersonOf(string key)
    {
        ref Person person = ref CollectionsMarshal.GetValueRefOrAddDefault(_people, key, out bool exists);
        if (!exists)
        {
            person = new Person { Number = _people.Count - 1, Overflow = NoMark };
        }

        return ref person;
    }

    /// <summary>
    /// Gives a person codes in a group, with a first referral date when the codes hold a referral. The person's first two
    /// groups are kept in the person itself, in the dictionary entry the look-up has just read; further groups go to the
    /// overflow array, searched only when the bit of the group (its number modulo 64) is already set.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void MarkPerson(ref Person person, int group, PersonCodes codes, LocalDate firstReferral)
    {
        if (person.First.Codes == PersonCodes.None || person.First.Group == group)
        {
            person.First.Add(group, codes, firstReferral);
        }
        else if (person.Second.Codes == PersonCodes.None || person.Second.Group == group)
        {
            person.Second.Add(group, codes, firstReferral);
        }
        else
        {
            MarkOverflow(ref person, group, codes, firstReferral);
        }
    }

    /// <summary>Gives a person codes in a third or later group.</summary>
    private void MarkOverflow(ref Person person, int group, PersonCodes codes, LocalDate firstReferral)
    {
        ulong bit = 1UL << group;
        if ((person.OverflowBits & bit) != 0)
        {
            Mark[] marks = _marks;
            for (int i = person.Overflow; i != NoMark; i = marks[i].Next)
            {
                ref Mark mark = ref marks[i];
                if (mark.Slot.Group == group)
                {
                    mark.Slot.Add(group, codes, firstReferral);
                    return;
                }
            }
        }

        person.OverflowBits |= bit;
        if (_markCount == _marks.Length)
        {
            Array.Resize(ref _marks, _markCount * 2);
        }

        ref Mark added = ref _marks[_markCount];
        added = new Mark { Next = person.Overflow, Person = person.Number };
        added.Slot.Add(group, codes, firstReferral);
        person.Overflow = _markCount++;
    }

    /// <summary>The number of the group of a practice and the period holding a date, made on first sight.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int GroupOf(OdsCode practiceCode, LocalDate date)
    {
        PracticeGroups? practice = _lastPractice;
        if (practice is null || !string.Equals(practice.Text, practiceCode.Value, StringComparison.Ordinal))
        {
            practice = PracticeOf(practiceCode);
            _lastPractice = practice;
        }

        int number = PeriodNumber(date);
        return practice.LastNumber == number ? practice.LastGroup : FindGroup(practice, number, date);
    }

    private int FindGroup(PracticeGroups practice, int number, LocalDate date)
    {
        ref int group = ref CollectionsMarshal.GetValueRefOrAddDefault(practice.Groups, number, out bool exists);
        if (!exists)
        {
            if (_groupCount == _groups.Length)
            {
                Array.Resize(ref _groups, _groupCount * 2);
            }

            _groups[_groupCount] = new Group { Practice = practice.Practice, Period = ReportingPeriod.Containing(Kind, date) };
            group = _groupCount++;
        }

        practice.LastNumber = number;
        practice.LastGroup = group;
        return group;
    }

    private PracticeGroups PracticeOf(OdsCode practiceCode)
    {
        ref PracticeGroups? practice = ref CollectionsMarshal.GetValueRefOrAddDefault(_practices, practiceCode.Value, out bool exists);
        if (!exists)
        {
            practice = new PracticeGroups(practiceCode);
        }

        return practice!;
    }

    /// <summary>Numbers the periods of this accumulator's kind: equal numbers exactly for dates in the same period.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int PeriodNumber(LocalDate date)
    {
        int month = (date.Year * 12) + date.Month - 1 + MonthOffset;
        return Kind switch
        {
            PeriodKind.Month => month,
            PeriodKind.Quarter => (month - FinancialYearStartMonth) / 3,
            _ => (month - FinancialYearStartMonth) / 12,
        };
    }

    /// <summary>
    /// A person: their number, their codes in their first two groups, their newest overflow mark and a bit per overflow
    /// group number modulo 64.
    /// </summary>
    [StructLayout(LayoutKind.Auto)]
    private struct Person
    {
        internal int Number;
        internal int Overflow;
        internal ulong OverflowBits;
        internal Slot First;
        internal Slot Second;
    }

    /// <summary>
    /// A person's codes in one group, in 8 bytes (the group number and the three code flags share an int); empty while
    /// <see cref="Codes"/> is <see cref="PersonCodes.None"/>.
    /// </summary>
    private struct Slot
    {
        private const int CodeBits = 3;

        private int _groupAndCodes;
        private LocalDate _firstReferral;

        internal readonly int Group => _groupAndCodes >> CodeBits;

        internal readonly PersonCodes Codes => (PersonCodes)(_groupAndCodes & ((1 << CodeBits) - 1));

        internal readonly LocalDate FirstReferral => _firstReferral;

        /// <summary>Fills an empty slot, or adds codes to the slot of the same group, keeping the earlier referral.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal void Add(int group, PersonCodes codes, LocalDate firstReferral)
        {
            PersonCodes had = Codes;
            if ((codes & PersonCodes.Referred) != 0 && ((had & PersonCodes.Referred) == 0 || firstReferral < _firstReferral))
            {
                _firstReferral = firstReferral;
            }

            _groupAndCodes = (group << CodeBits) | (int)(had | codes);
        }
    }

    /// <summary>A person's codes in a third or later group, and the person's next older overflow mark.</summary>
    [StructLayout(LayoutKind.Auto)]
    private struct Mark
    {
        internal int Next;
        internal int Person;
        internal Slot Slot;
    }

    /// <summary>One practice and period: the rows of each code.</summary>
    [StructLayout(LayoutKind.Auto)]
    private struct Group
    {
        internal OdsCode Practice;
        internal ReportingPeriod Period;
        internal long Offered;
        internal long Declined;
        internal long Referred;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal void Count(PersonCodes code)
        {
            switch (code)
            {
                case PersonCodes.Referred:
                    Referred++;
                    break;
                case PersonCodes.Offered:
                    Offered++;
                    break;
                default:
                    Declined++;
                    break;
            }
        }

        internal void Add(long offered, long declined, long referred)
        {
            Offered += offered;
            Declined += declined;
            Referred += referred;
        }
    }

    /// <summary>One practice's groups by period number, with the last one used cached.</summary>
    private sealed class PracticeGroups(OdsCode practice)
    {
        internal OdsCode Practice { get; } = practice;

        internal string Text { get; } = practice.Value;

        internal Dictionary<int, int> Groups { get; } = [];

        internal int LastNumber { get; set; } = int.MinValue;

        internal int LastGroup { get; set; }
    }
}
