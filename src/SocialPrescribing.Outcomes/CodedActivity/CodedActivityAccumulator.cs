using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NodaTime;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// The one-pass accumulator behind <see cref="CodedActivity"/>: practice groups found by a dictionary keyed by the
/// practice's code and, within a practice, by a period number, with the last practice and group cached (extracts
/// usually come sorted by practice and date). Not thread-safe: each thread has its own, merged at the end.
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

    private static readonly SctId OfferedCode = SocialPrescribingConcepts.Offered.Id;
    private static readonly SctId DeclinedCode = SocialPrescribingConcepts.Declined.Id;
    private static readonly SctId ReferredCode = SocialPrescribingConcepts.ReferralToService.Id;

    private readonly Dictionary<string, PracticeGroups> _practices = new(StringComparer.Ordinal);
    private PracticeGroups? _lastPractice;

    internal CodedActivityAccumulator(PeriodKind kind) => Kind = kind;

    internal PeriodKind Kind { get; }

    internal long IgnoredRows { get; private set; }

    /// <summary>Counts one row; throws for the default row (named as the caller's <c>rows</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Add(in CodedActivityRow row)
    {
        string personKey = row.PersonKeyOrNull ?? throw DefaultRow("rows");
        SctId code = row.Code;
        CodedActivityCode which;
        if (code == ReferredCode)
        {
            which = CodedActivityCode.Referred;
        }
        else if (code == OfferedCode)
        {
            which = CodedActivityCode.Offered;
        }
        else if (code == DeclinedCode)
        {
            which = CodedActivityCode.Declined;
        }
        else
        {
            IgnoredRows++;
            return;
        }

        LocalDate date = row.Date;
        GroupOf(row.Practice, date).Add(which, personKey, date);
    }

    /// <summary>The error for <c>default(CodedActivityRow)</c>, named as the public caller's parameter.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ArgumentException DefaultRow(string paramName) => new(OutcomesMessages.CodedActivityRowDefault, paramName);

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
            AddGroup(group.State, copy: true);
        }
    }

    /// <summary>Adds every group of another accumulator, which is discarded afterwards, so its groups may be taken over.</summary>
    internal void TakeFrom(CodedActivityAccumulator other)
    {
        IgnoredRows += other.IgnoredRows;
        foreach (PracticeGroups practice in other._practices.Values)
        {
            foreach (CodedActivityGroupState state in practice.Groups.Values)
            {
                AddGroup(state, copy: false);
            }
        }
    }

    /// <summary>Freezes the accumulator into a partial; the accumulator must not be used afterwards.</summary>
    internal CodedActivityPartial ToPartial()
    {
        int count = 0;
        foreach (PracticeGroups practice in _practices.Values)
        {
            count += practice.Groups.Count;
        }

        var groups = new CodedActivityPracticeGroup[count];
        int i = 0;
        foreach (PracticeGroups practice in _practices.Values)
        {
            foreach (CodedActivityGroupState state in practice.Groups.Values)
            {
                groups[i++] = new CodedActivityPracticeGroup(state);
            }
        }

        return new CodedActivityPartial(Kind, IgnoredRows, groups);
    }

    private void AddGroup(CodedActivityGroupState state, bool copy)
    {
        PracticeGroups practice = PracticeOf(state.Organisation);
        ref CodedActivityGroupState? target = ref CollectionsMarshal.GetValueRefOrAddDefault(practice.Groups, PeriodNumber(state.Period.Start), out bool exists);
        if (!exists)
        {
            target = copy ? state.CopyFor(state.Organisation) : state;
        }
        else
        {
            target!.AddFrom(state);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private CodedActivityGroupState GroupOf(OdsCode practiceCode, LocalDate date)
    {
        PracticeGroups? practice = _lastPractice;
        if (practice is null || !string.Equals(practice.Text, practiceCode.Value, StringComparison.Ordinal))
        {
            practice = PracticeOf(practiceCode);
            _lastPractice = practice;
        }

        int number = PeriodNumber(date);
        return practice.LastNumber == number && practice.Last is { } last ? last : practice.Find(number, Kind, date);
    }

    private PracticeGroups PracticeOf(OdsCode practiceCode)
    {
        string text = practiceCode.Value;
        ref PracticeGroups? practice = ref CollectionsMarshal.GetValueRefOrAddDefault(_practices, text, out bool exists);
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

    /// <summary>One practice's groups by period number, with the last one used cached.</summary>
    private sealed class PracticeGroups(OdsCode practice)
    {
        internal OdsCode Practice { get; } = practice;

        internal string Text { get; } = practice.Value;

        internal Dictionary<int, CodedActivityGroupState> Groups { get; } = [];

        internal int LastNumber { get; private set; } = int.MinValue;

        internal CodedActivityGroupState? Last { get; private set; }

        internal CodedActivityGroupState Find(int number, PeriodKind kind, LocalDate date)
        {
            ref CodedActivityGroupState? group = ref CollectionsMarshal.GetValueRefOrAddDefault(Groups, number, out bool exists);
            if (!exists)
            {
                group = new CodedActivityGroupState(Practice, ReportingPeriod.Containing(kind, date));
            }

            LastNumber = number;
            Last = group;
            return group!;
        }
    }
}
