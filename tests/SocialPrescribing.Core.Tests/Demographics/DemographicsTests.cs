using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SocialPrescribing.Testing;

namespace SocialPrescribing.Tests.Demographics;

public sealed class DemographicsTests
{
    /// <summary>The NHS Data Dictionary's ETHNIC CATEGORY codes and labels, copied from its page (the oracle).</summary>
    public static TheoryData<EthnicCategory, string, string, EthnicGroup> DataDictionaryEthnicCategories => new()
    {
        { EthnicCategory.WhiteBritish, "A", "White - British", EthnicGroup.White },
        { EthnicCategory.WhiteIrish, "B", "White - Irish", EthnicGroup.White },
        { EthnicCategory.WhiteOther, "C", "White - Any other White background", EthnicGroup.White },
        { EthnicCategory.MixedWhiteAndBlackCaribbean, "D", "Mixed - White and Black Caribbean", EthnicGroup.Mixed },
        { EthnicCategory.MixedWhiteAndBlackAfrican, "E", "Mixed - White and Black African", EthnicGroup.Mixed },
        { EthnicCategory.MixedWhiteAndAsian, "F", "Mixed - White and Asian", EthnicGroup.Mixed },
        { EthnicCategory.MixedOther, "G", "Mixed - Any other mixed background", EthnicGroup.Mixed },
        { EthnicCategory.AsianIndian, "H", "Asian or Asian British - Indian", EthnicGroup.AsianOrAsianBritish },
        { EthnicCategory.AsianPakistani, "J", "Asian or Asian British - Pakistani", EthnicGroup.AsianOrAsianBritish },
        { EthnicCategory.AsianBangladeshi, "K", "Asian or Asian British - Bangladeshi", EthnicGroup.AsianOrAsianBritish },
        { EthnicCategory.AsianOther, "L", "Asian or Asian British - Any other Asian background", EthnicGroup.AsianOrAsianBritish },
        { EthnicCategory.BlackCaribbean, "M", "Black or Black British - Caribbean", EthnicGroup.BlackOrBlackBritish },
        { EthnicCategory.BlackAfrican, "N", "Black or Black British - African", EthnicGroup.BlackOrBlackBritish },
        { EthnicCategory.BlackOther, "P", "Black or Black British - Any other Black background", EthnicGroup.BlackOrBlackBritish },
        { EthnicCategory.Chinese, "R", "Other Ethnic Groups - Chinese", EthnicGroup.OtherEthnicGroups },
        { EthnicCategory.OtherEthnicGroup, "S", "Other Ethnic Groups - Any other ethnic group", EthnicGroup.OtherEthnicGroups },
        { EthnicCategory.NotStated, "Z", "Not stated", EthnicGroup.NotStated },
        { EthnicCategory.NotKnown, "99", "Not known", EthnicGroup.NotKnown },
    };

    [Theory]
    [MemberData(nameof(DataDictionaryEthnicCategories))]
    public void EthnicCategory_HasTheDataDictionarysCodeLabelAndGroup(EthnicCategory category, string code, string label, EthnicGroup group)
    {
        Assert.Equal(code, DemographicCodes.EthnicCategories.GetCode(category));
        Assert.Equal(label, category.GetDisplayName());
        Assert.Equal(group, category.GetGroup());
        Assert.True(DemographicCodes.EthnicCategories.TryFindByCode(code, out EthnicCategory found));
        Assert.Equal(category, found);

        // The group is the label's prefix (the 2001 list), so Chinese is under Other Ethnic Groups.
        Assert.True(group is EthnicGroup.NotStated or EthnicGroup.NotKnown || label.StartsWith(group.GetDisplayName() + " - ", StringComparison.Ordinal));
    }

    [Fact]
    public void EthnicCategory_EveryMemberIsInTheOracle()
        => Assert.Equal(Enum.GetValues<EthnicCategory>().Length, DataDictionaryEthnicCategories.Count);

    [Theory]
    [InlineData(StatedGender.Male, "1")]
    [InlineData(StatedGender.Female, "2")]
    [InlineData(StatedGender.Indeterminate, "9")]
    [InlineData(StatedGender.NotKnown, "X")]
    public void StatedGender_HasTheDataDictionarysCode(StatedGender gender, string code)
    {
        Assert.Equal(code, DemographicCodes.StatedGenders.GetCode(gender));
        Assert.True(DemographicCodes.StatedGenders.TryFindByCode(code, out StatedGender found));
        Assert.Equal(gender, found);
    }

    [Theory]
    [InlineData(GenderIdentity.Male, "1")]
    [InlineData(GenderIdentity.Female, "2")]
    [InlineData(GenderIdentity.NonBinary, "3")]
    [InlineData(GenderIdentity.Other, "4")]
    [InlineData(GenderIdentity.NotStated, "Z")]
    [InlineData(GenderIdentity.NotKnown, "X")]
    public void GenderIdentity_HasTheDataDictionarysCode(GenderIdentity identity, string code)
        => Assert.Equal(code, DemographicCodes.GenderIdentities.GetCode(identity));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("I")]
    [InlineData("9")]
    [InlineData("A1")]
    [InlineData(" A")]
    public void TryFindByCode_UnknownCode_IsFalse(string? code)
    {
        Assert.False(DemographicCodes.EthnicCategories.TryFindByCode(code, out EthnicCategory value));
        Assert.Equal(default, value);
    }

    [Fact]
    public void SeedVocabularies_HaveNoCodes()
    {
        Assert.Null(SocialPrescribingVocabularies.ReferralReasons.GetCode(ReferralReason.Housing));
        Assert.False(SocialPrescribingVocabularies.ReferralReasons.TryFindByCode("Housing", out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => DemographicCodes.EthnicCategories.GetCode((EthnicCategory)99));
    }

    [Theory]
    [InlineData(DeprivationDecile.Decile1, DeprivationQuintile.Quintile1)]
    [InlineData(DeprivationDecile.Decile2, DeprivationQuintile.Quintile1)]
    [InlineData(DeprivationDecile.Decile3, DeprivationQuintile.Quintile2)]
    [InlineData(DeprivationDecile.Decile4, DeprivationQuintile.Quintile2)]
    [InlineData(DeprivationDecile.Decile5, DeprivationQuintile.Quintile3)]
    [InlineData(DeprivationDecile.Decile6, DeprivationQuintile.Quintile3)]
    [InlineData(DeprivationDecile.Decile7, DeprivationQuintile.Quintile4)]
    [InlineData(DeprivationDecile.Decile8, DeprivationQuintile.Quintile4)]
    [InlineData(DeprivationDecile.Decile9, DeprivationQuintile.Quintile5)]
    [InlineData(DeprivationDecile.Decile10, DeprivationQuintile.Quintile5)]
    public void Quintile_PairsTheDeciles_MostDeprivedFirst(DeprivationDecile decile, DeprivationQuintile quintile)
        => Assert.Equal(quintile, decile.GetQuintile());

    [Fact]
    public void Deciles_SayWhichEndIsMostDeprived()
    {
        Assert.Equal("1 (most deprived 10%)", DeprivationDecile.Decile1.GetDisplayName());
        Assert.Equal("10 (least deprived 10%)", DeprivationDecile.Decile10.GetDisplayName());
        Assert.Equal("1 (most deprived 20%)", DeprivationQuintile.Quintile1.GetDisplayName());
        Assert.Equal("3", DemographicCodes.DeprivationDeciles.GetCode(DeprivationDecile.Decile3));
    }

    [Theory]
    [InlineData(0, AgeBand.From0To4, "0-4")]
    [InlineData(4, AgeBand.From0To4, "0-4")]
    [InlineData(5, AgeBand.From5To9, "5-9")]
    [InlineData(44, AgeBand.From40To44, "40-44")]
    [InlineData(45, AgeBand.From45To49, "45-49")]
    [InlineData(94, AgeBand.From90To94, "90-94")]
    [InlineData(95, AgeBand.From95, "95+")]
    [InlineData(130, AgeBand.From95, "95+")]
    [InlineData(int.MaxValue, AgeBand.From95, "95+")]
    public void AgeBandOf_Boundaries(int years, AgeBand band, string words)
    {
        Assert.Equal(band, DemographicCodes.AgeBandOf(years));
        Assert.Equal(words, band.GetDisplayName());
    }

    [Fact]
    public void AgeBandOf_Negative_Throws()
        => Assert.Equal("years", Assert.Throws<ArgumentOutOfRangeException>(() => DemographicCodes.AgeBandOf(-1)).ParamName);

    [Property]
    public void AgeBandOf_HoldsTheAge(NonNegativeInt age)
    {
        AgeBand band = DemographicCodes.AgeBandOf(age.Get);
        int youngest = band.GetYoungestAge();
        Assert.True(youngest <= age.Get && (band == AgeBand.From95 || age.Get < youngest + 5));
        Assert.Equal(band.GetDisplayName(), band == AgeBand.From95 ? "95+" : $"{youngest}-{youngest + 4}");
    }

    [Property]
    public Property AgeBandOn_IsTheBandOfNodaTimesYears_ExceptOn28FebruaryForA29FebruaryBirth()
        => Prop.ForAll(
            CoreGenerators.DatesOfBirth.ToArbitrary(),
            Gen.Choose(0, 45_000).ToArbitrary(),
            (born, days) =>
            {
                LocalDate on = born.PlusDays(days);
                int years = Period.Between(born, on, PeriodUnits.Years).Years;
                bool leapling = born.Month == 2 && born.Day == 29 && on.Month == 2 && on.Day == 28 && !CalendarSystem.Iso.IsLeapYear(on.Year);
                Assert.Equal(DemographicCodes.AgeBandOf(leapling ? years - 1 : years), DemographicCodes.AgeBandOn(born, on));
            });

    [Fact]
    public void AgeBandOn_Birthdays()
    {
        var born = new LocalDate(1981, 6, 15);
        Assert.Equal(AgeBand.From40To44, DemographicCodes.AgeBandOn(born, new LocalDate(2026, 6, 14)));
        Assert.Equal(AgeBand.From45To49, DemographicCodes.AgeBandOn(born, new LocalDate(2026, 6, 15)));
        Assert.Equal(AgeBand.From0To4, DemographicCodes.AgeBandOn(born, born));

        var leapling = new LocalDate(1996, 2, 29);
        Assert.Equal(AgeBand.From25To29, DemographicCodes.AgeBandOn(leapling, new LocalDate(2026, 2, 28)));
        Assert.Equal(AgeBand.From30To34, DemographicCodes.AgeBandOn(leapling, new LocalDate(2026, 3, 1)));
        Assert.Equal("on", Assert.Throws<ArgumentOutOfRangeException>(() => DemographicCodes.AgeBandOn(born, born.PlusDays(-1))).ParamName);
    }

    [Fact]
    public void Demographics_RefusesBothAgesAndUndefinedCodes()
    {
        ArgumentException both = Assert.Throws<ArgumentException>(() => new PersonDemographics(new LocalDate(1950, 1, 1), AgeBand.From70To74));
        Assert.Equal("ageBand", both.ParamName);
        Assert.StartsWith(CoreMessages.DemographicsAgeTwice, both.Message, StringComparison.Ordinal);
        Assert.Equal("ethnicCategory", Assert.Throws<ArgumentOutOfRangeException>(() => new PersonDemographics(ethnicCategory: (EthnicCategory)0)).ParamName);
        Assert.Equal("statedGender", Assert.Throws<ArgumentOutOfRangeException>(() => new PersonDemographics(statedGender: (StatedGender)3)).ParamName);
        Assert.Equal("genderIdentity", Assert.Throws<ArgumentOutOfRangeException>(() => new PersonDemographics(genderIdentity: (GenderIdentity)7)).ParamName);
        Assert.Equal("deprivationDecile", Assert.Throws<ArgumentOutOfRangeException>(() => new PersonDemographics(deprivationDecile: (DeprivationDecile)11)).ParamName);
        Assert.Equal("ageBand", Assert.Throws<ArgumentOutOfRangeException>(() => new PersonDemographics(ageBand: (AgeBand)21)).ParamName);
    }

    [Fact]
    public void Demographics_RefuseADateOfBirthInAnotherCalendar_AndDerivedCodesRefuseUndefined()
    {
        var julian = new LocalDate(1950, 1, 1, CalendarSystem.Julian);
        Assert.Equal("dateOfBirth", Assert.Throws<ArgumentException>(() => new PersonDemographics(julian)).ParamName);
        Assert.Equal("on", Assert.Throws<ArgumentException>(() => DemographicCodes.AgeBandOn(julian, new LocalDate(2026, 1, 1))).ParamName);
        Assert.Equal("on", Assert.Throws<ArgumentException>(() => DemographicCodes.AgeBandOn(new LocalDate(1950, 1, 1), new LocalDate(2026, 1, 1, CalendarSystem.Julian))).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => ((EthnicCategory)0).GetGroup());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((DeprivationDecile)11).GetQuintile());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((AgeBand)0).GetYoungestAge());
        Assert.True(DemographicCodes.TryParseAgeBand(" 40_44 ", out AgeBand band) && band == AgeBand.From40To44);
        Assert.True(DemographicCodes.TryParseAgeBand("95+", out band) && band == AgeBand.From95);
        Assert.False(DemographicCodes.TryParseAgeBand(null, out band));
        Assert.False(DemographicCodes.TryParseAgeBand("40-45", out band));
        Assert.Equal(default, band);
    }

    [Fact]
    public void Demographics_AgeBandOn_FromTheBirthOrTheBandGiven()
    {
        Assert.Equal(AgeBand.From70To74, new PersonDemographics(new LocalDate(1952, 3, 1)).AgeBandOn(new LocalDate(2026, 3, 1)));
        Assert.Equal(AgeBand.From20To24, new PersonDemographics(ageBand: AgeBand.From20To24).AgeBandOn(new LocalDate(2060, 1, 1)));
        Assert.Null(PersonDemographics.None.AgeBandOn(new LocalDate(2026, 3, 1)));
        Assert.True(PersonDemographics.None.IsEmpty);
        Assert.Equal(0, PersonDemographics.None.RecordedCount);
    }

    [Property]
    public void UpdatedWith_EachFieldIsTheLaterOnesWhenGiven(PersonDemographics earlier, PersonDemographics later)
    {
        PersonDemographics updated = earlier.UpdatedWith(later);
        bool laterAge = later.DateOfBirth is not null || later.AgeBand is not null;
        Assert.Equal(laterAge ? later.DateOfBirth : earlier.DateOfBirth, updated.DateOfBirth);
        Assert.Equal(laterAge ? later.AgeBand : earlier.AgeBand, updated.AgeBand);
        Assert.Equal(later.StatedGender ?? earlier.StatedGender, updated.StatedGender);
        Assert.Equal(later.GenderIdentity ?? earlier.GenderIdentity, updated.GenderIdentity);
        Assert.Equal(later.EthnicCategory ?? earlier.EthnicCategory, updated.EthnicCategory);
        Assert.Equal(later.DeprivationDecile ?? earlier.DeprivationDecile, updated.DeprivationDecile);
    }

    [Property]
    public void UpdatedWith_IsAMonoid_WithNoneAsIdentity(PersonDemographics a, PersonDemographics b, PersonDemographics c)
    {
        Assert.Equal(a, a.UpdatedWith(PersonDemographics.None));
        Assert.Equal(a, PersonDemographics.None.UpdatedWith(a));
        Assert.Equal(a.UpdatedWith(b).UpdatedWith(c), a.UpdatedWith(b.UpdatedWith(c)));
        Assert.Equal(a, a.UpdatedWith(a));
    }

    [Property]
    public void Equality_IsByValue(PersonDemographics a)
    {
        var copy = new PersonDemographics(a.DateOfBirth, a.AgeBand, a.StatedGender, a.GenderIdentity, a.EthnicCategory, a.DeprivationDecile);
        Assert.True(a == copy);
        Assert.Equal(a.GetHashCode(), copy.GetHashCode());
        Assert.False(a != copy);
        Assert.NotEqual(a, a.UpdatedWith(new PersonDemographics(deprivationDecile: a.DeprivationDecile == DeprivationDecile.Decile1 ? DeprivationDecile.Decile2 : DeprivationDecile.Decile1)));
    }

    [Property]
    public void ToString_ShowsNoValue(PersonDemographics person)
    {
        string text = person.ToString();
        Assert.Equal($"PersonDemographics({person.RecordedCount} of 5 recorded)", text);
        string[] values =
        [
            person.DateOfBirth?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "\0",
            person.EthnicCategory?.GetDisplayName() ?? "\0",
            person.StatedGender?.GetDisplayName() ?? "\0",
            person.AgeBand?.GetDisplayName() ?? "\0",
        ];
        Assert.All(values, v => Assert.DoesNotContain(v, text, StringComparison.Ordinal));
    }

    [Property]
    public void Equality_IsEveryFieldEqual(PersonDemographics a, PersonDemographics b)
    {
        bool same = (a.DateOfBirth, a.AgeBand, a.StatedGender, a.GenderIdentity, a.EthnicCategory, a.DeprivationDecile)
            == (b.DateOfBirth, b.AgeBand, b.StatedGender, b.GenderIdentity, b.EthnicCategory, b.DeprivationDecile);
        Assert.Equal(same, a == b);
        Assert.Equal(same, a.Equals((object)b));
        Assert.Equal(!same, a != b);
        Assert.False(a == null);
        Assert.False(null == a);
        Assert.False(a.Equals(null));
    }

    [Fact]
    public void Equality_EachFieldCounts()
    {
        var full = new PersonDemographics(new LocalDate(1950, 1, 1), null, StatedGender.Male, GenderIdentity.Male, EthnicCategory.WhiteIrish, DeprivationDecile.Decile4);
        PersonDemographics[] oneDifferent =
        [
            new(new LocalDate(1950, 1, 2), null, StatedGender.Male, GenderIdentity.Male, EthnicCategory.WhiteIrish, DeprivationDecile.Decile4),
            new(null, AgeBand.From70To74, StatedGender.Male, GenderIdentity.Male, EthnicCategory.WhiteIrish, DeprivationDecile.Decile4),
            new(new LocalDate(1950, 1, 1), null, StatedGender.Female, GenderIdentity.Male, EthnicCategory.WhiteIrish, DeprivationDecile.Decile4),
            new(new LocalDate(1950, 1, 1), null, StatedGender.Male, GenderIdentity.NonBinary, EthnicCategory.WhiteIrish, DeprivationDecile.Decile4),
            new(new LocalDate(1950, 1, 1), null, StatedGender.Male, GenderIdentity.Male, EthnicCategory.WhiteBritish, DeprivationDecile.Decile4),
            new(new LocalDate(1950, 1, 1), null, StatedGender.Male, GenderIdentity.Male, EthnicCategory.WhiteIrish, DeprivationDecile.Decile5),
        ];
        Assert.All(oneDifferent, d => Assert.NotEqual(full, d));
        Assert.True((PersonDemographics?)null == null);
        Assert.Throws<ArgumentNullException>(() => full.UpdatedWith(null!));
    }

    [Fact]
    public void ReferenceSet_HoldsConceptsOnly()
    {
        SctId a = SctId.Create(940_001, SctIdComponentType.Concept);
        var set = new ReferenceSet(ReferenceSet.NeedsAndConcernsId, [a, a]);
        Assert.Equal(1, set.Count);
        Assert.True(set.Contains(a));
        Assert.Equal(ReferenceSet.NeedsAndConcernsId, set.Id);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new ReferenceSet(default, [])).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new ReferenceSet(SctId.Create(940_002, SctIdComponentType.Description), [])).ParamName);
        Assert.Equal("members", Assert.Throws<ArgumentException>(() => new ReferenceSet(ReferenceSet.NeedsAndConcernsId, [SctId.Create(940_003, SctIdComponentType.Relationship)])).ParamName);
        Assert.Equal("members", Assert.Throws<ArgumentException>(() => new ReferenceSet(ReferenceSet.NeedsAndConcernsId, [default])).ParamName);
        Assert.Equal("members", Assert.Throws<ArgumentNullException>(() => new ReferenceSet(ReferenceSet.NeedsAndConcernsId, null!)).ParamName);
        Assert.Equal("1373511000000107", ReferenceSet.SupportOfferedId.ToString());
    }

    [Fact]
    public void Vocabulary_WithCodesForSomeTermsOnly_IsAFaultOfThisLibrary()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new Vocabulary<ConsentAnswer>(
            "Test",
            "Test",
            new(ConsentAnswer.NotAsked, "Not asked", "Test") { Code = "0" },
            new(ConsentAnswer.Given, "Given", "Test"),
            new(ConsentAnswer.Declined, "Declined", "Test") { Code = "2" }));
        Assert.Contains("Test", ex.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => new Vocabulary<ConsentAnswer>(
            "Test",
            "Test",
            new(ConsentAnswer.NotAsked, "Not asked", "Test") { Code = "0" },
            new(ConsentAnswer.Given, "Given", "Test") { Code = "0" },
            new(ConsentAnswer.Declined, "Declined", "Test") { Code = "2" }));
        Assert.Equal("2", new Vocabulary<ConsentAnswer>(
            "Test",
            "Test",
            new(ConsentAnswer.NotAsked, "Not asked", "Test") { Code = "0" },
            new(ConsentAnswer.Given, "Given", "Test") { Code = "1" },
            new(ConsentAnswer.Declined, "Declined", "Test") { Code = "2" }).GetCode(ConsentAnswer.Declined));
    }
}
