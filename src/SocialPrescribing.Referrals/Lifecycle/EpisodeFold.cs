using NodaTime;
using SocialPrescribing.Measures;

namespace SocialPrescribing.Referrals;

/// <summary>
/// Everything an episode holds, derived from its events: the state the fold carries from one event to the next.
/// </summary>
/// <remarks>
/// <para>
/// A mutable struct, so that folding an event changes a few fields in place instead of copying a record: a replay folds
/// every event into one local fold and hands it to one episode; <see cref="Episode.Apply"/> copies its episode's fold
/// (a struct copy of fixed size: the lists are <see cref="FoldList{T}"/> views that share their arrays), folds the one
/// event and gives the copy to the new episode. Either way an event costs the same whatever the length of the history.
/// </para>
/// <para>
/// An episode holds its fold in a field it never changes, apart from the lists' own views (<see cref="FoldList{T}.View"/>).
/// Connections are kept as the events that made them and the outcomes recorded for them; the episode builds the
/// <see cref="Connection"/> objects from those, so an outcome appends to a list instead of replacing a connection.
/// </para>
/// </remarks>
internal struct EpisodeFold
{
    internal EpisodeId Id;
    internal EpisodeId? PreviousEpisodeId;
    internal EpisodeState State;
    internal EpisodeState? StateBeforeHold;
    internal PersonIdentifier Person;

    /// <summary>The person's demographics: the referral's, then each later record's fields (never null once begun).</summary>
    internal PersonDemographics Demographics;
    internal OdsCode RegisteredPractice;
    internal LocalDate? OfferedOn;
    internal Referral? Referral;
    internal LocalDate? DeclinedOn;
    internal ReferralNotAccepted? NotAccepted;
    internal LinkWorkerId? LinkWorker;
    internal bool IsHeldByCover;
    internal ContactRecorded? FirstContact;
    internal int AttendedContactCount;
    internal Duration TimeWithPerson;
    internal CarePlanReference? CarePlan;
    internal PamEligibilityOutcome? PamEligibility;
    internal SatisfactionRecorded? Satisfaction;
    internal ChangesRecorded? Changes;
    internal PersonalHealthBudgetExplored? PersonalHealthBudget;
    internal SharingPermissions Permissions;
    internal PutOnHold? Hold;
    internal LocalDate? ClosedOn;
    internal ClosureReason? ClosureReason;
    internal string? OtherClosureReason;
    internal MeasuresNotTakenReason? MeasuresNotTaken;

    /// <summary>How urgent support is now: the referral's urgency, then each change.</summary>
    internal Urgency? Urgency;

    /// <summary>The person's answer on sharing with the referring agency.</summary>
    internal ConsentAnswer ReferrerSharing;

    /// <summary>The latest <see cref="EpisodeEvent.On"/> of any event folded.</summary>
    internal LocalDate LatestDate;

    /// <summary>The <see cref="EpisodeEvent.At"/> of the latest event.</summary>
    internal Instant LastAt;

    internal FoldList<EpisodeEvent> Events;
    internal FoldList<Assignment> Assignments;
    internal FoldList<ContactRecorded> Contacts;

    /// <summary>The events that made the connections: connection n is <c>ConnectionsMade[n - 1]</c>.</summary>
    internal FoldList<ConnectionMade> ConnectionsMade;

    /// <summary>The outcomes recorded for any connection, in order.</summary>
    internal FoldList<ConnectionOutcomeRecorded> ConnectionOutcomes;

    /// <summary>The person's answers on sharing with one connection, in order: the latest for a connection stands.</summary>
    internal FoldList<ConnectionSharingRecorded> ConnectionSharing;

    internal FoldList<Ons4Response> Ons4Responses;
    internal FoldList<PamRecorded> PamAssessments;
    internal FoldList<Escalated> Escalations;
    internal FoldList<ComplaintRecorded> Complaints;
    internal FoldList<CodedEntry> CodedEntries;

    /// <summary>The resolutions of escalations, in the order recorded.</summary>
    internal FoldList<EscalationResolved> EscalationResolutions;

    /// <summary>The numbers of the events entered in error, in the order marked.</summary>
    internal FoldList<int> EnteredInError;

    /// <summary>Gets the referral date, or before a referral the offer date.</summary>
    internal readonly LocalDate StartDate => Referral?.ReferredOn ?? OfferedOn!.Value;

    /// <summary>Gets the last date a follow-up may be recorded after closure (<see cref="Episode.FollowUpEndsOn"/>), computed without building a schedule.</summary>
    internal readonly LocalDate? FollowUpEndsOn => FirstContact is ContactRecorded first ? FollowUpEnd(first.On) : null;

    /// <summary>Why the first event cannot start an episode: the number, then the kind; null when it can.</summary>
    /// <param name="first">The first event.</param>
    /// <returns>The rule broken, or null.</returns>
    internal static EpisodeErrorKind? StartError(EpisodeEvent first)
        => first.Number != 1 ? EpisodeErrorKind.NotNextNumber
            : first is SocialPrescribingOffered or ReferralMade ? null
            : EpisodeErrorKind.NotAllowedInState;

    /// <summary>The fold of a first event that passed <see cref="StartError"/>, with lists that grow as <see cref="Episode.Apply"/> appends.</summary>
    /// <param name="first">An offer or a referral numbered 1.</param>
    /// <returns>The fold.</returns>
    internal static EpisodeFold Start(EpisodeEvent first)
    {
        EpisodeFold fold = default;
        fold.Begin(first);
        return fold;
    }

    /// <summary>
    /// The fold of the first of <paramref name="events"/> (which passed <see cref="StartError"/>), with every list sized
    /// for the events of its kind among them: a replay then writes each list in place and trims nothing.
    /// </summary>
    /// <param name="events">Every event of the history, the first included (a null one is skipped here and refused by the replay).</param>
    /// <param name="fold">The fold, written in place (the struct is large: no copy is returned).</param>
    internal static void Start(ReadOnlySpan<EpisodeEvent> events, out EpisodeFold fold)
    {
        int assignments = 0, contacts = 0, made = 0, outcomes = 0, sharing = 0, ons4 = 0, pam = 0, escalations = 0, complaints = 0, codes = 0, resolutions = 0, errors = 0;
        foreach (EpisodeEvent? e in events)
        {
            switch (e?.Kind)
            {
                case EpisodeEventKind.Offered or EpisodeEventKind.Referred or EpisodeEventKind.Declined: codes++; break;
                case EpisodeEventKind.Accepted or EpisodeEventKind.Reassigned: assignments++; break;
                case EpisodeEventKind.ContactRecorded: contacts++; break;
                case EpisodeEventKind.ConnectionMade: made++; break;
                case EpisodeEventKind.ConnectionOutcomeRecorded: outcomes++; break;
                case EpisodeEventKind.ConnectionSharingRecorded: sharing++; break;
                case EpisodeEventKind.Ons4Recorded: ons4++; break;
                case EpisodeEventKind.PamRecorded: pam++; break;
                case EpisodeEventKind.Escalated: escalations++; break;
                case EpisodeEventKind.ComplaintRecorded: complaints++; break;
                case EpisodeEventKind.EscalationResolved: resolutions++; break;
                case EpisodeEventKind.EnteredInError: errors++; break;
                default: break;
            }
        }

        fold = default;
        fold.Events = FoldList<EpisodeEvent>.Presized(events.Length);
        fold.Assignments = FoldList<Assignment>.Presized(assignments);
        fold.Contacts = FoldList<ContactRecorded>.Presized(contacts);
        fold.ConnectionsMade = FoldList<ConnectionMade>.Presized(made);
        fold.ConnectionOutcomes = FoldList<ConnectionOutcomeRecorded>.Presized(outcomes);
        fold.ConnectionSharing = FoldList<ConnectionSharingRecorded>.Presized(sharing);
        fold.Ons4Responses = FoldList<Ons4Response>.Presized(ons4);
        fold.PamAssessments = FoldList<PamRecorded>.Presized(pam);
        fold.Escalations = FoldList<Escalated>.Presized(escalations);
        fold.Complaints = FoldList<ComplaintRecorded>.Presized(complaints);
        fold.CodedEntries = FoldList<CodedEntry>.Presized(codes);
        fold.EscalationResolutions = FoldList<EscalationResolved>.Presized(resolutions);
        fold.EnteredInError = FoldList<int>.Presized(errors);
        fold.Begin(events[0]);
    }

    /// <summary>
    /// The first rule the event breaks, in the order of <see cref="EpisodeErrorKind"/>'s remarks; null when it may be
    /// folded. What cannot exist is refused here whatever the rules; the lifecycle rules are the <paramref name="rules"/>' own.
    /// </summary>
    /// <param name="e">The event.</param>
    /// <param name="rules">The lifecycle rules: the current ones for a new event, those of the history's version for a replay.</param>
    /// <param name="refolding">Whether the event is folded again after a correction: it keeps the number it was recorded with.</param>
    /// <returns>The rule broken, or null.</returns>
    internal readonly EpisodeErrorKind? Check(EpisodeEvent e, EpisodeRules rules, bool refolding = false)
    {
        // Cannot exist: an event of another episode, or one that is not the next of the history's numbering.
        if (e.EpisodeId != Id)
        {
            return EpisodeErrorKind.WrongEpisode;
        }

        if (!refolding && e.Number != Events.Count + 1)
        {
            return EpisodeErrorKind.NotNextNumber;
        }

        // Lifecycle: the state table as the rules have it.
        if (!rules.IsAllowed(State, e.Kind))
        {
            return EpisodeErrorKind.NotAllowedInState;
        }

        // Cannot exist: an event recorded before the one it follows.
        if (e.At < LastAt)
        {
            return EpisodeErrorKind.OutOfOrder;
        }

        // Lifecycle: dates against other events, and the rules particular to the event.
        return rules.Check(in this, e);
    }

    /// <summary>Folds an event that passed <see cref="Check"/>, other than a correction (<see cref="TryCorrect"/>).</summary>
    /// <param name="e">The event.</param>
    internal void Next(EpisodeEvent e)
    {
        Events.Add(e);
        LastAt = e.At;
        if (e.On > LatestDate)
        {
            LatestDate = e.On;
        }

        switch (e)
        {
            case ReferralMade referred:
                State = EpisodeState.Referred;
                Referral = referred.Referral;
                Urgency = referred.Referral.Urgency;
                RegisteredPractice = referred.Referral.RegisteredPractice;
                Demographics = Demographics.UpdatedWith(referred.Referral.Demographics);
                CodedEntries.Add(new CodedEntry(SocialPrescribingConcepts.ReferralToService, referred.On));
                break;
            case PersonDeclined declined:
                State = EpisodeState.Declined;
                DeclinedOn = declined.On;
                CodedEntries.Add(new CodedEntry(SocialPrescribingConcepts.Declined, declined.On));
                break;
            case ReferralAccepted accepted:
                State = EpisodeState.Accepted;
                LinkWorker = accepted.LinkWorker;
                IsHeldByCover = false;
                Assignments.Add(new Assignment(accepted.LinkWorker!.Value, accepted.On, null));
                break;
            case ReferralNotAccepted notAccepted:
                State = EpisodeState.NotAccepted;
                NotAccepted = notAccepted;
                break;
            case ContactRecorded contact:
                Contacts.Add(contact);
                if (contact.IsAttended)
                {
                    FirstContact ??= contact;
                    AttendedContactCount++;
                    TimeWithPerson += contact.Duration;
                    State = State == EpisodeState.Accepted ? EpisodeState.FirstContactMade : State;
                }

                break;
            case CarePlanAgreed plan:
                CarePlan = plan.Plan;
                Permissions = ConsentAnswers.Merge(Permissions, plan.Permissions);
                State = State == EpisodeState.FirstContactMade ? EpisodeState.PlanAgreed : State;
                break;
            case ConnectionMade made:
                ConnectionsMade.Add(made);
                State = State is EpisodeState.FirstContactMade or EpisodeState.PlanAgreed ? EpisodeState.Connected : State;
                break;
            case ConnectionOutcomeRecorded outcome:
                ConnectionOutcomes.Add(outcome);
                break;
            case Ons4Recorded ons4:
                Ons4Responses.Add(ons4.Response);
                break;
            case PamRecorded pam:
                PamAssessments.Add(pam);
                break;
            case PamEligibilityRecorded eligibility:
                PamEligibility = eligibility.Outcome;
                break;
            case SatisfactionRecorded satisfaction:
                Satisfaction = satisfaction;
                break;
            case ChangesRecorded changes:
                Changes = changes;
                break;
            case ReviewStarted:
                State = EpisodeState.UnderReview;
                break;
            case ReviewCompleted review:
                CarePlan = CarePlan!.WithNextReviewOn(review.NextReviewOn);
                State = ConnectionsMade.Count == 0 ? EpisodeState.PlanAgreed : EpisodeState.Connected;
                break;
            case Escalated escalated:
                Escalations.Add(escalated);
                if (escalated.ClosesEpisode)
                {
                    Close(escalated.On, Referrals.ClosureReason.ReferredBackToClinician, null, null);
                }

                break;
            case PersonalHealthBudgetExplored budget:
                PersonalHealthBudget = budget;
                break;
            case ComplaintRecorded complaint:
                Complaints.Add(complaint);
                break;
            case PermissionsRecorded permissions:
                Permissions = ConsentAnswers.Merge(Permissions, permissions.Permissions);
                break;
            case OfferLapsed:
                State = EpisodeState.Lapsed;
                break;
            case EscalationResolved resolved:
                EscalationResolutions.Add(resolved);
                break;
            case UrgencyChanged urgency:
                Urgency = urgency.Urgency;
                break;
            case DemographicsRecorded recorded:
                Demographics = Demographics.UpdatedWith(recorded.Demographics);
                break;
            case NhsNumberTraced traced:
                Person = PersonIdentifier.Create(traced.NhsNumber, Person.LocalKey);
                break;
            case ConnectionSharingRecorded sharing:
                ConnectionSharing.Add(sharing);
                break;
            case ReferrerSharingRecorded sharing:
                ReferrerSharing = sharing.Answer;
                break;
            case MeasuresNotTakenRecorded notTaken:
                MeasuresNotTaken = notTaken.Reason;
                break;
            case EpisodeReassigned reassigned:
                LinkWorker = reassigned.LinkWorker;
                IsHeldByCover = reassigned.Reason == ReassignmentReason.Cover;
                Assignments.Add(new Assignment(reassigned.LinkWorker!.Value, reassigned.On, reassigned.Reason));
                break;
            case PutOnHold hold:
                StateBeforeHold = State;
                State = EpisodeState.OnHold;
                Hold = hold;
                break;
            case EpisodeResumed:
                State = StateBeforeHold!.Value;
                StateBeforeHold = null;
                Hold = null;
                break;
            case EpisodeClosed closed:
                Close(closed.On, closed.Reason, closed.OtherReason, closed.MeasuresNotTaken);
                break;
            default:
                // SocialPrescribingOffered is a start event only: the table refuses it once an episode has begun.
                // EnteredInError is folded by TryCorrect.
                throw new InvalidOperationException(ReferralsMessages.NotAllowedInState);
        }
    }

    /// <summary>
    /// Folds a correction that passed <see cref="Check"/>: folds the history again without the events entered in error
    /// (and without the corrections themselves), then keeps the whole history, the correction included. The first event
    /// and the events that wrote a code are never entered in error (<see cref="EpisodeRules"/>), so the refold starts as
    /// the episode did and writes the same codes.
    /// </summary>
    /// <param name="error">The correction.</param>
    /// <param name="rules">The rules the history is checked with again.</param>
    /// <param name="corrected">The fold with the correction, when the history still holds without the event.</param>
    /// <returns><see langword="false"/> when an event would not have been allowed without the one entered in error.</returns>
    internal readonly bool TryCorrect(EnteredInError error, EpisodeRules rules, out EpisodeFold corrected)
    {
        ReadOnlySpan<EpisodeEvent> history = Events.Span;
        ReadOnlySpan<int> marked = EnteredInError.Span;
        corrected = Start(history[0]);
        foreach (EpisodeEvent e in history[1..])
        {
            if (e is Referrals.EnteredInError || e.Number == error.EventNumber || marked.Contains(e.Number))
            {
                continue;
            }

            if (corrected.Check(e, rules, refolding: true) is not null)
            {
                return false;
            }

            corrected.Next(e);
        }

        corrected.Events = Events;
        corrected.Events.Add(error);
        corrected.EnteredInError = EnteredInError;
        corrected.EnteredInError.Add(error.EventNumber);
        corrected.LastAt = error.At;
        return true;
    }

    /// <summary>Makes every list exact (<see cref="FoldList{T}.Trim"/>): a replay's last step before an episode holds the fold.</summary>
    internal void Trim()
    {
        Events.Trim();
        Assignments.Trim();
        Contacts.Trim();
        ConnectionsMade.Trim();
        ConnectionOutcomes.Trim();
        ConnectionSharing.Trim();
        Ons4Responses.Trim();
        PamAssessments.Trim();
        Escalations.Trim();
        Complaints.Trim();
        CodedEntries.Trim();
        EscalationResolutions.Trim();
        EnteredInError.Trim();
    }

    /// <summary>Whether escalation <paramref name="number"/> (from 1) has a resolution.</summary>
    /// <param name="number">The escalation's number.</param>
    /// <returns><see langword="true"/> once resolved.</returns>
    internal readonly bool IsResolved(int number)
    {
        foreach (EscalationResolved resolution in EscalationResolutions.Span)
        {
            if (resolution.EscalationNumber == number)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The end of the follow-up for a schedule starting on <paramref name="start"/>: the closure date for a reason that stops it, otherwise the measurement year and its due window.</summary>
    /// <param name="start">The first attended contact.</param>
    /// <returns>The last date a follow-up may be recorded.</returns>
    internal readonly LocalDate FollowUpEnd(LocalDate start)
        => ClosedOn is LocalDate closed && ClosureReason is Referrals.ClosureReason reason && Episode.StopsFollowUp(reason)
            ? closed
            : start.Plus(MeasureDefaults.MinimumDuration).Plus(MeasureDefaults.Cadence.DueWindow);

    /// <summary>What the first event (an offer or a referral) starts.</summary>
    private void Begin(EpisodeEvent first)
    {
        Id = first.EpisodeId;
        Events.Add(first);
        LatestDate = first.On;
        LastAt = first.At;
        switch (first)
        {
            case SocialPrescribingOffered offered:
                PreviousEpisodeId = offered.PreviousEpisodeId;
                State = EpisodeState.Offered;
                Person = offered.Person;
                Demographics = offered.Demographics;
                RegisteredPractice = offered.RegisteredPractice;
                OfferedOn = offered.On;
                CodedEntries.Add(new CodedEntry(SocialPrescribingConcepts.Offered, offered.On));
                break;
            case ReferralMade referred:
                PreviousEpisodeId = referred.PreviousEpisodeId;
                State = EpisodeState.Referred;
                Person = referred.Referral.Person;
                Demographics = referred.Referral.Demographics;
                RegisteredPractice = referred.Referral.RegisteredPractice;
                Referral = referred.Referral;
                Urgency = referred.Referral.Urgency;
                CodedEntries.Add(new CodedEntry(SocialPrescribingConcepts.ReferralToService, referred.On));
                break;
            default:
                throw new InvalidOperationException(ReferralsMessages.NotAllowedInState);
        }
    }

    /// <summary>Names the state only: the fields hold the person and free text.</summary>
    /// <returns>For example <c>EpisodeFold(Connected)</c>.</returns>
    public override readonly string ToString() => $"EpisodeFold({State})";

    private void Close(LocalDate on, ClosureReason reason, string? otherReason, MeasuresNotTakenReason? measuresNotTaken)
    {
        State = EpisodeState.Closed;
        ClosedOn = on;
        ClosureReason = reason;
        OtherClosureReason = otherReason;
        MeasuresNotTaken = measuresNotTaken;
        Hold = null;
        StateBeforeHold = null;
    }
}
