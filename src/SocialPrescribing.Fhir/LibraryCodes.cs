namespace SocialPrescribing.Fhir;

/// <summary>
/// This library's code systems written out by hand (docs/fhir.md, "This library's code systems"): the concepts that are
/// not members of an enum. A test pins every code with the enum-made ones.
/// </summary>
internal static class LibraryCodes
{
    /// <summary>What a ServiceRequest is: the offer, the referral, a connection or an escalation.</summary>
    public const string RequestKind = FhirUris.LibraryCodeSystems + "request-kind";

    public const string Offer = "offer";

    public const string Referral = "referral";

    public const string Connection = "connection";

    public const string Escalation = "escalation";

    /// <summary>The measures and answers as Observations.</summary>
    public const string Measure = FhirUris.LibraryCodeSystems + "measure";

    public const string Ons4 = "ons4";

    public const string PamScore = "pam-score";

    public const string PamLevel = "pam-level";

    public const string PamEligibility = "pam-eligibility";

    public const string FriendsAndFamilyTest = "friends-and-family-test";

    public const string Changes = "changes";

    /// <summary>An escalation's detail: whether it closes the episode.</summary>
    public const string EscalationDetail = FhirUris.LibraryCodeSystems + "escalation-detail";

    public const string ClosesEpisode = "closes-episode";

    /// <summary>The Consent policy for the referring agency (the four permissions are <c>sharing-permission</c>).</summary>
    public const string ConsentPolicy = FhirUris.LibraryCodeSystems + "consent-policy";

    public const string ReferrerSharing = "referrer-sharing";

    /// <summary>Every hand-written code, by system, for the test that pins them.</summary>
    public static IEnumerable<(string System, string[] Codes)> All =>
    [
        (RequestKind, [Offer, Referral, Connection, Escalation]),
        (Measure, [Ons4, PamScore, PamLevel, PamEligibility, FriendsAndFamilyTest, Changes]),
        (EscalationDetail, [ClosesEpisode]),
        (ConsentPolicy, [ReferrerSharing]),
    ];

    /// <summary>The words of a connection's request.</summary>
    public const string ConnectionText = "Connection to a community group or service";
}
