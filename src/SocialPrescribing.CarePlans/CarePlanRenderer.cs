using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace SocialPrescribing.CarePlans;

/// <summary>
/// Renders the person's own copy of a plan's current version (seed section 5 item 3: "I have my own copy"): one walk over
/// the template's sections produces blocks (heading and lines), which are written as plain text or Markdown, so the two
/// copies always hold the same content.
/// </summary>
/// <remarks>
/// The fixed texts are Appendix 4's, word for word: "Name and contact details for person:", "NHS number:", "Part one –
/// to be completed together at the start", "Part Two – to be completed after 6 months" (the seed capitalises "Two" and
/// not "one"; kept as written). Section headings come from the template. The person's words are printed as written,
/// joined onto one line per paragraph, and escaped for Markdown.
/// </remarks>
internal static class CarePlanRenderer
{
    /// <summary>Appendix 4's heading of part one, as the seed writes it.</summary>
    internal const string PartOneHeading = "Part one \u2013 to be completed together at the start";

    /// <summary>Appendix 4's heading of part two, as the seed writes it ("Part Two", capital T).</summary>
    internal const string PartTwoHeading = "Part Two \u2013 to be completed after 6 months";

    /// <summary>Appendix 4's label for the person's name and contact details, as the seed writes it.</summary>
    internal const string NameAndContactLabel = "Name and contact details for person:";

    /// <summary>Appendix 4's label for the NHS number.</summary>
    internal const string NhsNumberLabel = "NHS number:";

    private static readonly LocalDatePattern PersonDate = LocalDatePattern.Create("d MMMM uuuu", CultureInfo.InvariantCulture);

    internal static string Render(CarePlan plan, bool markdown)
    {
        var text = new StringBuilder();
        text.AppendLine(markdown ? "# " + plan.Template.Name : plan.Template.Name);
        if (!markdown)
        {
            text.AppendLine(new string('=', plan.Template.Name.Length));
        }

        AppendPerson(text, plan.Person, markdown ? EscapeMarkdown : OneLine, markdown);
        foreach (CarePlanPart part in new[] { CarePlanPart.PartOne, CarePlanPart.PartTwo })
        {
            var blocks = plan.Template.Sections
                .Where(s => s.Part == part && plan.HasContent(s))
                .Select(s => (s.Heading, Lines: LinesFor(plan, s, markdown ? EscapeMarkdown : OneLine)))
                .ToList();
            if (blocks.Count == 0)
            {
                continue;
            }

            string partHeading = part == CarePlanPart.PartOne ? PartOneHeading : PartTwoHeading;
            text.AppendLine().AppendLine(markdown ? "## " + partHeading : partHeading);
            foreach ((string heading, List<string> lines) in blocks)
            {
                text.AppendLine().AppendLine(markdown ? "### " + EscapeMarkdown(heading) : heading);
                foreach (string line in lines)
                {
                    text.AppendLine(markdown ? (line.StartsWith("- ", StringComparison.Ordinal) ? line : line + "  ") : "  " + line);
                }
            }
        }

        return text.ToString();
    }

    private static void AppendPerson(StringBuilder text, PlanPerson person, Func<string, string> words, bool markdown)
    {
        string prefix = markdown ? "- " : string.Empty;
        if (person.NameAndContact is not null || person.NhsNumber is not null)
        {
            text.AppendLine();
        }

        if (person.NameAndContact is string name)
        {
            text.Append(prefix).Append(NameAndContactLabel).Append(' ').AppendLine(words(name));
        }

        if (person.NhsNumber is NhsNumber nhs)
        {
            // The person's own copy: their number in full, in the display form.
            text.Append(prefix).Append(NhsNumberLabel).Append(' ').AppendLine(nhs.ToString("S", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The lines of one section; <paramref name="words"/> prepares the person's own words (one line; escaped for Markdown).</summary>
    private static List<string> LinesFor(CarePlan plan, CarePlanSection section, Func<string, string> words)
    {
        switch (section.Field)
        {
            case PlanField.Goals:
                var goals = new List<string>();
                foreach (CarePlanGoal goal in plan.Goals)
                {
                    goals.Add($"- Goal {goal.Number}: {words(goal.Text)}");
                    if (goal.LatestReview is GoalReview review)
                    {
                        string changed = review.WhatChanged is null ? string.Empty : " " + words(review.WhatChanged);
                        goals.Add($"- Goal {goal.Number}, reviewed {Date(review.ReviewedOn!.Value)}: {ProgressWords(review.Progress)}.{changed}");
                    }
                }

                return goals;
            case PlanField.Support:
                return plan.Support.Select(s => $"- {words(s.Description)}" + (s.WhatToExpect is null ? string.Empty : $" \u2013 what I can expect: {words(s.WhatToExpect)}")).ToList();
            case PlanField.ReviewDate:
                return [$"We will check how it\u2019s going on {Date(plan.ReviewDate!.Value)}."];
            case PlanField.ShareMyStory or PlanField.SatisfactionSurvey or PlanField.OngoingDataCollection:
                return [plan.Permissions.AnswerFor(CarePlan.PermissionFor(section.Field)) == ConsentAnswer.Given ? "Yes" : "No"];
            default:
                return plan.TextIn(section.Key)!.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(words).ToList();
        }
    }

    private static string ProgressWords(GoalProgress progress) => progress switch
    {
        GoalProgress.NotStarted => "not started yet",
        GoalProgress.InProgress => "in progress",
        GoalProgress.Achieved => "achieved",
        _ => "no longer a goal",
    };

    /// <summary>A date as the person reads it; every goal review on a plan and every review date shown has one.</summary>
    private static string Date(LocalDate date) => PersonDate.Format(date);

    /// <summary>Escapes the characters Markdown would read as formatting, so the person's words print as written.</summary>
    internal static string EscapeMarkdown(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (char c in OneLine(text))
        {
            if (MarkdownSpecials.Contains(c))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private const string MarkdownSpecials = "\\`*_{}[]<>()#+-.!|~";

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
