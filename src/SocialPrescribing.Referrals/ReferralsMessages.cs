using System.Text;

namespace SocialPrescribing.Referrals;

/// <summary>Every message the Referrals package produces, in one place so tests assert on the constant. None names a value that could identify a person.</summary>
internal static class ReferralsMessages
{
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
    internal const string OdsCodeDefault = "ODS code should not be the default value.";
    internal const string ShortTextLength = "Text should be 1 to 150 characters once trimmed.";
    internal const string PersonsWordsLength = "Text should be 1 to 2000 characters once trimmed.";
    internal const string IdShape = "Id should be 1 to 64 characters with no white space or control characters.";
    internal const string ReasonsEmpty = "Referral should have at least one reason.";
    internal const string OtherReasonText = "Other reason text should be given exactly when the reasons include Other.";
    internal const string UrgencyReasonOnlyWhenUrgent = "Urgency reason should be given only for an urgent referral.";
    internal const string NextReviewNotAfter = "Next review date should be after the date of the agreement or review that sets it.";
    internal const string RedirectedOnlyWhenRedirected = "Redirected-to service should be given only when the person was redirected to another service.";
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
    internal static readonly CompositeFormat RefusedFormat = CompositeFormat.Parse(Refused);
    internal const string CaseloadNullEpisode = "Episodes should not hold null entries.";
    internal const string MessageBackNotClosed = "A message back is written when the episode has closed.";
    internal const string MessageBackSelfReferral = "A self-referral has no referrer to write back to.";
    internal const string ValidationReferralMissing = "Referral is required: the episode was only offered.";
    internal const string ValidationNhsNumberMissing = "NHS number is required for a referral from a professional or agency; only a self-referral may go without.";
    internal const string ValidationReferrerOrganisationMissing = "Referrer organisation or service is required for a referral from a professional or agency.";
    internal const string ValidationMethodInconsistent = "Referral method should be self-referral exactly when the source is self-referral.";
    internal const string ValidationUrgencyReasonMissing = "Urgency reason is required for an urgent referral.";
    internal const string ValidationPcnMissing = "Primary care network is required: the ODS code of the practice's PCN.";
    internal const string ValidationClosureReasonMissing = "Closure reason is required: the episode is not closed.";
    internal const string ValidationOns4OutcomeMissing = "ONS4 follow-up is required at closure (two ONS4 on different dates), or the reason the measures were not taken.";
    internal const string ValidationPamOutcomeMissing = "PAM follow-up is required at closure when PAM suits the person (two PAM on different dates), or the reason the measures were not taken.";
    internal const string PeriodNotPositive = "Period should be positive and have only date units (years, months, weeks, days).";

    /// <summary>The first sentence of every refusal: {0} the event kind, {1} the state.</summary>
    internal const string Refused = "A {0} event was refused in state {1}.";

    internal const string NotAllowedInState = "The state table does not allow this kind of event in this state.";
    internal const string WrongEpisode = "The event names another episode.";
    internal const string OutOfOrder = "The event was recorded before the latest event of the episode.";
    internal const string DateBeforeStart = "The event is dated before the referral (or the offer) date.";
    internal const string DateOutOfOrder = "The event is dated before a date it must follow.";
    internal const string InconsistentWithEpisode = "The referral names another person, or another previous episode, than the offer.";
    internal const string UnknownConnection = "The episode has no connection with this number.";
    internal const string NoCarePlan = "The episode has no agreed care and support plan to review.";
    internal const string CarePlanAlreadyAgreed = "The episode already has a care and support plan; a review changes it.";
    internal const string AlreadyHeld = "This link worker already holds the episode.";

    /// <summary>The sentence naming the rule an <see cref="EpisodeErrorKind"/> stands for.</summary>
    internal static string For(EpisodeErrorKind kind) => kind switch
    {
        EpisodeErrorKind.NotAllowedInState => NotAllowedInState,
        EpisodeErrorKind.WrongEpisode => WrongEpisode,
        EpisodeErrorKind.OutOfOrder => OutOfOrder,
        EpisodeErrorKind.DateBeforeStart => DateBeforeStart,
        EpisodeErrorKind.DateOutOfOrder => DateOutOfOrder,
        EpisodeErrorKind.InconsistentWithEpisode => InconsistentWithEpisode,
        EpisodeErrorKind.UnknownConnection => UnknownConnection,
        EpisodeErrorKind.NoCarePlan => NoCarePlan,
        _ => kind == EpisodeErrorKind.CarePlanAlreadyAgreed ? CarePlanAlreadyAgreed : AlreadyHeld,
    };
}
