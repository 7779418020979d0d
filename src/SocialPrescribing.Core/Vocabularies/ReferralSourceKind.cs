namespace SocialPrescribing.Vocabularies;

/// <summary>
/// Who referred a person to the link worker: the agencies of seed section 1 (footnote 9) and the sample job
/// description (section 4, key responsibility 1), and self-referral.
/// </summary>
/// <remarks>Zero is not a member, so an unset value is never mistaken for a real source. Display names: <see cref="SocialPrescribingVocabularies.ReferralSources"/>.</remarks>
public enum ReferralSourceKind
{
    /// <summary>A GP practice of the PCN or the PCN's multi-disciplinary team.</summary>
    GpPracticeOrPcnTeam = 1,

    /// <summary>A pharmacy.</summary>
    Pharmacy = 2,

    /// <summary>A hospital discharge team.</summary>
    HospitalDischargeTeam = 3,

    /// <summary>An allied health professional.</summary>
    AlliedHealthProfessional = 4,

    /// <summary>The fire service.</summary>
    FireService = 5,

    /// <summary>The police.</summary>
    Police = 6,

    /// <summary>A job centre.</summary>
    JobCentre = 7,

    /// <summary>Social care services.</summary>
    SocialCare = 8,

    /// <summary>A housing association.</summary>
    HousingAssociation = 9,

    /// <summary>A voluntary, community and social enterprise (VCSE) organisation.</summary>
    VcseOrganisation = 10,

    /// <summary>The person referred themselves (seed section 1: social prescribing "supports self-referral").</summary>
    SelfReferral = 11,

    /// <summary>Another agency: the seed's list is "not exhaustive".</summary>
    Other = 12,
}
