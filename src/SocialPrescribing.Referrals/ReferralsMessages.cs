using System.Text;

namespace SocialPrescribing.Referrals;

/// <summary>Every message the Referrals package produces, in one place so tests assert on the constant. None names a value that could identify a person.</summary>
internal static class ReferralsMessages
{
    internal const string NotAConcept = "A SNOMED CT code should be a concept identifier (partition 00 or 10), not the default value.";
    internal const string NotInReferenceSet = "should be a member of the reference set given";
    internal const string DemographicsEmpty = "Demographics recorded should give at least one field.";
    internal const string BornAfterStart = "Date of birth should not be after the episode's referral (or offer) date.";
    internal const string RecorderOtherEpisode = "Episode id should be the id of the episode recorded in.";
    internal const string RecorderContextChanged = "The event made should carry the context it was given.";
    internal const string EventContextDefault = "Event context should not be the default value: it names no episode.";
    internal const string EpisodeIdDefault = "Episode id should not be the default value.";
    internal const string EpisodeIdEmpty = "Episode id should not be the empty GUID.";
    internal const string EpisodeIdFormat = "Episode id should be a GUID other than the empty GUID.";
    internal const string PreviousIsSelf = "Previous episode id should not be the episode's own id.";
    internal const string LinkWorkerIdDefault = "Link worker id should not be the default value.";
    internal const string LinkWorkerIdShape = "Link worker id should be 1 to 32 ASCII letters, digits, '-', '_' or '.'.";
    internal const string PersonIdentifierEmpty = "Person identifier should have an NHS number or a local key.";
    internal const string PersonIdentifierDefaultNhsNumber = "Person identifier's NHS number should not be the default value.";
    internal const string PersonIdentifierLocalKeyShape = "Person identifier's local key should be 1 to 64 characters with no white space or control characters.";
    internal const string PersonDefault = "Person should not be the default value.";
    internal const string CodedEntryDefault = "Coded entry should not be the default value: it holds no code.";
    internal const string CodedEntryConcept = "Coded entry concept should be one of the three social prescribing codes.";
    internal const string ConnectionUpdateDefault = "Connection update should not be the default value: it holds no outcome.";
    internal const string AssignmentDefault = "Assignment should not be the default value: it names no link worker.";
    internal const string OdsCodeDefault = "ODS code should not be the default value.";
    internal const string ShortTextLength = "Text should be 1 to 150 characters once trimmed.";
    internal const string PersonsWordsLength = "Text should be 1 to 2000 characters once trimmed.";
    internal const string IdShape = "Id should be 1 to 64 characters with no white space or control characters.";
    internal const string ReasonsEmpty = "Referral should have at least one reason.";
    internal const string OtherReasonText = "Other reason text should be given exactly when the reasons include Other.";
    internal const string UrgencyReasonOnlyWhenUrgent = "Urgency reason should be given only for an urgent referral.";
    internal const string NextReviewNotAfter = "Next review date should be after the date of the agreement or review that sets it.";
    internal const string RedirectedOnlyWhenRedirected = "Redirected-to service should be given only when the person was redirected to another service.";
    internal const string ContactLocationOnlyFaceToFace = "Contact location should be given exactly when the contact is face to face.";
    internal const string ConnectionNumberUnknown = "Connection number should be the number of one of the episode's connections.";
    internal const string CarePlanNotAgreed = "Plan should be agreed and have a review date.";
    internal const string AnswerGivenOrDeclined = "Answer should be given or declined: an answer the person gave.";
    internal const string UrgencyChangeReasonMissing = "Reason should be given for an urgent change.";
    internal const string ContactDuration = "Contact duration should be in range [0-24 hours].";
    internal const string CategoryDefault = "Connection category should not be the default value.";
    internal const string GroupMissing = "Connection should name the group by its id on the menu, by name, or both.";
    internal const string ComplaintResolvedOn = "Complaint resolved date should not be before the raised date, and should not be given for an open complaint.";
    internal const string ResumeNotAfterHold = "Expected resume date should be after the date support was paused.";
    internal const string OtherClosureReason = "Other closure reason should be given exactly when the closure reason is Other.";
    internal const string ReplayEmpty = "Events to replay should hold at least one event.";
    internal const string ReplayNull = "Events to replay should not hold null entries.";
    internal const string ReplayRefused = "Event {0} ({1}) could not be applied: {2}";
    internal static readonly CompositeFormat ReplayRefusedFormat = CompositeFormat.Parse(ReplayRefused);
    internal const string CaseloadNullEpisode = "Episodes should not hold null entries.";
    internal const string MessageBackNotEnded = "A message back is written when the episode has ended: closed, declined or not accepted.";
    internal const string MessageBackNoReferral = "A message back needs a referral: an offer declined or lapsed has none.";
    internal const string CaseloadNullAbsence = "Absences should not hold null entries.";
    internal const string CaseloadAbsencesOverlap = "Absences of one link worker should not share a day.";
    internal const string AbsenceCoveredBySelf = "Covering link worker should not be the absent link worker.";
    internal const string AbsenceEndsBeforeStart = "Absence end date should not be before its start date.";
    internal const string MessageBackSelfReferral = "A self-referral has no referrer to write back to.";
    internal const string CaseloadEntryStatus = "Status should be due or overdue exactly for an ONS4, PAM or plan review entry.";
    internal const string CaseloadEntryDaysWaiting = "Days waiting should be given exactly for a waiting or not-accepted entry.";
    internal const string CaseloadEntryConnection = "Connection number should be given exactly for a connection follow-up entry.";
    internal const string CaseloadEntryEscalation = "Escalation number should be given exactly for an unresolved-escalation entry, with its urgency.";
    internal const string CaseloadEntryEligibility = "Eligibility confirmation should be needed only for a PAM entry.";
    internal const string CaseloadEntryHandBack = "Hand-back link worker should be given exactly for a hand-back entry.";
    internal const string CaseloadEntryCover = "Covering link worker should be given only with the link worker who holds the episode, and should not be that link worker.";
    internal const string GroupViewNotShared = "A view the person has not agreed to share should carry only the connection number and the group.";
    internal const string GroupViewShared = "A shared view should carry the episode, the kind of support, and when and how the person was introduced.";
    internal const string ConnectionUpdatesDefault = "Connection updates should not hold the default value.";
    internal const string SupportTakenUp = "Support taken up should be true when the latest update is attended or engaged.";
    internal const string MessageBackEnding = "Ending should be closed, declined or not accepted.";
    internal const string MessageBackEndedOn = "End date should not be before the referral date.";
    internal const string MessageBackWhole = "The practice's copy should be the whole message, and a whole message is shared.";
    internal const string MessageBackWholeParts = "The person, contacts and time with the person should be given exactly for the whole message; escalations, satisfaction and the other closure reason only for it.";
    internal const string MessageBackCaseReference = "Case reference should be given only in the referrer's copy.";
    internal const string MessageBackUpdatedOn = "Update date should be given only for a closed episode.";
    internal const string MessageBackNotShared = "A copy the person has not agreed to share should carry no reason, connection, measure or words.";
    internal const string MessageBackReason = "Closure reason should be given exactly for a shared copy of a closed episode, and the not-accepted reason exactly for a shared copy of one not accepted.";
    internal const string MessageBackConnections = "Connections should be numbered 1, 2, 3 ... in order, with no null entry.";
    internal const string MessageBackChangeDates = "An ONS4 change should be from an earlier date to a later one.";
    internal const string MessageBackEscalations = "Escalations should be events of the message's episode, with no null entry.";
    internal const string MessageBackTimeNegative = "Time with the person should not be negative.";
    internal const string ValidationReferralMissing = "Referral is required: the episode was only offered.";
    internal const string ValidationNhsNumberMissing = "NHS number should be recorded when known for a referral from a professional or agency (PRSB 0..1 required); a local key alone is accepted.";
    internal const string ValidationReferrerOrganisationMissing = "Referrer organisation or service is required for a referral from a professional or agency.";
    internal const string ValidationMethodInconsistent = "Referral method should be self-referral exactly when the source is self-referral.";
    internal const string ValidationUrgencyReasonMissing = "Urgency reason is required for an urgent referral.";
    internal const string ValidationPcnMissing = "Primary care network is required: the ODS code of the practice's PCN.";
    internal const string ValidationClosureReasonMissing = "Closure reason is required: the episode is not closed.";
    internal const string ValidationOns4OutcomeMissing = "ONS4 follow-up is required once the measurement year has ended (two ONS4 on different dates), or the reason the measures were not taken.";
    internal const string ValidationPamOutcomeMissing = "PAM follow-up is required once the measurement year has ended when PAM suits the person (two PAM on different dates), or the reason the measures were not taken.";
    internal const string PeriodNotPositive = "Period should be positive and have only date units (years, months, weeks, days).";

    /// <summary>The first sentence of every refusal: {0} the event kind, {1} the state.</summary>
    internal const string NotAllowedInState = "the state table does not allow it at this point.";
    internal const string WrongEpisode = "the event names another episode.";
    internal const string NotNextNumber = "its number is not the episode's next (another event may have been recorded first).";
    internal const string OutOfOrder = "it was recorded before the latest event of the episode.";
    internal const string DateBeforeStart = "it is dated before the referral (or the offer).";
    internal const string DateOutOfOrder = "it is dated before a date it must follow.";
    internal const string InconsistentWithEpisode = "the referral names another person, or another previous episode, than the offer.";
    internal const string UnknownConnection = "the episode has no connection with this number.";
    internal const string NoCarePlan = "the episode has no agreed care and support plan.";
    internal const string CarePlanAlreadyAgreed = "the episode already has a care and support plan, and a review changes it.";
    internal const string AlreadyHeld = "this link worker already holds the episode.";
    internal const string FollowUpEnded = "the follow-up after closure has ended (a year from the first contact and a month's grace, or at once when the person died or declined further support).";
    internal const string UnknownEscalation = "the episode has no escalation with this number.";
    internal const string AlreadyResolved = "the escalation is already resolved.";
    internal const string AlreadyIdentified = "the person already has an NHS number.";
    internal const string UnknownEvent = "the episode has no event with this number that can be entered in error (corrections and events already entered in error cannot).";
    internal const string CannotBeEnteredInError = "the event wrote a code to the GP record (an offer, a referral or a decline), which the GP system corrects itself.";
    internal const string CorrectionBreaksHistory = "without that event a later event would not have been allowed.";

    /// <summary>A refusal in plain words: what was asked, and why not (for example "A referral cannot be accepted once the person has declined.").</summary>
    internal static string Refusal(EpisodeErrorKind kind, EpisodeState? state, EpisodeEventKind requested)
        => kind == EpisodeErrorKind.NotAllowedInState
            ? Subject(requested) + " " + When(state) + "."
            : Subject(requested) + ": " + For(kind);

    internal static string For(EpisodeErrorKind kind) => kind switch
    {
        EpisodeErrorKind.NotAllowedInState => NotAllowedInState,
        EpisodeErrorKind.WrongEpisode => WrongEpisode,
        EpisodeErrorKind.NotNextNumber => NotNextNumber,
        EpisodeErrorKind.OutOfOrder => OutOfOrder,
        EpisodeErrorKind.DateBeforeStart => DateBeforeStart,
        EpisodeErrorKind.DateOutOfOrder => DateOutOfOrder,
        EpisodeErrorKind.InconsistentWithEpisode => InconsistentWithEpisode,
        EpisodeErrorKind.UnknownConnection => UnknownConnection,
        EpisodeErrorKind.NoCarePlan => NoCarePlan,
        EpisodeErrorKind.CarePlanAlreadyAgreed => CarePlanAlreadyAgreed,
        EpisodeErrorKind.AlreadyHeld => AlreadyHeld,
        EpisodeErrorKind.FollowUpEnded => FollowUpEnded,
        EpisodeErrorKind.UnknownEscalation => UnknownEscalation,
        EpisodeErrorKind.AlreadyResolved => AlreadyResolved,
        EpisodeErrorKind.AlreadyIdentified => AlreadyIdentified,
        EpisodeErrorKind.UnknownEvent => UnknownEvent,
        EpisodeErrorKind.CannotBeEnteredInError => CannotBeEnteredInError,
        _ => CorrectionBreaksHistory,
    };

    /// <summary>What was asked for, as the start of a refusal.</summary>
    private static string Subject(EpisodeEventKind kind) => kind switch
    {
        EpisodeEventKind.Offered => "Social prescribing cannot be offered",
        EpisodeEventKind.Referred => "A referral cannot be made",
        EpisodeEventKind.Declined => "A decline cannot be recorded",
        EpisodeEventKind.Accepted => "A referral cannot be accepted",
        EpisodeEventKind.NotAccepted => "A referral cannot be turned down",
        EpisodeEventKind.ContactRecorded => "A contact cannot be recorded",
        EpisodeEventKind.PlanAgreed => "A care and support plan cannot be agreed",
        EpisodeEventKind.ConnectionMade => "A connection cannot be made",
        EpisodeEventKind.ConnectionOutcomeRecorded => "News of a connection cannot be recorded",
        EpisodeEventKind.Ons4Recorded => "An ONS4 response cannot be recorded",
        EpisodeEventKind.PamRecorded => "A PAM score cannot be recorded",
        EpisodeEventKind.PamEligibilityRecorded => "Whether PAM suits the person cannot be recorded",
        EpisodeEventKind.SatisfactionRecorded => "A satisfaction answer cannot be recorded",
        EpisodeEventKind.ChangesRecorded => "What changed cannot be recorded",
        EpisodeEventKind.ReviewStarted => "A review cannot be started",
        EpisodeEventKind.ReviewCompleted => "A review cannot be completed",
        EpisodeEventKind.Escalated => "A concern cannot be escalated",
        EpisodeEventKind.PersonalHealthBudgetExplored => "A personal health budget cannot be explored",
        EpisodeEventKind.ComplaintRecorded => "A complaint cannot be recorded",
        EpisodeEventKind.PermissionsRecorded => "Sharing permissions cannot be recorded",
        EpisodeEventKind.Reassigned => "The episode cannot be reassigned",
        EpisodeEventKind.PutOnHold => "Support cannot be put on hold",
        EpisodeEventKind.Resumed => "Support cannot be resumed",
        EpisodeEventKind.Closed => "The episode cannot be closed",
        EpisodeEventKind.OfferLapsed => "The offer cannot lapse",
        EpisodeEventKind.EscalationResolved => "An escalation cannot be resolved",
        EpisodeEventKind.UrgencyChanged => "The urgency cannot be changed",
        EpisodeEventKind.EnteredInError => "An event cannot be entered in error",
        EpisodeEventKind.NhsNumberTraced => "An NHS number cannot be added",
        EpisodeEventKind.ConnectionSharingRecorded => "Sharing with a connection cannot be recorded",
        EpisodeEventKind.ReferrerSharingRecorded => "Sharing with the referrer cannot be recorded",
        EpisodeEventKind.DemographicsRecorded => "Demographics cannot be recorded",
        _ => "Why measures were not taken cannot be recorded",
    };

    /// <summary>When it cannot be done, by the state the episode is in.</summary>
    private static string When(EpisodeState? state) => state switch
    {
        null => "before the episode has begun (it begins with an offer or a referral)",
        EpisodeState.Offered => "while social prescribing is only offered",
        EpisodeState.Declined => "once the person has declined",
        EpisodeState.Referred => "while the person is referred and waiting for a link worker to accept",
        EpisodeState.Accepted => "once accepted, before the first contact with the person",
        EpisodeState.NotAccepted => "once the referral was not accepted",
        EpisodeState.OnHold => "while support is on hold",
        EpisodeState.Closed => "once the episode has closed",
        EpisodeState.UnderReview => "while the care and support plan is under review",
        EpisodeState.FirstContactMade => "after the first contact made with the person",
        EpisodeState.PlanAgreed => "once the care and support plan agreed with the person is in place",
        EpisodeState.Lapsed => "once the offer has lapsed",
        _ => "once the person is connected to support",
    };
}
