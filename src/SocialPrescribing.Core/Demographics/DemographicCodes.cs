using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing;

/// <summary>
/// The codes and words of a person's demographics, each a <see cref="Vocabulary{TEnum}"/> whose codes are the NHS Data
/// Dictionary's (<see cref="Vocabulary{TEnum}.GetCode"/>, <see cref="Vocabulary{TEnum}.TryFindByCode"/>), and the rules
/// between them: a category's broad group, a decile's quintile, an age's band (<c>docs/demographics.md</c>).
/// </summary>
/// <threadsafety>Static and immutable; safe to use from any thread.</threadsafety>
public static class DemographicCodes
{
    private const string EthnicCategorySource = "NHS Data Dictionary, ETHNIC CATEGORY (the 2001 census 16+1 categories): https://www.datadictionary.nhs.uk/data_elements/ethnic_category.html";
    private const string StatedGenderSource = "NHS Data Dictionary, PERSON STATED GENDER CODE: https://www.datadictionary.nhs.uk/data_elements/person_stated_gender_code.html";
    private const string GenderIdentitySource = "NHS Data Dictionary, GENDER IDENTITY CODE: https://www.datadictionary.nhs.uk/data_elements/gender_identity_code.html";
    private const string AgeBandSource = "NHS Digital, Patients Registered at a GP Practice: 5-year age bands to 95+";
    private const string DeprivationSource = "MHCLG, English indices of deprivation: decile 1 is the most deprived 10% of areas";
    private const string QuintileSource = "MHCLG, English indices of deprivation: quintile 1 is the most deprived 20% of areas (deciles 1 and 2)";
    private const int BandWidth = 5;

    /// <summary>Gets the NHS Data Dictionary's ethnic categories, codes <c>A</c> to <c>S</c>, <c>Z</c> and <c>99</c>, with its labels.</summary>
    /// <value>One term per member of <see cref="EthnicCategory"/>, in code order.</value>
    public static Vocabulary<EthnicCategory> EthnicCategories { get; } = new(
        "Ethnic category",
        EthnicCategorySource,
        new(EthnicCategory.WhiteBritish, "White - British", EthnicCategorySource) { Code = "A" },
        new(EthnicCategory.WhiteIrish, "White - Irish", EthnicCategorySource) { Code = "B" },
        new(EthnicCategory.WhiteOther, "White - Any other White background", EthnicCategorySource) { Code = "C" },
        new(EthnicCategory.MixedWhiteAndBlackCaribbean, "Mixed - White and Black Caribbean", EthnicCategorySource) { Code = "D" },
        new(EthnicCategory.MixedWhiteAndBlackAfrican, "Mixed - White and Black African", EthnicCategorySource) { Code = "E" },
        new(EthnicCategory.MixedWhiteAndAsian, "Mixed - White and Asian", EthnicCategorySource) { Code = "F" },
        new(EthnicCategory.MixedOther, "Mixed - Any other mixed background", EthnicCategorySource) { Code = "G" },
        new(EthnicCategory.AsianIndian, "Asian or Asian British - Indian", EthnicCategorySource) { Code = "H" },
        new(EthnicCategory.AsianPakistani, "Asian or Asian British - Pakistani", EthnicCategorySource) { Code = "J" },
        new(EthnicCategory.AsianBangladeshi, "Asian or Asian British - Bangladeshi", EthnicCategorySource) { Code = "K" },
        new(EthnicCategory.AsianOther, "Asian or Asian British - Any other Asian background", EthnicCategorySource) { Code = "L" },
        new(EthnicCategory.BlackCaribbean, "Black or Black British - Caribbean", EthnicCategorySource) { Code = "M" },
        new(EthnicCategory.BlackAfrican, "Black or Black British - African", EthnicCategorySource) { Code = "N" },
        new(EthnicCategory.BlackOther, "Black or Black British - Any other Black background", EthnicCategorySource) { Code = "P" },
        new(EthnicCategory.Chinese, "Other Ethnic Groups - Chinese", EthnicCategorySource) { Code = "R" },
        new(EthnicCategory.OtherEthnicGroup, "Other Ethnic Groups - Any other ethnic group", EthnicCategorySource) { Code = "S" },
        new(EthnicCategory.NotStated, "Not stated", EthnicCategorySource) { Code = "Z" },
        new(EthnicCategory.NotKnown, "Not known", EthnicCategorySource) { Code = "99" });

    /// <summary>Gets the five broad ethnic groups, with "not stated" and "not known".</summary>
    /// <value>One term per member of <see cref="EthnicGroup"/>; no codes (the Data Dictionary codes the categories, not the groups).</value>
    public static Vocabulary<EthnicGroup> EthnicGroups { get; } = new(
        "Ethnic group",
        EthnicCategorySource + " (the labels' prefixes)",
        new(EthnicGroup.White, "White", EthnicCategorySource),
        new(EthnicGroup.Mixed, "Mixed", EthnicCategorySource),
        new(EthnicGroup.AsianOrAsianBritish, "Asian or Asian British", EthnicCategorySource),
        new(EthnicGroup.BlackOrBlackBritish, "Black or Black British", EthnicCategorySource),
        new(EthnicGroup.OtherEthnicGroups, "Other Ethnic Groups", EthnicCategorySource),
        new(EthnicGroup.NotStated, "Not stated", EthnicCategorySource),
        new(EthnicGroup.NotKnown, "Not known", EthnicCategorySource));

    /// <summary>Gets the NHS Data Dictionary's stated genders, codes 1, 2, 9 and X.</summary>
    /// <value>One term per member of <see cref="StatedGender"/>.</value>
    public static Vocabulary<StatedGender> StatedGenders { get; } = new(
        "Stated gender",
        StatedGenderSource,
        new(StatedGender.Male, "Male", StatedGenderSource) { Code = "1" },
        new(StatedGender.Female, "Female", StatedGenderSource) { Code = "2" },
        new(StatedGender.Indeterminate, "Indeterminate", StatedGenderSource + ": \"Indeterminate (unable to be classified as either male or female)\"") { Code = "9" },
        new(StatedGender.NotKnown, "Not known", StatedGenderSource + ": \"Not Known (not recorded)\"") { Code = "X" });

    /// <summary>Gets the NHS Data Dictionary's gender identities, codes 1 to 4, Z and X.</summary>
    /// <value>One term per member of <see cref="GenderIdentity"/>.</value>
    public static Vocabulary<GenderIdentity> GenderIdentities { get; } = new(
        "Gender identity",
        GenderIdentitySource,
        new(GenderIdentity.Male, "Male (including trans man)", GenderIdentitySource) { Code = "1" },
        new(GenderIdentity.Female, "Female (including trans woman)", GenderIdentitySource) { Code = "2" },
        new(GenderIdentity.NonBinary, "Non-binary", GenderIdentitySource) { Code = "3" },
        new(GenderIdentity.Other, "Other (not listed)", GenderIdentitySource) { Code = "4" },
        new(GenderIdentity.NotStated, "Not stated", GenderIdentitySource + ": \"Not Stated (PERSON asked but declined to provide a response)\"") { Code = "Z" },
        new(GenderIdentity.NotKnown, "Not known", GenderIdentitySource + ": \"Not Known (not recorded)\"") { Code = "X" });

    /// <summary>Gets the five-year age bands, named <c>0-4</c> to <c>90-94</c> and <c>95+</c>; no codes.</summary>
    /// <value>One term per member of <see cref="AgeBand"/>, youngest first.</value>
    public static Vocabulary<AgeBand> AgeBands { get; } = new(
        "Age band",
        AgeBandSource,
        new(AgeBand.From0To4, "0-4", AgeBandSource),
        new(AgeBand.From5To9, "5-9", AgeBandSource),
        new(AgeBand.From10To14, "10-14", AgeBandSource),
        new(AgeBand.From15To19, "15-19", AgeBandSource),
        new(AgeBand.From20To24, "20-24", AgeBandSource),
        new(AgeBand.From25To29, "25-29", AgeBandSource),
        new(AgeBand.From30To34, "30-34", AgeBandSource),
        new(AgeBand.From35To39, "35-39", AgeBandSource),
        new(AgeBand.From40To44, "40-44", AgeBandSource),
        new(AgeBand.From45To49, "45-49", AgeBandSource),
        new(AgeBand.From50To54, "50-54", AgeBandSource),
        new(AgeBand.From55To59, "55-59", AgeBandSource),
        new(AgeBand.From60To64, "60-64", AgeBandSource),
        new(AgeBand.From65To69, "65-69", AgeBandSource),
        new(AgeBand.From70To74, "70-74", AgeBandSource),
        new(AgeBand.From75To79, "75-79", AgeBandSource),
        new(AgeBand.From80To84, "80-84", AgeBandSource),
        new(AgeBand.From85To89, "85-89", AgeBandSource),
        new(AgeBand.From90To94, "90-94", AgeBandSource),
        new(AgeBand.From95, "95+", AgeBandSource));

    /// <summary>Gets the deprivation deciles; the code of each is its number.</summary>
    /// <value>One term per member of <see cref="DeprivationDecile"/>, most deprived first.</value>
    public static Vocabulary<DeprivationDecile> DeprivationDeciles { get; } = new(
        "Deprivation decile (IMD)",
        DeprivationSource,
        new(DeprivationDecile.Decile1, "1 (most deprived 10%)", DeprivationSource) { Code = "1" },
        new(DeprivationDecile.Decile2, "2", DeprivationSource) { Code = "2" },
        new(DeprivationDecile.Decile3, "3", DeprivationSource) { Code = "3" },
        new(DeprivationDecile.Decile4, "4", DeprivationSource) { Code = "4" },
        new(DeprivationDecile.Decile5, "5", DeprivationSource) { Code = "5" },
        new(DeprivationDecile.Decile6, "6", DeprivationSource) { Code = "6" },
        new(DeprivationDecile.Decile7, "7", DeprivationSource) { Code = "7" },
        new(DeprivationDecile.Decile8, "8", DeprivationSource) { Code = "8" },
        new(DeprivationDecile.Decile9, "9", DeprivationSource) { Code = "9" },
        new(DeprivationDecile.Decile10, "10 (least deprived 10%)", DeprivationSource) { Code = "10" });

    /// <summary>Gets the deprivation quintiles; the code of each is its number.</summary>
    /// <value>One term per member of <see cref="DeprivationQuintile"/>, most deprived first.</value>
    public static Vocabulary<DeprivationQuintile> DeprivationQuintiles { get; } = new(
        "Deprivation quintile (IMD)",
        QuintileSource,
        new(DeprivationQuintile.Quintile1, "1 (most deprived 20%)", QuintileSource) { Code = "1" },
        new(DeprivationQuintile.Quintile2, "2", QuintileSource) { Code = "2" },
        new(DeprivationQuintile.Quintile3, "3", QuintileSource) { Code = "3" },
        new(DeprivationQuintile.Quintile4, "4", QuintileSource) { Code = "4" },
        new(DeprivationQuintile.Quintile5, "5 (least deprived 20%)", QuintileSource) { Code = "5" });

    /// <summary>Gets the broad group of an ethnic category: the prefix of its label.</summary>
    /// <param name="category">The category.</param>
    /// <returns>Its group; <see cref="EthnicGroup.NotStated"/> and <see cref="EthnicGroup.NotKnown"/> for codes Z and 99.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a named member.</exception>
    public static EthnicGroup GetGroup(this EthnicCategory category)
    {
        Preconditions.CheckDefined(category, nameof(category));
        return category switch
        {
            <= EthnicCategory.WhiteOther => EthnicGroup.White,
            <= EthnicCategory.MixedOther => EthnicGroup.Mixed,
            <= EthnicCategory.AsianOther => EthnicGroup.AsianOrAsianBritish,
            <= EthnicCategory.BlackOther => EthnicGroup.BlackOrBlackBritish,
            <= EthnicCategory.OtherEthnicGroup => EthnicGroup.OtherEthnicGroups,
            EthnicCategory.NotStated => EthnicGroup.NotStated,
            _ => EthnicGroup.NotKnown,
        };
    }

    /// <summary>Gets the quintile of a deprivation decile: deciles 1 and 2 make quintile 1, and so on.</summary>
    /// <param name="decile">The decile.</param>
    /// <returns>Its quintile.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decile"/> is not a named member.</exception>
    public static DeprivationQuintile GetQuintile(this DeprivationDecile decile)
    {
        Preconditions.CheckDefined(decile, nameof(decile));
        return (DeprivationQuintile)(((int)decile + 1) / 2);
    }

    /// <summary>Gets the band of an age in whole years.</summary>
    /// <param name="years">The age, 0 or more.</param>
    /// <returns>The band: 0 to 4 years is <see cref="AgeBand.From0To4"/>, 95 and over <see cref="AgeBand.From95"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is negative.</exception>
    public static AgeBand AgeBandOf(int years)
    {
        Preconditions.CheckArgumentRange(nameof(years), years, 0, int.MaxValue);
        return (AgeBand)(Math.Min(years / BandWidth, (int)AgeBand.From95 - 1) + 1);
    }

    /// <summary>
    /// Gets the band of a person's age on a date: their age in whole years on that date, a year more on each birthday;
    /// a person born on 29 February is a year older from 1 March in a year that is not a leap year (the birthday has
    /// not come on 28 February; this library's choice).
    /// </summary>
    /// <param name="dateOfBirth">The date of birth.</param>
    /// <param name="on">The date, such as the referral date.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="on"/> is before <paramref name="dateOfBirth"/>.</exception>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    public static AgeBand AgeBandOn(LocalDate dateOfBirth, LocalDate on)
    {
        Preconditions.CheckArgument(dateOfBirth.Calendar == CalendarSystem.Iso && on.Calendar == CalendarSystem.Iso, nameof(on), CoreMessages.AgeDateNotIso);
        if (on < dateOfBirth)
        {
            throw new ArgumentOutOfRangeException(nameof(on), CoreMessages.AgeBeforeBirth);
        }

        int years = on.Year - dateOfBirth.Year;
        bool birthdayToCome = on.Month < dateOfBirth.Month || (on.Month == dateOfBirth.Month && on.Day < dateOfBirth.Day);
        return AgeBandOf(birthdayToCome ? years - 1 : years);
    }

    /// <summary>Reads an age band from its words, as this library and NHS Digital's files write them: <c>40-44</c> or <c>40_44</c>, <c>95+</c>.</summary>
    /// <param name="text">The text; surrounding white space is ignored.</param>
    /// <param name="band">The band, or the default on failure.</param>
    /// <returns><see langword="true"/> when the text names a band. Never throws.</returns>
    public static bool TryParseAgeBand(string? text, out AgeBand band)
    {
        if (text is not null && AgeBands.TryFindByDisplayName(text.Trim().Replace('_', '-'), out band))
        {
            return true;
        }

        band = default;
        return false;
    }

    /// <summary>Gets the youngest age in a band.</summary>
    /// <param name="band">The band.</param>
    /// <returns>0, 5, ... 95.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="band"/> is not a named member.</exception>
    public static int GetYoungestAge(this AgeBand band)
    {
        Preconditions.CheckDefined(band, nameof(band));
        return ((int)band - 1) * BandWidth;
    }

    /// <summary>Gets the display name of an ethnic category: the NHS Data Dictionary's label.</summary>
    /// <param name="category">The category.</param>
    /// <returns>For example <c>White - British</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a named member.</exception>
    public static string GetDisplayName(this EthnicCategory category) => EthnicCategories.GetDisplayName(category);

    /// <summary>Gets the display name of a broad ethnic group.</summary>
    /// <param name="group">The group.</param>
    /// <returns>For example <c>Asian or Asian British</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="group"/> is not a named member.</exception>
    public static string GetDisplayName(this EthnicGroup group) => EthnicGroups.GetDisplayName(group);

    /// <summary>Gets the display name of a stated gender.</summary>
    /// <param name="gender">The stated gender.</param>
    /// <returns>For example <c>Female</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="gender"/> is not a named member.</exception>
    public static string GetDisplayName(this StatedGender gender) => StatedGenders.GetDisplayName(gender);

    /// <summary>Gets the display name of a gender identity.</summary>
    /// <param name="identity">The gender identity.</param>
    /// <returns>For example <c>Non-binary</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="identity"/> is not a named member.</exception>
    public static string GetDisplayName(this GenderIdentity identity) => GenderIdentities.GetDisplayName(identity);

    /// <summary>Gets the display name of an age band.</summary>
    /// <param name="band">The band.</param>
    /// <returns>For example <c>40-44</c> or <c>95+</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="band"/> is not a named member.</exception>
    public static string GetDisplayName(this AgeBand band) => AgeBands.GetDisplayName(band);

    /// <summary>Gets the display name of a deprivation decile.</summary>
    /// <param name="decile">The decile.</param>
    /// <returns>For example <c>1 (most deprived 10%)</c> or <c>4</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decile"/> is not a named member.</exception>
    public static string GetDisplayName(this DeprivationDecile decile) => DeprivationDeciles.GetDisplayName(decile);

    /// <summary>Gets the display name of a deprivation quintile.</summary>
    /// <param name="quintile">The quintile.</param>
    /// <returns>For example <c>1 (most deprived 20%)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quintile"/> is not a named member.</exception>
    public static string GetDisplayName(this DeprivationQuintile quintile) => DeprivationQuintiles.GetDisplayName(quintile);
}
