using System.Text;
using SocialPrescribing.Outcomes;

namespace SocialPrescribing.Analytics.Tests;

/// <summary>Coded extracts that carry the person's demographics per row, read and broken down (docs/demographics.md).</summary>
public sealed class ExtractDemographicsTests
{
    private static readonly CodedExtractOptions WithDemographics = new()
    {
        AgeBandColumn = "age_band",
        StatedGenderColumn = "sex",
        EthnicCategoryColumn = "ethnic_category",
        DeprivationDecileColumn = "imd_decile",
    };

    private const string Header = "practice,person_key,snomed_code,date,age_band,sex,ethnic_category,imd_decile\n";

    [Fact]
    public void Columns_AreReadAsCodes_BlankIsNotRecorded()
    {
        string csv = Header
            + "A81001,p1,871691000000100,2025-05-01,40-44,2,M,1\n"
            + "A81001,p2,871711000000103,2025-05-02,95_+,,,\n".Replace("95_+", "95+", StringComparison.Ordinal)
            + "A81001,p3,871731000000106,2025-05-03,0_4,X,99,10\n";
        using CodedExtractReader reader = CodedExtract.Open(Utf8(csv), WithDemographics);

        CodedActivityRow[] rows = [.. reader];

        Assert.Equal(new PersonDemographics(ageBand: AgeBand.From40To44, statedGender: StatedGender.Female, ethnicCategory: EthnicCategory.BlackCaribbean, deprivationDecile: DeprivationDecile.Decile1), rows[0].Demographics);
        Assert.Equal(new PersonDemographics(ageBand: AgeBand.From95), rows[1].Demographics);
        Assert.Equal(new PersonDemographics(ageBand: AgeBand.From0To4, statedGender: StatedGender.NotKnown, ethnicCategory: EthnicCategory.NotKnown, deprivationDecile: DeprivationDecile.Decile10), rows[2].Demographics);
        Assert.DoesNotContain("Black", rows[0].ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("40 to 44,2,M,1", "age_band")]
    [InlineData("40-44,F,M,1", "sex")]
    [InlineData("40-44,2,m,1", "ethnic_category")]
    [InlineData("40-44,2,M,11", "imd_decile")]
    [InlineData("40-44,2,M,0", "imd_decile")]
    public void ABadDemographicCell_IsABadRow_NamingTheColumn_NotTheCell(string cells, string column)
    {
        using CodedExtractReader reader = CodedExtract.Open(Utf8(Header + "A81001,p1,871691000000100,2025-05-01," + cells + "\n"), WithDemographics);

        BadRowException e = Assert.Throws<BadRowException>(() => reader.ToList());

        Assert.Equal(column, e.Row.Column);
        Assert.Equal(2, e.Row.LineNumber);
        Assert.DoesNotContain("44", e.Message.Replace("0-4 to 90-94", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void ADemographicColumn_FirstInTheHeader_OrAlone_IsRead()
    {
        var decileOnly = new CodedExtractOptions { DeprivationDecileColumn = "imd_decile" };
        using CodedExtractReader first = CodedExtract.Open(Utf8("imd_decile,practice,person_key,snomed_code,date\n3,A81001,p1,871691000000100,2025-05-01\n,A81001,p2,871691000000100,2025-05-01\n"), decileOnly);
        CodedActivityRow[] rows = [.. first];
        Assert.Equal(new PersonDemographics(deprivationDecile: DeprivationDecile.Decile3), rows[0].Demographics);
        Assert.True(rows[1].Demographics.IsEmpty);

        var ageFirst = new CodedExtractOptions { AgeBandColumn = "age_band", StatedGenderColumn = "sex" };
        using CodedExtractReader second = CodedExtract.Open(Utf8("age_band,sex,practice,person_key,snomed_code,date\n75-79,1,A81001,p1,871691000000100,2025-05-01\n"), ageFirst);
        Assert.Equal(new PersonDemographics(ageBand: AgeBand.From75To79, statedGender: StatedGender.Male), second.Single().Demographics);

        using CodedExtractReader none = CodedExtract.Open(Utf8("practice,person_key,snomed_code,date\nA81001,p1,871691000000100,2025-05-01\n"));
        Assert.True(none.Single().Demographics.IsEmpty);
    }

    [Fact]
    public void AMissingDemographicColumn_IsNamed()
        => Assert.Equal("imd_decile", Assert.Throws<BadRowException>(() => CodedExtract.Open(Utf8("practice,person_key,snomed_code,date,age_band,sex,ethnic_category\n"), WithDemographics)).Row.Column);

    [Fact]
    public void AnExtract_BrokenDownByDeprivation_CountsPeopleOnceAndOffersDeclined()
    {
        string csv = Header
            + "A81001,p1,871691000000100,2025-05-01,40-44,2,M,1\n"
            + "A81001,p1,871711000000103,2025-05-09,40-44,2,M,1\n"
            + "A81001,p1,871691000000100,2025-06-01,40-44,2,M,1\n"
            + "A81001,p2,871691000000100,2025-05-02,50-54,1,A,2\n"
            + "A81001,p3,871731000000106,2025-05-03,30-34,1,A,9\n"
            + "A81001,p4,163020007,2025-05-03,30-34,1,A,9\n";
        using CodedExtractReader reader = CodedExtract.Open(Utf8(csv), WithDemographics);

        EquityReport report = EquityRates.AggregateCoded(reader, new EpisodeOutcomeOptions { Dimensions = OutcomeDimensions.DeprivationQuintile });

        var most = new OutcomeGroupKey(null, null, null, null, deprivationQuintile: DeprivationQuintile.Quintile1);
        var least = new OutcomeGroupKey(null, null, null, null, deprivationQuintile: DeprivationQuintile.Quintile5);
        Assert.Equal(2, report.Keys.Count);
        Assert.Equal(2, report[most].PeopleOffered);
        Assert.Equal(1, report[most].PeopleDeclined);
        Assert.Equal(2, report[most].Offers);
        Assert.Equal(1, report[most].OffersDeclined);
        Assert.Equal(1, report[least].PeopleReferred);
        Assert.Equal(0, report[least].PeopleOffered);
        Assert.Equal(3, report.Total.PeopleOffered + report.Total.PeopleReferred);
    }

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));
}
