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
    int Count = 0)
{
    internal static EpisodeModel Empty(EpisodeId id) => new(id, null, null, false, 0, null, null, null, null, 0, 0, 0, null, null, null);

    /// <summary>The refusal the event meets, or null and the model after it.</summary>
    internal (EpisodeErrorKind? Refusal, EpisodeModel Next) Step(EpisodeEvent e)
    {
        EpisodeErrorKind? refusal = Refusal(e);
        return refusal is null ? (null, After(e) with { Count = Count + 1 }) : (refusal, this);
    }

    private EpisodeErrorKind? Refusal(EpisodeEvent e)
    {
        if (State is not null && e.EpisodeId != Id)
        {
            return EpisodeErrorKind.WrongEpisode;
        }

        if (e.Number != Count + 1)
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
            ReferralMade r when r.Referral.Person != Person => EpisodeErrorKind.InconsistentWithEpisode,
            CarePlanAgreed when HasPlan => EpisodeErrorKind.CarePlanAlreadyAgreed,
            ConnectionOutcomeRecorded o when o.ConnectionNumber > Connections => EpisodeErrorKind.UnknownConnection,
            ReviewStarted when !HasPlan => EpisodeErrorKind.NoCarePlan,
            EpisodeReassigned r when r.LinkWorker == Holder => EpisodeErrorKind.AlreadyHeld,
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
                return m with { State = target, StartDate = o.On, Person = o.Person, OfferCodes = 1 };
            case ReferralMade r:
                return m with { State = target, StartDate = r.On, ReferredOn = r.On, Person = r.Referral.Person, ReferralCodes = ReferralCodes + 1 };
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
                return m with { State = EpisodeState.Closed, EndedOn = x.On };
            case EpisodeReassigned r:
                return m with { Holder = r.LinkWorker };
            case PutOnHold:
                return m with { State = EpisodeState.OnHold, BeforeHold = State };
            case EpisodeResumed:
                return m with { State = BeforeHold, BeforeHold = null };
            case EpisodeClosed c:
                return m with { State = EpisodeState.Closed, EndedOn = c.On };
            default:
                return m with { State = target };
        }
    }

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
