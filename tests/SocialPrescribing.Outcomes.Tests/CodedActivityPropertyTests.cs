using System.Collections.ObjectModel;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

using SocialPrescribing.Outcomes.Testing;

namespace SocialPrescribing.Outcomes.Tests;

/// <summary>Laws of the coded activity accumulator and agreement with the LINQ reference, for generated extracts.</summary>
public sealed class CodedActivityPropertyTests
{
    private static readonly Gen<CodedActivityRow[][]> ThreeParts = Gen.ArrayOf(CodedActivityGenerators.RowArrays, 3);

    private static readonly Gen<CodedActivityRow[]> ManyGroups =
        Gen.ArrayOf(
            from practice in Gen.Elements(CodedActivityGenerators.Practices)
            from key in Gen.Elements("p1", "p2")
            from code in Gen.Elements(CodedActivityReference.Referred, CodedActivityReference.Offered, CodedActivityReference.Declined)
            from month in Gen.Choose(0, 119)
            from day in Gen.Choose(1, 28)
            select CodedActivityRow.Create(practice, key, code, new LocalDate(2020, 1, day).PlusMonths(month)),
            400);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static CodedActivityPartial Aggregate(IEnumerable<CodedActivityRow> rows, PeriodKind kind) => CodedActivity.Aggregate(rows, kind, cancellationToken: Ct);

    private static string Canonical(CodedActivityPartial partial) => CodedActivityReference.Canonical(partial);

    [Property]
    public Property Report_AgreesWithTheLinqReference()
        => Prop.ForAll(CodedActivityGenerators.ExtractArbitrary, extract =>
        {
            CodedActivityReport report = CodedActivity.Report(Aggregate(extract.Rows, extract.Kind), extract.Options);
            List<ExpectedFigures> expected = CodedActivityReference.Figures(extract.Rows, extract.Kind, extract.PcnOfPractice, extract.ListSizes, extract.Thresholds);

            Assert.Equal(expected, CodedActivityReference.Of(report));
            Assert.Equal(extract.Rows.Length, report.RowsRead);
            Assert.Equal(extract.Rows.Count(r => !SocialPrescribingConcepts.Contains(r.Code)), report.IgnoredRows);
            OdsCode[] unmapped = [.. extract.Rows.Where(r => SocialPrescribingConcepts.Contains(r.Code) && !extract.PcnOfPractice.ContainsKey(r.Practice)).Select(r => r.Practice).Distinct().Order()];
            Assert.Equal(unmapped, report.UnmappedPractices);
            Assert.Equal(extract.Rows.LongCount(r => SocialPrescribingConcepts.Contains(r.Code) && !extract.PcnOfPractice.ContainsKey(r.Practice)), report.UnmappedRows);
        });

    [Property]
    public Property Report_CountsAddUpAndPeopleAreBoundedByRows()
        => Prop.ForAll(CodedActivityGenerators.ExtractArbitrary, extract =>
        {
            CodedActivityPartial partial = Aggregate(extract.Rows, extract.Kind);
            CodedActivityReport report = CodedActivity.Report(partial, extract.Options);

            // Every row read is a code of exactly one practice group or ignored.
            Assert.Equal(extract.Rows.Length, partial.RowsRead);
            Assert.Equal(partial.RowsRead, partial.IgnoredRows + partial.Groups.Sum(g => g.OfferedCodes + g.DeclinedCodes + g.ReferredCodes));
            Assert.Equal(partial.RowsRead - partial.IgnoredRows, report.Groups.Where(f => f.Level == CodedActivityLevel.Practice).Sum(f => f.OfferedCodes + f.DeclinedCodes + f.ReferredCodes));
            Assert.Equal(partial.RowsRead - partial.IgnoredRows - report.UnmappedRows, report.Groups.Where(f => f.Level == CodedActivityLevel.PrimaryCareNetwork).Sum(f => f.OfferedCodes + f.DeclinedCodes + f.ReferredCodes));
            foreach (CodedActivityFigures f in report.Groups)
            {
                Assert.InRange(f.OfferedPeople, f.OfferedCodes > 0 ? 1 : 0, f.OfferedCodes);
                Assert.InRange(f.DeclinedPeople, f.DeclinedCodes > 0 ? 1 : 0, f.DeclinedCodes);
                Assert.InRange(f.ReferredPeople, f.ReferredCodes > 0 ? 1 : 0, f.ReferredCodes);
                Assert.InRange(f.People, Math.Max(f.OfferedPeople, Math.Max(f.DeclinedPeople, f.ReferredPeople)), f.OfferedPeople + f.DeclinedPeople + f.ReferredPeople);
                Assert.InRange(f.NewlyReferredPeople, 0, f.ReferredPeople);
                Assert.Equal(f.ReferredPeople, f.FirstReferralsByMonth.Sum());
                Assert.Equal(f.ListSize is not null, f.ListShare is not null);
                Assert.Equal(f.ListSize is not null && extract.Thresholds is not null, f.Attainment is not null);
            }
        });

    [Property]
    public Property Merge_IsAssociative()
        => Prop.ForAll(ThreeParts.ToArbitrary(), CodedActivityGenerators.Kinds.ToArbitrary(), (parts, kind) =>
        {
            CodedActivityPartial a = Aggregate(parts[0], kind), b = Aggregate(parts[1], kind), c = Aggregate(parts[2], kind);
            Assert.Equal(Canonical(CodedActivity.Merge(CodedActivity.Merge(a, b), c)), Canonical(CodedActivity.Merge(a, CodedActivity.Merge(b, c))));
        });

    [Property]
    public Property Merge_IsCommutative()
        => Prop.ForAll(ThreeParts.ToArbitrary(), CodedActivityGenerators.Kinds.ToArbitrary(), (parts, kind) =>
        {
            CodedActivityPartial a = Aggregate(parts[0], kind), b = Aggregate(parts[1], kind);
            Assert.Equal(Canonical(CodedActivity.Merge(a, b)), Canonical(CodedActivity.Merge(b, a)));
        });

    [Property]
    public Property Merge_EmptyIsTheIdentity()
        => Prop.ForAll(CodedActivityGenerators.ExtractArbitrary, extract =>
        {
            CodedActivityPartial a = Aggregate(extract.Rows, extract.Kind);
            CodedActivityPartial empty = CodedActivityPartial.Empty(extract.Kind);
            Assert.Equal(Canonical(a), Canonical(CodedActivity.Merge(a, empty)));
            Assert.Equal(Canonical(a), Canonical(CodedActivity.Merge(empty, a)));
            Assert.Equal(Canonical(empty), Canonical(Aggregate([], extract.Kind)));
        });

    [Property]
    public Property Merge_LeavesItsInputsUnchanged()
        => Prop.ForAll(ThreeParts.ToArbitrary(), CodedActivityGenerators.Kinds.ToArbitrary(), (parts, kind) =>
        {
            CodedActivityPartial a = Aggregate(parts[0], kind), b = Aggregate(parts[1], kind);
            string before = Canonical(a) + Canonical(b);
            CodedActivity.Merge(CodedActivity.Merge(a, b), a);
            Assert.Equal(before, Canonical(a) + Canonical(b));
        });

    [Property]
    public Property Aggregate_SplitAnywhereAndMerged_EqualsTheWhole()
        => Prop.ForAll(CodedActivityGenerators.ExtractArbitrary, Gen.ArrayOf(Gen.Choose(0, 10_000)).ToArbitrary(), (extract, cuts) =>
        {
            CodedActivityRow[] rows = extract.Rows;
            int[] bounds = [0, .. cuts.Select(c => c % (rows.Length + 1)).Order(), rows.Length];
            CodedActivityPartial[] parts = [.. bounds.Zip(bounds.Skip(1), (from, to) => Aggregate(rows[from..to], extract.Kind))];
            string whole = Canonical(Aggregate(rows, extract.Kind));

            Assert.Equal(whole, Canonical(CodedActivity.Merge(parts)));
            Assert.Equal(whole, Canonical(parts.Aggregate(CodedActivityPartial.Empty(extract.Kind), CodedActivity.Merge)));
            Assert.Equal(whole, Canonical(parts.Reverse().Aggregate(CodedActivity.Merge)));
        });

    [Property]
    public Property Aggregate_ArrayListAndLazySequence_Agree()
        => Prop.ForAll(CodedActivityGenerators.ExtractArbitrary, extract =>
        {
            string array = Canonical(Aggregate(extract.Rows, extract.Kind));
            Assert.Equal(array, Canonical(Aggregate([.. extract.Rows], extract.Kind)));
            Assert.Equal(array, Canonical(Aggregate(extract.Rows.Select(r => r), extract.Kind)));
        });

    [Property]
    public Property AggregateParallel_EqualsTheSinglePass()
        => Prop.ForAll(CodedActivityGenerators.ExtractArbitrary, Gen.Choose(1, 4).ToArbitrary(), Gen.Choose(0, 2).ToArbitrary(), (extract, threads, container) =>
        {
            IReadOnlyList<CodedActivityRow> rows = container switch
            {
                0 => extract.Rows,
                1 => extract.Rows.ToList(),
                _ => new ReadOnlyCollection<CodedActivityRow>(extract.Rows),
            };
            Assert.Equal(Canonical(Aggregate(extract.Rows, extract.Kind)), Canonical(CodedActivity.AggregateParallel(rows, extract.Kind, threads, cancellationToken: Ct)));
        });

    [Property]
    public Property AggregateAsync_EqualsTheSinglePass()
        => Prop.ForAll(CodedActivityGenerators.ExtractArbitrary, extract =>
        {
            CodedActivityPartial async = CodedActivity.AggregateAsync(CodedActivityApiTests.Stream(extract.Rows), extract.Kind, cancellationToken: Ct).GetAwaiter().GetResult();
            Assert.Equal(Canonical(Aggregate(extract.Rows, extract.Kind)), Canonical(async));
        });

    [Property]
    public Property Create_RebuildsAnyPartialFromItsPlainData()
        => Prop.ForAll(CodedActivityGenerators.ExtractArbitrary, extract =>
        {
            CodedActivityPartial partial = Aggregate(extract.Rows, extract.Kind);
            CodedActivityPracticeGroup[] copies = [.. partial.Groups.Reverse().Select(g => CodedActivityPracticeGroup.Create(
                g.Practice, g.Period, g.OfferedCodes, g.DeclinedCodes, g.ReferredCodes, [.. g.OfferedPeople], [.. g.DeclinedPeople], g.FirstReferrals.ToDictionary()))];
            CodedActivityPartial rebuilt = CodedActivityPartial.Create(partial.Kind, partial.IgnoredRows, copies);

            Assert.Equal(Canonical(partial), Canonical(rebuilt));
            Assert.Equal(CodedActivityReference.Of(CodedActivity.Report(partial, extract.Options)), CodedActivityReference.Of(CodedActivity.Report(rebuilt, extract.Options)));
        });

    /// <summary>
    /// Two people at four practices over ten years of months: each person has far more than 64 groups, so groups whose
    /// numbers are equal modulo 64 share the accumulator's search bit and a new group must still be told from an old one.
    /// </summary>
    [Property]
    public Property Report_AgreesWithTheLinqReference_WhenPeopleHaveManyGroups()
        => Prop.ForAll(ManyGroups.ToArbitrary(), rows =>
        {
            CodedActivityOptions options = new(CodedActivityGenerators.Practices.ToDictionary(p => p, p => CodedActivityGenerators.Pcns[0]));
            List<ExpectedFigures> expected = CodedActivityReference.Figures(rows, PeriodKind.Month, options.PcnOfPractice, options.ListSizes, null);
            Assert.Equal(expected, CodedActivityReference.Of(CodedActivity.Report(Aggregate(rows, PeriodKind.Month), options)));
            Assert.Equal(Canonical(Aggregate(rows, PeriodKind.Month)), Canonical(CodedActivity.AggregateShares(rows, PeriodKind.Month, 3, null, Ct)));
        });

    /// <summary>Any number of shares of people, more than this machine's cores included, gives the single pass.</summary>
    [Property]
    public Property AggregateShares_AnyNumberOfShares_EqualsTheSinglePass()
        => Prop.ForAll(CodedActivityGenerators.ExtractArbitrary, Gen.Choose(1, 7).ToArbitrary(), (extract, shares) =>
        {
            var progress = new CodedActivityApiTests.RecordingProgress();
            CodedActivityPartial partial = CodedActivity.AggregateShares(extract.Rows, extract.Kind, shares, progress, Ct);
            Assert.Equal(Canonical(Aggregate(extract.Rows, extract.Kind)), Canonical(partial));
            Assert.Equal(extract.Rows.Length, progress.Values[^1]);
        });
}
