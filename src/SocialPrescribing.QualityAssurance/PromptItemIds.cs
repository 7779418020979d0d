namespace SocialPrescribing.QualityAssurance;

/// <summary>
/// The ids of the items of the two prompt sheets of seed Appendix 5 (<see cref="PromptSheets"/>), for recording results
/// (<see cref="PromptItemResult"/>) without spelling an id by hand.
/// </summary>
/// <remarks>
/// The ids are this library's: <c>D</c> for the VCSE sheet's key documents, <c>P</c> for its policies and <c>G</c> for the
/// small group sheet's topics and documents, numbered in the seed's order. See <c>docs/quality-assurance.md</c>.
/// </remarks>
/// <threadsafety>Constants; safe to use from any thread.</threadsafety>
public static class PromptItemIds
{
    /// <summary>VCSE sheet, key document: the charity registration and company number, or the governing document.</summary>
    public const string VcseRegistration = "D1";

    /// <summary>VCSE sheet, key document: the annual accounts (or bank statements and management accounts).</summary>
    public const string VcseAnnualAccounts = "D2";

    /// <summary>VCSE sheet, key document: the certificate of public liability insurance.</summary>
    public const string VcsePublicLiabilityInsurance = "D3";

    /// <summary>VCSE sheet: safeguarding policy.</summary>
    public const string VcseSafeguarding = "P1";

    /// <summary>VCSE sheet: confidentiality and data protection policy.</summary>
    public const string VcseConfidentialityAndDataProtection = "P2";

    /// <summary>VCSE sheet: health and safety policy.</summary>
    public const string VcseHealthAndSafety = "P3";

    /// <summary>VCSE sheet: equality and diversity policy.</summary>
    public const string VcseEqualityAndDiversity = "P4";

    /// <summary>VCSE sheet: recruitment policy (staff and volunteers).</summary>
    public const string VcseRecruitment = "P5";

    /// <summary>VCSE sheet: training and development.</summary>
    public const string VcseTrainingAndDevelopment = "P6";

    /// <summary>Small group sheet: public liability insurance.</summary>
    public const string GroupPublicLiabilityInsurance = "G1";

    /// <summary>Small group sheet: safeguarding for vulnerable adults and children.</summary>
    public const string GroupSafeguarding = "G2";

    /// <summary>Small group sheet: confidentiality and data protection.</summary>
    public const string GroupConfidentialityAndDataProtection = "G3";

    /// <summary>Small group sheet: health and safety risk assessments.</summary>
    public const string GroupHealthAndSafety = "G4";

    /// <summary>Small group sheet: equality and diversity.</summary>
    public const string GroupEqualityAndDiversity = "G5";

    /// <summary>Small group sheet: recruitment of new members and training volunteers.</summary>
    public const string GroupRecruitmentAndTraining = "G6";

    /// <summary>Small group sheet, document: the constitution (governance arrangements).</summary>
    public const string GroupGovernance = "G7";

    /// <summary>Small group sheet, document: the financial accounts.</summary>
    public const string GroupFinancialAccounts = "G8";
}
