using SocialPrescribing.Referrals;
using FhirTaskStatus = Hl7.Fhir.Model.Task.TaskStatus;

namespace SocialPrescribing.Fhir;

/// <summary>
/// The Task status of every episode state (docs/fhir.md, "The Task status"), after HL7 Gravity's SDOH Clinical Care
/// referral pattern: the requester sets requested and cancelled, the performer accepted, rejected, in-progress, on-hold
/// and completed, or failed when the episode closed without the person taking part. The state itself is the Task's
/// <c>businessStatus</c>.
/// </summary>
public static class TaskStatuses
{
    /// <summary>Gets the Task status of an episode state.</summary>
    /// <param name="state">A named state.</param>
    /// <returns>
    /// Offered and Referred: requested (the offer or referral is waiting for the person or the service); Declined: cancelled
    /// (the person withdrew it); Lapsed: cancelled (the offer was never answered); Accepted: accepted; NotAccepted:
    /// rejected; FirstContactMade, PlanAgreed, Connected and UnderReview: in-progress; OnHold: on-hold; Closed: completed.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="state"/> is not a named state.</exception>
    public static FhirTaskStatus Of(EpisodeState state) => state switch
    {
        EpisodeState.Offered or EpisodeState.Referred => FhirTaskStatus.Requested,
        EpisodeState.Declined or EpisodeState.Lapsed => FhirTaskStatus.Cancelled,
        EpisodeState.Accepted => FhirTaskStatus.Accepted,
        EpisodeState.NotAccepted => FhirTaskStatus.Rejected,
        EpisodeState.FirstContactMade or EpisodeState.PlanAgreed or EpisodeState.Connected or EpisodeState.UnderReview => FhirTaskStatus.InProgress,
        EpisodeState.OnHold => FhirTaskStatus.OnHold,
        EpisodeState.Closed => FhirTaskStatus.Completed,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, FhirMessages.NotAState),
    };

    /// <summary>Gets the Task status of an episode: <see cref="Of(EpisodeState)"/>, except a closure after no contact or disengagement, which is failed.</summary>
    /// <param name="episode">The episode.</param>
    /// <returns>
    /// Failed when the episode closed because the person could not be contacted after the service's attempts or
    /// disengaged (Gravity: the performer could not complete the task); otherwise the status of its state.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="episode"/> is null.</exception>
    public static FhirTaskStatus Of(Episode episode)
    {
        ArgumentNullException.ThrowIfNull(episode);
        return episode.ClosureReason is ClosureReason.NoContactAfterAttempts or ClosureReason.Disengaged && episode.State == EpisodeState.Closed
            ? FhirTaskStatus.Failed
            : Of(episode.State);
    }

    /// <summary>Gets the status of the episode's request (the offer, or the referral once made) in an episode state.</summary>
    /// <param name="state">A named state.</param>
    /// <returns>Declined, NotAccepted and Lapsed: revoked; OnHold: on-hold; Closed: completed; every other state: active.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="state"/> is not a named state.</exception>
    public static Hl7.Fhir.Model.RequestStatus RequestStatusOf(EpisodeState state) => Of(state) switch
    {
        FhirTaskStatus.Cancelled or FhirTaskStatus.Rejected => Hl7.Fhir.Model.RequestStatus.Revoked,
        FhirTaskStatus.OnHold => Hl7.Fhir.Model.RequestStatus.OnHold,
        FhirTaskStatus.Completed => Hl7.Fhir.Model.RequestStatus.Completed,
        _ => Hl7.Fhir.Model.RequestStatus.Active,
    };
}
