namespace SocialPrescribing;

/// <summary>
/// A person's ethnic category as the NHS Data Dictionary codes it (ETHNIC CATEGORY, the 2001 census's 16+1 categories,
/// "the national mandatory standard for the collection and analysis of ethnicity"), with "not stated" and "not known".
/// </summary>
/// <remarks>
/// <para>
/// Each member's NHS Data Dictionary code and label are in <see cref="DemographicCodes.EthnicCategories"/> (code <c>A</c>
/// for <see cref="WhiteBritish"/> and so on; <c>Z</c> for <see cref="NotStated"/>, <c>99</c> for <see cref="NotKnown"/>).
/// The Data Dictionary: "National code Z should be used where the PERSON has been given the opportunity to state their
/// ETHNIC CATEGORY but chose not to. Default code 99 should be used where the PERSON's ETHNIC CATEGORY is not known."
/// The five broad groups are the labels' prefixes (<see cref="DemographicCodes.GetGroup"/>): in the 2001 list Chinese is
/// under "Other Ethnic Groups". Zero is not a member. Personal data: see <c>docs/demographics.md</c>.
/// </para>
/// </remarks>
public enum EthnicCategory
{
    /// <summary>A: White - British.</summary>
    WhiteBritish = 1,

    /// <summary>B: White - Irish.</summary>
    WhiteIrish = 2,

    /// <summary>C: White - Any other White background.</summary>
    WhiteOther = 3,

    /// <summary>D: Mixed - White and Black Caribbean.</summary>
    MixedWhiteAndBlackCaribbean = 4,

    /// <summary>E: Mixed - White and Black African.</summary>
    MixedWhiteAndBlackAfrican = 5,

    /// <summary>F: Mixed - White and Asian.</summary>
    MixedWhiteAndAsian = 6,

    /// <summary>G: Mixed - Any other mixed background.</summary>
    MixedOther = 7,

    /// <summary>H: Asian or Asian British - Indian.</summary>
    AsianIndian = 8,

    /// <summary>J: Asian or Asian British - Pakistani.</summary>
    AsianPakistani = 9,

    /// <summary>K: Asian or Asian British - Bangladeshi.</summary>
    AsianBangladeshi = 10,

    /// <summary>L: Asian or Asian British - Any other Asian background.</summary>
    AsianOther = 11,

    /// <summary>M: Black or Black British - Caribbean.</summary>
    BlackCaribbean = 12,

    /// <summary>N: Black or Black British - African.</summary>
    BlackAfrican = 13,

    /// <summary>P: Black or Black British - Any other Black background.</summary>
    BlackOther = 14,

    /// <summary>R: Other Ethnic Groups - Chinese.</summary>
    Chinese = 15,

    /// <summary>S: Other Ethnic Groups - Any other ethnic group.</summary>
    OtherEthnicGroup = 16,

    /// <summary>Z: not stated (the person was asked and chose not to say).</summary>
    NotStated = 17,

    /// <summary>99: not known (the person was not asked, or could not be).</summary>
    NotKnown = 18,
}

/// <summary>The five broad ethnic groups of the NHS Data Dictionary's ETHNIC CATEGORY (the labels' prefixes), with "not stated" and "not known".</summary>
/// <remarks>Zero is not a member. <see cref="DemographicCodes.GetGroup"/> gives a category's group.</remarks>
public enum EthnicGroup
{
    /// <summary>White (codes A to C).</summary>
    White = 1,

    /// <summary>Mixed (codes D to G).</summary>
    Mixed = 2,

    /// <summary>Asian or Asian British (codes H to L).</summary>
    AsianOrAsianBritish = 3,

    /// <summary>Black or Black British (codes M to P).</summary>
    BlackOrBlackBritish = 4,

    /// <summary>Other Ethnic Groups (codes R and S: Chinese and any other ethnic group).</summary>
    OtherEthnicGroups = 5,

    /// <summary>Not stated (code Z).</summary>
    NotStated = 6,

    /// <summary>Not known (code 99).</summary>
    NotKnown = 7,
}
