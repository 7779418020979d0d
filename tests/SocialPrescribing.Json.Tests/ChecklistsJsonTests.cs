using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using SocialPrescribing.Checklists;
using SocialPrescribing.Checklists.Testing;
using SocialPrescribing.Testing;
using static SocialPrescribing.Json.Tests.DocumentChecks;

namespace SocialPrescribing.Json.Tests;

public sealed class ChecklistsJsonTests
{
    private static readonly string[] Words = ["Agreed at the PCN board", "Who leads?", "Line one\nline two", "Café — ask Sam", "Done"];

    private static Gen<ChecklistItem> Items(string id) =>
        from text in Gen.Elements(Words)
        from kind in Gen.Elements(Enum.GetValues<ChecklistResponseKind>())
        from columnCount in Gen.Choose(0, 3)
        from detail in Gen.OrNull(Gen.Elements(Words))
        from required in Gen.Elements(true, false)
        from exampleCount in Gen.Choose(0, 2)
        let columns = Enumerable.Range(1, columnCount).Select(i => $"Column {i}").ToArray()
        select new ChecklistItem(id, text, kind, columns, detail, required && columnCount > 0 ? columns[^1] : null, Words.Take(exampleCount));

    private static Gen<ChecklistDefinition> CustomDefinitions { get; } =
        from areaCount in Gen.Choose(1, 3)
        from itemCounts in Gen.ArrayOf(Gen.Choose(1, 3), areaCount)
        from items in Gen.CollectToSequence(Enumerable.Range(0, itemCounts.Sum()).Select(i => Items((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))))
        from introduction in Gen.OrNull(Gen.Elements(Words))
        let all = items.ToArray()
        select new ChecklistDefinition(
            "our-checklist",
            "Our checklist",
            "Our own, after the seed's",
            Enumerable.Range(0, areaCount).Select(a => new ChecklistArea($"Area {a + 1}", all.Skip(itemCounts.Take(a).Sum()).Take(itemCounts[a]))),
            introduction);

    private static Arbitrary<ChecklistDefinition> Definitions { get; } = Gen.OneOf(Gen.Elements(SeedChecklists.All.ToArray()), CustomDefinitions).ToArbitrary();

    /// <summary>Filled checklists of the seed's definitions (ChecklistArbitraries), and of custom definitions with answers of every kind, some of another kind than the item's.</summary>
    private static Arbitrary<FilledChecklist> Filled { get; } = Gen.OneOf(
        ChecklistGenerators.ValidFilledChecklists,
        from definition in CustomDefinitions
        from startDate in Gen.OneOf(Gen.Constant<LocalDate?>(null), CoreGenerators.Dates.Select(d => (LocalDate?)d))
        from answered in Gen.ArrayOf(Gen.Elements(true, false), definition.Items.Count)
        from answers in Gen.CollectToSequence(definition.Items.Select(item => Answers(item)))
        select definition.Items.Select((item, i) => (item, i)).Where(x => answered[x.i])
            .Aggregate(FilledChecklist.Start(definition, startDate), (c, x) => c.With(x.item.Id, answers.ElementAt(x.i)))).ToArbitrary();

    [Property]
    public Property ChecklistDefinition_RoundTrips() => Prop.ForAll(Definitions, d => RoundTrips(d, Describe));

    [Property]
    public Property ChecklistDefinition_WrittenTwice_GivesIdenticalBytes() => Prop.ForAll(Definitions, WrittenTwiceTheSame);

    [Fact]
    public void ChecklistDefinition_UnknownResponseKind_IsRefused()
        => Refused<ChecklistDefinition>(
            Quoted("{'schemaVersion':1,'id':'c','title':'C','source':'S','areas':[{'title':'A','items':[{'id':'1','text':'T','responseKind':'multipleChoice','columns':[]}]}]}"),
            "$.areas[0].items[0].responseKind",
            "multipleChoice");

    [Fact]
    public void ChecklistDefinition_DuplicateItemId_IsRefused()
    {
        JsonException e = Refused<ChecklistDefinition>(
            Quoted("{'schemaVersion':1,'id':'c','title':'C','source':'S','areas':[{'title':'A','items':[{'id':'7.7','text':'T','responseKind':'yesNo','columns':[]},{'id':'7.7','text':'U','responseKind':'yesNo','columns':[]}]}]}"),
            "$",
            "7.7");
        Assert.Contains("The document breaks a rule of the model", e.Message, StringComparison.Ordinal);
    }

    [Property]
    public bool FilledChecklist_OfTheSeed_RoundTrips(FilledChecklist filled) => RoundTrips(filled, Describe);

    [Property]
    public Property FilledChecklist_RoundTrips() => Prop.ForAll(Filled, c => RoundTrips(c, Describe));

    [Property]
    public Property FilledChecklist_WrittenTwice_GivesIdenticalBytes() => Prop.ForAll(Filled, WrittenTwiceTheSame);

    [Theory]
    [InlineData("'yes':true,'score':4")]
    [InlineData("'yes':true,'completedOn':'2025-10-08'")]
    [InlineData("'score':4,'completedOn':'2025-10-08'")]
    public void FilledChecklist_AnswerOfTwoKinds_IsRefused(string kinds)
    {
        string definition = SocialPrescribingJson.Serialize(SeedChecklists.PcnReadiness);
        string json = "{\"schemaVersion\":1,\"definition\":" + definition + Quoted(",'answers':{'1.1':{" + kinds + "}}}");
        JsonException e = Refused<FilledChecklist>(json, "$", "2025-10-08");
        Assert.Contains("answers.1.1: A checklist answer holds at most one of yes, score and completedOn.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FilledChecklist_SelfAssessmentOutOfRange_IsRefused()
    {
        string definition = SocialPrescribingJson.Serialize(SeedChecklists.PcnReadiness);
        JsonException e = Refused<FilledChecklist>("{\"schemaVersion\":1,\"definition\":" + definition + Quoted(",'answers':{'1.1':{'score':9}}}"), "$", "9");
        Assert.Contains("answers.1.1: ", e.Message, StringComparison.Ordinal);
    }

    private static Gen<ChecklistAnswer> Answers(ChecklistItem item) =>
        from kind in Gen.Choose(0, 3)
        from yes in Gen.Elements(true, false)
        from score in Gen.Choose(ChecklistAnswer.MinScore, ChecklistAnswer.MaxScore)
        from date in CoreGenerators.Dates
        from texts in Gen.ArrayOf(Gen.OrNull(Gen.Elements(Words)), item.Columns.Count + 1)
        let core = kind switch
        {
            0 => ChecklistAnswer.YesNo(yes),
            1 => ChecklistAnswer.SelfAssessment(score, texts[0]),
            2 => ChecklistAnswer.Completed(date),
            _ => ChecklistAnswer.Text("Notes", texts[0]),
        }
        select item.Columns.Select((column, i) => (column, i)).Aggregate(core, (a, c) => a.WithText(c.column, texts[c.i + 1]));

    private static string Describe(ChecklistDefinition d)
    {
        var text = new StringBuilder();
        text.AppendJoin(" | ", d.Id, d.Title, d.Source, d.Introduction ?? "-").AppendLine();
        foreach (ChecklistArea area in d.Areas)
        {
            text.Append("## ").AppendLine(area.Title);
            foreach (ChecklistItem i in area.Items)
            {
                text.AppendJoin(" | ", i.Id, i.Text, i.ResponseKind, string.Join(",", i.Columns), i.Detail ?? "-", i.RequiredColumn ?? "-", string.Join(",", i.Examples)).AppendLine();
            }
        }

        return text.ToString();
    }

    private static string Describe(FilledChecklist c)
    {
        var text = new StringBuilder(Describe(c.Definition));
        text.Append("start ").AppendLine(c.StartDate is LocalDate start ? LocalDatePattern.Iso.Format(start) : "-");
        foreach ((string id, ChecklistAnswer a) in c.Answers.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            text.AppendJoin(" | ", id, a.Yes?.ToString() ?? "-", a.Score?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-", a.CompletedOn is LocalDate on ? LocalDatePattern.Iso.Format(on) : "-")
                .AppendJoin(" | ", a.Texts.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key + "=" + t.Value)).AppendLine();
        }

        return text.ToString();
    }
}
