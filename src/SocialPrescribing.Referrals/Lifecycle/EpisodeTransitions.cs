namespace SocialPrescribing.Referrals;

/// <summary>The state table of <c>docs/referrals.md</c>: in which states each kind of event is allowed.</summary>
/// <remarks>Where an event leads is <see cref="Episode"/>'s fold; the table says only whether it may be applied.</remarks>
internal static class EpisodeTransitions
{
    private const EpisodeState None = 0;

    /// <summary>The states in which a link worker supports the person: from the first contact to a review.</summary>
    private static readonly EpisodeState[] Working = [EpisodeState.FirstContactMade, EpisodeState.PlanAgreed, EpisodeState.Connected, EpisodeState.UnderReview];

    /// <summary>The states in which a link worker holds the episode.</summary>
    private static readonly EpisodeState[] Held = [EpisodeState.Accepted, .. Working, EpisodeState.OnHold];

    /// <summary>The open states: referred and not yet ended.</summary>
    private static readonly EpisodeState[] Open = [EpisodeState.Referred, .. Held];

    /// <summary>Every state: corrections and a traced NHS number apply whatever the episode's state.</summary>
    private static readonly EpisodeState[] Any = Enum.GetValues<EpisodeState>();

    /// <summary>The states in which a follow-up is recorded: working with the person, and after closure within the measurement year.</summary>
    private static readonly EpisodeState[] FollowingUp = [.. Working, EpisodeState.Closed];

    /// <summary>For each kind (by its value), the states it is allowed in; <see cref="None"/> stands for "no episode yet".</summary>
    private static readonly EpisodeState[][] AllowedFrom = Build();

    /// <summary>The same table as bits, for the fold's hot path: bit <c>s</c> of entry <c>k</c> is set when kind <c>k</c> is allowed in state <c>s</c>.</summary>
    private static readonly ulong[] AllowedBits = [.. AllowedFrom.Select(states => states is null ? 0UL : states.Aggregate(0UL, (bits, state) => bits | (1UL << (int)state)))];

    internal static bool IsAllowed(EpisodeState? state, EpisodeEventKind kind)
        => (int)kind >= 0 && (int)kind < AllowedBits.Length && (int)(state ?? None) is >= 0 and < 64 && (AllowedBits[(int)kind] & (1UL << (int)(state ?? None))) != 0;

    /// <summary>Whether a state is open: the states of <see cref="Open"/>, written out for the caseload's hot path (a test checks they agree).</summary>
    internal static bool IsOpen(EpisodeState state)
        => state is EpisodeState.Referred or EpisodeState.Accepted or EpisodeState.FirstContactMade or EpisodeState.PlanAgreed
            or EpisodeState.Connected or EpisodeState.UnderReview or EpisodeState.OnHold;

    /// <summary>Whether a link worker works with the person in a state: the states of <see cref="Working"/>, written out.</summary>
    internal static bool IsWorking(EpisodeState state)
        => state is EpisodeState.FirstContactMade or EpisodeState.PlanAgreed or EpisodeState.Connected or EpisodeState.UnderReview;

    /// <summary>Whether <see cref="IsOpen"/> and <see cref="IsWorking"/> say what the arrays the table is built from say, for every state.</summary>
    internal static bool PredicatesAgreeWithTable()
        => Enum.GetValues<EpisodeState>().All(s => IsOpen(s) == Open.Contains(s) && IsWorking(s) == Working.Contains(s));

    private static EpisodeState[][] Build()
    {
        var table = new EpisodeState[Enum.GetValues<EpisodeEventKind>().Length + 1][];
        table[(int)EpisodeEventKind.Offered] = [None];
        table[(int)EpisodeEventKind.Referred] = [None, EpisodeState.Offered];
        table[(int)EpisodeEventKind.Declined] = [EpisodeState.Offered, EpisodeState.Referred, EpisodeState.Accepted];
        table[(int)EpisodeEventKind.Accepted] = [EpisodeState.Referred];
        table[(int)EpisodeEventKind.NotAccepted] = [EpisodeState.Referred];
        table[(int)EpisodeEventKind.ContactRecorded] = [EpisodeState.Accepted, .. Working];
        table[(int)EpisodeEventKind.PlanAgreed] = [EpisodeState.FirstContactMade, EpisodeState.Connected, EpisodeState.UnderReview];
        table[(int)EpisodeEventKind.ConnectionMade] = Working;
        table[(int)EpisodeEventKind.ConnectionOutcomeRecorded] = [EpisodeState.Connected, EpisodeState.UnderReview];
        table[(int)EpisodeEventKind.Ons4Recorded] = FollowingUp;
        table[(int)EpisodeEventKind.PamRecorded] = FollowingUp;
        table[(int)EpisodeEventKind.PamEligibilityRecorded] = FollowingUp;
        table[(int)EpisodeEventKind.SatisfactionRecorded] = FollowingUp;
        table[(int)EpisodeEventKind.ChangesRecorded] = FollowingUp;
        table[(int)EpisodeEventKind.ReviewStarted] = [EpisodeState.PlanAgreed, EpisodeState.Connected];
        table[(int)EpisodeEventKind.ReviewCompleted] = [EpisodeState.UnderReview];
        table[(int)EpisodeEventKind.Escalated] = Open;
        table[(int)EpisodeEventKind.PersonalHealthBudgetExplored] = Working;
        table[(int)EpisodeEventKind.ComplaintRecorded] = Open;
        table[(int)EpisodeEventKind.PermissionsRecorded] = Open;
        table[(int)EpisodeEventKind.Reassigned] = Open;
        table[(int)EpisodeEventKind.PutOnHold] = [EpisodeState.Accepted, .. Working];
        table[(int)EpisodeEventKind.Resumed] = [EpisodeState.OnHold];
        table[(int)EpisodeEventKind.Closed] = Open;
        table[(int)EpisodeEventKind.OfferLapsed] = [EpisodeState.Offered];
        table[(int)EpisodeEventKind.EscalationResolved] = Any;
        table[(int)EpisodeEventKind.UrgencyChanged] = Open;
        table[(int)EpisodeEventKind.EnteredInError] = Any;
        table[(int)EpisodeEventKind.NhsNumberTraced] = Any;
        table[(int)EpisodeEventKind.DemographicsRecorded] = Any;
        table[(int)EpisodeEventKind.ConnectionSharingRecorded] = Working;
        table[(int)EpisodeEventKind.ReferrerSharingRecorded] = [.. Open, EpisodeState.Declined, EpisodeState.NotAccepted, EpisodeState.Closed];
        table[(int)EpisodeEventKind.MeasuresNotTakenRecorded] = [EpisodeState.Closed];
        return table;
    }
}
