using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialPrescribing.Outcomes;
using SocialPrescribing.Outcomes.Testing;
using static SocialPrescribing.Json.Tests.Projections;

namespace SocialPrescribing.Json.Tests;

/// <summary>
/// Outcomes' partials and tables as documents (docs/json.md, "Outcomes"): read back equal, written twice to the same
/// bytes, merged from JSON exactly as in memory, refused when they cannot exist, and the approved forms.
/// </summary>
public sealed class OutcomesJsonTests
{
    private const string PartialFile = "outcome-partial.json";
    private const string PublishedFile = "published-table.json";

    [Property]
    public bool EpisodeOutcomeAggregate_RoundTrips_ToAnEqualPartial(EpisodeOutcomeAggregate partial) => RoundTrip(partial) == partial;

    [Property]
    public bool ActivityAggregate_RoundTrips_ToAnEqualPartial(ActivityAggregate partial) => RoundTrip(partial) == partial;

    [Property]
    public bool CodedActivityPartial_RoundTrips_ToTheSamePartial(CodedActivityPartial partial) => Describe(RoundTrip(partial)) == Describe(partial);

    [Property]
    public bool OutcomeTable_RoundTrips_ToTheSameTable(OutcomeTable table) => Describe(RoundTrip(table)) == Describe(table);

    [Property]
    public bool PublishedTable_RoundTrips_ToTheSameTable(PublishedTable table) => Describe(RoundTrip(table)) == Describe(table);

    [Property]
    public bool EpisodeOutcomeAggregate_WrittenReadWritten_GivesIdenticalBytes(EpisodeOutcomeAggregate partial) => DocumentChecks.WrittenTwiceTheSame(partial);

    [Property]
    public bool ActivityAggregate_WrittenReadWritten_GivesIdenticalBytes(ActivityAggregate partial) => DocumentChecks.WrittenTwiceTheSame(partial);

    [Property]
    public bool CodedActivityPartial_WrittenReadWritten_GivesIdenticalBytes(CodedActivityPartial partial) => DocumentChecks.WrittenTwiceTheSame(partial);

    [Property]
    public bool OutcomeTable_WrittenReadWritten_GivesIdenticalBytes(OutcomeTable table) => DocumentChecks.WrittenTwiceTheSame(table);

    [Property]
    public bool PublishedTable_WrittenReadWritten_GivesIdenticalBytes(PublishedTable table) => DocumentChecks.WrittenTwiceTheSame(table);

    /// <summary>Practices send their partials as JSON; the region's merge of what it reads is the merge in memory, and one pass over every episode.</summary>
    [Property(MaxTest = 60)]
    public Property EpisodeOutcomePartials_MergedFromJson_AreMergedInMemory() => Prop.ForAll(Splits.ToArbitrary(), OutcomeArbitraries.EpisodeOptions.ToArbitrary(), (split, options) =>
    {
        Referrals.Episode[] episodes = [.. SyntheticEpisodes.Generate(split.Count, split.Seed)];
        EpisodeOutcomeAggregate[] partials = [.. Split(episodes, e => e.RegisteredPractice, split.Senders, split.SplitSeed).Select(p => EpisodeOutcomes.Aggregate(p, options))];
        EpisodeOutcomeAggregate inMemory = partials.Aggregate(EpisodeOutcomeAggregate.Merge);
        EpisodeOutcomeAggregate fromJson = partials.Select(p => Read<EpisodeOutcomeAggregate>(Write(p))).Aggregate(EpisodeOutcomeAggregate.Merge);
        return fromJson == inMemory && inMemory == EpisodeOutcomes.Aggregate(episodes, options) && Describe(fromJson.ToTable()) == Describe(inMemory.ToTable());
    });

    [Property(MaxTest = 60)]
    public Property ActivityPartials_MergedFromJson_AreMergedInMemory() => Prop.ForAll(Splits.ToArbitrary(), OutcomeArbitraries.ActivityOptions.ToArbitrary(), (split, options) =>
    {
        Referrals.Episode[] episodes = [.. SyntheticEpisodes.Generate(split.Count, split.Seed)];
        ActivityAggregate[] partials = [.. Split(episodes, e => e.RegisteredPractice, split.Senders, split.SplitSeed).Select(p => EpisodeActivity.Aggregate(p, null, options))];
        ActivityAggregate inMemory = partials.Aggregate(ActivityAggregate.Merge);
        ActivityAggregate fromJson = partials.Select(p => Read<ActivityAggregate>(Write(p))).Aggregate(ActivityAggregate.Merge);
        return fromJson == inMemory && inMemory == EpisodeActivity.Aggregate(episodes, null, options) && Describe(fromJson.ToTable()) == Describe(inMemory.ToTable());
    });

    [Property(MaxTest = 60)]
    public Property CodedActivityPartials_MergedFromJson_AreMergedInMemory() => Prop.ForAll(Splits.ToArbitrary(), Gen.Elements(Enum.GetValues<PeriodKind>()).ToArbitrary(), (split, kind) =>
    {
        CodedActivityRow[] rows = [.. SyntheticCodedRows.Generate(split.Count * 3, split.Seed)];
        CodedActivityPartial[] partials = [.. Split(rows, r => r.Practice, split.Senders, split.SplitSeed).Select(p => CodedActivity.Aggregate(p, kind))];
        CodedActivityPartial inMemory = CodedActivity.Merge(partials);
        CodedActivityPartial fromJson = CodedActivity.Merge(partials.Select(p => Read<CodedActivityPartial>(Write(p))));
        return Describe(fromJson) == Describe(inMemory) && Describe(inMemory) == Describe(CodedActivity.Aggregate(rows, kind));
    });

    [Fact]
    public void OutcomePartial_IsWrittenAsApproved() => Golden.Check(PartialFile, SocialPrescribingJson.SerializeToUtf8Bytes(Fixtures.OutcomePartial));

    [Fact]
    public void PublishedTable_IsWrittenAsApproved() => Golden.Check(PublishedFile, SocialPrescribingJson.SerializeToUtf8Bytes(Fixtures.PublishedTable));

    [Fact]
    public void OutcomePartial_Version1Fixture_ReadsAsTheFixedPartial()
        => Assert.Equal(Fixtures.OutcomePartial, SocialPrescribingJson.Deserialize<EpisodeOutcomeAggregate>(File.ReadAllBytes(Golden.Path("v1", PartialFile))));

    [Fact]
    public void PublishedTable_Version1Fixture_ReadsAsTheFixedTable()
        => Assert.Equal(Describe(Fixtures.PublishedTable), Describe(SocialPrescribingJson.Deserialize<PublishedTable>(File.ReadAllBytes(Golden.Path("v1", PublishedFile)))));

    [Fact]
    public void PublishedTable_NeverCarriesTheUnpublishedFigures()
    {
        string json = SocialPrescribingJson.Serialize(Fixtures.PublishedTable);
        Assert.DoesNotContain("\"numerator\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"basedOn\"", json, StringComparison.Ordinal);
        Assert.Contains("\"policy\":{\"nhsDigitalHesEcds\":\"subnational\",\"description\":\"NHS Digital", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OutcomeDimensions.None, "[]")]
    [InlineData(OutcomeDimensions.PrimaryCareNetwork | OutcomeDimensions.Period, """["primaryCareNetwork","period"]""")]
    [InlineData(OutcomeDimensions.Period | OutcomeDimensions.ReferralSource | OutcomeDimensions.Practice | OutcomeDimensions.PrimaryCareNetwork, """["primaryCareNetwork","practice","referralSource","period"]""")]
    public void OutcomeDimensions_AreAnArrayOfFlagNames(OutcomeDimensions dimensions, string json)
    {
        Assert.Equal(json, SocialPrescribingJson.Serialize(dimensions));
        Assert.Equal(dimensions, SocialPrescribingJson.Deserialize<OutcomeDimensions>(json));
    }

    [Fact]
    public void EveryDimensionsValue_RoundTrips()
    {
        Assert.All(Enumerable.Range(0, 16).Select(i => (OutcomeDimensions)i), d => Assert.Equal(d, SocialPrescribingJson.Deserialize<OutcomeDimensions>(SocialPrescribingJson.Serialize(d))));
        Assert.All(Enumerable.Range(0, 8).Select(i => (ActivityDimensions)i), d => Assert.Equal(d, SocialPrescribingJson.Deserialize<ActivityDimensions>(SocialPrescribingJson.Serialize(d))));
        Assert.Equal("""["practice","period"]""", SocialPrescribingJson.Serialize(ActivityDimensions.Period | ActivityDimensions.Practice));
    }

    [Theory]
    [InlineData("""["practice","practice"]""")]
    [InlineData("""["postcode"]""")]
    [InlineData("\"practice\"")]
    [InlineData("[2]")]
    [InlineData("null")]
    [InlineData("[\"practice\"")]
    public void Dimensions_NotASetOfFlagNames_AreRefused(string json)
    {
        JsonException e = Assert.Throws<JsonException>(() => SocialPrescribingJson.Deserialize<OutcomeDimensions>(json));
        Assert.StartsWith("$", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("postcode", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dimensions_WithUndefinedFlags_AreNotWritten()
    {
        Assert.Throws<JsonException>(() => SocialPrescribingJson.Serialize((OutcomeDimensions)1024));
        Assert.Throws<JsonException>(() => SocialPrescribingJson.Serialize((ActivityDimensions)8));
    }

    [Fact]
    public void RuleMessages_KeepTheirWords_AndDropQuotedInput()
    {
        JsonNode table = JsonNode.Parse(Valid("table"))!;
        table["columns"]![0]!["name"] = "Person's total";
        table["columns"]![1]!["name"] = "Person's total";
        JsonException e = Assert.Throws<JsonException>(() => SocialPrescribingJson.Deserialize<OutcomeTable>(table.ToJsonString()));
        Assert.Equal("$: The document breaks a rule of the model: Column '…' appears more than once; column names should be unique. (Parameter '…')", e.Message);
        string published = Cell(JsonNode.Parse(Valid("published"))!, 1, 0, "count", 3m, "3", "none").ToJsonString();
        e = Assert.Throws<JsonException>(() => SocialPrescribingJson.Deserialize<PublishedTable>(published));
        Assert.Equal("$: The document breaks a rule of the model: In the row at index 1, the cell in column '…' is not one the table's disclosure policy publishes. (Parameter '…')", e.Message);
    }

    public static TheoryData<string, string, string, Func<JsonNode, JsonNode>> Refusals => new()
    {
        // model, path, the value that must not be echoed, the change to a valid document
        { "partial", "$: The document breaks a rule of the model: Value should be in range", "-4", d => Set(d, "groups", 0, "figures", "episodes", -4) },
        { "partial", "$.dimensions", "postcode", d => Set(d, "dimensions", new JsonArray("primaryCareNetwork", "postcode")) },
        { "partial", "$: JSON deserialization", "U12345", d => Remove(d, "groups") },
        { "partial", "$: The document breaks a rule of the model: A period is written as its first day", "2025-04-02", d => Set(d, "groups", 0, "period", "2025-04-02") },
        { "partial", "$: The document breaks a rule of the model: A count or sum is larger", "9223372036854775807", d => Set(d, "groups", 0, "figures", "waitingDays", "counts", new JsonObject { ["10000"] = long.MaxValue, ["9999"] = long.MaxValue }) },
        { "partial", "$: The document breaks a rule of the model: Paired change's improved", "77", d => Set(d, "groups", 0, "figures", "pamChange", "improved", 77) },
        { "activity", "$: The document breaks a rule of the model: Value should be in range", "-4", d => Set(d, "groups", 0, "figures", "attendedContacts", -4) },
        { "activity", "$.periodKind", "fortnight", d => Set(d, "periodKind", "fortnight") },
        { "activity", "$.groups[0].figures: JSON deserialization", "2025", d => Remove(d, "groups", 0, "figures", "timeWithPeople") },
        { "activity", "$: The document breaks a rule of the model: Time with people", "48:00:00", d => Set(d, "groups", 0, "figures", "timeWithPeople", "480:00:00") },
        { "coded", "$: The document breaks a rule of the model: Value should be in range", "-2", d => Set(d, "ignoredRows", -2) },
        { "coded", "$: The document breaks a rule of the model: Person keys should not repeat", "FIX-9", d => Set(d, "groups", 0, "firstReferrals", new JsonArray(FirstReferral("FIX-9"), FirstReferral("FIX-9"))) },
        { "coded", "$: The document breaks a rule of the model: Person keys should not repeat", "FIX-1", d => Set(d, "groups", 0, "offeredPeople", new JsonArray("FIX-1", "FIX-1")) },
        { "coded", "$.periodKind", "week", d => Set(d, "periodKind", "week") },
        { "coded", "$.groups[0]: JSON deserialization", "A81001", d => Remove(d, "groups", 0, "practice") },
        { "table", "$: The document breaks a rule of the model: In column '…', the total row should be the sum", "5", d => Set(d, "rows", 0, "cells", 0, "value", 5) },
        { "table", "$.rows[0].cells[0].kind", "ratio", d => Set(d, "rows", 0, "cells", 0, "kind", "ratio") },
        { "table", "$: JSON deserialization", "Closed episodes", d => Remove(d, "title") },
        { "table", "$: The document breaks a rule of the model: A count cell carries its whole value", "2.5", d => Set(d, "rows", 0, "cells", 0, "value", 2.5m) },
        { "published", "$: The document breaks a rule of the model: In the row at index 1, the cell in column '…' is not one", "3", d => Cell(d, 1, 0, "count", 3m, "3", "none") },
        { "published", "$: The document breaks a rule of the model: A shown cell should have its value as its text", "17", d => Cell(d, 1, 0, "count", 10m, "17", "rounded") },
        { "published", "$.rows[0].cells[0].control", "hidden", d => Set(d, "rows", 0, "cells", 0, "control", "hidden") },
        { "published", "$: JSON deserialization", "NHS Digital", d => Remove(d, "policy") },
        { "published", "$: The document breaks a rule of the model: A disclosure policy is exactly one of", "7", d => Set(d, "policy", "suppressBelow", 7) },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Document_ThatCannotExist_IsRefused(string model, string path, string value, Func<JsonNode, JsonNode> change)
    {
        string json = change(JsonNode.Parse(Valid(model))!).ToJsonString();
        JsonException e = Assert.Throws<JsonException>(() => ReadAs(model, json));
        Assert.StartsWith(path, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value, e.Message, StringComparison.Ordinal);
    }

    private static Gen<(int Count, int Seed, int Senders, int SplitSeed)> Splits =>
        from count in Gen.Choose(0, 150)
        from seed in Gen.Choose(0, int.MaxValue)
        from senders in Gen.Choose(1, 8)
        from splitSeed in Gen.Choose(0, int.MaxValue)
        select (count, seed, senders, splitSeed);

    /// <summary>Each practice's items sent by one of the senders, chosen at random for the practice: every practice's items travel together.</summary>
    private static List<T>[] Split<T>(IEnumerable<T> items, Func<T, OdsCode> practiceOf, int senders, int seed)
    {
        var random = new Random(seed);
        var senderOf = new Dictionary<OdsCode, int>();
        List<T>[] parts = [.. Enumerable.Range(0, senders).Select(_ => new List<T>())];
        foreach (T item in items)
        {
            OdsCode practice = practiceOf(item);
            if (!senderOf.TryGetValue(practice, out int sender))
            {
                senderOf[practice] = sender = random.Next(senders);
            }

            parts[sender].Add(item);
        }

        return parts;
    }

    private static byte[] Write<T>(T value) => SocialPrescribingJson.SerializeToUtf8Bytes(value);

    private static T Read<T>(byte[] json) => SocialPrescribingJson.Deserialize<T>(json);

    private static T RoundTrip<T>(T value) => Read<T>(Write(value));


    private static string Valid(string model) => model switch
    {
        "partial" => SocialPrescribingJson.Serialize(Fixtures.OutcomePartial),
        "activity" => SocialPrescribingJson.Serialize(EpisodeActivity.Aggregate(Fixtures.Episodes, null, new ActivityOptions { Dimensions = ActivityDimensions.Practice | ActivityDimensions.Period })),
        "coded" => SocialPrescribingJson.Serialize(CodedActivity.Aggregate(
            [
                CodedActivityRow.Create(Fixtures.Practice, "FIX-1", SocialPrescribingConcepts.Offered.Id, new NodaTime.LocalDate(2025, 4, 7)),
                CodedActivityRow.Create(Fixtures.Practice, "FIX-2", SocialPrescribingConcepts.ReferralToService.Id, new NodaTime.LocalDate(2025, 5, 12)),
            ],
            PeriodKind.Quarter)),
        "table" => SocialPrescribingJson.Serialize(Fixtures.OutcomeTable),
        _ => SocialPrescribingJson.Serialize(Fixtures.PublishedTable),
    };

    private static object ReadAs(string model, string json) => model switch
    {
        "partial" => SocialPrescribingJson.Deserialize<EpisodeOutcomeAggregate>(json),
        "activity" => SocialPrescribingJson.Deserialize<ActivityAggregate>(json),
        "coded" => SocialPrescribingJson.Deserialize<CodedActivityPartial>(json),
        "table" => SocialPrescribingJson.Deserialize<OutcomeTable>(json),
        _ => SocialPrescribingJson.Deserialize<PublishedTable>(json),
    };

    private static JsonObject FirstReferral(string person) => new() { ["person"] = person, ["on"] = "2025-05-12" };

    /// <summary>The document with the value at a path (property names and array indexes) set.</summary>
    private static JsonNode Set(JsonNode document, params object[] pathAndValue)
    {
        JsonNode parent = Walk(document, pathAndValue[..^2]);
        object last = pathAndValue[^2];
        JsonNode? value = pathAndValue[^1] switch
        {
            JsonNode node => node,
            string s => JsonValue.Create(s),
            int i => JsonValue.Create(i),
            long l => JsonValue.Create(l),
            decimal m => JsonValue.Create(m),
            _ => throw new ArgumentException("A value of an unexpected type."),
        };
        if (last is int index)
        {
            parent[index] = value;
        }
        else
        {
            parent[(string)last] = value;
        }

        return document;
    }

    /// <summary>The document without the property at a path.</summary>
    private static JsonNode Remove(JsonNode document, params object[] path)
    {
        Assert.True(Walk(document, path[..^1]).AsObject().Remove((string)path[^1]), "no such property");
        return document;
    }

    /// <summary>The published document with one cell replaced.</summary>
    private static JsonNode Cell(JsonNode document, int row, int column, string kind, decimal value, string text, string control)
        => Set(document, "rows", row, "cells", column, new JsonObject { ["kind"] = kind, ["value"] = value, ["text"] = text, ["control"] = control });

    private static JsonNode Walk(JsonNode node, object[] path)
    {
        foreach (object step in path)
        {
            node = (step is int index ? node[index] : node[(string)step]) ?? throw new ArgumentException("No such path in the document.");
        }

        return node;
    }
}
