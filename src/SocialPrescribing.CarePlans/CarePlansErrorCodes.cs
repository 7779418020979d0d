namespace SocialPrescribing.CarePlans;

/// <summary>The stable error codes of <see cref="CarePlanValidator"/> failures (<c>ValidationFailure.ErrorCode</c>).</summary>
public static class CarePlansErrorCodes
{
    /// <summary>A section required to agree the plan is empty.</summary>
    public const string RequiredSectionMissing = "CarePlan.RequiredSectionMissing";

    /// <summary>The plan has no review date.</summary>
    public const string ReviewDateMissing = "CarePlan.ReviewDateMissing";
}
