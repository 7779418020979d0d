using System.Text.Json.Serialization;
using NodaTime;
using SocialPrescribing.Checklists;

namespace SocialPrescribing.Json.Wire;

// The wire forms (schema version 1) of SocialPrescribing.Checklists' documents (docs/json.md, "Checklists"): checklist
// definitions and filled checklists. Progress and the items still incomplete are derived, and not written.

/// <summary>The source-generated metadata of SocialPrescribing.Checklists' wire forms.</summary>
[JsonSerializable(typeof(ChecklistDefinitionWire))]
[JsonSerializable(typeof(FilledChecklistWire))]
internal sealed partial class ChecklistsWireContext : JsonSerializerContext;

/// <summary>A checklist definition: its areas in order, each with its items in order.</summary>
internal sealed record ChecklistDefinitionWire(
    [property: JsonPropertyOrder(0)] string Id,
    [property: JsonPropertyOrder(1)] string Title,
    [property: JsonPropertyOrder(2)] string Source,
    [property: JsonPropertyOrder(4)] ChecklistAreaWire[] Areas,
    [property: JsonPropertyOrder(3)] string? Introduction = null) : IVersioned
{
    [JsonPropertyOrder(-1)]
    public int? SchemaVersion { get; init; }

    internal static ChecklistDefinitionWire From(ChecklistDefinition d)
        => new(d.Id, d.Title, d.Source, [.. d.Areas.Select(ChecklistAreaWire.From)], d.Introduction);

    internal ChecklistDefinition ToModel() => new(Id, Title, Source, [.. Areas.Select((a, i) => Rebuild.At(JsonMessages.Invariant($"areas[{i}]"), a.ToModel))], Introduction);
}

/// <summary>One area of a checklist, with its items.</summary>
internal sealed record ChecklistAreaWire(string Title, ChecklistItemWire[] Items)
{
    internal static ChecklistAreaWire From(ChecklistArea a) => new(a.Title, [.. a.Items.Select(ChecklistItemWire.From)]);

    internal ChecklistArea ToModel() => new(Title, [.. Items.Select((item, i) => Rebuild.At(JsonMessages.Invariant($"items[{i}]"), item.ToModel))]);
}

/// <summary>One item of a checklist: what is asked, how it is answered, and the text columns beside it; examples only when it has some.</summary>
internal sealed record ChecklistItemWire(string Id, string Text, ChecklistResponseKind ResponseKind, string[] Columns, string? Detail = null, string? RequiredColumn = null, string[]? Examples = null)
{
    internal static ChecklistItemWire From(ChecklistItem i)
        => new(i.Id, i.Text, i.ResponseKind, [.. i.Columns], i.Detail, i.RequiredColumn, i.Examples.Count == 0 ? null : [.. i.Examples]);

    internal ChecklistItem ToModel() => new(Id, Text, ResponseKind, Columns, Detail, RequiredColumn, Examples);
}

/// <summary>
/// A filled checklist: its definition in full (so it reads without a catalogue of definitions: this library's choice), its
/// start date, and the answers keyed by item id, in the definition's order.
/// </summary>
internal sealed record FilledChecklistWire(
    [property: JsonPropertyOrder(0)] ChecklistDefinitionWire Definition,
    [property: JsonPropertyOrder(2)] Dictionary<string, ChecklistAnswerWire> Answers,
    [property: JsonPropertyOrder(1)] LocalDate? StartDate = null) : IVersioned
{
    [JsonPropertyOrder(-1)]
    public int? SchemaVersion { get; init; }

    internal static FilledChecklistWire From(FilledChecklist c)
    {
        var answers = new Dictionary<string, ChecklistAnswerWire>(StringComparer.Ordinal);
        foreach (ChecklistItem item in c.Definition.Items)
        {
            if (c.Answers.TryGetValue(item.Id, out ChecklistAnswer? answer))
            {
                answers.Add(item.Id, ChecklistAnswerWire.From(answer));
            }
        }

        return new FilledChecklistWire(ChecklistDefinitionWire.From(c.Definition), answers, c.StartDate);
    }

    internal FilledChecklist ToModel()
    {
        ChecklistDefinition definition = Rebuild.At("definition", Definition.ToModel);
        FilledChecklist filled = FilledChecklist.Start(definition, StartDate);
        foreach ((string itemId, ChecklistAnswerWire answer) in Answers)
        {
            filled = Rebuild.At(JsonMessages.Invariant($"answers.{itemId}"), () => filled.With(itemId, answer.ToModel()));
        }

        return filled;
    }
}

/// <summary>One answer: a yes or no, a self-assessment score or a completion date (at most one), and text by column in ordinal order of the column's name.</summary>
internal sealed record ChecklistAnswerWire(bool? Yes = null, int? Score = null, LocalDate? CompletedOn = null, Dictionary<string, string>? Texts = null)
{
    private static readonly Dictionary<string, string> Empty = [];

    internal static ChecklistAnswerWire From(ChecklistAnswer a)
        => new(a.Yes, a.Score, a.CompletedOn, a.Texts.Count == 0 ? null : a.Texts.OrderBy(t => t.Key, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal));

    internal ChecklistAnswer ToModel()
    {
        int kinds = (Yes is null ? 0 : 1) + (Score is null ? 0 : 1) + (CompletedOn is null ? 0 : 1);
        if (kinds > 1)
        {
            throw new ArgumentException(JsonMessages.AnswerHoldsOneKind);
        }

        // ChecklistAnswer.Text(column, null) is the empty answer: no public member names it otherwise.
        ChecklistAnswer answer = Yes is bool yes ? ChecklistAnswer.YesNo(yes)
            : Score is int score ? ChecklistAnswer.SelfAssessment(score, null)
            : CompletedOn is LocalDate on ? ChecklistAnswer.Completed(on)
            : ChecklistAnswer.Text(string.Empty, null);
        foreach ((string column, string text) in Texts ?? Empty)
        {
            answer = answer.WithText(column, text);
        }

        return answer;
    }
}
