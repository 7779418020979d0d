using System.Text.Json.Serialization;
using NodaTime;
using SocialPrescribing.Checklists;
using SocialPrescribing.QualityAssurance;

namespace SocialPrescribing.Json.Wire;

// The wire forms (schema version 1) of SocialPrescribing.QualityAssurance's documents (docs/json.md, "Quality
// assurance"): quality assurance checks, group schedules, community groups and the menu of them. Statuses, states, due
// dates and the menu's answers are derived, and not written.

/// <summary>The source-generated metadata of SocialPrescribing.QualityAssurance's wire forms.</summary>
[JsonSerializable(typeof(QualityAssuranceCheckWire))]
[JsonSerializable(typeof(GroupScheduleWire))]
[JsonSerializable(typeof(CommunityGroupWire))]
[JsonSerializable(typeof(CommunityGroupMenuWire))]
internal sealed partial class QualityAssuranceWireContext : JsonSerializerContext;

/// <summary>
/// A quality assurance check: the group and its kind (which gives the prompt sheet), the prompt sheet's results keyed by
/// item id (in the sheet's order), the referral to the line manager and the guidance given, the decision, and the
/// agreement to connect. Read through the check's own members in the order the seed's process has them: start, record
/// each result, refer, record guidance, decide, sign.
/// </summary>
internal sealed record QualityAssuranceCheckWire(
    string GroupId,
    OrganisationKind Kind,
    LocalDate InitialDiscussionOn,
    Dictionary<string, PromptItemResultWire> Results,
    LocalDate? ReferredOn = null,
    LineManagerGuidanceWire? Guidance = null,
    ConnectionDecision? Decision = null,
    LocalDate? DecidedOn = null,
    string? NotConnectingReason = null,
    string[]? ActionsThatWouldChangeIt = null,
    AgreementToConnectWire? AgreementToConnect = null) : IVersioned
{
    [JsonPropertyOrder(-1)]
    public int? SchemaVersion { get; init; }

    internal static QualityAssuranceCheckWire From(QualityAssuranceCheck c)
    {
        var results = new Dictionary<string, PromptItemResultWire>(StringComparer.Ordinal);
        foreach (ChecklistItem item in c.Sheet.Items)
        {
            if (c.Results.TryGetValue(item.Id, out PromptItemResult? result))
            {
                results.Add(item.Id, new PromptItemResultWire(result.Outcome, result.Notes, result.AgreedAction));
            }
        }

        return new QualityAssuranceCheckWire(
            c.GroupId,
            c.Kind,
            c.InitialDiscussionOn,
            results,
            c.ReferredOn,
            c.Guidance is LineManagerGuidance g ? new LineManagerGuidanceWire(g.GivenBy, g.GivenOn, g.Text) : null,
            c.Decision,
            c.DecidedOn,
            c.NotConnectingReason,
            c.ActionsThatWouldChangeIt.Count == 0 ? null : [.. c.ActionsThatWouldChangeIt],
            c.AgreementToConnect is AgreementToConnect a ? AgreementToConnectWire.From(a) : null);
    }

    internal QualityAssuranceCheck ToModel()
    {
        QualityAssuranceCheck check = QualityAssuranceCheck.Start(GroupId, Kind, InitialDiscussionOn);
        foreach ((string itemId, PromptItemResultWire result) in Results)
        {
            check = Rebuild.At(JsonMessages.Invariant($"results.{itemId}"), () => check.Record(new PromptItemResult(itemId, result.Outcome, result.Notes, result.AgreedAction)));
        }

        if (ReferredOn is LocalDate referredOn)
        {
            // Stryker disable once String : a check read here is undecided and not yet referred, so this call cannot fail and the place is never named.
            check = Rebuild.At("referredOn", () => check.ReferToLineManager(referredOn));
        }

        if (Guidance is not null)
        {
            check = Rebuild.At("guidance", () => check.RecordGuidance(new LineManagerGuidance(Guidance.GivenBy, Guidance.GivenOn, Guidance.Text)));
        }

        check = Decide(check);
        return AgreementToConnect is null ? check : Rebuild.At("agreementToConnect", () => check.Sign(AgreementToConnect.ToModel()));
    }

    private QualityAssuranceCheck Decide(QualityAssuranceCheck check)
    {
        if (Decision is not ConnectionDecision decision)
        {
            return DecidedOn is null && NotConnectingReason is null && ActionsThatWouldChangeIt is null
                ? check
                : throw new ArgumentException(JsonMessages.DecidedOnWithoutDecision);
        }

        LocalDate on = DecidedOn ?? throw new ArgumentException(JsonMessages.DecisionWithoutDate);
        if (decision == ConnectionDecision.NotConnectingForNow)
        {
            return Rebuild.At("decision", () => check.DecideNotToConnect(NotConnectingReason!, ActionsThatWouldChangeIt ?? [], on));
        }

        return NotConnectingReason is null && ActionsThatWouldChangeIt is null
            ? Rebuild.At("decision", () => check.Decide(decision, on))
            : throw new ArgumentException(JsonMessages.DetailsOnlyWhenNotConnecting);
    }
}

/// <summary>One prompt sheet item's result: how it was covered, notes and the action agreed.</summary>
internal sealed record PromptItemResultWire(PromptOutcome Outcome, string? Notes = null, string? AgreedAction = null);

/// <summary>The line manager's guidance on a check.</summary>
internal sealed record LineManagerGuidanceWire(string GivenBy, LocalDate GivenOn, string Text);

/// <summary>A signature on the agreement to connect: the name and the date signed.</summary>
internal sealed record SignatureWire(string Name, LocalDate SignedOn)
{
    internal static SignatureWire From(Signature s) => new(s.Name, s.SignedOn);

    internal Signature ToModel() => new(Name, SignedOn);
}

/// <summary>The agreement to connect: both signatures and the actions agreed (an empty list when none).</summary>
internal sealed record AgreementToConnectWire(SignatureWire PcnRepresentative, SignatureWire GroupRepresentative, string[] ActionsAgreed)
{
    internal static AgreementToConnectWire From(AgreementToConnect a)
        => new(SignatureWire.From(a.PcnRepresentative), SignatureWire.From(a.GroupRepresentative), [.. a.ActionsAgreed]);

    internal AgreementToConnect ToModel() => new(PcnRepresentative.ToModel(), GroupRepresentative.ToModel(), ActionsAgreed);
}

/// <summary>
/// A group's schedule after its agreement to connect: the agreement's signing date, whether it came with agreed actions,
/// the three cadences (every one written, defaults too), the leadership changes since signing in the order recorded, and
/// the last catch-up and survey. Due dates are derived.
/// </summary>
internal sealed record GroupScheduleWire(
    string GroupId,
    LocalDate SignedOn,
    bool WithAgreedActions,
    CadenceWire ReviewCadence,
    CadenceWire CatchUpCadence,
    CadenceWire SurveyCadence,
    LocalDate[]? LeadershipChanges = null,
    LocalDate? LastCatchUpOn = null,
    LocalDate? LastSurveyOn = null) : IVersioned
{
    [JsonPropertyOrder(-1)]
    public int? SchemaVersion { get; init; }

    internal static GroupScheduleWire From(GroupSchedule s)
        => new(
            s.GroupId,
            s.SignedOn,
            s.WithAgreedActions,
            CadenceWire.From(s.ReviewCadence),
            CadenceWire.From(s.CatchUpCadence),
            CadenceWire.From(s.SurveyCadence),
            s.LeadershipChanges.Count == 0 ? null : [.. s.LeadershipChanges],
            s.LastCatchUpOn,
            s.LastSurveyOn);

    /// <summary>
    /// Rebuilds the schedule through its own members. A catch-up or survey may come before the signing date, when the
    /// agreement was renewed after it (<see cref="GroupSchedule.Renewed"/> keeps them): so the schedule starts on the
    /// earliest of the three dates, records the catch-up and survey, is renewed on the signing date (which clears no
    /// leadership change yet), then records the leadership changes, each on or after signing.
    /// </summary>
    internal GroupSchedule ToModel()
    {
        LocalDate first = LocalDate.Min(SignedOn, LocalDate.Min(LastCatchUpOn ?? SignedOn, LastSurveyOn ?? SignedOn));
        GroupSchedule schedule = Rebuild.Run(() => GroupSchedule.Create(
            GroupId, first, WithAgreedActions, ReviewCadence.ToModel(), CatchUpCadence.ToModel(), SurveyCadence.ToModel()));
        if (LastCatchUpOn is LocalDate catchUp)
        {
            schedule = Rebuild.Run(() => schedule.WithCatchUp(catchUp));
        }

        if (LastSurveyOn is LocalDate survey)
        {
            schedule = Rebuild.Run(() => schedule.WithSurvey(survey));
        }

        if (first != SignedOn)
        {
            schedule = Rebuild.Run(() => schedule.Renewed(SignedOn, WithAgreedActions));
        }

        for (int i = 0; i < (LeadershipChanges?.Length ?? 0); i++)
        {
            LocalDate on = LeadershipChanges![i];
            schedule = Rebuild.At(JsonMessages.Invariant($"leadershipChanges[{i}]"), () => schedule.WithLeadershipChange(on));
        }

        return schedule;
    }
}

/// <summary>A group's latest report of whether it can take new people.</summary>
internal sealed record CapacityReportWire(
    [property: JsonPropertyOrder(0)] bool CanTakeNewPeople,
    [property: JsonPropertyOrder(2)] LocalDate ReportedOn,
    [property: JsonPropertyOrder(3)] CapacitySource Source,
    [property: JsonPropertyOrder(1)] int? Places = null)
{
    internal static CapacityReportWire From(CapacityReport c) => new(c.CanTakeNewPeople, c.ReportedOn, c.Source, c.Places);

    internal CapacityReport ToModel() => new(CanTakeNewPeople, Places, ReportedOn, Source);
}

/// <summary>
/// A community group on the menu: what it is, its categories (in the order of <see cref="ConnectionCategoryKind"/>), where
/// and when, the contact, its schedule once agreed, whether a check is in progress or it is not connecting for now (each
/// written only when true), and its capacity.
/// </summary>
internal sealed record CommunityGroupWire(
    string Id,
    string Name,
    OrganisationKind Kind,
    ConnectionCategoryKind[] Categories,
    string WhereAndWhen,
    string Contact,
    string? AccessibilityNotes = null,
    GroupScheduleWire? Schedule = null,
    bool? CheckInProgress = null,
    bool? NotConnecting = null,
    CapacityReportWire? Capacity = null) : IVersioned
{
    /// <summary>The date of the stand-in checks below: not kept by the group, so any date does.</summary>
    private static readonly LocalDate StandInDate = new(2000, 1, 1);

    /// <summary>The words of the stand-in decision not to connect: not kept by the group.</summary>
    private const string StandInText = "Recorded on the group's own check.";

    [JsonPropertyOrder(-1)]
    public int? SchemaVersion { get; init; }

    internal static CommunityGroupWire From(CommunityGroup g)
        => new(
            g.Id,
            g.Name,
            g.Kind,
            [.. g.Categories.Order()],
            g.WhereAndWhen,
            g.Contact,
            g.AccessibilityNotes,
            g.Schedule is GroupSchedule s ? GroupScheduleWire.From(s) : null,
            g.CheckInProgress ? true : null,
            g.NotConnecting ? true : null,
            g.Capacity is CapacityReport c ? CapacityReportWire.From(c) : null);

    /// <summary>
    /// Rebuilds the group through its own members. A group keeps only that a check is in progress, or that it is not
    /// connecting for now, not the check itself (that is a document of its own): a stand-in check with that status gives
    /// the group that state, and is not kept.
    /// </summary>
    internal CommunityGroup ToModel()
    {
        bool inCheck = CheckInProgress ?? false;
        bool notConnecting = NotConnecting ?? false;
        if (inCheck && notConnecting)
        {
            throw new ArgumentException(JsonMessages.InCheckAndNotConnecting);
        }

        var group = new CommunityGroup(Id, Name, Kind, Categories, WhereAndWhen, Contact, AccessibilityNotes);
        if (Schedule is not null)
        {
            GroupSchedule schedule = Rebuild.At("schedule", Schedule.ToModel);
            group = Rebuild.At("schedule", () => group.WithSchedule(schedule));
        }

        if (inCheck || notConnecting)
        {
            QualityAssuranceCheck started = QualityAssuranceCheck.Start(group.Id, group.Kind, StandInDate);
            group = group.WithCheck(notConnecting ? started.DecideNotToConnect(StandInText, [StandInText], StandInDate) : started);
        }

        return Capacity is null ? group : group.WithCapacity(Rebuild.At("capacity", Capacity.ToModel));
    }
}

/// <summary>The menu of community groups, in the order given.</summary>
internal sealed record CommunityGroupMenuWire(CommunityGroupWire[] Groups) : IVersioned
{
    [JsonPropertyOrder(-1)]
    public int? SchemaVersion { get; init; }

    internal static CommunityGroupMenuWire From(CommunityGroupMenu m) => new([.. m.Groups.Select(CommunityGroupWire.From)]);

    internal CommunityGroupMenu ToModel()
        => new([.. Groups.Select((g, i) => Rebuild.At(JsonMessages.Invariant($"groups[{i}]"), g.ToModel))]);
}
