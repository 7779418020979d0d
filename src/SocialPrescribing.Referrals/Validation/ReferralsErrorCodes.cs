namespace SocialPrescribing.Referrals;

/// <summary>The stable error codes <see cref="EpisodeValidator"/> gives each failure (<c>ValidationFailure.ErrorCode</c>), so a form can react to a rule without matching message text.</summary>
public static class ReferralsErrorCodes
{
    /// <summary>The episode has no referral (it was only offered).</summary>
    public const string ReferralMissing = "Referral.Missing";

    /// <summary>A referral from a professional or agency has no NHS number.</summary>
    public const string NhsNumberMissing = "Referral.NhsNumberMissing";

    /// <summary>A referral from a professional or agency names neither the referrer's organisation nor service.</summary>
    public const string ReferrerOrganisationMissing = "Referral.ReferrerOrganisationMissing";

    /// <summary>The method says self-referral and the source does not, or the other way round.</summary>
    public const string MethodInconsistent = "Referral.MethodInconsistent";

    /// <summary>An urgent referral does not say why it is urgent.</summary>
    public const string UrgencyReasonMissing = "Referral.UrgencyReasonMissing";

    /// <summary>The referral does not name the practice's primary care network.</summary>
    public const string PrimaryCareNetworkMissing = "Referral.PrimaryCareNetworkMissing";

    /// <summary>The episode is not closed, so it has no closure reason.</summary>
    public const string ClosureReasonMissing = "Closure.ReasonMissing";

    /// <summary>No follow-up ONS4 was taken and no reason why not was recorded.</summary>
    public const string Ons4OutcomeMissing = "Closure.Ons4OutcomeMissing";

    /// <summary>PAM suits the person, no follow-up PAM was taken and no reason why not was recorded.</summary>
    public const string PamOutcomeMissing = "Closure.PamOutcomeMissing";

    /// <summary>A need or concern on the referral is not a member of the needs and concerns reference set given (<see cref="MinimumDatasetValidator"/>).</summary>
    public const string NeedNotInReferenceSet = "MinimumDataset.NeedNotInReferenceSet";

    /// <summary>A connection's support code is not a member of the support offered reference set given (<see cref="MinimumDatasetValidator"/>).</summary>
    public const string SupportNotInReferenceSet = "MinimumDataset.SupportNotInReferenceSet";
}
