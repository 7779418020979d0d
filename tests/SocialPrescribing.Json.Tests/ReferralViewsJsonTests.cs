using System.Text.Json;
using FsCheck;
using FsCheck.Xunit;
using SocialPrescribing.Referrals;
using SocialPrescribing.Referrals.Testing;
using static SocialPrescribing.Json.Tests.Projections;

namespace SocialPrescribing.Json.Tests;

/// <summary>
/// Caseload entries, messages back and group views as documents (docs/json.md, "Caseload, message back and group view"):
/// read back without the episode to the same view, written twice to the same bytes, refused when they cannot exist,
/// and the group view's approved form.
/// </summary>
public sealed class ReferralViewsJsonTests
{
    private const string GroupViewFile = "group-view.json";

    [Property]
    public bool CaseloadEntry_RoundTrips_ToTheSameEntry(Episode[] episodes, NonNegativeInt days)
        => Entries(episodes, days).All(e => Describe(SocialPrescribingJson.Deserialize<CaseloadEntry>(SocialPrescribingJson.Serialize(e))) == Describe(e));

    [Property]
    public bool CaseloadEntry_WrittenReadWritten_GivesIdenticalBytes(Episode[] episodes, NonNegativeInt days)
        => Entries(episodes, days).All(DocumentChecks.WrittenTwiceTheSame);

    [Property]
    public bool MessageBack_RoundTrips_ToTheSameMessage(Episode episode)
        => Messages(episode).All(m =>
        {
            MessageBack back = SocialPrescribingJson.Deserialize<MessageBack>(SocialPrescribingJson.Serialize(m));
            return Describe(back) == Describe(m) && back.ToMarkdown() == m.ToMarkdown();
        });

    [Property]
    public bool MessageBack_WrittenReadWritten_GivesIdenticalBytes(Episode episode) => Messages(episode).All(DocumentChecks.WrittenTwiceTheSame);

    [Property]
    public bool GroupView_RoundTrips_ToTheSameView(Episode episode)
        => Views(episode).All(v => Describe(SocialPrescribingJson.Deserialize<GroupView>(SocialPrescribingJson.Serialize(v))) == Describe(v));

    [Property]
    public bool GroupView_WrittenReadWritten_GivesIdenticalBytes(Episode episode) => Views(episode).All(DocumentChecks.WrittenTwiceTheSame);

    /// <summary>The journeys' final episodes carry connections and escalations, which the generated ones rarely do.</summary>
    [Fact]
    public void MessageBack_WithConnectionsAndEscalations_RoundTrips()
    {
        MessageBack[] messages = [.. Journeys.EveryKind.SelectMany(Messages)];
        Assert.Contains(messages, m => m.Connections.Count > 0 && !m.Escalations.IsEmpty);

        foreach (MessageBack m in messages)
        {
            Assert.Equal(Describe(m), Describe(SocialPrescribingJson.Deserialize<MessageBack>(SocialPrescribingJson.Serialize(m))));
            Assert.True(DocumentChecks.WrittenTwiceTheSame(m));
        }
    }

    [Fact]
    public void GroupView_IsWrittenAsApproved() => Golden.Check(GroupViewFile, SocialPrescribingJson.SerializeToUtf8Bytes(Fixtures.GroupView));

    [Fact]
    public void GroupView_Version1Fixture_ReadsAsTheFixedView()
        => Assert.Equal(Describe(Fixtures.GroupView), Describe(SocialPrescribingJson.Deserialize<GroupView>(File.ReadAllBytes(Golden.Path("v1", GroupViewFile)))));

    [Fact]
    public void GroupView_NotShared_CarriesOnlyTheGroup()
        => Assert.Equal(
            """{"schemaVersion":2,"connectionNumber":2,"isShared":false,"groupId":"GROUP-7"}""",
            SocialPrescribingJson.Serialize(GroupView.Create(2, "GROUP-7", null, isShared: false)));

    [Fact]
    public void MessageBack_PracticeCopy_CarriesTheNhsNumberInFull()
    {
        MessageBack message = MessageBack.Create(
            MessageBackRecipient.RegisteredGp, true, true, Fixtures.Closed, new NodaTime.LocalDate(2026, 1, 5), EpisodeState.Closed, new NodaTime.LocalDate(2026, 7, 20),
            person: PersonIdentifier.Create(NhsNumber.Parse("9990000026")), closureReason: ClosureReason.GoalsMet, attendedContactCount: 2, timeWithPerson: NodaTime.Duration.FromMinutes(105));
        string json = SocialPrescribingJson.Serialize(message);
        Assert.Contains("\"person\":{\"nhsNumber\":\"9990000026\"}", json, StringComparison.Ordinal);
        Assert.Equal(Describe(message), Describe(SocialPrescribingJson.Deserialize<MessageBack>(json)));
    }

    public static TheoryData<string, string, string, string> Refusals => new()
    {
        // model, path, the value that must not be echoed, the document
        { "caseload entry", "$.reason", "frobnicate", Entry("\"reason\":\"ons4Due\"", "\"reason\":\"frobnicate\"") },
        { "caseload entry", "$: The document breaks a rule of the model: Value should be in range", "-5", Entry("\"daysWaiting\":12", "\"daysWaiting\":-5") },
        { "caseload entry", "$: JSON deserialization", "12", Entry(",\"date\":\"2026-03-01\"", string.Empty) },
        { "caseload entry", "$: The document breaks a rule of the model: Status should be due or overdue exactly", "ons4Due", Entry("\"status\":\"due\",", string.Empty) },
        { "message back", "$.ending", "reopened", Message("\"ending\":\"closed\"", "\"ending\":\"reopened\"") },
        { "message back", "$.person.nhsNumber: Not valid: an NHS number", "9990000027", Message("9990000026", "9990000027") },
        { "message back", "$: The document breaks a rule of the model: The person, contacts", "9990000026", Message(",\"attendedContactCount\":2", string.Empty) },
        { "message back", "$: JSON deserialization", "7c9e6679", Message("\"episodeId\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\",", string.Empty) },
        { "group view", "$.how", "byCarrierPigeon", View("\"how\":\"linkWorkerWentToFirstSession\"", "\"how\":\"byCarrierPigeon\"") },
        { "group view", "$: The document breaks a rule of the model: Value should be in range", "-1", View("\"connectionNumber\":1", "\"connectionNumber\":-1") },
        { "group view", "$: The document breaks a rule of the model: A shared view should carry", "7c9e6679", View("\"episodeId\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\",", string.Empty) },
        { "group view", "$: The document breaks a rule of the model: A view the person has not agreed to share", "Hard of hearing", View("\"isShared\":true", "\"isShared\":false") },
        { "group view", "$: JSON deserialization", "GROUP-7", View("\"connectionNumber\":1,", string.Empty) },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Document_ThatCannotExist_IsRefused(string model, string path, string value, string json)
    {
        JsonException e = Assert.Throws<JsonException>(() => Read(model, json));
        Assert.StartsWith(path, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value, e.Message, StringComparison.Ordinal);
    }

    private static object Read(string model, string json) => model switch
    {
        "caseload entry" => SocialPrescribingJson.Deserialize<CaseloadEntry>(json),
        "message back" => SocialPrescribingJson.Deserialize<MessageBack>(json),
        _ => SocialPrescribingJson.Deserialize<GroupView>(json),
    };

    private static IEnumerable<CaseloadEntry> Entries(Episode[] episodes, NonNegativeInt days)
        => Caseload.For(episodes, EpisodeGenerators.Origin.PlusDays(days.Get % 1100)).Entries;

    private static IEnumerable<MessageBack> Messages(Episode episode)
        => !episode.IsFinal || episode.Referral is not Referral referral
            ? []
            : Enum.GetValues<MessageBackRecipient>()
                .Where(r => r != MessageBackRecipient.Referrer || !referral.Referrer.IsSelfReferral)
                .Select(r => MessageBack.Create(episode, r));

    private static IEnumerable<GroupView> Views(Episode episode) => Enumerable.Range(1, episode.Connections.Length).Select(n => GroupView.Create(episode, n));


    /// <summary>An ONS4 entry and a waiting entry's figure, with one fragment replaced.</summary>
    private static string Entry(string fragment, string replacement)
    {
        string ons4 = SocialPrescribingJson.Serialize(CaseloadEntry.Create(Fixtures.Closed, CaseloadReason.Ons4Due, Fixtures.Lw, new NodaTime.LocalDate(2026, 3, 1), ScheduleStatus.Due, Urgency.Routine));
        string waiting = SocialPrescribingJson.Serialize(CaseloadEntry.Create(Fixtures.Waiting, CaseloadReason.WaitingForFirstContact, null, new NodaTime.LocalDate(2026, 3, 1), urgency: Urgency.Urgent, daysWaiting: 12));
        return Replace(ons4.Contains(fragment, StringComparison.Ordinal) ? ons4 : waiting, fragment, replacement);
    }

    private static string Message(string fragment, string replacement)
        => Replace(
            SocialPrescribingJson.Serialize(MessageBack.Create(
                MessageBackRecipient.RegisteredGp, true, true, Fixtures.Closed, new NodaTime.LocalDate(2026, 1, 5), EpisodeState.Closed, new NodaTime.LocalDate(2026, 7, 20),
                person: PersonIdentifier.Create(NhsNumber.Parse("9990000026")), closureReason: ClosureReason.GoalsMet, attendedContactCount: 2, timeWithPerson: NodaTime.Duration.FromMinutes(105))),
            fragment,
            replacement);

    private static string View(string fragment, string replacement) => Replace(SocialPrescribingJson.Serialize(Fixtures.GroupView), fragment, replacement);

    private static string Replace(string json, string fragment, string replacement)
    {
        Assert.Contains(fragment, json, StringComparison.Ordinal);
        return json.Replace(fragment, replacement, StringComparison.Ordinal);
    }
}
