using NodaTime;
using SocialPrescribing.Testing;

namespace SocialPrescribing.Outcomes.Tests;

public sealed class OutcomeGroupKeyTests
{
    private static readonly ReportingPeriod Q1 = ReportingPeriod.Containing(PeriodKind.Quarter, new LocalDate(2026, 4, 1));

    [Fact]
    public void ToString_NamesTheSetPartsOnly()
    {
        // "Describes the key by its set parts, e.g. U12345 2026/27 Q1; all when none is set."
        Assert.Equal("all", default(OutcomeGroupKey).ToString());
        Assert.Equal("U12345", new OutcomeGroupKey(OdsCode.Parse("U12345"), null, null, null).ToString());
        Assert.Equal("A81001 GpPractice 2026/27 Q1", new OutcomeGroupKey(null, OdsCode.Parse("A81001"), ReferralSourceKind.GpPractice, Q1).ToString());
        Assert.Equal("U12345 2026/27 Q1", new OutcomeGroupKey(OdsCode.Parse("U12345"), null, null, Q1).ToString());
    }

    [Fact]
    public void Equality_EveryPartCounts()
    {
        var key = new OutcomeGroupKey(OdsCode.Parse("U12345"), OdsCode.Parse("A81001"), ReferralSourceKind.SelfReferral, Q1);
        var same = new OutcomeGroupKey(OdsCode.Parse("U12345"), OdsCode.Parse("A81001"), ReferralSourceKind.SelfReferral, Q1);
        Laws.CheckEquality(key, same, new OutcomeGroupKey(OdsCode.Parse("U12345"), OdsCode.Parse("A81001"), ReferralSourceKind.SelfReferral, Q1.Next()));
        Laws.CheckEquality(key, same, new OutcomeGroupKey(OdsCode.Parse("U12345"), OdsCode.Parse("A81001"), null, Q1));
        Laws.CheckEquality(key, same, new OutcomeGroupKey(OdsCode.Parse("U12345"), null, ReferralSourceKind.SelfReferral, Q1));
        Laws.CheckEquality(key, same, new OutcomeGroupKey(null, OdsCode.Parse("A81001"), ReferralSourceKind.SelfReferral, Q1));
    }
}
