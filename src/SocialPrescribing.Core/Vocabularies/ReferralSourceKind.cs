namespace SocialPrescribing;

/// <summary>
/// Who referred a person to the link worker: the agencies the seed names in section 1 (footnote 9) and in the sample
/// job description (section 4, key responsibility 1), and self-referral (section 1).
/// </summary>
/// <remarks>
/// <para>
/// The seed names two groups. In 2019/20 link workers take referrals from "the PCN's members" (section 1), which
/// the sample job description spells out as "PCNs' GP practices and multi-disciplinary team"; from 2020/21 also
/// from "pharmacies, wider multi-disciplinary teams, hospital discharge teams, ..." (section 4, key responsibility 1;
/// footnote 9 lists "multi-disciplinary teams" apart from "the PCN's members"). <see cref="GpPractice"/>,
/// <see cref="PcnMultiDisciplinaryTeam"/> and <see cref="WiderMultiDisciplinaryTeam"/> tell these apart;
/// <see cref="GpPracticeOrPcnTeam"/> is the PCN's members as one group, for records that do not say which.
/// </para>
/// <para>
/// Zero is not a member, so an unset value is never mistaken for a real source. Numeric values are stable: new
/// members are appended. Display names and seed citations: <see cref="SocialPrescribingVocabularies.ReferralSources"/>.
/// </para>
/// </remarks>
public enum ReferralSourceKind
{
    /// <summary>The PCN's members, a GP practice or the PCN's multi-disciplinary team, not told apart (seed section 1: "the PCN's members").</summary>
    GpPracticeOrPcnTeam = 1,

    /// <summary>A pharmacy (seed section 1, footnote 9; section 4, key responsibility 1).</summary>
    Pharmacy = 2,

    /// <summary>A hospital discharge team (seed section 1, footnote 9; section 4, key responsibility 1).</summary>
    HospitalDischargeTeam = 3,

    /// <summary>An allied health professional (seed section 1, footnote 9; section 4, key responsibility 1).</summary>
    AlliedHealthProfessional = 4,

    /// <summary>The fire service (seed section 1, footnote 9; section 4, key responsibility 1).</summary>
    FireService = 5,

    /// <summary>The police (seed section 1, footnote 9; section 4, key responsibility 1).</summary>
    Police = 6,

    /// <summary>A job centre (seed section 1, footnote 9; section 4, key responsibility 1).</summary>
    JobCentre = 7,

    /// <summary>Social care services (seed section 1, footnote 9; section 4, key responsibility 1).</summary>
    SocialCare = 8,

    /// <summary>A housing association (seed section 1, footnote 9; section 4, key responsibility 1).</summary>
    HousingAssociation = 9,

    /// <summary>A voluntary, community and social enterprise (VCSE) organisation (seed section 1, footnote 9; section 4, key responsibility 1).</summary>
    VcseOrganisation = 10,

    /// <summary>The person referred themselves (seed section 1: social prescribing "supports self-referral").</summary>
    SelfReferral = 11,

    /// <summary>Another agency: the seed's list is "not exhaustive" (section 4, key responsibility 1).</summary>
    Other = 12,

    /// <summary>One of the PCN's GP practices (seed section 4, key responsibility 1: "PCNs' GP practices").</summary>
    GpPractice = 13,

    /// <summary>The PCN's multi-disciplinary team (seed section 4, key responsibility 1: "PCNs' GP practices and multi-disciplinary team").</summary>
    PcnMultiDisciplinaryTeam = 14,

    /// <summary>A multi-disciplinary team beyond the PCN (seed section 4, key responsibility 1: "wider multi-disciplinary teams"; section 1, footnote 9).</summary>
    WiderMultiDisciplinaryTeam = 15,
}
