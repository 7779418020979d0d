using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Text;
using SocialPrescribing.Outcomes.Testing;

namespace SocialPrescribing.Outcomes.Tests;

/// <summary>A generated extract and what the analyst knows beside it. Its text shows the synthetic keys, for shrunk counterexamples.</summary>
internal sealed record CodedExtract(
    CodedActivityRow[] Rows,
    PeriodKind Kind,
    Dictionary<OdsCode, OdsCode> PcnOfPractice,
    Dictionary<OdsCode, int> ListSizes,
    ThresholdsPerThousand? Thresholds)
{
    internal CodedActivityOptions Options => new(PcnOfPractice, ListSizes, Thresholds?.ToThresholds());

    public override string ToString()
        => $"{Kind}, map [{string.Join(", ", PcnOfPractice.Select(p => $"{p.Key}->{p.Value}"))}], sizes [{string.Join(", ", ListSizes.Select(p => $"{p.Key}={p.Value}"))}], {Thresholds}\n"
            + string.Join('\n', Rows.Select(r => $"{r.Practice} '{r.PersonKey}' {r.Code} {LocalDatePattern.Iso.Format(r.Date)}"));
}

/// <summary>Generators of small extracts where groups, people and periods collide often.</summary>
internal static class CodedActivityGenerators
{
    internal static readonly OdsCode[] Practices = new[] { "A81001", "A81002", "B82003", "C83004" }.Select(OdsCode.Parse).ToArray();
    internal static readonly OdsCode[] Pcns = new[] { "U00001", "U00002" }.Select(OdsCode.Parse).ToArray();

    /// <summary>Keys that differ only in case or white space are different people (ordinal).</summary>
    internal static readonly string[] Keys = ["p1", "p2", "p3", "p4", "p5", "P1", " p1", "p1 "];

    /// <summary>A valid code that is none of the three: counted as ignored.</summary>
    internal static readonly SctId OtherCode = SctId.Create(12345, SctIdComponentType.Concept, SctId.UkNamespaceId);

    internal static readonly Gen<PeriodKind> Kinds = Gen.Elements(PeriodKind.Month, PeriodKind.Quarter, PeriodKind.FinancialYear);

    /// <summary>Dates over three years from 1 January 2025, so rows cross month, quarter and financial-year boundaries.</summary>
    internal static readonly Gen<LocalDate> Dates = Gen.Choose(0, 3 * 366).Select(d => new LocalDate(2025, 1, 1).PlusDays(d));

    internal static readonly Gen<CodedActivityRow> Rows =
        from practice in Gen.Elements(Practices)
        from key in Gen.Elements(Keys)
        from code in Gen.Frequency((3, Gen.Constant(CodedActivityReference.Referred)), (2, Gen.Constant(CodedActivityReference.Offered)), (1, Gen.Constant(CodedActivityReference.Declined)), (1, Gen.Constant(OtherCode)))
        from date in Dates
        select CodedActivityRow.Create(practice, key, code, date);

    internal static readonly Gen<CodedActivityRow[]> RowArrays = Gen.Sized(size => Gen.Choose(0, Math.Max(size, 1) * 2).SelectMany(n => Gen.ArrayOf(Rows, n)));

    internal static readonly Gen<Dictionary<OdsCode, OdsCode>> Maps =
        Gen.ArrayOf(Gen.Choose(0, 2), Practices.Length).Select(choice =>
        {
            var map = new Dictionary<OdsCode, OdsCode>();
            for (int i = 0; i < Practices.Length; i++)
            {
                if (choice[i] > 0)
                {
                    map.Add(Practices[i], Pcns[choice[i] - 1]);
                }
            }

            return map;
        });

    internal static readonly Gen<Dictionary<OdsCode, int>> ListSizes =
        Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(1, 40))), Practices.Length).Select(sizes =>
        {
            var map = new Dictionary<OdsCode, int>();
            for (int i = 0; i < Practices.Length; i++)
            {
                if (sizes[i] > 0)
                {
                    map.Add(Practices[i], sizes[i]);
                }
            }

            return map;
        });

    internal static readonly Gen<ThresholdsPerThousand?> Thresholds = Gen.Frequency(
        (1, Gen.Constant<ThresholdsPerThousand?>(null)),
        (3, from lower in Gen.Choose(0, 400) from extra in Gen.Choose(0, 400) select (ThresholdsPerThousand?)new ThresholdsPerThousand(lower, lower + extra)));

    internal static readonly Gen<CodedExtract> Extracts =
        from rows in RowArrays
        from kind in Kinds
        from map in Maps
        from sizes in ListSizes
        from thresholds in Thresholds
        select new CodedExtract(rows, kind, map, sizes, thresholds);

    internal static Arbitrary<CodedExtract> ExtractArbitrary => Extracts.ToArbitrary();
}

/// <summary>The reference itself, checked against the extract worked by hand, so the oracle is not taken on trust.</summary>
public sealed class CodedActivityReferenceTests
{
    [Fact]
    public void Reference_AgreesWithTheHandWorkedExtract()
    {
        List<ExpectedFigures> reference = CodedActivityReference.Figures(
            CodedActivityExampleTests.Extract, PeriodKind.Quarter, CodedActivityExampleTests.PcnOfPractice, CodedActivityExampleTests.ListSizes, new ThresholdsPerThousand(1, 2));
        Assert.Equal(CodedActivityExampleTests.HandWorkedQuarterKeys, reference.Select(f => $"{f.Level} {f.Organisation} {f.Period}"));
        ExpectedFigures pcnQ1 = reference.Single(f => f.Level == CodedActivityLevel.PrimaryCareNetwork && f.Period.ToString() == "2026/27 Q1");
        Assert.Equal((3L, 1L, 4L, 4, 2, 1, "1,0,1"), (pcnQ1.OfferedCodes, pcnQ1.DeclinedCodes, pcnQ1.ReferredCodes, pcnQ1.People, pcnQ1.ReferredPeople, pcnQ1.NewlyReferredPeople, pcnQ1.FirstReferralsByMonth));
        Assert.Equal(2m / 1500m, pcnQ1.ListShare);
        Assert.Equal(IndicatorAttainment.BetweenThresholds, pcnQ1.Attainment);
    }
}
