namespace SocialPrescribing.Referrals.Tests;

/// <summary>
/// The state table of docs/referrals.md, written here by state (the package writes it by event kind), as the oracle
/// for the transition examples, the model-based test and the documentation test.
/// </summary>
internal static class ExpectedTable
{
    private const EpisodeEventKind Contact = EpisodeEventKind.ContactRecorded;

    /// <summary>Stands for "no episode yet".</summary>
    internal const EpisodeState None = 0;

    /// <summary>The kinds that record something without changing the state, once a link worker works with the person.</summary>
    private static readonly EpisodeEventKind[] Recording =
    [
        EpisodeEventKind.ContactRecorded, EpisodeEventKind.Ons4Recorded, EpisodeEventKind.PamRecorded, EpisodeEventKind.PamEligibilityRecorded,
        EpisodeEventKind.SatisfactionRecorded, EpisodeEventKind.ChangesRecorded, EpisodeEventKind.PersonalHealthBudgetExplored,
        EpisodeEventKind.Escalated, EpisodeEventKind.ComplaintRecorded, EpisodeEventKind.PermissionsRecorded, EpisodeEventKind.Reassigned,
        EpisodeEventKind.UrgencyChanged, EpisodeEventKind.ConnectionSharingRecorded, EpisodeEventKind.ReferrerSharingRecorded,
    ];

    /// <summary>Kinds the table allows in every state, the event's own rules deciding (docs/referrals.md, footnote 7 and the rules).</summary>
    private static readonly EpisodeEventKind[] Anywhere = [EpisodeEventKind.EscalationResolved, EpisodeEventKind.EnteredInError, EpisodeEventKind.NhsNumberTraced, EpisodeEventKind.DemographicsRecorded];

    /// <summary>What may be recorded after closure, within the follow-up (docs/referrals.md, "Measures after closure").</summary>
    private static readonly EpisodeEventKind[] FollowUp =
    [
        EpisodeEventKind.Ons4Recorded, EpisodeEventKind.PamRecorded, EpisodeEventKind.PamEligibilityRecorded, EpisodeEventKind.SatisfactionRecorded,
        EpisodeEventKind.ChangesRecorded, EpisodeEventKind.MeasuresNotTakenRecorded, EpisodeEventKind.ReferrerSharingRecorded,
    ];

    /// <summary>For each state (<see cref="None"/>: no episode yet), the kinds allowed and where each leads with the typical details (attended contact, escalation that does not close).</summary>
    internal static readonly IReadOnlyDictionary<EpisodeState, IReadOnlyDictionary<EpisodeEventKind, EpisodeState>> Table = Build();

    internal static bool IsAllowed(EpisodeState? state, EpisodeEventKind kind) => Table[state ?? None].ContainsKey(kind);

    internal static EpisodeState Target(EpisodeState? state, EpisodeEventKind kind) => Table[state ?? None][kind];

    internal static IEnumerable<EpisodeState?> StatesAndNone => Table.Keys.Select(k => k == None ? (EpisodeState?)null : k);

    private static Dictionary<EpisodeState, IReadOnlyDictionary<EpisodeEventKind, EpisodeState>> Build()
    {
        var table = new Dictionary<EpisodeState, IReadOnlyDictionary<EpisodeEventKind, EpisodeState>>
        {
            [None] = new Dictionary<EpisodeEventKind, EpisodeState> { [EpisodeEventKind.Offered] = EpisodeState.Offered, [EpisodeEventKind.Referred] = EpisodeState.Referred },
            [EpisodeState.Offered] = new Dictionary<EpisodeEventKind, EpisodeState>
            {
                [EpisodeEventKind.Referred] = EpisodeState.Referred,
                [EpisodeEventKind.Declined] = EpisodeState.Declined,
                [EpisodeEventKind.OfferLapsed] = EpisodeState.Lapsed,
            },
            [EpisodeState.Declined] = new Dictionary<EpisodeEventKind, EpisodeState> { [EpisodeEventKind.ReferrerSharingRecorded] = EpisodeState.Declined },
            [EpisodeState.Referred] = new Dictionary<EpisodeEventKind, EpisodeState>
            {
                [EpisodeEventKind.Declined] = EpisodeState.Declined,
                [EpisodeEventKind.Accepted] = EpisodeState.Accepted,
                [EpisodeEventKind.NotAccepted] = EpisodeState.NotAccepted,
                [EpisodeEventKind.ComplaintRecorded] = EpisodeState.Referred,
                [EpisodeEventKind.PermissionsRecorded] = EpisodeState.Referred,
                [EpisodeEventKind.Closed] = EpisodeState.Closed,
                [EpisodeEventKind.Escalated] = EpisodeState.Referred,
                [EpisodeEventKind.Reassigned] = EpisodeState.Referred,
                [EpisodeEventKind.UrgencyChanged] = EpisodeState.Referred,
                [EpisodeEventKind.ReferrerSharingRecorded] = EpisodeState.Referred,
            },
            [EpisodeState.Accepted] = new Dictionary<EpisodeEventKind, EpisodeState>
            {
                [EpisodeEventKind.Declined] = EpisodeState.Declined,
                [Contact] = EpisodeState.FirstContactMade,
                [EpisodeEventKind.Escalated] = EpisodeState.Accepted,
                [EpisodeEventKind.ComplaintRecorded] = EpisodeState.Accepted,
                [EpisodeEventKind.PermissionsRecorded] = EpisodeState.Accepted,
                [EpisodeEventKind.Reassigned] = EpisodeState.Accepted,
                [EpisodeEventKind.PutOnHold] = EpisodeState.OnHold,
                [EpisodeEventKind.Closed] = EpisodeState.Closed,
                [EpisodeEventKind.UrgencyChanged] = EpisodeState.Accepted,
                [EpisodeEventKind.ReferrerSharingRecorded] = EpisodeState.Accepted,
            },
            [EpisodeState.NotAccepted] = new Dictionary<EpisodeEventKind, EpisodeState> { [EpisodeEventKind.ReferrerSharingRecorded] = EpisodeState.NotAccepted },
            [EpisodeState.FirstContactMade] = Working(EpisodeState.FirstContactMade, (EpisodeEventKind.PlanAgreed, EpisodeState.PlanAgreed), (EpisodeEventKind.ConnectionMade, EpisodeState.Connected)),
            [EpisodeState.PlanAgreed] = Working(EpisodeState.PlanAgreed, (EpisodeEventKind.ConnectionMade, EpisodeState.Connected), (EpisodeEventKind.ReviewStarted, EpisodeState.UnderReview)),
            [EpisodeState.Connected] = Working(
                EpisodeState.Connected,
                (EpisodeEventKind.PlanAgreed, EpisodeState.Connected),
                (EpisodeEventKind.ConnectionMade, EpisodeState.Connected),
                (EpisodeEventKind.ConnectionOutcomeRecorded, EpisodeState.Connected),
                (EpisodeEventKind.ReviewStarted, EpisodeState.UnderReview)),
            [EpisodeState.UnderReview] = Working(
                EpisodeState.UnderReview,
                (EpisodeEventKind.PlanAgreed, EpisodeState.UnderReview),
                (EpisodeEventKind.ConnectionMade, EpisodeState.UnderReview),
                (EpisodeEventKind.ConnectionOutcomeRecorded, EpisodeState.UnderReview),
                (EpisodeEventKind.ReviewCompleted, EpisodeState.Connected)),
            [EpisodeState.OnHold] = new Dictionary<EpisodeEventKind, EpisodeState>
            {
                [EpisodeEventKind.Escalated] = EpisodeState.OnHold,
                [EpisodeEventKind.ComplaintRecorded] = EpisodeState.OnHold,
                [EpisodeEventKind.PermissionsRecorded] = EpisodeState.OnHold,
                [EpisodeEventKind.Reassigned] = EpisodeState.OnHold,
                [EpisodeEventKind.Resumed] = EpisodeState.Accepted, // the state before; the canonical path pauses an accepted episode
                [EpisodeEventKind.Closed] = EpisodeState.Closed,
                [EpisodeEventKind.UrgencyChanged] = EpisodeState.OnHold,
                [EpisodeEventKind.ReferrerSharingRecorded] = EpisodeState.OnHold,
            },
            [EpisodeState.Closed] = FollowUp.ToDictionary(kind => kind, _ => EpisodeState.Closed),
            [EpisodeState.Lapsed] = new Dictionary<EpisodeEventKind, EpisodeState>(),
        };

        // Corrections, resolutions and a traced NHS number: allowed in every state, leading to the same state (a
        // correction's state is the fold without the event it names: the tests replay that).
        foreach ((EpisodeState state, IReadOnlyDictionary<EpisodeEventKind, EpisodeState> row) in table.Where(r => r.Key != None))
        {
            var extended = row.ToDictionary();
            foreach (EpisodeEventKind kind in Anywhere)
            {
                extended[kind] = state;
            }

            table[state] = extended;
        }

        return table;
    }

    private static Dictionary<EpisodeEventKind, EpisodeState> Working(EpisodeState state, params (EpisodeEventKind Kind, EpisodeState To)[] moves)
    {
        var row = Recording.ToDictionary(kind => kind, _ => state);
        row[EpisodeEventKind.PutOnHold] = EpisodeState.OnHold;
        row[EpisodeEventKind.Closed] = EpisodeState.Closed;
        foreach ((EpisodeEventKind kind, EpisodeState to) in moves)
        {
            row[kind] = to;
        }

        return row;
    }
}
