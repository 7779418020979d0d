using System.Diagnostics.CodeAnalysis;

namespace SocialPrescribing;

/// <summary>
/// The permissions a person gives about information about them (seed section 5 items 5 and 7: shared only with
/// permission, on a need-to-know basis; Appendix 4 part two, items 9 to 11).
/// </summary>
/// <remarks>Zero is not a member. The answers are held by <see cref="SharingPermissions"/>. Display names: <see cref="SocialPrescribingVocabularies.SharingPermissions"/>.</remarks>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "Permission is the seed's word for what the person gives.")]
public enum SharingPermission
{
    /// <summary>"I am happy to share my personal story" (Appendix 4 item 9).</summary>
    ShareMyStory = 1,

    /// <summary>"I am willing to complete a satisfaction survey" (Appendix 4 item 10).</summary>
    SatisfactionSurvey = 2,

    /// <summary>"I am happy to participate in ongoing data collection and evaluation" (Appendix 4 item 11).</summary>
    OngoingDataCollectionAndEvaluation = 3,

    /// <summary>Information about me may be shared with the groups and agencies I am connected to, on a need-to-know basis (section 5 items 5 and 7).</summary>
    NeedToKnowSharingWithConnectedServices = 4,
}
