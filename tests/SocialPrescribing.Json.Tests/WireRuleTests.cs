using System.Text.Json;
using SocialPrescribing.Measures;
using SocialPrescribing;
using SocialPrescribing.Outcomes;
using SocialPrescribing.QualityAssurance;
using SocialPrescribing.Referrals;
using static SocialPrescribing.Json.Tests.DocumentChecks;

namespace SocialPrescribing.Json.Tests;

/// <summary>
/// The rules a wire form checks of itself on reading, each at its boundary: the roles of a column, the parts of a
/// cell, a decision's details, a category's description, the counts of dates and events, the nesting of the version.
/// </summary>
public sealed class WireRuleTests
{
    private const string Table = "{'schemaVersion':1,'title':'T','rowHeaders':['Practice'],'columns':[COLUMNS],'rows':[ROWS]}";
    private const string Check = "{'schemaVersion':1,'groupId':'G-1','kind':'vcseOrganisation','initialDiscussionOn':'2025-10-08','results':{}";

    private static string TableWith(string columns, string rows = "") => Quoted(Table.Replace("COLUMNS", columns, StringComparison.Ordinal).Replace("ROWS", rows, StringComparison.Ordinal));

    public static TheoryData<string> TwoRoles => new()
    {
        "'partOf':'f','totalOf':'f'",
        "'partOf':'f','notAdditive':true",
        "'partOf':'f','percentageOf':['x','y']",
        "'partOf':'f','statisticOf':['x']",
        "'totalOf':'f','notAdditive':true",
        "'totalOf':'f','percentageOf':['x','y']",
        "'totalOf':'f','statisticOf':['x']",
        "'notAdditive':true,'percentageOf':['x','y']",
        "'notAdditive':true,'statisticOf':['x']",
        "'percentageOf':['x','y'],'statisticOf':['x']",
        "'percentageOf':['x']",
        "'percentageOf':['x','y','z']",
    };

    [Theory]
    [MemberData(nameof(TwoRoles))]
    public void Column_WithTwoRoles_OrAPercentageOfOtherThanTwoColumns_IsRefused(string roles)
    {
        JsonException e = Refused<OutcomeTable>(TableWith("{'name':'A'," + roles + "}"), "$", "'f'");

        Assert.Contains(JsonMessagesColumnRole, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Column_NotAdditive_IsWrittenAndReadAsNotAdditive()
    {
        OutcomeTable table = OutcomeTable.Create(
            "People",
            ["Practice"],
            [OutcomeColumn.Create("Episodes"), OutcomeColumn.NotAdditive("People")],
            [OutcomeRow.Create(["A81001"], [OutcomeCell.Count(3), OutcomeCell.Count(2)])]);

        string json = SocialPrescribingJson.Serialize(table);

        Assert.Contains("{\"name\":\"People\",\"notAdditive\":true}", json, StringComparison.Ordinal);
        Assert.Contains("{\"name\":\"Episodes\"}", json, StringComparison.Ordinal);
        Assert.False(SocialPrescribingJson.Deserialize<OutcomeTable>(json).Columns[1].IsAdditive);
        Assert.True(SocialPrescribingJson.Deserialize<OutcomeTable>(json).Columns[0].IsAdditive);
    }

    [Fact]
    public void CountCell_OfTheLargestWholeNumber_IsRead_AndOneBeyondOrAFraction_IsRefused()
    {
        string Row(string value) => "{'labels':['A81001'],'cells':[{'kind':'count','value':" + value + "}]}";

        OutcomeTable largest = SocialPrescribingJson.Deserialize<OutcomeTable>(TableWith("{'name':'A'}", Row("9223372036854775807")));
        Assert.Equal(long.MaxValue, largest.Rows[0].Cells[0].CountValue);

        foreach (string value in (string[])["9223372036854775808", "-9223372036854775809", "1e20", "2.5"])
        {
            JsonException e = Assert.Throws<JsonException>(() => SocialPrescribingJson.Deserialize<OutcomeTable>(TableWith("{'name':'A'}", Row(value))));
            Assert.Contains("A count cell carries its whole value", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ValueCounts_OutOfRange_IsWrittenAndReadBack()
    {
        string golden = File.ReadAllText(Golden.Path("golden", "outcome-partial.json"));
        const string Waits = "\"waitingDays\":{\"counts\":{\"7\":1}}";
        Assert.Contains(Waits, golden, StringComparison.Ordinal);
        string withOutOfRange = golden.Replace(Waits, "\"waitingDays\":{\"counts\":{\"7\":1},\"outOfRange\":2}", StringComparison.Ordinal);

        string again = SocialPrescribingJson.Serialize(SocialPrescribingJson.Deserialize<EpisodeOutcomeAggregate>(withOutOfRange));

        Assert.Equal(withOutOfRange.TrimEnd(), again);
    }

    /// <summary>Oracle: the people and first referrals of each group, sorted ordinally by the test.</summary>
    [FsCheck.Xunit.Property]
    public bool CodedActivityPeople_AreWrittenInOrdinalOrder(CodedActivityPartial partial)
    {
        using JsonDocument document = JsonDocument.Parse(SocialPrescribingJson.Serialize(partial));
        foreach (JsonElement group in document.RootElement.GetProperty("groups").EnumerateArray())
        {
            foreach (string list in (string[])["offeredPeople", "declinedPeople"])
            {
                string[] people = group.TryGetProperty(list, out JsonElement p) ? [.. p.EnumerateArray().Select(e => e.GetString()!)] : [];
                Assert.Equal(people.Order(StringComparer.Ordinal), people);
            }

            string[] firsts = group.TryGetProperty("firstReferrals", out JsonElement f) ? [.. f.EnumerateArray().Select(e => e.EnumerateObject().First().Value.GetString()!)] : [];
            Assert.Equal(firsts.Order(StringComparer.Ordinal), firsts);
        }

        return true;
    }

    [Theory]
    [InlineData(",'notConnectingReason':'No hall'")]
    [InlineData(",'actionsThatWouldChangeIt':['A hall']")]
    [InlineData(",'decidedOn':'2025-10-09'")]
    public void Check_DecisionDetails_WithoutADecision_AreRefused(string details)
        => Assert.Contains("decision", Refused<QualityAssuranceCheck>(Quoted(Check + details + "}"), "$", "No hall").Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("connect", ",'actionsThatWouldChangeIt':['A hall']")]
    [InlineData("connectWithAgreedActions", ",'notConnectingReason':'No hall'")]
    public void Check_DetailsOfNotConnecting_OnAnotherDecision_AreRefused(string decision, string details)
        => Refused<QualityAssuranceCheck>(Quoted(Check + ",'decision':'" + decision + "','decidedOn':'2025-10-09'" + details + "}"), "$", "No hall");

    [Fact]
    public void Check_NotConnecting_WithoutAnActionThatWouldChangeIt_IsRefusedByTheModelsRule()
    {
        JsonException e = Refused<QualityAssuranceCheck>(Quoted(Check + ",'decision':'notConnectingForNow','decidedOn':'2025-10-09','notConnectingReason':'No hall'}"), "$", "No hall");

        Assert.Contains("decision: A decision not to connect for now should name at least one action that would change it.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(",'referredOn':'2025-10-09','decision':'connect','decidedOn':'2025-10-10'", "decision: ")]
    [InlineData(",'agreementToConnect':{'pcnRepresentative':{'name':'Jo','signedOn':'2025-10-09'},'groupRepresentative':{'name':'Al','signedOn':'2025-10-09'},'actionsAgreed':[]}", "agreementToConnect: ")]
    public void Check_StepBrokenOnReading_IsNamedInTheMessage(string step, string named)
        => Assert.Contains(named, Refused<QualityAssuranceCheck>(Quoted(Check + step + "}"), "$", "Jo").Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("{'kind':'other'}")]
    [InlineData("{'kind':'housingSupport','otherDescription':'Choir'}")]
    public void Category_DescriptionOnlyForOther_IsRefusedOtherwise(string category)
    {
        string golden = File.ReadAllLines(Golden.Path("golden", "episodes.jsonl")).First(l => l.Contains("\"otherDescription\"", StringComparison.Ordinal));
        string broken = golden.Replace("{\"kind\":\"other\",\"otherDescription\":\"Community choir\"}", Quoted(category), StringComparison.Ordinal);
        Assert.NotEqual(golden, broken);

        JsonException e = Assert.Throws<JsonException>(() => SocialPrescribingJson.Deserialize<Episode>(broken));

        Assert.Contains("\"other\"", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Choir", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ons4Rating_OutOfRange_IsRefusedAsAnOns4Answer()
    {
        Ons4Response response = Assert.IsType<Ons4Recorded>(Journeys.EveryKind.SelectMany(e => e.Events).First(e => e is Ons4Recorded)).Response;
        string json = SocialPrescribingJson.Serialize(response);
        string eleven = System.Text.RegularExpressions.Regex.Replace(json, "\"lifeSatisfaction\":[^,}]*", "\"lifeSatisfaction\":11");

        JsonException e = Assert.Throws<JsonException>(() => SocialPrescribingJson.Deserialize<Ons4Response>(eleven));

        Assert.Contains("Not valid: an ONS4 answer is a whole number from 0 to 10", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MeasurementRecord_OfTheMostDates_IsRead_AndOneMore_IsRefused()
    {
        string Dates(int n) => "[" + string.Join(',', Enumerable.Range(0, n).Select(i => "\"" + new NodaTime.LocalDate(2000, 1, 1).PlusDays(i).ToString("uuuu-MM-dd", null) + "\"")) + "]";
        string Record(int ons4, int pam, int support) => "{\"schemaVersion\":1,\"ons4Dates\":" + Dates(ons4) + ",\"pamDates\":" + Dates(pam) + ",\"supportTakenUpDates\":" + Dates(support) + "}";

        Assert.Equal(1_000, SocialPrescribingJson.Deserialize<MeasurementRecord>(Record(1_000, 1_000, 1_000)).Ons4Dates.Count);
        foreach (string tooMany in (string[])[Record(1_001, 0, 0), Record(0, 1_001, 0), Record(0, 0, 1_001)])
        {
            Assert.Contains("1000 dates of one kind", Assert.Throws<JsonException>(() => SocialPrescribingJson.Deserialize<MeasurementRecord>(tooMany)).Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Episode_OfTheMostEvents_IsCounted_AndOneMore_IsRefusedBeforeReplay()
    {
        string first = JsonSerializer.Serialize(JsonDocument.Parse(SocialPrescribingJson.Serialize(Journeys.EveryKind[1])).RootElement.GetProperty("events")[0]);
        string Events(int n) => "{\"schemaVersion\":1,\"events\":[" + string.Join(',', Enumerable.Repeat(first, n)) + "]}";

        string atLimit = Assert.Throws<JsonException>(() => SocialPrescribingJson.Deserialize<Episode>(Events(20_000))).Message;
        string over = Assert.Throws<JsonException>(() => SocialPrescribingJson.Deserialize<Episode>(Events(20_001))).Message;

        Assert.DoesNotContain("events in an episode", atLimit, StringComparison.Ordinal);
        Assert.Contains("20000 events in an episode", over, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_InsideANestedObject_IsNotTheDocumentsVersion()
    {
        string written = SocialPrescribingJson.Serialize(Journeys.EveryKind[1]);
        string nested = "{\"events\":[" + written[(written.IndexOf('[', StringComparison.Ordinal) + 1)..^3] + ",\"schemaVersion\":1}],\"schemaVersion\":3}";

        Assert.Equal(3, Assert.Throws<UnsupportedSchemaVersionException>(() => SocialPrescribingJson.Deserialize<Episode>(nested)).Version);
    }

    [Theory]
    [InlineData(0, "is not one this library wrote (1 to 2)")]
    [InlineData(3, "newer than this library reads (1 to 2)")]
    public void UnsupportedVersion_SaysWhetherItIsNewer(int version, string says)
        => Assert.Contains(says, new UnsupportedSchemaVersionException(version).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("{'schemaVersion':1,'events':[],'secret':1}", "$: ")]
    [InlineData("{'schemaVersion':1,'template':{'id':'t','name':'T','sections':[],'secret':1}}", "$.template: ")]
    public void UnknownProperty_IsNamedByItsObject_NotByItsName(string json, string start)
    {
        JsonException e = Assert.Throws<JsonException>(() => SocialPrescribingJson.Deserialize<CarePlans.CarePlan>(Quoted(json).Replace("'events':[],", string.Empty, StringComparison.Ordinal)));

        Assert.StartsWith(start, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{'schemaVersion':1,'events':'none'}")]
    [InlineData("{'schemaVersion':1,'events':[{'kind':'referralMade','number':'one'}]}")]
    public void ReadingError_StartsWithItsPath_AndCarriesNoTrailingPathOrTypeName(string json)
    {
        JsonException e = Assert.Throws<JsonException>(() => SocialPrescribingJson.Deserialize<Episode>(Quoted(json)));

        Assert.StartsWith("$", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(" Path: ", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Wire", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("none", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CarePlan_WithABrokenTemplate_NamesTheTemplate()
        => Assert.Contains(
            "template: ",
            Refused<CarePlans.CarePlan>(Quoted("{'schemaVersion':1,'template':{'id':'t','name':'T','sections':[{'key':'k','heading':'H','prompt':'P','part':'partOne','field':'changesTakenPlace','requiredToAgree':false}]},'draft':{}}"), "$", "changesTakenPlace").Message,
            StringComparison.Ordinal);

    [Theory]
    [InlineData("{'schemaVersion':1,'events':[{'number':1}]}", "$.events[0]: ")]
    public void Event_WithoutItsKind_IsNamedByItsPlace(string json, string start)
    {
        JsonException e = Assert.Throws<JsonException>(() => SocialPrescribingJson.Deserialize<Episode>(Quoted(json)));

        Assert.StartsWith(start, e.Message, StringComparison.Ordinal);
        Assert.Contains("must carry its \"kind\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CommunityGroup_Categories_AreWrittenInTheirOrder_AndABrokenPartIsNamed()
    {
        var group = new CommunityGroup("G-1", "Choir", OrganisationKind.SmallVolunteerLedGroup, [ConnectionCategoryKind.Other, ConnectionCategoryKind.HousingSupport, ConnectionCategoryKind.MoneyAndWelfareRights], "Hall", "Jo");
        var on = new NodaTime.LocalDate(2025, 10, 8);
        string json = SocialPrescribingJson.Serialize(group.WithSchedule(GroupSchedule.Create("G-1", on)).WithCapacity(new CapacityReport(true, 3, on, CapacitySource.CatchUp)));

        Assert.Contains("\"categories\":[\"moneyAndWelfareRights\",\"housingSupport\",\"other\"]", json, StringComparison.Ordinal);
        Assert.Contains("capacity: ", Assert.Throws<JsonException>(() => SocialPrescribingJson.Deserialize<CommunityGroup>(json.Replace("\"places\":3", "\"places\":-1", StringComparison.Ordinal))).Message, StringComparison.Ordinal);
        string schedule = "\"signedOn\":\"2025-10-08\"";
        Assert.Contains(schedule, json, StringComparison.Ordinal);
        Assert.Contains("schedule: ", Assert.Throws<JsonException>(() => SocialPrescribingJson.Deserialize<CommunityGroup>(json.Replace(schedule, schedule + ",\"leadershipChanges\":[\"2025-01-01\"]", StringComparison.Ordinal))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FilledChecklist_WithABrokenDefinition_NamesTheDefinition()
    {
        string definition = Quoted("{'id':'c','title':'C','source':'S','areas':[{'title':'A','items':[{'id':'7.7','text':'T','responseKind':'yesNo','columns':[]},{'id':'7.7','text':'U','responseKind':'yesNo','columns':[]}]}]}");

        JsonException e = Assert.Throws<JsonException>(() => SocialPrescribingJson.Deserialize<Checklists.FilledChecklist>("{\"schemaVersion\":1,\"definition\":" + definition + ",\"answers\":{}}"));

        Assert.Contains("definition: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Identifier_WrittenWithEveryCharacterEscaped_IsRead_UpToItsLongestForm()
    {
        static string Escaped(string text) => "\"" + string.Concat(text.Select(c => $"\\u{(int)c:x4}")) + "\"";

        Assert.Equal(Journeys.KnownNhsNumber, SocialPrescribingJson.Deserialize<NhsNumber>(Escaped("999 000 0026")));
        Assert.Throws<JsonException>(() => SocialPrescribingJson.Deserialize<NhsNumber>(Escaped("999 000  0026")));
    }

    private const string JsonMessagesColumnRole = "A column has at most one role";
}
