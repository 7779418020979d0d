namespace SocialPrescribing;

/// <summary>
/// A five-year age band as NHS Digital publishes the numbers of patients registered at a GP practice: 0-4 to 90-94, then
/// 95 and over (<c>docs/demographics.md</c>, "Age bands"), so rates can be taken against those list sizes.
/// </summary>
/// <remarks>
/// <see cref="DemographicCodes.AgeBandOf(int)"/> gives the band of an age in whole years and
/// <see cref="DemographicCodes.AgeBandOn"/> the band on a date from a date of birth. Zero is not a member.
/// </remarks>
public enum AgeBand
{
    /// <summary>0 to 4 years.</summary>
    From0To4 = 1,

    /// <summary>5 to 9 years.</summary>
    From5To9 = 2,

    /// <summary>10 to 14 years.</summary>
    From10To14 = 3,

    /// <summary>15 to 19 years.</summary>
    From15To19 = 4,

    /// <summary>20 to 24 years.</summary>
    From20To24 = 5,

    /// <summary>25 to 29 years.</summary>
    From25To29 = 6,

    /// <summary>30 to 34 years.</summary>
    From30To34 = 7,

    /// <summary>35 to 39 years.</summary>
    From35To39 = 8,

    /// <summary>40 to 44 years.</summary>
    From40To44 = 9,

    /// <summary>45 to 49 years.</summary>
    From45To49 = 10,

    /// <summary>50 to 54 years.</summary>
    From50To54 = 11,

    /// <summary>55 to 59 years.</summary>
    From55To59 = 12,

    /// <summary>60 to 64 years.</summary>
    From60To64 = 13,

    /// <summary>65 to 69 years.</summary>
    From65To69 = 14,

    /// <summary>70 to 74 years.</summary>
    From70To74 = 15,

    /// <summary>75 to 79 years.</summary>
    From75To79 = 16,

    /// <summary>80 to 84 years.</summary>
    From80To84 = 17,

    /// <summary>85 to 89 years.</summary>
    From85To89 = 18,

    /// <summary>90 to 94 years.</summary>
    From90To94 = 19,

    /// <summary>95 years and over.</summary>
    From95 = 20,
}
