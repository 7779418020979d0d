using System.Collections.Frozen;
using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
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
    private readonly FrozenDictionary<CodedActivityKey, CodedActivityFigures> _byKey;

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

        _byKey = byKey.ToFrozenDictionary();
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

        // Practice level: the partial's groups, ordered by practice, so each practice's periods are adjacent.
        // PCN level: copies of the practice groups merged per PCN and period.
        var pcnGroups = new Dictionary<OdsCode, Dictionary<ReportingPeriod, CodedActivityGroupState>>();
        var samePractice = new List<CodedActivityGroupState>();
        ReadOnlyCollection<CodedActivityPracticeGroup> groups = partial.Groups;
        for (int i = 0; i < groups.Count; i++)
        {
            CodedActivityGroupState state = groups[i].State;
            samePractice.Add(state);
            if (options.TryGetPcn(state.Organisation, out OdsCode pcn))
            {
                if (!pcnGroups.TryGetValue(pcn, out Dictionary<ReportingPeriod, CodedActivityGroupState>? periods))
                {
                    periods = [];
                    pcnGroups.Add(pcn, periods);
                }

                if (periods.TryGetValue(state.Period, out CodedActivityGroupState? merged))
                {
                    merged.AddFrom(state);
                }
                else
                {
                    periods.Add(state.Period, state.CopyFor(pcn));
                }
            }
            else
            {
                unmappedRows += state.Codes;
            }

            if (i + 1 == groups.Count || groups[i + 1].Practice != state.Organisation)
            {
                if (!options.TryGetPcn(state.Organisation, out _))
                {
                    unmapped.Add(state.Organisation);
                }

                AddFigures(figures, CodedActivityLevel.Practice, samePractice, options);
                samePractice.Clear();
            }
        }

        foreach (Dictionary<ReportingPeriod, CodedActivityGroupState> periods in pcnGroups.Values)
        {
            AddFigures(figures, CodedActivityLevel.PrimaryCareNetwork, [.. periods.Values], options);
        }

        return new CodedActivityReport(partial, [.. figures], unmappedRows, [.. unmapped]);
    }

    /// <summary>Adds the figures of one organisation's groups, one per period.</summary>
    private static void AddFigures(List<CodedActivityFigures> output, CodedActivityLevel level, List<CodedActivityGroupState> states, CodedActivityOptions options)
    {
        OdsCode organisation = states[0].Organisation;
        long? listSize = options.ListSizeOf(level, organisation);

        // Each person's first referral over every period of this organisation; with one period, the period's own.
        Dictionary<string, LocalDate>? earliest = null;
        if (states.Count > 1)
        {
            earliest = new Dictionary<string, LocalDate>(StringComparer.Ordinal);
            foreach (CodedActivityGroupState state in states)
            {
                foreach (KeyValuePair<string, LocalDate> pair in state.FirstReferrals)
                {
                    if (!earliest.TryGetValue(pair.Key, out LocalDate date) || pair.Value < date)
                    {
                        earliest[pair.Key] = pair.Value;
                    }
                }
            }
        }

        foreach (CodedActivityGroupState state in states)
        {
            LocalDate start = state.Period.Start;
            int[] byMonth = new int[MonthsIn(state.Period.Kind)];
            int newly = 0;
            foreach (KeyValuePair<string, LocalDate> pair in state.FirstReferrals)
            {
                byMonth[((pair.Value.Year - start.Year) * 12) + pair.Value.Month - start.Month]++;
                if (earliest is null || earliest[pair.Key] == pair.Value)
                {
                    newly++;
                }
            }

            output.Add(new CodedActivityFigures(
                CodedActivityKey.Trusted(level, organisation, state.Period),
                state,
                DistinctPeople(state),
                newly,
                byMonth,
                listSize,
                options.Thresholds));
        }
    }

    /// <summary>Counts the union of the three sets of people without building it.</summary>
    private static int DistinctPeople(CodedActivityGroupState state)
    {
        int people = state.OfferedPeople.Count;
        foreach (string key in state.DeclinedPeople)
        {
            if (!state.OfferedPeople.Contains(key))
            {
                people++;
            }
        }

        foreach (string key in state.FirstReferrals.Keys)
        {
            if (!state.OfferedPeople.Contains(key) && !state.DeclinedPeople.Contains(key))
            {
                people++;
            }
        }

        return people;
    }

    private static int MonthsIn(PeriodKind kind) => kind switch
    {
        PeriodKind.Month => 1,
        PeriodKind.Quarter => 3,
        _ => 12,
    };
}
