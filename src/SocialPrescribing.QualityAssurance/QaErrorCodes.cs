namespace SocialPrescribing.QualityAssurance;

/// <summary>The stable error codes of the QualityAssurance validators (<c>ValidationFailure.ErrorCode</c>).</summary>
public static class QaErrorCodes
{
    /// <summary>A prompt sheet item has no result.</summary>
    public const string ItemNotWorkedThrough = "Qa.ItemNotWorkedThrough";

    /// <summary>An item marked "action agreed" has no action.</summary>
    public const string ActionMissing = "Qa.ActionMissing";

    /// <summary>The link worker has not decided.</summary>
    public const string DecisionMissing = "Qa.DecisionMissing";

    /// <summary>A review referred to the PCN line manager has no guidance recorded.</summary>
    public const string LineManagerGuidanceMissing = "Qa.LineManagerGuidanceMissing";

    /// <summary>A decision to connect has no signed agreement.</summary>
    public const string AgreementNotSigned = "Qa.AgreementNotSigned";

    /// <summary>A signatory's name is missing.</summary>
    public const string SignatoryNameMissing = "Qa.SignatoryNameMissing";

    /// <summary>A signature's date is missing.</summary>
    public const string SignatureDateMissing = "Qa.SignatureDateMissing";
}
