namespace SocialPrescribing;

/// <summary>The kind of SNOMED CT component an SCTID identifies, from the last digit of its partition identifier.</summary>
public enum SctIdComponentType
{
    /// <summary>A concept (partition identifier 00 or 10), such as 871731000000106 Referral to social prescribing service.</summary>
    Concept = 0,

    /// <summary>A description (partition identifier 01 or 11): a term for a concept.</summary>
    Description = 1,

    /// <summary>A relationship (partition identifier 02 or 12) between two concepts.</summary>
    Relationship = 2,
}
