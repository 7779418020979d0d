using NodaTime;
using SocialPrescribing.Referrals.Testing;

namespace SocialPrescribing.Referrals.Tests;

/// <summary>
/// Every allowed and refused transition of the state table (docs/referrals.md), from the canonical episode in each
/// state, and the transitions whose target depends on the event's details or on the episode.
/// </summary>
public class TransitionTests
{
    internal static readonly EpisodeId Id = EpisodeId.Create(new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"));
    internal static readonly LocalDate FirstDate = new(2026, 1, 5);

    /// <summary>The choice that gives the typical details: an attended contact, an escalation that does not close, connection 1, cover by LW-01.</summary>
    internal static int TypicalChoice(EpisodeEventKind kind) => kind switch
    {
        EpisodeEventKind.ContactRecorded or EpisodeEventKind.ConnectionOutcomeRecorded or EpisodeEventKind.Reassigned or EpisodeEventKind.EnteredInError
            or EpisodeEventKind.EscalationResolved or EpisodeEventKind.ConnectionSharingRecorded => 0,
        _ => 1,
    };

    /// <summary>The canonical episode in a state (none for null) and the event of a kind that would come next.</summary>
    internal static (Episode? Before, EpisodeEvent Next) Setup(EpisodeState? state, EpisodeEventKind kind, int? choice = null)
    {
        var command = new EpisodeCommand(kind, 1, choice ?? TypicalChoice(kind));
        if (state is not EpisodeState from)
        {
            return (null, new EpisodeScript(Id, FirstDate, [command]).Events[0]);
        }

        EpisodeScript canonical = EpisodeScript.Canonical(from, Id, FirstDate);
        Assert.Equal(from, canonical.Episode!.State);
        return (canonical.Episode, canonical.With(command).Events[^1]);
    }

    internal static EpisodeResult Apply(Episode? before, EpisodeEvent next) => before is null ? Episode.Start(next) : before.Apply(next);

    public static TheoryData<string, string> EveryStateAndKind()
    {
        var data = new TheoryData<string, string>();
        foreach (EpisodeState? state in ExpectedTable.StatesAndNone)
        {
            foreach (EpisodeEventKind kind in Enum.GetValues<EpisodeEventKind>())
            {
                data.Add(state?.ToString() ?? "none", kind.ToString());
            }
        }

        return data;
    }

    /// <summary>
    /// 12 x 24 cases: allowed ones lead where the table says (or are refused by the one rule beyond the table that the
    /// canonical episode meets: its plan is already agreed); refused ones name the state and the kind and change nothing.
    /// </summary>
    [Theory]
    [MemberData(nameof(EveryStateAndKind))]
    public void Apply_EveryStateAndKind_FollowsTheTable(string stateName, string kindName)
    {
        EpisodeState? state = stateName == "none" ? null : Enum.Parse<EpisodeState>(stateName);
        EpisodeEventKind kind = Enum.Parse<EpisodeEventKind>(kindName);
        (Episode? before, EpisodeEvent next) = Setup(state, kind);
        int eventsBefore = before?.Events.Length ?? 0;

        EpisodeResult result = Apply(before, next);

        EpisodeErrorKind? rule = RuleRefusal(state, kind, before);
        if (ExpectedTable.IsAllowed(state, kind) && rule is null)
        {
            Assert.True(result.IsSuccess, result.ToString());
            Assert.Equal(ExpectedTargetState(state, kind, before, next), result.Episode.State);
            Assert.Equal(eventsBefore + 1, result.Episode.Events.Length);
            Assert.Same(next, result.Episode.Events[^1]);
            Assert.Same(next, result.Event);
        }
        else
        {
            Assert.False(result.IsSuccess);
            Assert.Equal(rule ?? EpisodeErrorKind.NotAllowedInState, result.Error.Kind);
            Assert.Equal(state, result.Error.CurrentState);
            Assert.Equal(kind, result.Error.Requested);

            // Plain words: one sentence saying what cannot be done and the state (or the rule) in words, never the code names.
            Assert.Matches("^[A-Z][^.]* cannot [^.]*[.)]\\.?$", result.Error.Message);
            Assert.Contains(result.Error.Kind == EpisodeErrorKind.NotAllowedInState ? state is EpisodeState s ? Wording.Of(s) : "before the episode has begun" : ReferralsMessages.For(result.Error.Kind), result.Error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(kind.ToString() + " ", result.Error.Message, StringComparison.Ordinal);
            Assert.Equal(eventsBefore, before?.Events.Length ?? 0);
        }
    }

    /// <summary>
    /// The rule beyond the table that refuses the typical event in the canonical episode of a state (docs/referrals.md,
    /// "Checks"): worked out from the canonical paths, which hold no escalation, a person with an NHS number, no first
    /// contact before a closure, and no connection before <see cref="EpisodeState.Connected"/>.
    /// </summary>
    private static EpisodeErrorKind? RuleRefusal(EpisodeState? state, EpisodeEventKind kind, Episode? before) => kind switch
    {
        _ when !ExpectedTable.IsAllowed(state, kind) => null,
        EpisodeEventKind.PlanAgreed when state is EpisodeState.Connected or EpisodeState.UnderReview => EpisodeErrorKind.CarePlanAlreadyAgreed,
        EpisodeEventKind.EscalationResolved => EpisodeErrorKind.UnknownEscalation,
        EpisodeEventKind.NhsNumberTraced => EpisodeErrorKind.AlreadyIdentified,
        EpisodeEventKind.EnteredInError when before!.Events[^1].Kind is EpisodeEventKind.Offered or EpisodeEventKind.Referred or EpisodeEventKind.Declined
            => EpisodeErrorKind.CannotBeEnteredInError,
        EpisodeEventKind.Ons4Recorded or EpisodeEventKind.PamRecorded or EpisodeEventKind.PamEligibilityRecorded or EpisodeEventKind.SatisfactionRecorded
            or EpisodeEventKind.ChangesRecorded when state == EpisodeState.Closed => EpisodeErrorKind.FollowUpEnded,
        EpisodeEventKind.ConnectionSharingRecorded when state is EpisodeState.FirstContactMade or EpisodeState.PlanAgreed => EpisodeErrorKind.UnknownConnection,
        EpisodeEventKind.ReferrerSharingRecorded when state == EpisodeState.Declined => EpisodeErrorKind.NotAllowedInState,
        _ => null,
    };

    /// <summary>The table's target; for a correction, the state of the history replayed without the event it names.</summary>
    private static EpisodeState ExpectedTargetState(EpisodeState? state, EpisodeEventKind kind, Episode? before, EpisodeEvent next)
        => next is EnteredInError error
            ? Episode.Replay(Journeys.Renumbered(before!.Events.Where(e => e.Number != error.EventNumber))).State
            : ExpectedTable.Target(state, kind);

    [Theory]
    [InlineData(2, ContactAttendance.DidNotAttend)]
    [InlineData(3, ContactAttendance.Cancelled)]
    public void Contact_NotAttended_LeavesAcceptedAndStartsNoWait(int choice, ContactAttendance attendance)
    {
        (Episode? before, EpisodeEvent next) = Setup(EpisodeState.Accepted, EpisodeEventKind.ContactRecorded, choice);
        Assert.Equal(attendance, ((ContactRecorded)next).Attendance);
        Episode after = before!.Apply(next).Episode!;
        Assert.Equal(EpisodeState.Accepted, after.State);
        Assert.Null(after.FirstContact);
        Assert.Equal(0, after.AttendedContactCount);
        Assert.Single(after.Contacts);
        Assert.Null(after.MeasurementSchedule);
    }

    public static TheoryData<EpisodeState> HeldStates() => [EpisodeState.Accepted, EpisodeState.FirstContactMade, EpisodeState.PlanAgreed, EpisodeState.Connected, EpisodeState.UnderReview, EpisodeState.OnHold];

    [Theory]
    [MemberData(nameof(HeldStates))]
    public void Escalated_ThatClosesTheEpisode_ClosesItReferredBackToClinician(EpisodeState state)
    {
        (Episode? before, EpisodeEvent next) = Setup(state, EpisodeEventKind.Escalated, 0);
        Assert.True(((Escalated)next).ClosesEpisode);
        Episode after = before!.Apply(next).Episode!;
        Assert.Equal(EpisodeState.Closed, after.State);
        Assert.Equal(ClosureReason.ReferredBackToClinician, after.ClosureReason);
        Assert.Equal(next.On, after.ClosedOn);
        Assert.Same(next, Assert.Single(after.Escalations));
        Assert.Null(after.Hold);
    }

    [Theory]
    [MemberData(nameof(HeldStates))]
    public void Resumed_ReturnsToTheStateBeforeTheHold(EpisodeState state)
    {
        if (state == EpisodeState.OnHold)
        {
            return; // no hold from a hold: covered by the table
        }

        EpisodeScript script = EpisodeScript.Canonical(state, Id, FirstDate).With(new EpisodeCommand(EpisodeEventKind.PutOnHold, 1, 1), new EpisodeCommand(EpisodeEventKind.Resumed, 3, 1));
        Assert.Equal(EpisodeState.OnHold, script.Stages[^2].State);
        Assert.Equal(OnHoldReason.PersonAway, script.Stages[^2].Hold!.Reason);
        Assert.Equal(state, script.Episode!.State);
        Assert.Null(script.Episode.Hold);
        Assert.Equal(script.Events.Count, script.Episode.Events.Length);
    }

    [Fact]
    public void PlanAgreed_WhenConnectedWithoutAPlan_KeepsConnectedAndRecordsThePlan()
    {
        EpisodeScript script = EpisodeScript.Canonical(EpisodeState.FirstContactMade, Id, FirstDate)
            .With(new EpisodeCommand(EpisodeEventKind.ConnectionMade, 1, 1), new EpisodeCommand(EpisodeEventKind.PlanAgreed, 1, 1));
        Assert.Equal(EpisodeState.Connected, script.Episode!.State);
        Assert.Equal(script.DateOf(4), script.Episode.CarePlan!.AgreedOn);
        Assert.Equal(script.Events.Count, script.Episode.Events.Length);
    }

    [Fact]
    public void ReviewStarted_WhenConnectedWithoutAPlan_IsRefusedNoCarePlan()
    {
        EpisodeScript script = EpisodeScript.Canonical(EpisodeState.FirstContactMade, Id, FirstDate)
            .With(new EpisodeCommand(EpisodeEventKind.ConnectionMade, 1, 1), new EpisodeCommand(EpisodeEventKind.ReviewStarted, 1, 1));
        EpisodeResult result = script.Stages[^1].Apply(script.Events[^1]);
        Assert.Equal(EpisodeErrorKind.NoCarePlan, result.Error!.Kind);
        Assert.Equal(EpisodeState.Connected, result.Error.CurrentState);
    }

    [Fact]
    public void ReviewCompleted_WithoutAConnection_ReturnsToPlanAgreedAndMovesTheNextReviewDate()
    {
        EpisodeScript script = EpisodeScript.Canonical(EpisodeState.PlanAgreed, Id, FirstDate)
            .With(new EpisodeCommand(EpisodeEventKind.ReviewStarted, 80, 1), new EpisodeCommand(EpisodeEventKind.ReviewCompleted, 2, 1));
        Episode episode = script.Episode!;
        Assert.Equal(EpisodeState.PlanAgreed, episode.State);
        Assert.Equal(((ReviewCompleted)script.Events[^1]).NextReviewOn, episode.CarePlan!.NextReviewOn);
        Assert.Equal(script.DateOf(5).PlusMonths(3), episode.CarePlan.NextReviewOn);
    }

    [Fact]
    public void ReviewCompleted_WithAConnection_ReturnsToConnected()
    {
        EpisodeScript script = EpisodeScript.Canonical(EpisodeState.UnderReview, Id, FirstDate).With(new EpisodeCommand(EpisodeEventKind.ReviewCompleted, 2, 1));
        Assert.Equal(EpisodeState.Connected, script.Episode!.State);
    }

    [Fact]
    public void ConnectionMade_InUnderReview_StaysUnderReview_AndTheReviewReturnsToConnected()
    {
        EpisodeScript script = EpisodeScript.Canonical(EpisodeState.PlanAgreed, Id, FirstDate).With(
            new EpisodeCommand(EpisodeEventKind.ReviewStarted, 1, 1),
            new EpisodeCommand(EpisodeEventKind.ConnectionMade, 1, 1),
            new EpisodeCommand(EpisodeEventKind.ReviewCompleted, 1, 1));
        Assert.Equal(EpisodeState.UnderReview, script.Stages[^2].State);
        Assert.Equal(EpisodeState.Connected, script.Episode!.State);
    }

    /// <summary>The open and working states the caseload asks about are the table's.</summary>
    [Fact]
    public void OpenAndWorking_AreTheTablesStates() => Assert.True(EpisodeTransitions.PredicatesAgreeWithTable());

    /// <summary>A kind the table does not know (0, or past the last) is allowed in no state, and asking never throws.</summary>
    [Fact]
    public void Table_UnknownKinds_AreNeverAllowed()
    {
        int last = Enum.GetValues<EpisodeEventKind>().Max(k => (int)k);
        foreach (int kind in new[] { int.MinValue, -1, 0, last + 1, last + 2, int.MaxValue })
        {
            Assert.All(ExpectedTable.StatesAndNone, state => Assert.False(EpisodeTransitions.IsAllowed(state, (EpisodeEventKind)kind)));
        }
    }
}
