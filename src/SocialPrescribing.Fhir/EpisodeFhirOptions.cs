namespace SocialPrescribing.Fhir;

/// <summary>
/// What the mapping needs that an episode does not hold: the social prescribing service itself (docs/fhir.md, "The
/// service").
/// </summary>
/// <remarks>
/// The service's ODS code is a fact about the service that runs this library, the same for every episode it holds,
/// as a link worker's absence is a fact about the service (docs/referrals.md, "Caseload"): it is given here, once, not
/// recorded in every episode. It is the referral's and the Task's performer and the Task's owner until a link worker
/// holds the episode.
/// </remarks>
/// <param name="Service">The social prescribing service's ODS organisation code.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record EpisodeFhirOptions(OdsCode Service);
