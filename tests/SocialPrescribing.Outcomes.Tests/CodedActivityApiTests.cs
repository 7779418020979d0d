using System.Diagnostics;
using System.Reflection;
using NodaTime;
using SocialPrescribing.Testing;

using SocialPrescribing.Outcomes.Testing;

namespace SocialPrescribing.Outcomes.Tests;

/// <summary>Progress, cancellation, argument errors and the rebuilding rules of the coded activity API.</summary>
public sealed class CodedActivityApiTests
{
    private static readonly OdsCode Practice = OdsCode.Parse("A81001");
    private static readonly ReportingPeriod Q1 = ReportingPeriod.Containing(PeriodKind.Quarter, new LocalDate(2026, 4, 1));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Rows as an asynchronous stream that yields now and then, as a file reader would.</summary>
    internal static async IAsyncEnumerable<CodedActivityRow> Stream(IEnumerable<CodedActivityRow> rows)
    {
        int i = 0;
        foreach (CodedActivityRow row in rows)
        {
            if (++i % 7 == 0)
            {
                await Task.Yield();
            }

            yield return row;
        }
    }

    /// <summary>Many rows (every fourth ignored), cheap to make.</summary>
    internal static CodedActivityRow[] ManyRows(int count)
    {
        SctId[] codes = [SocialPrescribingConcepts.ReferralToService.Id, SocialPrescribingConcepts.Offered.Id, SocialPrescribingConcepts.Declined.Id, CodedActivityGenerators.OtherCode];
        var rows = new CodedActivityRow[count];
        for (int i = 0; i < count; i++)
        {
            rows[i] = CodedActivityRow.Create(CodedActivityGenerators.Practices[i % 3], "k" + (i % 1000), codes[i % 4], new LocalDate(2026, 1, 1).PlusDays(i % 400));
        }

        return rows;
    }

    [Fact]
    public void Aggregating_allocates_for_people_and_groups_not_for_rows()
    {
        CodedActivityRow[] few = [.. SyntheticCodedRows.Generate(20_000, 7)];
        CodedActivityRow[] many = [.. few, .. few, .. few, .. few, .. few, .. few, .. few, .. few];
        CodedActivity.Aggregate(few, PeriodKind.Quarter, cancellationToken: Ct);

        // Each measured three times, keeping the least (a one-off allocation elsewhere is not a cost per row).
        long fewBytes = long.MaxValue, manyBytes = long.MaxValue;
        CodedActivityPartial? small = null, large = null;
        for (int attempt = 0; attempt < 3; attempt++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            small = CodedActivity.Aggregate(few, PeriodKind.Quarter, cancellationToken: Ct);
            fewBytes = Math.Min(fewBytes, GC.GetAllocatedBytesForCurrentThread() - before);
            before = GC.GetAllocatedBytesForCurrentThread();
            large = CodedActivity.Aggregate(many, PeriodKind.Quarter, cancellationToken: Ct);
            manyBytes = Math.Min(manyBytes, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        // The same people in the same groups, eight times the rows: the same allocation (people, marks and groups).
        Assert.Equal(small!.Groups.Select(g => (g.Practice, g.Period, g.OfferedPeople.Count)), large!.Groups.Select(g => (g.Practice, g.Period, g.OfferedPeople.Count)));
        Assert.True(manyBytes >= fewBytes - 4096 && manyBytes <= fewBytes + (fewBytes / 20), $"few {fewBytes} B, many {manyBytes} B");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Shares_split_people_evenly(int shares)
    {
        // Keys numbered as synthetic extracts number them, and keys that differ only in their first character: each share
        // gets its part give or take 5%, so every thread has about the same work.
        foreach (Func<int, string> key in new Func<int, string>[] { i => "SYN-" + i, i => (char)('A' + (i % 26)) + "-" + (i / 26).ToString("D6", null) })
        {
            int[] counts = new int[shares];
            for (int i = 0; i < 60_000; i++)
            {
                counts[CodedActivityAccumulator.ShareOf(key(i), shares)]++;
            }

            Assert.All(counts, c => Assert.InRange(c, 60_000 / shares * 95 / 100, 60_000 / shares * 105 / 100));
        }

        // The same key is always in the same share, on every run: the published FNV-1a (32-bit) test vectors, for ASCII
        // keys, where a UTF-16 code unit is the byte: "a" hashes to 0xe40c292c and "foobar" to 0xbf9cf968.
        Assert.Equal((int)(0xe40c292cu % (uint)shares), CodedActivityAccumulator.ShareOf("a", shares));
        Assert.Equal((int)(0xbf9cf968u % (uint)shares), CodedActivityAccumulator.ShareOf("foobar", shares));
    }

    /// <summary>Records every report synchronously (<see cref="Progress{T}"/> would post them later).</summary>
    internal sealed class RecordingProgress(Action<long>? onReport = null) : IProgress<long>
    {
        private readonly Lock _gate = new();

        internal List<long> Values { get; } = [];

        public void Report(long value)
        {
            lock (_gate)
            {
                Values.Add(value);
            }

            onReport?.Invoke(value);
        }
    }

    [Fact]
    public async Task Aggregate_ReportsEvery65536RowsAndTheTotal()
    {
        CodedActivityRow[] rows = ManyRows(150_000);
        List<long> expected = [65_536, 131_072, 150_000];
        foreach (IEnumerable<CodedActivityRow> source in new IEnumerable<CodedActivityRow>[] { rows, rows.ToList(), rows.Select(r => r) })
        {
            var progress = new RecordingProgress();
            CodedActivity.Aggregate(source, PeriodKind.Month, progress, Ct);
            Assert.Equal(expected, progress.Values);
        }

        var asyncProgress = new RecordingProgress();
        await CodedActivity.AggregateAsync(Stream(rows), PeriodKind.Month, asyncProgress, Ct);
        Assert.Equal(expected, asyncProgress.Values);

        var empty = new RecordingProgress();
        CodedActivity.Aggregate([], PeriodKind.Month, empty, Ct);
        Assert.Equal([0L], empty.Values);
    }

    [Fact]
    public void AggregateParallel_ProgressNeverGoesBackAndReachesTheTotal()
    {
        CodedActivityRow[] rows = ManyRows(300_000);
        var progress = new RecordingProgress();
        CodedActivityPartial partial = CodedActivity.AggregateParallel(rows, PeriodKind.Quarter, 2, progress, Ct);

        // 300,000 rows pass 65,536 four times: one report each, within a block of 4,096 rows after it, then the total.
        Assert.Equal(5, progress.Values.Count);
        for (int i = 0; i < 4; i++)
        {
            Assert.InRange(progress.Values[i], (i + 1) * 65_536L, ((i + 1) * 65_536L) + 4_095);
        }

        Assert.Equal(300_000, progress.Values[^1]);
        Assert.Equal(300_000, partial.RowsRead);
    }

    [Fact]
    public void AggregateParallel_LongListWithoutProgress_EqualsTheSinglePass()
    {
        // More than one block of 4,096 rows, and more than 65,536 rows with no one told of progress.
        List<CodedActivityRow> rows = [.. ManyRows(70_000)];
        Assert.Equal(
            CodedActivityReference.Canonical(CodedActivity.Aggregate(rows, PeriodKind.Quarter, cancellationToken: Ct)),
            CodedActivityReference.Canonical(CodedActivity.AggregateParallel(rows, PeriodKind.Quarter, 2, cancellationToken: Ct)));
    }

    [Fact]
    public void AggregateParallel_EmptyList_IsTheEmptyPartial()
    {
        var progress = new RecordingProgress();
        CodedActivityPartial partial = CodedActivity.AggregateParallel([], PeriodKind.Quarter, 2, progress, Ct);
        Assert.Equal(CodedActivityReference.Canonical(CodedActivityPartial.Empty(PeriodKind.Quarter)), CodedActivityReference.Canonical(partial));
        Assert.Equal([0L], progress.Values);
    }

    [Fact]
    public async Task Aggregate_CancelledBeforeTheStart_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => CodedActivity.Aggregate([], PeriodKind.Month, cancellationToken: cts.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => CodedActivity.AggregateParallel([], PeriodKind.Month, cancellationToken: cts.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CodedActivity.AggregateAsync(Stream([]), PeriodKind.Month, cancellationToken: cts.Token));
    }

    [Fact]
    public void Aggregate_CancelledDuringTheRun_StopsWithinAFewThousandRows()
    {
        CodedActivityRow[] rows = ManyRows(100_000);
        using var cts = new CancellationTokenSource();
        int read = 0;
        IEnumerable<CodedActivityRow> Counted()
        {
            foreach (CodedActivityRow row in rows)
            {
                if (++read == 100)
                {
                    cts.Cancel();
                }

                yield return row;
            }
        }

        Assert.ThrowsAny<OperationCanceledException>(() => CodedActivity.Aggregate(Counted(), PeriodKind.Month, cancellationToken: cts.Token));

        // Checked every 4,096 rows (docs/outcomes.md): the pass stops after the 4,096th row, not before.
        Assert.Equal(4_096, read);
    }

    [Fact]
    public async Task Aggregate_CancelledFromTheProgressReport_Throws()
    {
        CodedActivityRow[] rows = ManyRows(200_000);
        foreach (int kind in new[] { 0, 1, 2 })
        {
            using var cts = new CancellationTokenSource();
            var progress = new RecordingProgress(_ => cts.Cancel());
            Func<Task> run = kind switch
            {
                0 => () => Task.FromResult(CodedActivity.Aggregate(rows, PeriodKind.Month, progress, cts.Token)),
                1 => () => Task.FromResult(CodedActivity.AggregateParallel(rows, PeriodKind.Month, 2, progress, cts.Token)),
                _ => () => CodedActivity.AggregateAsync(Stream(rows), PeriodKind.Month, progress, cts.Token),
            };
            await Assert.ThrowsAnyAsync<OperationCanceledException>(run);
            Assert.DoesNotContain(200_000L, progress.Values);
        }
    }

    [Fact]
    public async Task Aggregate_DefaultRow_IsRefusedNamingRows()
    {
        CodedActivityRow[] rows = [.. ManyRows(10_000), default];
        Assert.Equal(OutcomesMessages.CodedActivityRowDefault, Assert.Throws<ArgumentException>("rows", () => CodedActivity.Aggregate(rows, PeriodKind.Month, cancellationToken: Ct)).Message[..OutcomesMessages.CodedActivityRowDefault.Length]);
        Assert.Throws<ArgumentException>("rows", () => CodedActivity.Aggregate(rows.Select(r => r), PeriodKind.Month, cancellationToken: Ct));
        Assert.Throws<ArgumentException>("rows", () => CodedActivity.AggregateParallel(rows, PeriodKind.Month, 2, cancellationToken: Ct));
        await Assert.ThrowsAsync<ArgumentException>("rows", () => CodedActivity.AggregateAsync(Stream(rows), PeriodKind.Month, cancellationToken: Ct));
    }

    [Fact]
    public void Aggregate_BadArguments_AreNamed()
    {
        // AggregateAsync checks its arguments at once, before any task exists.
        Assert.Throws<ArgumentNullException>("rows", () => CodedActivity.Aggregate(null!, PeriodKind.Month, cancellationToken: Ct));
        Assert.Throws<ArgumentNullException>("rows", () => CodedActivity.AggregateParallel(null!, PeriodKind.Month, cancellationToken: Ct));
        Assert.Throws<ArgumentNullException>("rows", () => { _ = CodedActivity.AggregateAsync(null!, PeriodKind.Month, cancellationToken: Ct); });
        Assert.Throws<ArgumentOutOfRangeException>("periodKind", () => CodedActivity.Aggregate([], (PeriodKind)0, cancellationToken: Ct));
        Assert.Throws<ArgumentOutOfRangeException>("periodKind", () => CodedActivity.AggregateParallel([], (PeriodKind)4, cancellationToken: Ct));
        Assert.Throws<ArgumentOutOfRangeException>("periodKind", () => { _ = CodedActivity.AggregateAsync(Stream([]), (PeriodKind)4, cancellationToken: Ct); });
        Assert.Throws<ArgumentOutOfRangeException>("degreeOfParallelism", () => CodedActivity.AggregateParallel([], PeriodKind.Month, 0, cancellationToken: Ct));
        Assert.Throws<ArgumentNullException>("partial", () => CodedActivity.Report(null!, CodedActivityOptions.Default));
        Assert.Throws<ArgumentNullException>("options", () => CodedActivity.Report(CodedActivityPartial.Empty(PeriodKind.Month), null!));
        Assert.Throws<ArgumentOutOfRangeException>("kind", () => CodedActivityPartial.Empty((PeriodKind)0));
    }

    [Fact]
    public void Merge_RefusesMixedKindsNullAndNothing()
    {
        CodedActivityPartial month = CodedActivityPartial.Empty(PeriodKind.Month);
        CodedActivityPartial quarter = CodedActivityPartial.Empty(PeriodKind.Quarter);
        Assert.Equal(OutcomesMessages.CodedActivityKindMismatch, Message(Assert.Throws<ArgumentException>("partials", () => CodedActivity.Merge(month, quarter))));
        Assert.Equal(OutcomesMessages.CodedActivityNoPartials, Message(Assert.Throws<ArgumentException>("partials", () => CodedActivity.Merge([]))));
        Assert.Equal(OutcomesMessages.CodedActivityNullPartial, Message(Assert.Throws<ArgumentException>("partials", () => CodedActivity.Merge([month, null!]))));
        Assert.Throws<ArgumentNullException>("left", () => CodedActivity.Merge(null!, month));
        Assert.Throws<ArgumentNullException>("right", () => CodedActivity.Merge(month, null!));
        Assert.Throws<ArgumentNullException>("partials", () => CodedActivity.Merge(null!));
    }

    [Fact]
    public void GroupCreate_RefusesEachBrokenRule()
    {
        string[] none = [];
        var noReferrals = new Dictionary<string, LocalDate>();
        var referral = new Dictionary<string, LocalDate> { ["k"] = new(2026, 4, 1) };
        void Refused(string param, string message, Action create) => Assert.Equal(message, Message(Assert.Throws<ArgumentException>(param, create)));

        Refused("practice", OutcomesMessages.CodedActivityPracticeDefault, () => CodedActivityPracticeGroup.Create(default, Q1, 1, 0, 0, ["k"], none, noReferrals));
        Refused("period", OutcomesMessages.DefaultPeriod, () => CodedActivityPracticeGroup.Create(Practice, default, 1, 0, 0, ["k"], none, noReferrals));
        Assert.Throws<ArgumentOutOfRangeException>("offeredCodes", () => CodedActivityPracticeGroup.Create(Practice, Q1, -1, 0, 0, none, none, noReferrals));
        Assert.Throws<ArgumentOutOfRangeException>("declinedCodes", () => CodedActivityPracticeGroup.Create(Practice, Q1, 1, -1, 0, ["k"], none, noReferrals));
        Assert.Throws<ArgumentOutOfRangeException>("referredCodes", () => CodedActivityPracticeGroup.Create(Practice, Q1, 1, 0, -1, ["k"], none, noReferrals));
        Refused("declinedCodes", OutcomesMessages.CodedActivityCodesAndPeople, () => CodedActivityPracticeGroup.Create(Practice, Q1, 0, 1, 0, none, ["a", "b"], noReferrals));
        Refused("offeredPeople", OutcomesMessages.CodedActivityPeopleBlank, () => CodedActivityPracticeGroup.Create(Practice, Q1, 1, 0, 0, [" "], none, noReferrals));
        Refused("declinedPeople", OutcomesMessages.CodedActivityPeopleRepeated, () => CodedActivityPracticeGroup.Create(Practice, Q1, 0, 2, 0, none, ["k", "k"], noReferrals));
        Refused("offeredCodes", OutcomesMessages.CodedActivityCodesAndPeople, () => CodedActivityPracticeGroup.Create(Practice, Q1, 1, 0, 0, ["a", "b"], none, noReferrals));
        Refused("offeredCodes", OutcomesMessages.CodedActivityCodesAndPeople, () => CodedActivityPracticeGroup.Create(Practice, Q1, 1, 0, 1, none, none, referral));
        Refused("referredCodes", OutcomesMessages.CodedActivityCodesAndPeople, () => CodedActivityPracticeGroup.Create(Practice, Q1, 0, 0, 0, none, none, referral));
        Refused("offeredCodes", OutcomesMessages.CodedActivityGroupEmpty, () => CodedActivityPracticeGroup.Create(Practice, Q1, 0, 0, 0, none, none, noReferrals));
        Refused("firstReferrals", OutcomesMessages.CodedActivityReferralOutsidePeriod, () => CodedActivityPracticeGroup.Create(Practice, Q1, 0, 0, 1, none, none, new Dictionary<string, LocalDate> { ["k"] = new(2026, 3, 31) }));
        Refused("firstReferrals", OutcomesMessages.CodedActivityReferralOutsidePeriod, () => CodedActivityPracticeGroup.Create(Practice, Q1, 0, 0, 1, none, none, new Dictionary<string, LocalDate> { ["k"] = new(2026, 5, 1, CalendarSystem.Julian) }));
        Refused("firstReferrals", OutcomesMessages.CodedActivityPeopleBlank, () => CodedActivityPracticeGroup.Create(Practice, Q1, 0, 0, 1, none, none, new Dictionary<string, LocalDate> { [""] = new(2026, 5, 1) }));
        Assert.Throws<ArgumentNullException>("offeredPeople", () => CodedActivityPracticeGroup.Create(Practice, Q1, 0, 0, 1, null!, none, referral));
        Assert.Throws<ArgumentNullException>("firstReferrals", () => CodedActivityPracticeGroup.Create(Practice, Q1, 1, 0, 0, ["k"], none, null!));

        // The boundaries: the first and last day of the period, and codes equal to people.
        var ends = new Dictionary<string, LocalDate> { ["a"] = Q1.Start, ["b"] = Q1.End };
        CodedActivityPracticeGroup group = CodedActivityPracticeGroup.Create(Practice, Q1, 1, 2, 2, ["a"], ["a", "b"], ends);
        Assert.Equal((1L, 2L, 2L, 1, 2, 2), (group.OfferedCodes, group.DeclinedCodes, group.ReferredCodes, group.OfferedPeople.Count, group.DeclinedPeople.Count, group.FirstReferrals.Count));
        Assert.Equal("A81001 2026/27 Q1: offered 1 (1 people), declined 2 (2), referred 2 (2)", group.ToString());
        CodedActivityPracticeGroup three = CodedActivityPracticeGroup.Create(Practice, Q1, 0, 0, 5, none, none, new Dictionary<string, LocalDate> { ["x"] = Q1.Start, ["y"] = Q1.Start, ["z"] = Q1.End });
        Assert.Equal("A81001 2026/27 Q1: offered 0 (0 people), declined 0 (0), referred 5 (3)", three.ToString());
    }

    [Fact]
    public void GroupCreate_CopiesItsInputs()
    {
        var offered = new List<string> { "a" };
        var referrals = new Dictionary<string, LocalDate> { ["b"] = Q1.Start };
        CodedActivityPracticeGroup group = CodedActivityPracticeGroup.Create(Practice, Q1, 1, 0, 1, offered, [], referrals);
        offered.Add("c");
        referrals["d"] = Q1.Start;
        Assert.Equal(["a"], group.OfferedPeople);
        Assert.Equal(["b"], group.FirstReferrals.Keys);
    }

    [Fact]
    public void PartialCreate_RefusesEachBrokenRule()
    {
        CodedActivityPracticeGroup group = CodedActivityPracticeGroup.Create(Practice, Q1, 1, 0, 0, ["k"], [], new Dictionary<string, LocalDate>());
        CodedActivityPracticeGroup other = CodedActivityPracticeGroup.Create(Practice, Q1, 0, 1, 0, [], ["k"], new Dictionary<string, LocalDate>());
        Assert.Equal(OutcomesMessages.CodedActivityGroupKind, Message(Assert.Throws<ArgumentException>("groups", () => CodedActivityPartial.Create(PeriodKind.Month, 0, [group]))));
        Assert.Equal(OutcomesMessages.CodedActivityGroupRepeated, Message(Assert.Throws<ArgumentException>("groups", () => CodedActivityPartial.Create(PeriodKind.Quarter, 0, [group, other]))));
        Assert.Equal(OutcomesMessages.CodedActivityGroupNull, Message(Assert.Throws<ArgumentException>("groups", () => CodedActivityPartial.Create(PeriodKind.Quarter, 0, [null!]))));
        Assert.Throws<ArgumentOutOfRangeException>("ignoredRows", () => CodedActivityPartial.Create(PeriodKind.Quarter, -1, []));
        Assert.Throws<ArgumentOutOfRangeException>("kind", () => CodedActivityPartial.Create((PeriodKind)0, 0, []));
        Assert.Throws<ArgumentNullException>("groups", () => CodedActivityPartial.Create(PeriodKind.Quarter, 0, null!));

        CodedActivityPartial partial = CodedActivityPartial.Create(PeriodKind.Quarter, 5, [group]);
        Assert.Equal((6L, 5L), (partial.RowsRead, partial.IgnoredRows));
    }

    [Fact]
    public void Options_RefuseDefaultCodesAndListsBelowOne()
    {
        var pcn = OdsCode.Parse("U00001");
        Assert.Equal(OutcomesMessages.CodedActivityMapDefault, Message(Assert.Throws<ArgumentException>("pcnOfPractice", () => new CodedActivityOptions(new Dictionary<OdsCode, OdsCode> { [default] = pcn }))));
        Assert.Equal(OutcomesMessages.CodedActivityMapDefault, Message(Assert.Throws<ArgumentException>("pcnOfPractice", () => new CodedActivityOptions(new Dictionary<OdsCode, OdsCode> { [Practice] = default }))));
        Assert.Equal(OutcomesMessages.CodedActivityListSizesDefault, Message(Assert.Throws<ArgumentException>("listSizes", () => new CodedActivityOptions(listSizes: new Dictionary<OdsCode, int> { [default] = 10 }))));
        Assert.Equal(OutcomesMessages.CodedActivityListSize, Message(Assert.Throws<ArgumentException>("listSizes", () => new CodedActivityOptions(listSizes: new Dictionary<OdsCode, int> { [Practice] = 0 }))));
        Assert.Single(new CodedActivityOptions(listSizes: new Dictionary<OdsCode, int> { [Practice] = 1 }).ListSizes);
    }

    [Fact]
    public void Options_CopyTheirMaps()
    {
        var map = new Dictionary<OdsCode, OdsCode> { [Practice] = OdsCode.Parse("U00001") };
        var sizes = new Dictionary<OdsCode, int> { [Practice] = 100 };
        var options = new CodedActivityOptions(map, sizes);
        map.Clear();
        sizes[Practice] = 5;
        Assert.Single(options.PcnOfPractice);
        Assert.Equal(100, options.ListSizes[Practice]);
        Assert.Equal("1 practices mapped to 1 PCNs, 1 list sizes, no thresholds", options.ToString());
        Assert.Equal("1 practices mapped to 1 PCNs, 1 list sizes, thresholds lower 0.0012, upper 0.0016", new CodedActivityOptions(options.PcnOfPractice, options.ListSizes, IndicatorThresholds.FromPerThousand(1.2m, 1.6m)).ToString());
    }

    [Fact]
    public void Thresholds_RefuseSharesOutOfRangeOrReversed()
    {
        Assert.Throws<ArgumentOutOfRangeException>("lowerShare", () => IndicatorThresholds.Create(-0.0001m, 0.5m));
        Assert.Throws<ArgumentOutOfRangeException>("upperShare", () => IndicatorThresholds.Create(0.5m, 1.0001m));
        Assert.Equal(OutcomesMessages.CodedActivityThresholdOrder, Message(Assert.Throws<ArgumentException>("lowerShare", () => IndicatorThresholds.Create(0.6m, 0.5m))));
        Assert.Throws<ArgumentOutOfRangeException>("lowerPerThousand", () => IndicatorThresholds.FromPerThousand(-1m, 2m));
        Assert.Throws<ArgumentOutOfRangeException>("upperPerThousand", () => IndicatorThresholds.FromPerThousand(1m, 1000.1m));
        Assert.Equal(OutcomesMessages.CodedActivityThresholdOrder, Message(Assert.Throws<ArgumentException>("lowerPerThousand", () => IndicatorThresholds.FromPerThousand(2m, 1m))));

        IndicatorThresholds ends = IndicatorThresholds.Create(0m, 1m);
        IndicatorThresholds same = IndicatorThresholds.Create(0.5m, 0.5m);
        Assert.Equal((0.5m, 0.5m), (same.LowerShare, same.UpperShare));
        Assert.Equal((0m, 1m), (ends.LowerShare, ends.UpperShare));
        IndicatorThresholds perThousand = IndicatorThresholds.FromPerThousand(1.2m, 1.6m);
        Assert.Equal((0.0012m, 0.0016m), (perThousand.LowerShare, perThousand.UpperShare));
        Assert.Equal("lower 0.0012, upper 0.0016", perThousand.ToString());
    }

    [Fact]
    public void Key_CreateRefusesDefaultsAndOrdersByLevelOrganisationPeriod()
    {
        Assert.Throws<ArgumentOutOfRangeException>("level", () => CodedActivityKey.Create(0, Practice, Q1));
        Assert.Equal(OutcomesMessages.CodedActivityLevelDefault, Message(Assert.Throws<ArgumentException>("organisation", () => CodedActivityKey.Create(CodedActivityLevel.Practice, default, Q1))));
        Assert.Equal(OutcomesMessages.DefaultPeriod, Message(Assert.Throws<ArgumentException>("period", () => CodedActivityKey.Create(CodedActivityLevel.Practice, Practice, default))));

        CodedActivityKey a = CodedActivityKey.Create(CodedActivityLevel.Practice, Practice, Q1);
        CodedActivityKey b = CodedActivityKey.Create(CodedActivityLevel.Practice, Practice, Q1.Next());
        CodedActivityKey c = CodedActivityKey.Create(CodedActivityLevel.Practice, OdsCode.Parse("A81002"), Q1);
        CodedActivityKey d = CodedActivityKey.Create(CodedActivityLevel.PrimaryCareNetwork, OdsCode.Parse("A00000"), Q1);
        Laws.CheckOrdering(default(CodedActivityKey), a);
        Laws.CheckOrdering(a, b);
        Laws.CheckOrdering(b, c);
        Laws.CheckOrdering(c, d);
        Laws.CheckEquality(a, CodedActivityKey.Create(CodedActivityLevel.Practice, OdsCode.Parse("a81001"), Q1), b);
        Laws.CheckEquality(a, CodedActivityKey.Create(CodedActivityLevel.Practice, Practice, Q1), c);
        Laws.CheckEquality(a, CodedActivityKey.Create(CodedActivityLevel.Practice, Practice, Q1), CodedActivityKey.Create(CodedActivityLevel.PrimaryCareNetwork, Practice, Q1));
        Assert.Equal(1, a.CompareTo(null));
        Assert.Throws<ArgumentException>("obj", () => a.CompareTo("a key"));
        Assert.Equal(("practice A81001 2026/27 Q1", "PCN A00000 2026/27 Q1", "CodedActivityKey(default)"), (a.ToString(), d.ToString(), default(CodedActivityKey).ToString()));
    }

    [Fact]
    public void PublicSurface_IsConsistent()
        => Assert.DoesNotContain(ApiConsistency.AllViolations(typeof(CodedActivity).Assembly), v => v.Contains("CodedActivity", StringComparison.Ordinal) || v.Contains("Indicator", StringComparison.Ordinal));

    [Fact]
    public void EveryCodedActivityType_ShowsItsToStringInTheDebugger()
    {
        Type[] types = [typeof(CodedActivityRow), typeof(CodedActivityKey), typeof(CodedActivityPartial), typeof(CodedActivityPracticeGroup), typeof(CodedActivityFigures), typeof(CodedActivityReport), typeof(CodedActivityOptions), typeof(IndicatorThresholds)];
        Assert.All(types, t => Assert.Equal("{ToString(),nq}", t.GetCustomAttribute<DebuggerDisplayAttribute>()?.Value));
    }

    private static string Message(ArgumentException e) => e.Message[..e.Message.IndexOf(" (Parameter", StringComparison.Ordinal)];

    [Fact]
    public void CodedActivityKey_Default_ValueAccessorsThrow_OthersAreSafe()
    {
        // docs/conventions.md: default names no group; reading its organisation or period throws InvalidOperationException.
        CodedActivityKey none = default;
        Assert.Equal(OutcomesMessages.DefaultCodedActivityKey, Assert.Throws<InvalidOperationException>(() => none.Organisation).Message);
        Assert.Equal(OutcomesMessages.DefaultCodedActivityKey, Assert.Throws<InvalidOperationException>(() => none.Period).Message);
        Assert.Equal(((CodedActivityLevel)0, "CodedActivityKey(default)"), (none.Level, none.ToString()));
        Assert.Equal(none.GetHashCode(), default(CodedActivityKey).GetHashCode());
    }
}

