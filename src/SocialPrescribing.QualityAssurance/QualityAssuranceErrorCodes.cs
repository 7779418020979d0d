namespace SocialPrescribing.QualityAssurance;

/// <summary>The stable error codes of the QualityAssurance validators (<c>ValidationFailure.ErrorCode</c>).</summary>
public static class QualityAssuranceErrorCodes
{
    /// <summary>A prompt sheet item has no result.</summary>
    public const string ItemNotWorkedThrough = "QualityAssurance.ItemNotWorkedThrough";

    /// <summary>An item marked "action agreed" has no action.</summary>
    public const string ActionMissing = "QualityAssurance.ActionMissing";

    /// <summary>The link worker has not decided.</summary>
    public const string DecisionMissing = "QualityAssurance.DecisionMissing";

    /// <summary>A review referred to the PCN line manager has no guidance recorded.</summary>
    public const string LineManagerGuidanceMissing = "QualityAssurance.LineManagerGuidanceMissing";

    /// <summary>A decision to connect has no signed agreement.</summary>
    public const string AgreementNotSigned = "QualityAssurance.AgreementNotSigned";

    /// <summary>A signatory's name is missing.</summary>
    public const string SignatoryNameMissing = "QualityAssurance.SignatoryNameMissing";

    /// <summary>A signature's date is missing.</summary>
    public const string SignatureDateMissing = "QualityAssurance.SignatureDateMissing";
}
