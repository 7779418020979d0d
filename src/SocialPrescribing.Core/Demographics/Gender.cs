namespace SocialPrescribing;

/// <summary>
/// A person's stated gender as the NHS Data Dictionary codes it (PERSON STATED GENDER CODE: "self declared or inferred by
/// observation for those unable to declare"): the sex NHS Digital's registered-patient counts are split by.
/// </summary>
/// <remarks>
/// Codes in <see cref="DemographicCodes.StatedGenders"/>: 1, 2, 9 and X. The Data Dictionary has no "not stated" code
/// here, only X "Not Known (not recorded)". Zero is not a member. Personal data: see <c>docs/demographics.md</c>.
/// </remarks>
public enum StatedGender
{
    /// <summary>1: Male.</summary>
    Male = 1,

    /// <summary>2: Female.</summary>
    Female = 2,

    /// <summary>9: Indeterminate (unable to be classified as either male or female).</summary>
    Indeterminate = 9,

    /// <summary>X: Not Known (not recorded).</summary>
    NotKnown = 10,
}

/// <summary>A person's gender identity as the NHS Data Dictionary codes it (GENDER IDENTITY CODE), with "not stated" and "not known".</summary>
/// <remarks>
/// Codes in <see cref="DemographicCodes.GenderIdentities"/>: 1 to 4, Z (asked, declined to answer) and X (not known, the
/// default code). Zero is not a member. Personal data: see <c>docs/demographics.md</c>.
/// </remarks>
public enum GenderIdentity
{
    /// <summary>1: Male (including trans man).</summary>
    Male = 1,

    /// <summary>2: Female (including trans woman).</summary>
    Female = 2,

    /// <summary>3: Non-binary.</summary>
    NonBinary = 3,

    /// <summary>4: Other (not listed).</summary>
    Other = 4,

    /// <summary>Z: Not Stated (the person was asked but declined to provide a response).</summary>
    NotStated = 5,

    /// <summary>X: Not Known (not recorded).</summary>
    NotKnown = 6,
}
