namespace SocialPrescribing;

/// <summary>
/// Every error message Core produces, kept in one place so tests can assert on the constant (docs/conventions.md).
/// Messages name the field and the rule, in the invariant culture, and never contain the rejected input:
/// the text a user pasted into one field may be another field's person-identifiable value.
/// </summary>
internal static class CoreMessages
{

    internal const string NhsNumberLength = "NHS number should be 10 digits, or 12 characters in the 3-3-4 display form with single spaces.";
    internal const string NhsNumberCharacter = "NHS number should contain only the ASCII digits 0-9, optionally grouped 3-3-4 by single spaces.";
    internal const string NhsNumberCheckDigit = "NHS number check digit does not match (modulus 11).";
    internal const string NhsNumberFormatString = "NHS number format should be \"M\" (masked, the default), \"D\" (10 digits) or \"S\" (3-3-4 with spaces).";
    internal const string NhsNumberDefault = "This NhsNumber is default(NhsNumber), which holds no NHS number; create values with NhsNumber.Parse or NhsNumber.TryParse.";

    internal const string SctIdLength = "SNOMED CT identifier should have 6 to 18 digits.";
    internal const string SctIdCharacter = "SNOMED CT identifier should contain only the ASCII digits 0-9.";
    internal const string SctIdLeadingZero = "SNOMED CT identifier should not start with 0.";
    internal const string SctIdPartition = "SNOMED CT identifier partition identifier (the two digits before the check digit) should be 00, 01, 02, 10, 11 or 12.";
    internal const string SctIdNamespaceLength = "SNOMED CT identifier in long format (partition 10, 11 or 12) should have at least 11 digits: item identifier, 7-digit namespace identifier, partition identifier and check digit.";
    internal const string SctIdCheckDigit = "SNOMED CT identifier check digit does not match (Verhoeff).";
    internal const string SctIdFormatString = "SNOMED CT identifier format should be \"G\" or \"D\" (decimal digits).";
    internal const string SctIdDefault = "This SctId is default(SctId), which holds no identifier; create values with SctId.Parse, SctId.TryParse or SctId.Create.";

    internal const string OdsCodeLength = "ODS code should be 3 to 10 characters.";
    internal const string OdsCodeLooksLikeNhsNumber = "ODS code should not be 9 or 10 digits only: that is the shape of an NHS number, not of an organisation code.";
    internal const string OdsCodeCharacter = "ODS code should contain only ASCII letters A-Z and digits 0-9.";
    internal const string OdsCodeDefault = "This OdsCode is default(OdsCode), which holds no code; create values with OdsCode.Parse or OdsCode.TryParse.";

    internal const string SnomedConceptNotConcept = "SNOMED CT concept id should be a concept identifier (partition 00 or 10), not a description or relationship identifier.";
    internal const string SnomedConceptTermEmpty = "SNOMED CT preferred term should not be empty or white space.";
    internal const string SnomedConceptTagInvalid = "SNOMED CT semantic tag should not be empty or white space and should not contain parentheses.";
    internal const string SnomedConceptNotSocialPrescribing = "SNOMED CT concept is not one of the social prescribing codes (seed section 10).";

    internal const string ConnectionCategoryOtherNeedsDescription = "Connection category Other needs a description: use ConnectionCategory.CreateOther(description).";
    internal const string ConnectionCategoryDescriptionLength = "Connection category description should be 1 to 100 characters and not only white space.";

    internal const string AgeBeforeBirth = "Age should be taken on a date on or after the date of birth.";
    internal const string DateOfBirthNotIso = "Date of birth should be a date in the ISO calendar.";
    internal const string AgeDateNotIso = "Age should be taken on dates in the ISO calendar.";
    internal const string DemographicsAgeTwice = "Demographics should give a date of birth or an age band, not both: the date of birth gives the band.";
}
