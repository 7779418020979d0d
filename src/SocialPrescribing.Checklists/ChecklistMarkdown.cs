using System.Globalization;
using System.Text;
using NodaTime.Text;

namespace SocialPrescribing.Checklists;

/// <summary>Renders a filled-in checklist as Markdown: title, introduction, then each area and item in order with its answer.</summary>
internal static class ChecklistMarkdown
{
    internal static string Render(FilledChecklist checklist)
    {
        ChecklistDefinition definition = checklist.Definition;
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Inline(definition.Title)).AppendLine();
        md.Append('_').Append(Inline(definition.Source)).AppendLine("_").AppendLine();
        if (checklist.StartDate is { } start)
        {
            md.Append("Start date: ").AppendLine(LocalDatePattern.Iso.Format(start)).AppendLine();
        }

        if (definition.Introduction is not null)
        {
            md.AppendLine(Block(definition.Introduction, string.Empty)).AppendLine();
        }

        md.AppendLine(checklist.Progress.ToString()).AppendLine();
        foreach (ChecklistArea area in definition.Areas)
        {
            md.Append("## ").AppendLine(Inline(area.Title)).AppendLine();
            foreach (ChecklistItem item in area.Items)
            {
                md.Append("- **").Append(item.Id).Append("** ").AppendLine(Inline(item.Text));
                if (item.Detail is not null)
                {
                    md.AppendLine(Block(item.Detail, "  "));
                }

                foreach (string example in item.Examples)
                {
                    md.Append("  - _").Append(Inline(example)).AppendLine("_");
                }

                AppendAnswer(md, item, checklist.AnswerFor(item.Id));
            }

            md.AppendLine();
        }

        return md.ToString();
    }

    private static void AppendAnswer(StringBuilder md, ChecklistItem item, ChecklistAnswer? answer)
    {
        if (answer is null)
        {
            md.AppendLine("  - _Not answered_");
            return;
        }

        if (answer.Yes is bool yes)
        {
            md.Append("  - Answer: ").AppendLine(yes ? "Yes" : "No");
        }

        if (answer.Score is int score)
        {
            md.Append("  - Self-assessment: ").Append(score.ToString(CultureInfo.InvariantCulture)).AppendLine(" (1 = low, 5 = high)");
        }

        if (answer.CompletedOn is { } completed)
        {
            md.Append("  - Completed: ").AppendLine(LocalDatePattern.Iso.Format(completed));
        }

        // Columns the item defines come first, in its order; any others after, so no text is ever dropped.
        foreach (string column in item.Columns.Concat(answer.Texts.Keys.Where(k => !item.Columns.Contains(k)).Order(StringComparer.Ordinal)))
        {
            if (answer.TextIn(column) is string text)
            {
                md.Append("  - ").Append(Inline(column)).Append(": ").AppendLine(Inline(text));
            }
        }
    }

    /// <summary>Keeps text on one Markdown line: line breaks become spaces.</summary>
    private static string Inline(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>Indents every line of a multi-line text.</summary>
    private static string Block(string text, string indent)
        => string.Join(Environment.NewLine, text.Split('\n').Select(line => indent + line.TrimEnd('\r')));
}
