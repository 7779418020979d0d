using NodaTime;

namespace SocialPrescribing.Referrals;

/// <summary>The fold: the rules that refuse an event, and what an accepted event changes.</summary>
public sealed partial class Episode
{
    /// <summary>The first rule the event breaks, in the order of <see cref="EpisodeErrorKind"/>'s remarks; null when it may be applied.</summary>
    /// <param name="e">The event.</param>
    /// <param name="refolding">Whether the event is applied again after a correction: it keeps the number it was recorded with.</param>
    private EpisodeErrorKind? Check(EpisodeEvent e, bool refolding = false)
    {
        EpisodeData d = _data;
        if (e.EpisodeId != d.Id)
        {
            return EpisodeErrorKind.WrongEpisode;
        }

        if (!refolding && e.Number != d.Events.Length + 1)
        {
            return EpisodeErrorKind.NotNextNumber;
        }

        if (!EpisodeTransitions.IsAllowed(d.State, e.Kind))
        {
            return EpisodeErrorKind.NotAllowedInState;
        }

        if (e.At < d.LastAt)
        {
            return EpisodeErrorKind.OutOfOrder;
        }

        if (e.On < d.StartDate)
        {
            return EpisodeErrorKind.DateBeforeStart;
        }

        return e switch
        {
            ReferralMade referred when referred.Referral.Person != d.Person
                || (referred.PreviousEpisodeId is EpisodeId previous && previous != d.PreviousEpisodeId) => EpisodeErrorKind.InconsistentWithEpisode,
            CarePlanAgreed when d.CarePlan is not null => EpisodeErrorKind.CarePlanAlreadyAgreed,
            ConnectionOutcomeRecorded outcome when outcome.ConnectionNumber > d.Connections.Length => EpisodeErrorKind.UnknownConnection,
            ConnectionSharingRecorded sharing when sharing.ConnectionNumber > d.Connections.Length => EpisodeErrorKind.UnknownConnection,
            Ons4Recorded or PamRecorded or PamEligibilityRecorded or SatisfactionRecorded or ChangesRecorded
                when d.State == EpisodeState.Closed && !(FollowUpEndsOn is LocalDate end && e.On <= end) => EpisodeErrorKind.FollowUpEnded,
            EscalationResolved resolved when resolved.EscalationNumber > d.Escalations.Length => EpisodeErrorKind.UnknownEscalation,
            EscalationResolved resolved when d.EscalationResolutions.Any(r => r.EscalationNumber == resolved.EscalationNumber) => EpisodeErrorKind.AlreadyResolved,
            EscalationResolved resolved when resolved.On < d.Escalations[resolved.EscalationNumber - 1].On => EpisodeErrorKind.DateOutOfOrder,
            NhsNumberTraced when d.Person.NhsNumber is not null => EpisodeErrorKind.AlreadyIdentified,
            ReferrerSharingRecorded when d.Referral is null => EpisodeErrorKind.NotAllowedInState,
            EnteredInError error when error.EventNumber >= e.Number || d.Events[error.EventNumber - 1] is EnteredInError || d.EnteredInError.Contains(error.EventNumber) => EpisodeErrorKind.UnknownEvent,
            EnteredInError error when d.Events[error.EventNumber - 1] is SocialPrescribingOffered or ReferralMade or PersonDeclined => EpisodeErrorKind.CannotBeEnteredInError,
            ConnectionOutcomeRecorded outcome when outcome.On < d.Connections[outcome.ConnectionNumber - 1].Made.On => EpisodeErrorKind.DateOutOfOrder,
            ReviewStarted when d.CarePlan is null => EpisodeErrorKind.NoCarePlan,
            ReviewCompleted review when review.On < d.CarePlan!.AgreedOn => EpisodeErrorKind.DateOutOfOrder,
            EpisodeReassigned reassigned when reassigned.LinkWorker == d.LinkWorker => EpisodeErrorKind.AlreadyHeld,
            EpisodeResumed resumed when resumed.On < d.Hold!.On => EpisodeErrorKind.DateOutOfOrder,
            EpisodeClosed closed when closed.On < d.LatestDate => EpisodeErrorKind.DateOutOfOrder,
            Escalated { ClosesEpisode: true } escalated when escalated.On < d.LatestDate => EpisodeErrorKind.DateOutOfOrder,
            _ => null,
        };
    }

    /// <summary>What an event that passed <see cref="Check"/> changes.</summary>
    private EpisodeData Next(EpisodeEvent e)
    {
        EpisodeData d = _data with
        {
            Events = _data.Events.Add(e),
            LastAt = e.At,
            LatestDate = e.On > _data.LatestDate ? e.On : _data.LatestDate,
        };

        switch (e)
        {
            case ReferralMade referred:
                return d with
                {
                    State = EpisodeState.Referred,
                    Referral = referred.Referral,
                    Urgency = referred.Referral.Urgency,
                    RegisteredPractice = referred.Referral.RegisteredPractice,
                    CodedEntries = d.CodedEntries.Add(new CodedEntry(SocialPrescribingConcepts.ReferralToService, referred.On)),
                };
            case PersonDeclined declined:
                return d with
                {
                    State = EpisodeState.Declined,
                    DeclinedOn = declined.On,
                    CodedEntries = d.CodedEntries.Add(new CodedEntry(SocialPrescribingConcepts.Declined, declined.On)),
                };
            case ReferralAccepted accepted:
                return d with
                {
                    State = EpisodeState.Accepted,
                    LinkWorker = accepted.LinkWorker,
                    IsHeldByCover = false,
                    Assignments = d.Assignments.Add(new Assignment(accepted.LinkWorker!.Value, accepted.On, null)),
                };
            case ReferralNotAccepted notAccepted:
                return d with { State = EpisodeState.NotAccepted, NotAccepted = notAccepted };
            case ContactRecorded contact:
                return contact.IsAttended
                    ? d with
                    {
                        Contacts = d.Contacts.Add(contact),
                        FirstContact = d.FirstContact ?? contact,
                        AttendedContactCount = d.AttendedContactCount + 1,
                        TimeWithPerson = d.TimeWithPerson + contact.Duration,
                        State = d.State == EpisodeState.Accepted ? EpisodeState.FirstContactMade : d.State,
                    }
                    : d with { Contacts = d.Contacts.Add(contact) };
            case CarePlanAgreed plan:
                return d with
                {
                    CarePlan = plan.Plan,
                    Permissions = ConsentAnswers.Merge(d.Permissions, plan.Permissions),
                    State = d.State == EpisodeState.FirstContactMade ? EpisodeState.PlanAgreed : d.State,
                };
            case ConnectionMade made:
                return d with
                {
                    Connections = d.Connections.Add(new Connection(d.Connections.Length + 1, made, [])),
                    ConnectionSharing = d.ConnectionSharing.Add(ConsentAnswer.NotAsked),
                    State = d.State is EpisodeState.FirstContactMade or EpisodeState.PlanAgreed ? EpisodeState.Connected : d.State,
                };
            case ConnectionOutcomeRecorded outcome:
                return d with
                {
                    Connections = d.Connections.SetItem(
                        outcome.ConnectionNumber - 1,
                        d.Connections[outcome.ConnectionNumber - 1].With(new ConnectionUpdate(outcome.Outcome, outcome.On))),
                };
            case Ons4Recorded ons4:
                return d with { Ons4Responses = d.Ons4Responses.Add(ons4.Response) };
            case PamRecorded pam:
                return d with { PamAssessments = d.PamAssessments.Add(pam) };
            case PamEligibilityRecorded eligibility:
                return d with { PamEligibility = eligibility.Outcome };
            case SatisfactionRecorded satisfaction:
                return d with { Satisfaction = satisfaction };
            case ChangesRecorded changes:
                return d with { Changes = changes };
            case ReviewStarted:
                return d with { State = EpisodeState.UnderReview };
            case ReviewCompleted review:
                return d with
                {
                    CarePlan = d.CarePlan!.WithNextReviewOn(review.NextReviewOn),
                    State = d.Connections.IsEmpty ? EpisodeState.PlanAgreed : EpisodeState.Connected,
                };
            case Escalated escalated:
                d = d with { Escalations = d.Escalations.Add(escalated) };
                return escalated.ClosesEpisode ? Close(d, escalated.On, Referrals.ClosureReason.ReferredBackToClinician, null, null) : d;
            case PersonalHealthBudgetExplored budget:
                return d with { PersonalHealthBudget = budget };
            case ComplaintRecorded complaint:
                return d with { Complaints = d.Complaints.Add(complaint) };
            case PermissionsRecorded permissions:
                return d with { Permissions = ConsentAnswers.Merge(d.Permissions, permissions.Permissions) };
            case OfferLapsed:
                return d with { State = EpisodeState.Lapsed };
            case EscalationResolved resolved:
                return d with { EscalationResolutions = d.EscalationResolutions.Add(resolved) };
            case UrgencyChanged urgency:
                return d with { Urgency = urgency.Urgency };
            case NhsNumberTraced traced:
                return d with { Person = PersonIdentifier.Create(traced.NhsNumber, d.Person.LocalKey) };
            case ConnectionSharingRecorded sharing:
                return d with { ConnectionSharing = d.ConnectionSharing.SetItem(sharing.ConnectionNumber - 1, sharing.Answer) };
            case ReferrerSharingRecorded sharing:
                return d with { ReferrerSharing = sharing.Answer };
            case MeasuresNotTakenRecorded notTaken:
                return d with { MeasuresNotTaken = notTaken.Reason };
            case EpisodeReassigned reassigned:
                return d with
                {
                    LinkWorker = reassigned.LinkWorker,
                    IsHeldByCover = reassigned.Reason == ReassignmentReason.Cover,
                    Assignments = d.Assignments.Add(new Assignment(reassigned.LinkWorker!.Value, reassigned.On, reassigned.Reason)),
                };
            case PutOnHold hold:
                return d with { State = EpisodeState.OnHold, StateBeforeHold = d.State, Hold = hold };
            case EpisodeResumed:
                return d with { State = d.StateBeforeHold!.Value, StateBeforeHold = null, Hold = null };
            case EpisodeClosed closed:
                return Close(d, closed.On, closed.Reason, closed.OtherReason, closed.MeasuresNotTaken);
            default:
                // SocialPrescribingOffered is a start event only: the table refuses it once an episode has begun.
                throw new InvalidOperationException(ReferralsMessages.NotAllowedInState);
        }
    }

    private static EpisodeData Close(EpisodeData d, LocalDate on, ClosureReason reason, string? otherReason, MeasuresNotTakenReason? measuresNotTaken)
        => d with
        {
            State = EpisodeState.Closed,
            ClosedOn = on,
            ClosureReason = reason,
            OtherClosureReason = otherReason,
            MeasuresNotTaken = measuresNotTaken,
            Hold = null,
            StateBeforeHold = null,
        };
}
