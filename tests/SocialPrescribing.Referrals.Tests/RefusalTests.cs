using NodaTime;
using SocialPrescribing.Referrals.Testing;

namespace SocialPrescribing.Referrals.Tests;

/// <summary>Each rule beyond the state table refuses its event, names it, and leaves the episode unchanged.</summary>
public class RefusalTests
{
    private static readonly EpisodeId Id = TransitionTests.Id;
    private static readonly LocalDate FirstDate = TransitionTests.FirstDate;

    private static void AssertRefused(Episode before, EpisodeEvent next, EpisodeErrorKind expected)
    {
        int count = before.Events.Length;
        EpisodeResult result = before.Apply(next);
        Assert.False(result.IsSuccess);
        Assert.Null(result.Episode);
        Assert.Equal(expected, result.Error.Kind);
        Assert.Equal(before.State, result.Error.CurrentState);
        Assert.Equal(next.Kind, result.Error.Requested);
        Assert.EndsWith(ReferralsMessages.For(expected), result.Error.Message, StringComparison.Ordinal);
        Assert.Equal(count, before.Events.Length);
    }

    private static (Episode Before, EpisodeEvent Next) Next(EpisodeState state, EpisodeCommand command)
    {
        EpisodeScript canonical = EpisodeScript.Canonical(state, Id, FirstDate);
        return (canonical.Episode!, canonical.With(command).Events[^1]);
    }

    [Fact]
    public void WrongEpisode_IsCheckedFirst()
    {
        (Episode before, EpisodeEvent next) = Next(EpisodeState.Closed, new EpisodeCommand(EpisodeEventKind.ContactRecorded, 1, 0, EpisodeTwist.OtherEpisode));
        AssertRefused(before, next, EpisodeErrorKind.WrongEpisode);
    }

    [Fact]
    public void RecordedBeforeTheLatestEvent_IsOutOfOrder()
    {
        (Episode before, EpisodeEvent next) = Next(EpisodeState.Accepted, new EpisodeCommand(EpisodeEventKind.ContactRecorded, 1, 0, EpisodeTwist.RecordedEarly));
        AssertRefused(before, next, EpisodeErrorKind.OutOfOrder);
    }

    [Fact]
    public void RecordedAtTheSameInstant_IsApplied()
    {
        (Episode before, _) = Next(EpisodeState.Accepted, new EpisodeCommand(EpisodeEventKind.ContactRecorded));
        var contact = new ContactRecorded(new EventContext(Id, before.NextNumber, before.Events[^1].At, ActorRole.LinkWorker), before.Events[^1].On.AtMidnight().InUtc(), ConsultationMethod.Telephone, null, Duration.FromMinutes(20), ContactAttendance.Attended);
        Assert.True(before.Apply(contact).IsSuccess);
    }

    [Fact]
    public void DatedBeforeTheReferral_IsDateBeforeStart_AndOnTheReferralDateIsApplied()
    {
        (Episode before, EpisodeEvent backdated) = Next(EpisodeState.Accepted, new EpisodeCommand(EpisodeEventKind.ContactRecorded, 1, 0, EpisodeTwist.Backdated));
        AssertRefused(before, backdated, EpisodeErrorKind.DateBeforeStart);

        LocalDate referred = before.Referral!.ReferredOn;
        Instant at = before.Events[^1].At + Duration.FromMinutes(1);
        Assert.Equal(EpisodeErrorKind.DateBeforeStart, before.Apply(new PersonDeclined(new EventContext(Id, before.NextNumber, at, ActorRole.Person), referred.PlusDays(-1))).Error!.Kind);
        Assert.True(before.Apply(new PersonDeclined(new EventContext(Id, before.NextNumber, at, ActorRole.Person), referred)).IsSuccess);
    }

    [Fact]
    public void ReferralDatedBeforeTheOffer_IsDateBeforeStart()
    {
        Episode offered = EpisodeScript.Canonical(EpisodeState.Offered, Id, FirstDate).Episode!;
        var referral = new Referral(offered.OfferedOn!.Value.PlusDays(-1), new Referrer(ReferralSourceKind.GpPractice), ReferralMethod.Electronic, offered.Person, EpisodeScript.Practice, [ReferralReason.Housing]);
        AssertRefused(offered, new ReferralMade(new EventContext(Id, offered.NextNumber, offered.Events[0].At, ActorRole.Referrer), referral), EpisodeErrorKind.DateBeforeStart);
    }

    [Fact]
    public void ReferralOfAnotherPerson_OrLinkingAnotherPreviousEpisode_IsInconsistent()
    {
        (Episode offered, EpisodeEvent other) = Next(EpisodeState.Offered, new EpisodeCommand(EpisodeEventKind.Referred, 1, 1, EpisodeTwist.OtherPerson));
        AssertRefused(offered, other, EpisodeErrorKind.InconsistentWithEpisode);

        Referral referral = ((ReferralMade)Next(EpisodeState.Offered, new EpisodeCommand(EpisodeEventKind.Referred, 1, 1)).Next).Referral;
        var linked = new ReferralMade(new EventContext(Id, offered.NextNumber, offered.Events[0].At, ActorRole.Referrer), referral, EpisodeId.Create(Guid.NewGuid()));
        AssertRefused(offered, linked, EpisodeErrorKind.InconsistentWithEpisode);
        Assert.True(offered.Apply(new ReferralMade(new EventContext(Id, offered.NextNumber, offered.Events[0].At, ActorRole.Referrer), referral)).IsSuccess);
    }

    [Fact]
    public void OutcomeForAConnectionNotMade_IsUnknownConnection()
    {
        (Episode before, EpisodeEvent next) = Next(EpisodeState.Connected, new EpisodeCommand(EpisodeEventKind.ConnectionOutcomeRecorded, 1, 1));
        Assert.Equal(2, ((ConnectionOutcomeRecorded)next).ConnectionNumber);
        AssertRefused(before, next, EpisodeErrorKind.UnknownConnection);
    }

    [Fact]
    public void OutcomeBeforeTheIntroduction_IsDateOutOfOrder()
    {
        Episode connected = EpisodeScript.Canonical(EpisodeState.Connected, Id, FirstDate).Episode!;
        LocalDate introduced = connected.Connections[0].Made.On;
        Instant at = connected.Events[^1].At + Duration.FromMinutes(1);
        AssertRefused(connected, new ConnectionOutcomeRecorded(new EventContext(Id, connected.NextNumber, at, ActorRole.LinkWorker), introduced.PlusDays(-1), 1, ConnectionOutcome.Attended), EpisodeErrorKind.DateOutOfOrder);
        Assert.True(connected.Apply(new ConnectionOutcomeRecorded(new EventContext(Id, connected.NextNumber, at, ActorRole.LinkWorker), introduced, 1, ConnectionOutcome.Attended)).IsSuccess);
    }

    [Fact]
    public void ClosureBeforeADateAlreadyRecorded_IsDateOutOfOrder()
    {
        Episode connected = EpisodeScript.Canonical(EpisodeState.Connected, Id, FirstDate).Episode!;
        LocalDate latest = connected.Events.Max(e => e.On);
        Instant at = connected.Events[^1].At + Duration.FromMinutes(1);
        AssertRefused(connected, new EpisodeClosed(new EventContext(Id, connected.NextNumber, at, ActorRole.LinkWorker), latest.PlusDays(-1), ClosureReason.GoalsMet), EpisodeErrorKind.DateOutOfOrder);
        AssertRefused(connected, new Escalated(new EventContext(Id, connected.NextNumber, at, ActorRole.LinkWorker), latest.PlusDays(-1), EscalationReason.SafeguardingConcern, EscalationRecipient.GpSupervisor, Urgency.Urgent, closesEpisode: true), EpisodeErrorKind.DateOutOfOrder);
        Assert.True(connected.Apply(new Escalated(new EventContext(Id, connected.NextNumber, at, ActorRole.LinkWorker), latest.PlusDays(-1), EscalationReason.SafeguardingConcern, EscalationRecipient.GpSupervisor, Urgency.Urgent, closesEpisode: false)).IsSuccess);
        Assert.True(connected.Apply(new EpisodeClosed(new EventContext(Id, connected.NextNumber, at, ActorRole.LinkWorker), latest, ClosureReason.GoalsMet)).IsSuccess);

        // An event dated earlier than the latest (allowed) does not move the latest date back.
        Episode backdated = connected.Apply(new PermissionsRecorded(new EventContext(Id, connected.NextNumber, at, ActorRole.LinkWorker), latest.PlusDays(-5), SharingPermissions.NoneAsked)).Episode!;
        AssertRefused(backdated, new EpisodeClosed(new EventContext(Id, backdated.NextNumber, at, ActorRole.LinkWorker), latest.PlusDays(-1), ClosureReason.GoalsMet), EpisodeErrorKind.DateOutOfOrder);
        Assert.True(backdated.Apply(new EpisodeClosed(new EventContext(Id, backdated.NextNumber, at, ActorRole.LinkWorker), latest, ClosureReason.GoalsMet)).IsSuccess);
    }

    [Fact]
    public void ResumeBeforeThePause_AndReviewBeforeThePlan_AreDateOutOfOrder()
    {
        Episode onHold = EpisodeScript.Canonical(EpisodeState.OnHold, Id, FirstDate).Episode!;
        Instant at = onHold.Events[^1].At + Duration.FromMinutes(1);
        AssertRefused(onHold, new EpisodeResumed(new EventContext(Id, onHold.NextNumber, at, ActorRole.LinkWorker), onHold.Hold!.On.PlusDays(-1)), EpisodeErrorKind.DateOutOfOrder);
        Assert.True(onHold.Apply(new EpisodeResumed(new EventContext(Id, onHold.NextNumber, at, ActorRole.LinkWorker), onHold.Hold.On)).IsSuccess); // the same day is not before

        Episode underReview = EpisodeScript.Canonical(EpisodeState.UnderReview, Id, FirstDate).Episode!;
        LocalDate agreed = underReview.CarePlan!.AgreedOn;
        at = underReview.Events[^1].At + Duration.FromMinutes(1);
        AssertRefused(underReview, new ReviewCompleted(new EventContext(Id, underReview.NextNumber, at, ActorRole.LinkWorker), agreed.PlusDays(-1), agreed.PlusMonths(1)), EpisodeErrorKind.DateOutOfOrder);
        Assert.True(underReview.Apply(new ReviewCompleted(new EventContext(Id, underReview.NextNumber, at, ActorRole.LinkWorker), agreed, agreed.PlusMonths(1))).IsSuccess);
    }

    [Fact]
    public void ReassigningToTheLinkWorkerWhoHoldsIt_IsAlreadyHeld()
    {
        (Episode before, EpisodeEvent next) = Next(EpisodeState.Accepted, new EpisodeCommand(EpisodeEventKind.Reassigned, 1, 1));
        Assert.Equal(before.LinkWorker, next.LinkWorker);
        AssertRefused(before, next, EpisodeErrorKind.AlreadyHeld);
    }

    [Fact]
    public void Start_WithAnEventThatIsNotAnOfferOrReferral_IsRefusedWithNoState()
    {
        EpisodeEvent contact = new EpisodeScript(Id, FirstDate, [new EpisodeCommand(EpisodeEventKind.ContactRecorded)]).Events[0];
        EpisodeResult result = Episode.Start(contact);
        Assert.False(result.IsSuccess);
        Assert.Equal(EpisodeErrorKind.NotAllowedInState, result.Error.Kind);
        Assert.Null(result.Error.CurrentState);
        Assert.Equal("A contact cannot be recorded before the episode has begun (it begins with an offer or a referral).", result.Error.Message);
    }

    [Fact]
    public void Error_AcceptingAfterADecline_SaysSoInPlainWords()
    {
        (Episode declined, _) = Next(EpisodeState.Declined, new EpisodeCommand(EpisodeEventKind.Closed));
        EpisodeEvent accepted = new ReferralAccepted(new EventContext(Id, declined.NextNumber, declined.Events[^1].At, ActorRole.LinkWorker), EpisodeScript.LinkWorkers[0], declined.Events[^1].On);
        Assert.Equal("A referral cannot be accepted once the person has declined.", declined.Apply(accepted).Error!.Message);
    }

    public static TheoryData<EpisodeErrorKind, string> Sentences() => new()
    {
        { EpisodeErrorKind.NotAllowedInState, "The episode cannot be closed once the person has declined." },
        { EpisodeErrorKind.WrongEpisode, "The episode cannot be closed: the event names another episode." },
        { EpisodeErrorKind.NotNextNumber, "The episode cannot be closed: its number is not the episode's next (another event may have been recorded first)." },
        { EpisodeErrorKind.OutOfOrder, "The episode cannot be closed: it was recorded before the latest event of the episode." },
        { EpisodeErrorKind.DateBeforeStart, "The episode cannot be closed: it is dated before the referral (or the offer)." },
        { EpisodeErrorKind.DateOutOfOrder, "The episode cannot be closed: it is dated before a date it must follow." },
        { EpisodeErrorKind.InconsistentWithEpisode, "The episode cannot be closed: the referral names another person, or another previous episode, than the offer." },
        { EpisodeErrorKind.UnknownConnection, "The episode cannot be closed: the episode has no connection with this number." },
        { EpisodeErrorKind.NoCarePlan, "The episode cannot be closed: the episode has no agreed care and support plan." },
        { EpisodeErrorKind.CarePlanAlreadyAgreed, "The episode cannot be closed: the episode already has a care and support plan, and a review changes it." },
        { EpisodeErrorKind.AlreadyHeld, "The episode cannot be closed: this link worker already holds the episode." },
        { EpisodeErrorKind.FollowUpEnded, "The episode cannot be closed: the follow-up after closure has ended (a year from the first contact and a month's grace, or at once when the person died or declined further support)." },
        { EpisodeErrorKind.UnknownEscalation, "The episode cannot be closed: the episode has no escalation with this number." },
        { EpisodeErrorKind.AlreadyResolved, "The episode cannot be closed: the escalation is already resolved." },
        { EpisodeErrorKind.AlreadyIdentified, "The episode cannot be closed: the person already has an NHS number." },
        { EpisodeErrorKind.UnknownEvent, "The episode cannot be closed: the episode has no event with this number that can be entered in error (corrections and events already entered in error cannot)." },
        { EpisodeErrorKind.CannotBeEnteredInError, "The episode cannot be closed: the event wrote a code to the GP record (an offer, a referral or a decline), which the GP system corrects itself." },
        { EpisodeErrorKind.CorrectionBreaksHistory, "The episode cannot be closed: without that event a later event would not have been allowed." },
    };

    /// <summary>Each kind of refusal has its own sentence, and every kind is listed here.</summary>
    [Theory]
    [MemberData(nameof(Sentences))]
    public void Error_NamesTheRuleBroken(EpisodeErrorKind kind, string sentence)
    {
        Assert.Equal(sentence, ReferralsMessages.Refusal(kind, EpisodeState.Declined, EpisodeEventKind.Closed));
        Assert.Equal(Enum.GetValues<EpisodeErrorKind>().Length, Sentences().Count);
    }
}
