namespace SocialPrescribing.QualityAssurance;

/// <summary>The two kinds of organisation the seed's prompt sheets are for (Appendix 5).</summary>
public enum OrganisationKind
{
    /// <summary>A voluntary, community and social enterprise (VCSE) organisation, with written policies.</summary>
    VcseOrganisation = 1,

    /// <summary>A small volunteer-led community group, which may not have formal policies and procedures (section 5 item 4).</summary>
    SmallVolunteerLedGroup = 2,
}
