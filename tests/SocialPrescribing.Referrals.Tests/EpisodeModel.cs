using System.Collections.Immutable;
using NodaTime;
using SocialPrescribing.Referrals.Testing;

namespace SocialPrescribing.Referrals.Tests;

/// <summary>
/// A small immutable model of an episode for the model-based test: the state, what the rules beyond the table need
/// (plan, connections, start date, last instant, holder, person) and the codes so far. It decides each event with
/// <see cref="ExpectedTable"/> and rules written here from docs/referrals.md, not from the package's code.
/// </summary>
internal sealed record EpisodeModel(
    EpisodeId Id,
    EpisodeState? State,
    EpisodeState? BeforeHold,
    bool HasPlan,
    int Connections,
    LocalDate? StartDate,
    Instant? LastAt,
    LinkWorkerId? Holder,
    PersonIdentifier? Person,
    int OfferCodes,
    int ReferralCodes,
    int DeclineCodes,
    LocalDate? ReferredOn,
    LocalDate? FirstContactOn,
    LocalDate? EndedOn,
    int Count = 0,
    ImmutableList<EpisodeEvent>? History = null,
    ImmutableHashSet<int>? Marked = null,
    ImmutableList<LocalDate>? EscalatedOn = null,
    ImmutableHashSet<int>? Resolved = null,
    LocalDate? ClosedOn = null,
    ClosureReason? Closure = null,
    LocalDate? BeganOn = null)
{
    /// <summary>The kinds recorded after closure within the follow-up (docs/referrals.md, "Measures after closure").</summary>
    private static readonly EpisodeEventKind[] FollowUpKinds =
    [
        EpisodeEventKind.Ons4Recorded, EpisodeEventKind.PamRecorded, EpisodeEventKind.PamEligibilityRecorded, EpisodeEventKind.SatisfactionRecorded, EpisodeEventKind.ChangesRecorded,
    ];

    internal static EpisodeModel Empty(EpisodeId id) => new(id, null, null, false, 0, null, null, null, null, 0, 0, 0, null, null, null);

    /// <summary>The refusal the event meets, or null and the model after it.</summary>
    internal (EpisodeErrorKind? Refusal, EpisodeModel Next) Step(EpisodeEvent e) => Step(e, refolding: false);

    private (EpisodeErrorKind? Refusal, EpisodeModel Next) Step(EpisodeEvent e, bool refolding)
    {
        EpisodeErrorKind? refusal = Refusal(e, refolding);
        if (refusal is not null)
        {
            return (refusal, this);
        }

        if (e is EnteredInError error)
        {
            // The model's own correction: replay the history without the marked events and the corrections.
            ImmutableHashSet<int> marked = (Marked ?? []).Add(error.EventNumber);
            EpisodeModel refolded = Empty(Id);
            foreach (EpisodeEvent kept in (History ?? []).Where(h => h is not EnteredInError && !marked.Contains(h.Number)))
            {
                (EpisodeErrorKind? broken, refolded) = refolded.Step(kept, refolding: true);
                if (broken is not null)
                {
                    return (EpisodeErrorKind.CorrectionBreaksHistory, this);
                }
            }

            return (null, refolded with { Count = Count + 1, History = History!.Add(e), Marked = marked, LastAt = e.At });
        }

        return (null, After(e) with { Count = Count + 1, History = (History ?? []).Add(e) });
    }

    private EpisodeErrorKind? Refusal(EpisodeEvent e, bool refolding)
    {
        if (State is not null && e.EpisodeId != Id)
        {
            return EpisodeErrorKind.WrongEpisode;
        }

        if (!refolding && e.Number != Count + 1)
        {
            return EpisodeErrorKind.NotNextNumber;
        }

        if (!ExpectedTable.IsAllowed(State, e.Kind))
        {
            return EpisodeErrorKind.NotAllowedInState;
        }

        if (State is null)
        {
            return null;
        }

        if (e.At < LastAt)
        {
            return EpisodeErrorKind.OutOfOrder;
        }

        if (e.On < StartDate)
        {
            return EpisodeErrorKind.DateBeforeStart;
        }

        return e switch
        {
            ReferralMade r when r.Referral.Person != Person || r.Referral.Demographics.DateOfBirth > BeganOn => EpisodeErrorKind.InconsistentWithEpisode,
            DemographicsRecorded d when d.Demographics.DateOfBirth > BeganOn => EpisodeErrorKind.InconsistentWithEpisode,
            CarePlanAgreed when HasPlan => EpisodeErrorKind.CarePlanAlreadyAgreed,
            ConnectionOutcomeRecorded o when o.ConnectionNumber > Connections => EpisodeErrorKind.UnknownConnection,
            ReviewStarted when !HasPlan => EpisodeErrorKind.NoCarePlan,
            EpisodeReassigned r when r.LinkWorker == Holder => EpisodeErrorKind.AlreadyHeld,
            ConnectionSharingRecorded c when c.ConnectionNumber > Connections => EpisodeErrorKind.UnknownConnection,
            _ when State == EpisodeState.Closed && FollowUpKinds.Contains(e.Kind) && !(FollowUpEnd is LocalDate end && e.On <= end) => EpisodeErrorKind.FollowUpEnded,
            EscalationResolved r when r.EscalationNumber > (EscalatedOn?.Count ?? 0) => EpisodeErrorKind.UnknownEscalation,
            EscalationResolved r when Resolved?.Contains(r.EscalationNumber) == true => EpisodeErrorKind.AlreadyResolved,
            NhsNumberTraced when Person?.NhsNumber is not null => EpisodeErrorKind.AlreadyIdentified,
            ReferrerSharingRecorded when ReferredOn is null => EpisodeErrorKind.NotAllowedInState,
            EnteredInError x when x.EventNumber >= e.Number || History![x.EventNumber - 1] is EnteredInError || Marked?.Contains(x.EventNumber) == true => EpisodeErrorKind.UnknownEvent,
            EnteredInError x when History![x.EventNumber - 1].Kind is EpisodeEventKind.Offered or EpisodeEventKind.Referred or EpisodeEventKind.Declined => EpisodeErrorKind.CannotBeEnteredInError,
            _ => null,
        };
    }

    private EpisodeModel After(EpisodeEvent e)
    {
        EpisodeModel m = this with { LastAt = e.At };
        EpisodeState target = State is null || ExpectedTable.Target(State, e.Kind) != State ? ExpectedTable.Target(State, e.Kind) : State.Value;
        switch (e)
        {
            case SocialPrescribingOffered o:
                return m with { State = target, StartDate = o.On, BeganOn = o.On, Person = o.Person, OfferCodes = 1 };
            case ReferralMade r:
                return m with { State = target, StartDate = r.On, BeganOn = BeganOn ?? r.On, ReferredOn = r.On, Person = r.Referral.Person, ReferralCodes = ReferralCodes + 1 };
            case PersonDeclined d:
                return m with { State = target, DeclineCodes = DeclineCodes + 1, EndedOn = d.On };
            case ReferralAccepted a:
                return m with { State = target, Holder = a.LinkWorker };
            case ReferralNotAccepted n:
                return m with { State = target, EndedOn = n.On };
            case ContactRecorded c when c.IsAttended:
                return m with { State = target, FirstContactOn = FirstContactOn ?? c.On };
            case ContactRecorded:
                return m; // not attended: no state changes
            case CarePlanAgreed:
                return m with { State = target, HasPlan = true };
            case ConnectionMade:
                return m with { State = target, Connections = Connections + 1 };
            case ReviewCompleted:
                return m with { State = Connections > 0 ? EpisodeState.Connected : EpisodeState.PlanAgreed };
            case Escalated { ClosesEpisode: true } x:
                return m with { State = EpisodeState.Closed, EndedOn = x.On, ClosedOn = x.On, Closure = ClosureReason.ReferredBackToClinician, EscalatedOn = (EscalatedOn ?? []).Add(x.On) };
            case Escalated x:
                return m with { EscalatedOn = (EscalatedOn ?? []).Add(x.On) };
            case EscalationResolved r:
                return m with { Resolved = (Resolved ?? []).Add(r.EscalationNumber) };
            case NhsNumberTraced t:
                return m with { Person = PersonIdentifier.Create(t.NhsNumber, Person!.Value.LocalKey) };
            case EpisodeReassigned r:
                return m with { Holder = r.LinkWorker };
            case PutOnHold:
                return m with { State = EpisodeState.OnHold, BeforeHold = State };
            case EpisodeResumed:
                return m with { State = BeforeHold, BeforeHold = null };
            case EpisodeClosed c:
                return m with { State = EpisodeState.Closed, EndedOn = c.On, ClosedOn = c.On, Closure = c.Reason };
            default:
                return m with { State = target };
        }
    }

    /// <summary>The last date a follow-up may be recorded after closure, as docs/referrals.md defines it: a year and a month from the first contact, or the closure for a death or a refusal of further support.</summary>
    internal LocalDate? FollowUpEnd => FirstContactOn is not LocalDate first ? null
        : Closure is ClosureReason.Died or ClosureReason.PersonDeclinedFurtherSupport ? ClosedOn
        : first.PlusYears(1).PlusMonths(1);

    /// <summary>The waiting time the docs define: to the first attended contact; else the wait so far while open, or to the end.</summary>
    internal int? WaitingDays(LocalDate asOf)
    {
        if (ReferredOn is not LocalDate referred)
        {
            return null;
        }

        LocalDate until = FirstContactOn ?? EndedOn ?? asOf;
        return until < referred ? 0 : Period.Between(referred, until, PeriodUnits.Days).Days;
    }
}
