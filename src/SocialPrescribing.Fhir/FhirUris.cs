namespace SocialPrescribing.Fhir;

/// <summary>
/// Every URL the mapping writes and reads, in one place (docs/fhir.md, "Sources"): UK Core's profiles and
/// extensions, the NHS's identifier systems, SNOMED CT, HL7's code systems, and this library's own code systems.
/// </summary>
public static class FhirUris
{
    /// <summary>UK Core's profiles: <c>https://fhir.hl7.org.uk/StructureDefinition/UKCore-</c> and the resource name.</summary>
    public const string UkCoreProfilePrefix = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-";

    /// <summary>The NHS number's identifier system.</summary>
    public const string NhsNumber = "https://fhir.nhs.uk/Id/nhs-number";

    /// <summary>The ODS organisation code's identifier system (practices, PCNs, referrers, the service).</summary>
    public const string OdsOrganisationCode = "https://fhir.nhs.uk/Id/ods-organization-code";

    /// <summary>SNOMED CT.</summary>
    public const string Snomed = "http://snomed.info/sct";

    /// <summary>UK Core's ethnic category extension.</summary>
    public const string EthnicCategoryExtension = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory";

    /// <summary>UK Core's extension for why a request is urgent.</summary>
    public const string PriorityReasonExtension = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-PriorityReason";

    /// <summary>UK Core's extension for the source of a referral.</summary>
    public const string SourceOfServiceRequestExtension = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-SourceOfServiceRequest";

    /// <summary>UK Core's extension for the outcome of an attendance (an Encounter's outcome, as text here).</summary>
    public const string OutcomeOfAttendanceExtension = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-OutcomeOfAttendance";

    /// <summary>The NHS Data Dictionary's ETHNIC CATEGORY (2001, England), as UK Core publishes it.</summary>
    public const string EthnicCategoryEngland = "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland";

    /// <summary>HL7's code systems used: <c>http://terminology.hl7.org/CodeSystem/</c> and the name.</summary>
    public const string Hl7TerminologyPrefix = "http://terminology.hl7.org/CodeSystem/";

    /// <summary>LOINC (the Consent category 59284-0 Patient Consent).</summary>
    public const string Loinc = "http://loinc.org";

    /// <summary>UCUM, the units of measure (seconds for a contact's length).</summary>
    public const string Ucum = "http://unitsofmeasure.org";

    /// <summary>FHIR's own Task code system (the Task's code, fulfill).</summary>
    public const string TaskCode = "http://hl7.org/fhir/CodeSystem/task-code";

    /// <summary>
    /// The base of this library's own code systems and identifier systems (docs/fhir.md, "This library's code
    /// systems"): used only where no public code system has the concept, never for a SNOMED CT concept.
    /// </summary>
    public const string LibraryBase = "https://github.com/social-prescribing/fhir/";

    /// <summary>The identifier system of episode ids (a GUID).</summary>
    public const string EpisodeId = LibraryBase + "Id/episode";

    /// <summary>The identifier system of a person's local key, for a person without an NHS number.</summary>
    public const string LocalKey = LibraryBase + "Id/local-person-key";

    /// <summary>The identifier system of link workers' ids.</summary>
    public const string LinkWorker = LibraryBase + "Id/link-worker";

    /// <summary>The identifier system of the referrer's own case reference.</summary>
    public const string ReferrerCaseReference = LibraryBase + "Id/referrer-case-reference";

    /// <summary>The identifier system of care and support plan ids.</summary>
    public const string CarePlanId = LibraryBase + "Id/care-plan";

    /// <summary>The identifier system of community groups and services on the menu (their ids in SocialPrescribing.QualityAssurance).</summary>
    public const string GroupId = LibraryBase + "Id/community-group";

    /// <summary>This library's Patient extension for an age band recorded without a date of birth (a code of <see cref="CodeSystem(string)"/> <c>age-band</c>).</summary>
    public const string AgeBandExtension = LibraryBase + "StructureDefinition/Extension-AgeBand";

    /// <summary>This library's Patient extension for the NHS Data Dictionary's GENDER IDENTITY CODE (a code of <c>gender-identity</c>).</summary>
    public const string GenderIdentityExtension = LibraryBase + "StructureDefinition/Extension-GenderIdentity";

    /// <summary>This library's Patient extension for the Index of Multiple Deprivation decile (an integer, 1 the most deprived).</summary>
    public const string DeprivationDecileExtension = LibraryBase + "StructureDefinition/Extension-DeprivationDecile";

    /// <summary>The code system of one of this library's vocabularies: <see cref="LibraryBase"/>, <c>CodeSystem/</c> and its name.</summary>
    /// <param name="name">The code system's name, for example <c>event-kind</c>.</param>
    /// <returns>The code system's URL.</returns>
    public static string CodeSystem(string name) => LibraryCodeSystems + name;

    /// <summary>Where this library's code systems live: <see cref="CodeSystem(string)"/> appends the system's name.</summary>
    internal const string LibraryCodeSystems = LibraryBase + "CodeSystem/";

    internal static string Profile(string resource) => UkCoreProfilePrefix + resource;

    internal static string Hl7(string codeSystem) => Hl7TerminologyPrefix + codeSystem;
}
