using System.Text.Json.Serialization;
using NodaTime;
using SocialPrescribing.Measures;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Json.Wire;

// The wire forms (schema version 1) of what SocialPrescribing.Referrals gives back from an episode: caseload entries,
// messages back and group views. Each is read without the episode and rebuilt through the model's own factory, so a
// document that breaks a rule of the view is refused there (docs/json.md, "Caseload, message back and group view").

/// <summary>A caseload entry: the episode, why it is there, and the figures of its reason only.</summary>
internal sealed record CaseloadEntryWire(
    EpisodeId EpisodeId,
    CaseloadReason Reason,
    LocalDate Date,
    LinkWorkerId? LinkWorker = null,
    ScheduleStatus? Status = null,
    Urgency? Urgency = null,
    int? DaysWaiting = null,
    int? ConnectionNumber = null,
    int? EscalationNumber = null,
    bool? NeedsEligibilityConfirmation = null,
    LinkWorkerId? CoveredBy = null,
    LinkWorkerId? HandBackTo = null) : IVersioned
{
    [JsonPropertyOrder(-1)]
    public int? SchemaVersion { get; init; }

    internal static CaseloadEntryWire From(CaseloadEntry e)
        => new(e.EpisodeId, e.Reason, e.Date, e.LinkWorker, e.Status, e.Urgency, e.DaysWaiting, e.ConnectionNumber, e.EscalationNumber,
            e.NeedsEligibilityConfirmation ? true : null, e.CoveredBy, e.HandBackTo);

    internal CaseloadEntry ToModel()
        => CaseloadEntry.Create(EpisodeId, Reason, LinkWorker, Date, Status, Urgency, DaysWaiting, ConnectionNumber, NeedsEligibilityConfirmation ?? false, EscalationNumber, CoveredBy, HandBackTo);
}

/// <summary>What came of a connection, and when.</summary>
internal sealed record ConnectionUpdateWire(ConnectionOutcome Outcome, LocalDate On)
{
    internal static ConnectionUpdateWire From(ConnectionUpdate u) => new(u.Outcome, u.On);

    internal ConnectionUpdate ToModel() => new(Outcome, On);
}

/// <summary>What a connected group may see: the group always; the rest only when the person agreed to share.</summary>
internal sealed record GroupViewWire(
    int ConnectionNumber,
    bool IsShared,
    string? GroupId = null,
    string? GroupName = null,
    EpisodeId? EpisodeId = null,
    LinkWorkerId? LinkWorker = null,
    CategoryWire? Category = null,
    LocalDate? IntroducedOn = null,
    IntroductionMethod? How = null,
    string? NeedToKnowNote = null,
    ConnectionUpdateWire[]? Updates = null) : IVersioned
{
    [JsonPropertyOrder(-1)]
    public int? SchemaVersion { get; init; }

    internal static GroupViewWire From(GroupView v)
        => new(
            v.ConnectionNumber, v.IsShared, v.GroupId, v.GroupName, v.EpisodeId, v.LinkWorker,
            v.Category is ConnectionCategory category ? CategoryWire.From(category) : null,
            v.IntroducedOn, v.How, v.NeedToKnowNote, v.Updates.IsEmpty ? null : [.. v.Updates.Select(ConnectionUpdateWire.From)]);

    internal GroupView ToModel()
        => GroupView.Create(ConnectionNumber, GroupId, GroupName, IsShared, EpisodeId, LinkWorker, Category?.ToModel(), IntroducedOn, How, NeedToKnowNote, Updates?.Select(u => u.ToModel()));
}

/// <summary>A connection as the message back reports it.</summary>
internal sealed record ConnectionSummaryWire(
    int Number,
    CategoryWire Category,
    LocalDate IntroducedOn,
    IntroductionMethod How,
    bool IsSupportTakenUp,
    string? GroupId = null,
    string? GroupName = null,
    ConnectionUpdateWire? Latest = null)
{
    internal static ConnectionSummaryWire From(ConnectionSummary c)
        => new(c.Number, CategoryWire.From(c.Category), c.IntroducedOn, c.How, c.IsSupportTakenUp, c.GroupId, c.GroupName, c.Latest is ConnectionUpdate latest ? ConnectionUpdateWire.From(latest) : null);

    internal ConnectionSummary ToModel() => ConnectionSummary.Create(Number, Category.ToModel(), GroupId, GroupName, IntroducedOn, How, Latest?.ToModel(), IsSupportTakenUp);
}

/// <summary>One ONS4 item's answers at the two dates of a change.</summary>
internal sealed record Ons4ItemChangeWire(Ons4Answer From, Ons4Answer To)
{
    internal static Ons4ItemChangeWire Of(Ons4ItemChange change) => new(change.From, change.To);
}

/// <summary>How the person's ONS4 answers changed from one date to a later one, item by item.</summary>
internal sealed record Ons4ChangeWire(LocalDate FromDate, LocalDate ToDate, Ons4ItemChangeWire LifeSatisfaction, Ons4ItemChangeWire Worthwhile, Ons4ItemChangeWire Happiness, Ons4ItemChangeWire Anxiety)
{
    internal static Ons4ChangeWire From(Ons4Change c)
        => new(c.FromDate, c.ToDate, Ons4ItemChangeWire.Of(c.LifeSatisfaction), Ons4ItemChangeWire.Of(c.Worthwhile), Ons4ItemChangeWire.Of(c.Happiness), Ons4ItemChangeWire.Of(c.Anxiety));

    /// <summary>The change between the two responses the answers come from; their occasions play no part in it.</summary>
    internal Ons4Change ToModel()
        => Ons4Change.Between(
            new Ons4Response(FromDate, AssessmentOccasion.Baseline, LifeSatisfaction.From, Worthwhile.From, Happiness.From, Anxiety.From),
            new Ons4Response(ToDate, AssessmentOccasion.FollowUp, LifeSatisfaction.To, Worthwhile.To, Happiness.To, Anxiety.To));
}

/// <summary>How the person's PAM score changed.</summary>
internal sealed record PamChangeWire(PamScore From, PamScore To)
{
    internal static PamChangeWire Of(PamChange c) => new(c.From, c.To);

    internal PamChange ToModel() => PamChange.Between(From, To);
}

/// <summary>The message back to the practice or the referrer: the parts the recipient may see, the person in full in the practice's copy.</summary>
internal sealed record MessageBackWire(
    MessageBackRecipient Recipient,
    bool IsWholeMessage,
    bool IsShared,
    EpisodeId EpisodeId,
    LocalDate ReferredOn,
    EpisodeState Ending,
    LocalDate EndedOn,
    LocalDate? UpdatedOn = null,
    PersonWire? Person = null,
    string? CaseReference = null,
    NotAcceptedReason? NotAcceptedReason = null,
    string? RedirectedTo = null,
    ClosureReason? ClosureReason = null,
    string? OtherClosureReason = null,
    ConnectionSummaryWire[]? Connections = null,
    Ons4ChangeWire? Ons4Change = null,
    PamChangeWire? PamChange = null,
    EscalatedWire[]? Escalations = null,
    string? ChangesInPersonsWords = null,
    FriendsAndFamilyAnswer? Satisfaction = null,
    int? AttendedContactCount = null,
    Duration? TimeWithPerson = null) : IVersioned
{
    [JsonPropertyOrder(-1)]
    public int? SchemaVersion { get; init; }

    internal static MessageBackWire From(MessageBack m)
        => new(
            m.Recipient, m.IsWholeMessage, m.IsShared, m.EpisodeId, m.ReferredOn, m.Ending, m.EndedOn, m.UpdatedOn,
            m.Person is PersonIdentifier person ? PersonWire.From(person) : null,
            m.CaseReference, m.NotAcceptedReason, m.RedirectedTo, m.ClosureReason, m.OtherClosureReason,
            m.Connections.Count == 0 ? null : [.. m.Connections.Select(ConnectionSummaryWire.From)],
            m.Ons4Change is Measures.Ons4Change ons4 ? Ons4ChangeWire.From(ons4) : null,
            m.PamChange is Measures.PamChange pam ? PamChangeWire.Of(pam) : null,
            m.Escalations.IsEmpty ? null : [.. m.Escalations.Select(e => (EscalatedWire)EventWire.From(e))],
            m.ChangesInPersonsWords, m.Satisfaction, m.AttendedContactCount, m.TimeWithPerson);

    internal MessageBack ToModel()
        => MessageBack.Create(
            Recipient, IsWholeMessage, IsShared, EpisodeId, ReferredOn, Ending, EndedOn, UpdatedOn, Person?.ToModel(), CaseReference,
            NotAcceptedReason, RedirectedTo, ClosureReason, OtherClosureReason, Connections?.Select(c => c.ToModel()),
            Ons4Change?.ToModel(), PamChange?.ToModel(), Escalations?.Select(e => (Escalated)e.ToModel()), ChangesInPersonsWords,
            Satisfaction, AttendedContactCount, TimeWithPerson);
}
