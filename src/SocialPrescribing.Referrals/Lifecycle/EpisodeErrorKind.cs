namespace SocialPrescribing.Referrals;

/// <summary>Why an episode refused an event (see <see cref="EpisodeError"/>).</summary>
/// <remarks>
/// Zero is not a member. The checks run in this order and the first that fails is reported: the episode, the event's
/// number, the state table, the order of events, the date against the start, then the rules particular to the event.
/// </remarks>
public enum EpisodeErrorKind
{
    /// <summary>The state table does not allow this kind of event in the current state (or as the first event).</summary>
    NotAllowedInState = 1,

    /// <summary>The event names another episode.</summary>
    WrongEpisode = 2,

    /// <summary>The event was recorded (<see cref="EpisodeEvent.At"/>) before the latest event of the episode.</summary>
    OutOfOrder = 3,

    /// <summary>The event is dated before the referral (or, before a referral, the offer).</summary>
    DateBeforeStart = 4,

    /// <summary>The event is dated before a date it must follow: a closure before a date already recorded, an outcome before the introduction, a resume before the pause, a review before the plan.</summary>
    DateOutOfOrder = 5,

    /// <summary>The referral names another person, or links to another previous episode, than the offer it follows.</summary>
    InconsistentWithEpisode = 6,

    /// <summary>The event names a connection number the episode does not have.</summary>
    UnknownConnection = 7,

    /// <summary>A review needs an agreed care and support plan, and the episode has none.</summary>
    NoCarePlan = 8,

    /// <summary>The episode already has a care and support plan; reviews change it.</summary>
    CarePlanAlreadyAgreed = 9,

    /// <summary>The link worker already holds the episode.</summary>
    AlreadyHeld = 10,

    /// <summary>
    /// The event's number (<see cref="EpisodeEvent.Number"/>) is not the episode's next: 1 for a first event, then the
    /// number after the latest. When a recording stated the number it expected, another event was recorded first.
    /// </summary>
    NotNextNumber = 11,

    /// <summary>A follow-up measure, satisfaction answer or what changed is dated after the follow-up ended (<see cref="Episode.FollowUpEndsOn"/>), or the closed episode never had a first contact.</summary>
    FollowUpEnded = 12,

    /// <summary>The event names an escalation number the episode does not have.</summary>
    UnknownEscalation = 13,

    /// <summary>The escalation was already resolved.</summary>
    AlreadyResolved = 14,

    /// <summary>The person already has an NHS number.</summary>
    AlreadyIdentified = 15,

    /// <summary>A correction names an event the episode does not have, a correction, or an event already entered in error.</summary>
    UnknownEvent = 16,

    /// <summary>A correction names an event that wrote a SNOMED CT code to the GP record (the offer, the referral or a decline), which the GP system corrects itself.</summary>
    CannotBeEnteredInError = 17,

    /// <summary>Without the event entered in error, a later event would not have been allowed (for example a plan after the only first contact).</summary>
    CorrectionBreaksHistory = 18,
}
