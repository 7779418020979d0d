namespace SocialPrescribing.Referrals;

/// <summary>Where a face-to-face contact took place: PRSB "Contacts with professionals", "Location type".</summary>
/// <remarks>Zero is not a member. Only a <see cref="ConsultationMethod.FaceToFace"/> contact has a location.</remarks>
public enum ContactLocation
{
    /// <summary>At a GP practice or other PCN premises.</summary>
    Practice = 1,

    /// <summary>At the person's home: a home visit (seed section 4, key tasks: "making home visits where appropriate").</summary>
    Home = 2,

    /// <summary>At a community venue.</summary>
    CommunityVenue = 3,

    /// <summary>Somewhere else.</summary>
    Other = 4,
}
