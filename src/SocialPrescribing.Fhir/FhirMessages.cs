using System.Globalization;

namespace SocialPrescribing.Fhir;

/// <summary>
/// Every message the Fhir package produces, in one place so tests assert on the constant. A reading error's message is
/// the rule an element breaks (<see cref="FhirMappingException.Rule"/>), after its path; none names a value.
/// </summary>
internal static class FhirMessages
{
    // Arguments.
    internal const string UnknownEventType = "An event of a kind this library does not define cannot be mapped.";
    internal const string PlanNotTheEpisodes = "The plan must be the one the episode holds: agreed on the date the episode's plan was.";
    internal const string NotAState = "Not a named episode state.";

    // The document.
    internal const string Missing = "is missing";
    internal const string NotABundle = "is not a Bundle";
    internal const string NotWellFormed = "is not well-formed FHIR JSON";

    // The bundle.
    internal const string EpisodeId = "needs an episode id (system " + FhirUris.EpisodeId + ")";
    internal const string NoResource = "has no resource";
    internal const string FullUrl = "is missing or repeats another entry's";
    internal const string SecondPatient = "is a second Patient; an episode is about one person";
    internal const string NoPatient = "holds no Patient";
    internal const string NoProvenance = "holds no Provenance: each event of the episode is one";

    // Values.
    internal const string FullDate = "needs a full date (YYYY-MM-DD)";
    internal const string NumberOutOfRange = "holds a number out of range";
    internal const string OdsCode = "needs an ODS code (system " + FhirUris.OdsOrganisationCode + ") of 3 to 10 letters and digits";
    internal const string LinkWorkerId = "needs a link worker's id (identifier system " + FhirUris.LinkWorker + ")";
    internal const string SnomedConcept = "needs a SNOMED CT concept id (system " + FhirUris.Snomed + ")";

    // The events (Provenances).
    internal const string Recorded = "needs the instant the event was recorded";
    internal const string Recorder = "needs who recorded the event";
    internal const string ConcernedLinkWorker = "needs the link worker the event concerns";
    internal const string LinkWorkerNotConcerned = "names a link worker the event does not concern";
    internal const string EventDate = "needs the date the event happened";
    internal const string UnknownEventKind = "names an event kind this release does not read";
    internal const string NextReviewDate = "needs the next review date";
    internal const string ResumeDate = "needs the expected resume date";
    internal const string EarlierProvenance = "must refer to the Provenance of an earlier event";
    internal const string EarlierConnection = "must refer to a connection made earlier in the episode";
    internal const string EarlierEscalation = "must refer to an escalation raised earlier in the episode";

    // The person.
    internal const string InvalidNhsNumber = "is not a valid NHS number (ten digits with a correct check digit)";
    internal const string TracedNhsNumber = "needs the traced NHS number (system " + FhirUris.NhsNumber + ", ten digits with a correct check digit)";
    internal const string LocalKeyBeforeTrace = "needs the local key the person was known by before the NHS number was traced";
    internal const string EthnicCategory = "has no code of " + FhirUris.EthnicCategoryEngland + " (ETHNIC CATEGORY A to S, Z or 99)";
    internal const string DeprivationDecile = "must be an integer 1 to 10";
    internal const string OnePractice = "needs exactly one registered practice";
    internal const string PracticeReference = "must refer to the contained Organization \"practice\"";

    // Requests, contacts, measures, plan, consent.
    internal const string Priority = "is required: routine or urgent";
    internal const string ReferrerReference = "must refer to the contained PractitionerRole \"referrer\"";
    internal const string OtherCategoryText = "\"other\" needs its description as text";
    internal const string ContactStart = "needs a date and time with its offset";
    internal const string ContactLength = "needs a duration in seconds (UCUM s)";
    internal const string Ons4Rating = "must be an integer rating 0 to 10";
    internal const string PamScore = "needs the score, 0 to 100";
    internal const string PersonsWords = "needs the person's words";
    internal const string PlanId = "needs the plan's id (system " + FhirUris.CarePlanId + ")";
    internal const string FirstReviewDate = "needs the plan's first review date";
    internal const string ProvisionType = "must be permit or deny";

    internal static string PersonIdentifier(int maxLocalKeyLength)
        => Format($"needs an NHS number (system {FhirUris.NhsNumber}) or a local key (system {FhirUris.LocalKey}) of at most {maxLocalKeyLength} characters");

    internal static string EntriesOver(int max) => Format($"holds more than {max} entries");

    internal static string EventsOver(int max) => Format($"holds more than {max} Provenances (events)");

    internal static string DocumentOver(int max) => Format($"is longer than {max} characters");

    internal static string CodeOf(string system) => "needs a code of " + system;

    internal static string ReasonCode(string system) => "needs a code of " + system + " or one SNOMED CT concept";

    internal static string MustReferTo(string resourceType) => "must refer to a " + resourceType + " in the bundle";

    internal static string TaskStatus(string state) => "does not match the state the events lead to (" + state + "; docs/fhir.md, \"The Task status\")";

    /// <summary>The model's own message: it names the rule, never the value (docs/fhir.md, "Personal data").</summary>
    internal static string ModelRefuses(string modelMessage) => "holds a value the model refuses: " + modelMessage;

    internal static string Lifecycle(string modelMessage) => "the events break the episode's lifecycle: " + modelMessage;

    internal static string NotAnEpisode(string modelMessage) => "does not map to an episode: " + modelMessage;

    internal static string NotAnEpisodeOfType(string exceptionType) => "does not map to an episode (" + exceptionType + ")";

    internal static string NotValidFhirJson(IEnumerable<string> errorCodes) => "is not valid FHIR JSON: " + string.Join("; ", errorCodes);

    internal static string NotFhirJson(string exceptionType) => "is not FHIR JSON (" + exceptionType + ")";

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
