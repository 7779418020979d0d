using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using SocialPrescribing.Measures;
using SocialPrescribing.Referrals.Testing;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals.Tests;

/// <summary>
/// Caseload entries, messages back and group views rebuilt from their data without the episode (as a group or a practice
/// reads them): the same as those made from the episode, and refused when the data cannot come from one
/// (docs/referrals.md, "Caseload", "Message back to the GP and the referrer", "View for a connected group").
/// </summary>
public class ViewsFromDataTests
{
    private static readonly EpisodeId Id = Journeys.Id;
    private static readonly LinkWorkerId Lw = Journeys.Lw;
    private static readonly LinkWorkerId Cover = LinkWorkerId.Create("LW-02");
    private static readonly LocalDate Day = new(2026, 3, 1);

    [Property]
    public bool GroupView_FromItsData_IsTheViewFromTheEpisode(Episode episode)
        => Enumerable.Range(1, episode.Connections.Length).All(n =>
        {
            GroupView view = GroupView.Create(episode, n);
            GroupView rebuilt = GroupView.Create(view.ConnectionNumber, view.GroupId, view.GroupName, view.IsShared, view.EpisodeId, view.LinkWorker, view.Category, view.IntroducedOn, view.How, view.NeedToKnowNote, view.Updates);
            return Describe(rebuilt) == Describe(view) && rebuilt.ToString() == view.ToString();
        });

    [Property]
    public bool MessageBack_FromItsData_IsTheMessageFromTheEpisode(Episode episode)
        => !episode.IsFinal || episode.Referral is not Referral referral || Enum.GetValues<MessageBackRecipient>()
            .Where(r => r != MessageBackRecipient.Referrer || !referral.Referrer.IsSelfReferral)
            .All(recipient =>
            {
                MessageBack message = MessageBack.Create(episode, recipient);
                MessageBack rebuilt = Rebuild(message);
                return Describe(rebuilt) == Describe(message) && rebuilt.ToMarkdown() == message.ToMarkdown()
                    && rebuilt.ToPlainText() == message.ToPlainText() && rebuilt.ToString() == message.ToString();
            });

    [Property]
    public bool CaseloadEntry_FromItsData_IsTheEntryOfTheCaseload(Episode[] episodes, NonNegativeInt days)
        => Caseload.For(episodes, EpisodeGenerators.Origin.PlusDays(days.Get % 1100)).Entries.All(e =>
        {
            CaseloadEntry rebuilt = CaseloadEntry.Create(e.EpisodeId, e.Reason, e.LinkWorker, e.Date, e.Status, e.Urgency, e.DaysWaiting, e.ConnectionNumber, e.NeedsEligibilityConfirmation, e.EscalationNumber, e.CoveredBy, e.HandBackTo);
            return Describe(rebuilt) == Describe(e) && rebuilt.Explanation == e.Explanation && rebuilt.ToString() == e.ToString();
        });

    [Fact]
    public void GroupView_NotShared_CarriesOnlyTheGroup()
    {
        GroupView view = GroupView.Create(2, "GROUP-7", null, isShared: false);
        Assert.Equal("View for connection 2: nothing about the person shared", view.ToString());
        Assert.Null(view.EpisodeId);
        Assert.Empty(view.Updates);
    }

    [Fact]
    public void GroupView_Shared_TrimsItsText()
    {
        GroupView view = GroupView.Create(1, null, "  Community choir ", true, Id, Lw, ConnectionCategory.Create(ConnectionCategoryKind.ArtsBasedActivities), Day, IntroductionMethod.PersonWentAlone, " Sit near the front ", [new ConnectionUpdate(ConnectionOutcome.Attended, Day.PlusDays(7))]);
        Assert.Equal("Community choir", view.GroupName);
        Assert.Equal("Sit near the front", view.NeedToKnowNote);
        Assert.Single(view.Updates);
    }

    public static TheoryData<string, string, Func<GroupView>> GroupViewRefusals => new()
    {
        { "connectionNumber", "Value should be in range", () => GroupView.Create(0, "GROUP-7", null, false) },
        { "groupName", ReferralsMessages.GroupMissing, () => GroupView.Create(1, null, null, false) },
        { "groupId", ReferralsMessages.IdShape, () => GroupView.Create(1, "GROUP 7", null, false) },
        { "isShared", ReferralsMessages.GroupViewNotShared, () => GroupView.Create(1, "GROUP-7", null, false, Id) },
        { "isShared", ReferralsMessages.GroupViewNotShared, () => GroupView.Create(1, "GROUP-7", null, false, updates: [new ConnectionUpdate(ConnectionOutcome.Attended, Day)]) },
        { "isShared", ReferralsMessages.GroupViewShared, () => GroupView.Create(1, "GROUP-7", null, true, Id, how: IntroductionMethod.PersonWentAlone, introducedOn: Day) },
        { "episodeId", ReferralsMessages.EpisodeIdDefault, () => SharedView(episodeId: default(EpisodeId)) },
        { "category", ReferralsMessages.CategoryDefault, () => SharedView(category: default(ConnectionCategory)) },
        { "how", Preconditions.EnumValueNotDefined, () => SharedView(how: (IntroductionMethod)99) },
        { "linkWorker", ReferralsMessages.LinkWorkerIdDefault, () => SharedView(linkWorker: default(LinkWorkerId)) },
        { "needToKnowNote", ReferralsMessages.ShortTextLength, () => SharedView(note: new string('a', 151)) },
        { "updates", ReferralsMessages.ConnectionUpdatesDefault, () => SharedView(update: default(ConnectionUpdate)) },
    };

    [Theory]
    [MemberData(nameof(GroupViewRefusals))]
    public void GroupView_Refused(string parameter, string message, Func<GroupView> create) => AssertRefused(parameter, message, () => create());

    public static TheoryData<string, string, Func<CaseloadEntry>> CaseloadEntryRefusals => new()
    {
        { "episodeId", ReferralsMessages.EpisodeIdDefault, () => CaseloadEntry.Create(default, CaseloadReason.OnHoldPastResumeDate, Lw, Day) },
        { "reason", Preconditions.EnumValueNotDefined, () => CaseloadEntry.Create(Id, 0, Lw, Day) },
        { "linkWorker", ReferralsMessages.LinkWorkerIdDefault, () => CaseloadEntry.Create(Id, CaseloadReason.OnHoldPastResumeDate, default(LinkWorkerId), Day) },
        { "urgency", Preconditions.EnumValueNotDefined, () => CaseloadEntry.Create(Id, CaseloadReason.OnHoldPastResumeDate, Lw, Day, urgency: (Urgency)9) },
        { "status", ReferralsMessages.CaseloadEntryStatus, () => CaseloadEntry.Create(Id, CaseloadReason.Ons4Due, Lw, Day) },
        { "status", ReferralsMessages.CaseloadEntryStatus, () => CaseloadEntry.Create(Id, CaseloadReason.PamDue, Lw, Day, ScheduleStatus.NotYetDue) },
        { "status", ReferralsMessages.CaseloadEntryStatus, () => CaseloadEntry.Create(Id, CaseloadReason.OnHoldPastResumeDate, Lw, Day, ScheduleStatus.Due) },
        { "daysWaiting", ReferralsMessages.CaseloadEntryDaysWaiting, () => CaseloadEntry.Create(Id, CaseloadReason.WaitingForFirstContact, Lw, Day, urgency: Urgency.Routine) },
        { "daysWaiting", "Value should be in range", () => CaseloadEntry.Create(Id, CaseloadReason.NotAcceptedWithinThreshold, null, Day, urgency: Urgency.Routine, daysWaiting: -1) },
        { "connectionNumber", ReferralsMessages.CaseloadEntryConnection, () => CaseloadEntry.Create(Id, CaseloadReason.HeldByCover, Lw, Day, connectionNumber: 1) },
        { "connectionNumber", "Value should be in range", () => CaseloadEntry.Create(Id, CaseloadReason.ConnectionToFollowUp, Lw, Day, connectionNumber: 0) },
        { "escalationNumber", ReferralsMessages.CaseloadEntryEscalation, () => CaseloadEntry.Create(Id, CaseloadReason.UnresolvedEscalation, Lw, Day, escalationNumber: 1) },
        { "escalationNumber", ReferralsMessages.CaseloadEntryEscalation, () => CaseloadEntry.Create(Id, CaseloadReason.Ons4Due, Lw, Day, ScheduleStatus.Due, escalationNumber: 1) },
        { "needsEligibilityConfirmation", ReferralsMessages.CaseloadEntryEligibility, () => CaseloadEntry.Create(Id, CaseloadReason.Ons4Due, Lw, Day, ScheduleStatus.Due, needsEligibilityConfirmation: true) },
        { "handBackTo", ReferralsMessages.CaseloadEntryHandBack, () => CaseloadEntry.Create(Id, CaseloadReason.HandBackDue, Cover, Day) },
        { "coveredBy", ReferralsMessages.CaseloadEntryCover, () => CaseloadEntry.Create(Id, CaseloadReason.HeldByCover, null, Day, coveredBy: Cover) },
        { "coveredBy", ReferralsMessages.CaseloadEntryCover, () => CaseloadEntry.Create(Id, CaseloadReason.HeldByCover, Lw, Day, coveredBy: Lw) },
    };

    [Theory]
    [MemberData(nameof(CaseloadEntryRefusals))]
    public void CaseloadEntry_Refused(string parameter, string message, Func<CaseloadEntry> create) => AssertRefused(parameter, message, () => create());

    [Fact]
    public void CaseloadEntry_Accepted_ExplainsItself()
    {
        CaseloadEntry entry = CaseloadEntry.Create(Id, CaseloadReason.PamDue, Cover, Day, ScheduleStatus.Overdue, Urgency.Routine, needsEligibilityConfirmation: true, coveredBy: Lw);
        Assert.Equal("PAM Overdue (due 2026-03-01); confirm PAM suits the person first. Cover by LW-01 while LW-02 is absent.", entry.Explanation);
    }

    [Fact]
    public void MessageBack_FromItsData_PracticeCopyNamesThePerson()
    {
        MessageBack message = Rebuild(MessageBack.Create(Journeys.Closed(Journeys.Housing, Journeys.Permissions(needToKnow: true)), MessageBackRecipient.RegisteredGp));
        Assert.Equal(Journeys.Nhs, message.Person!.Value.NhsNumber);
        Assert.Contains("NHS number: 999 000 0026.", message.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public void MessageBack_NotShared_SaysSo()
    {
        MessageBack message = MessageBack.Create(MessageBackRecipient.Referrer, false, false, Id, Journeys.ReferredOn, EpisodeState.Declined, Journeys.ReferredOn.PlusDays(3), caseReference: "HA-1");
        Assert.Contains("The person has not agreed to share more with the referrer.", message.ToPlainText(), StringComparison.Ordinal);
        Assert.False(message.IsShared);
    }

    public static TheoryData<string, string, Func<MessageBack>> MessageBackRefusals => new()
    {
        { "recipient", Preconditions.EnumValueNotDefined, () => Whole(recipient: (MessageBackRecipient)9) },
        { "episodeId", ReferralsMessages.EpisodeIdDefault, () => Whole(episodeId: default(EpisodeId)) },
        { "ending", ReferralsMessages.MessageBackEnding, () => Whole(ending: EpisodeState.OnHold) },
        { "endedOn", ReferralsMessages.MessageBackEndedOn, () => Whole(endedOn: Journeys.ReferredOn.PlusDays(-1)) },
        { "isWholeMessage", ReferralsMessages.MessageBackWhole, () => Part(recipient: MessageBackRecipient.RegisteredGp) },
        { "isWholeMessage", ReferralsMessages.MessageBackWhole, () => Whole(isShared: false) },
        { "isWholeMessage", ReferralsMessages.MessageBackWholeParts, () => Whole(withPerson: false) },
        { "isWholeMessage", ReferralsMessages.MessageBackWholeParts, () => Whole(contacts: null) },
        { "isWholeMessage", ReferralsMessages.MessageBackWholeParts, () => Part(person: PersonIdentifier.Create(Journeys.Nhs)) },
        { "isWholeMessage", ReferralsMessages.MessageBackWholeParts, () => Part(satisfaction: FriendsAndFamilyAnswer.Good) },
        { "isWholeMessage", ReferralsMessages.MessageBackWholeParts, () => Part(escalations: [Escalation(Id)]) },
        { "updatedOn", ReferralsMessages.MessageBackUpdatedOn, () => Whole(ending: EpisodeState.Declined, closureReason: null, updatedOn: Day) },
        { "caseReference", ReferralsMessages.MessageBackCaseReference, () => Whole(caseReference: "HA-1") },
        { "caseReference", ReferralsMessages.IdShape, () => Part(caseReference: "HA 1") },
        { "isShared", ReferralsMessages.MessageBackNotShared, () => Part(shared: false) },
        { "closureReason", ReferralsMessages.MessageBackReason, () => Whole(closureReason: null) },
        { "closureReason", ReferralsMessages.MessageBackReason, () => Whole(ending: EpisodeState.NotAccepted) },
        { "closureReason", Preconditions.EnumValueNotDefined, () => Whole(closureReason: (ClosureReason)99) },
        { "otherClosureReason", ReferralsMessages.OtherClosureReason, () => Whole(closureReason: ClosureReason.Other) },
        { "otherClosureReason", ReferralsMessages.OtherClosureReason, () => Whole(otherClosureReason: "Moved away") },
        { "connections", ReferralsMessages.MessageBackConnections, () => Whole(connections: [Connection(2)]) },
        { "escalations", ReferralsMessages.MessageBackEscalations, () => Whole(escalations: [Escalation(EpisodeId.Create(Guid.Parse("11111111-2222-3333-4444-555555555555")))]) },
        { "ons4Change", ReferralsMessages.MessageBackChangeDates, () => Whole(ons4Change: Ons4Change.Between(Journeys.Ons4(Day, AssessmentOccasion.FollowUp, 1, 2, 3, 4), Journeys.Ons4(Day.PlusDays(-1), AssessmentOccasion.Baseline, 1, 2, 3, 4))) },
        { "attendedContactCount", "Value should be in range", () => Whole(contacts: -1) },
        { "timeWithPerson", ReferralsMessages.MessageBackTimeNegative, () => Whole(time: Duration.FromMinutes(-1)) },
        { "changesInPersonsWords", ReferralsMessages.PersonsWordsLength, () => Whole(words: " ") },
    };

    [Theory]
    [MemberData(nameof(MessageBackRefusals))]
    public void MessageBack_Refused(string parameter, string message, Func<MessageBack> create) => AssertRefused(parameter, message, () => create());

    [Fact]
    public void Refusals_NeverEchoThePerson()
    {
        // The NHS number given where it may not be: the message names the rule, not the number.
        var e = Assert.ThrowsAny<ArgumentException>(() => Part(person: PersonIdentifier.Create(Journeys.Nhs)));
        Assert.DoesNotContain("9990000026", e.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("0026", e.Message, StringComparison.Ordinal);
    }

    /// <summary>A message back rebuilt through <see cref="MessageBack.Create(MessageBackRecipient, bool, bool, EpisodeId, LocalDate, EpisodeState, LocalDate, LocalDate?, PersonIdentifier?, string?, NotAcceptedReason?, string?, ClosureReason?, string?, IEnumerable{ConnectionSummary}?, Ons4Change?, PamChange?, IEnumerable{Escalated}?, string?, FriendsAndFamilyAnswer?, int?, Duration?)"/> from every part of another.</summary>
    internal static MessageBack Rebuild(MessageBack m)
        => MessageBack.Create(
            m.Recipient, m.IsWholeMessage, m.IsShared, m.EpisodeId, m.ReferredOn, m.Ending, m.EndedOn, m.UpdatedOn, m.Person, m.CaseReference,
            m.NotAcceptedReason, m.RedirectedTo, m.ClosureReason, m.OtherClosureReason,
            m.Connections.Select(c => ConnectionSummary.Create(c.Number, c.Category, c.GroupId, c.GroupName, c.IntroducedOn, c.How, c.Latest, c.IsSupportTakenUp)),
            m.Ons4Change, m.PamChange, m.Escalations, m.ChangesInPersonsWords, m.Satisfaction, m.AttendedContactCount, m.TimeWithPerson);

    /// <summary>Every part of a view, as text, to compare two views.</summary>
    internal static string Describe(GroupView v)
        => Join(v.ConnectionNumber, v.GroupId, v.GroupName, v.IsShared, v.EpisodeId, v.LinkWorker, v.Category, v.IntroducedOn, v.How, v.NeedToKnowNote, string.Join(";", v.Updates));

    /// <summary>Every part of an entry, as text, to compare two entries.</summary>
    internal static string Describe(CaseloadEntry e)
        => Join(e.EpisodeId, e.Reason, e.LinkWorker, e.Date, e.Status, e.Urgency, e.DaysWaiting, e.ConnectionNumber, e.NeedsEligibilityConfirmation, e.EscalationNumber, e.CoveredBy, e.HandBackTo);

    /// <summary>Every part of a message back, as text (the person in full), to compare two messages.</summary>
    internal static string Describe(MessageBack m)
        => Join(
            m.Recipient, m.IsWholeMessage, m.IsShared, m.EpisodeId, m.ReferredOn, m.Ending, m.EndedOn, m.UpdatedOn,
            m.Person?.NhsNumber?.UnmaskedValue, m.Person?.LocalKey, m.CaseReference, m.NotAcceptedReason, m.RedirectedTo, m.ClosureReason, m.OtherClosureReason,
            string.Join(";", m.Connections.Select(c => Join(c.Number, c.Category, c.GroupId, c.GroupName, c.IntroducedOn, c.How, c.Latest, c.IsSupportTakenUp))),
            m.Ons4Change is Ons4Change o ? Join(o.FromDate, o.ToDate, string.Join(";", Enum.GetValues<Ons4Item>().Select(i => Join(o[i].From, o[i].To)))) : null,
            m.PamChange is PamChange p ? Join(p.From, p.To) : null,
            string.Join(";", m.Escalations.Select(e => Join(e.Context, e.On, e.Reason, e.To, e.Urgency, e.ClosesEpisode))),
            m.ChangesInPersonsWords, m.Satisfaction, m.AttendedContactCount, m.TimeWithPerson);

    private static string Join(params object?[] parts)
    {
        var text = new StringBuilder();
        foreach (object? part in parts)
        {
            text.Append(part is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : part?.ToString() ?? "null").Append('|');
        }

        return text.ToString();
    }

    private static void AssertRefused(string parameter, string message, Action create)
    {
        ArgumentException e = Assert.ThrowsAny<ArgumentException>(create);
        Assert.Equal(parameter, e.ParamName);
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    private static GroupView SharedView(EpisodeId? episodeId = null, ConnectionCategory? category = null, IntroductionMethod how = IntroductionMethod.PersonWentAlone, LinkWorkerId? linkWorker = null, string? note = null, ConnectionUpdate? update = null)
        => GroupView.Create(1, "GROUP-7", null, true, episodeId ?? Id, linkWorker, category ?? ConnectionCategory.Create(ConnectionCategoryKind.HousingSupport), Day, how, note, update is ConnectionUpdate u ? [u] : []);

    private static Escalated Escalation(EpisodeId episode)
        => new(new EventContext(episode, 5, Instant.FromUtc(2026, 2, 1, 9, 0), ActorRole.LinkWorker, Lw), Day, EscalationReason.SafeguardingConcern, EscalationRecipient.GpSupervisor, Urgency.Urgent, false);

    private static ConnectionSummary Connection(int number)
        => ConnectionSummary.Create(number, ConnectionCategory.Create(ConnectionCategoryKind.HousingSupport), null, "Tenancy support", Day, IntroductionMethod.PersonWentAlone, null, false);

    private static readonly PersonIdentifier Person = PersonIdentifier.Create(Journeys.Nhs);

    /// <summary>The whole message of a closed episode, with one part changed.</summary>
    private static MessageBack Whole(
        MessageBackRecipient recipient = MessageBackRecipient.RegisteredGp,
        EpisodeId? episodeId = null,
        EpisodeState ending = EpisodeState.Closed,
        LocalDate? endedOn = null,
        bool isShared = true,
        bool withPerson = true,
        int? contacts = 3,
        Duration? time = null,
        LocalDate? updatedOn = null,
        string? caseReference = null,
        ClosureReason? closureReason = ClosureReason.GoalsMet,
        string? otherClosureReason = null,
        ConnectionSummary[]? connections = null,
        Escalated[]? escalations = null,
        Ons4Change? ons4Change = null,
        string? words = null)
        => MessageBack.Create(
            recipient, true, isShared, episodeId ?? Id, Journeys.ReferredOn, ending, endedOn ?? Journeys.ReferredOn.PlusMonths(6), updatedOn,
            withPerson ? Person : null, caseReference,
            closureReason: closureReason,
            otherClosureReason: otherClosureReason,
            connections: connections,
            ons4Change: ons4Change,
            escalations: escalations,
            changesInPersonsWords: words,
            attendedContactCount: contacts,
            timeWithPerson: time ?? Duration.FromMinutes(90));

    /// <summary>An outside referrer's copy of a closed episode, shared, with one part changed.</summary>
    private static MessageBack Part(
        MessageBackRecipient recipient = MessageBackRecipient.Referrer,
        bool shared = true,
        PersonIdentifier? person = null,
        FriendsAndFamilyAnswer? satisfaction = null,
        Escalated[]? escalations = null,
        string? caseReference = "HA-1")
        => MessageBack.Create(
            recipient, false, shared, Id, Journeys.ReferredOn, EpisodeState.Closed, Journeys.ReferredOn.PlusMonths(6), person: person, caseReference: caseReference,
            closureReason: ClosureReason.GoalsMet, escalations: escalations, satisfaction: satisfaction);
}
