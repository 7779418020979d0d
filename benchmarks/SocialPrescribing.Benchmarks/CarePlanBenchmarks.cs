using BenchmarkDotNet.Attributes;
using NodaTime;
using SocialPrescribing.CarePlans;

namespace SocialPrescribing.Benchmarks;

/// <summary>
/// Rendering the person's copy of a full plan (every Appendix 4 section filled in, three goals reviewed), against the
/// obvious implementation: string concatenation section by section.
/// </summary>
[MemoryDiagnoser]
public class CarePlanBenchmarks
{
    private CarePlan _plan = null!;

    [GlobalSetup]
    public void Setup()
    {
        CarePlan draft = CarePlan.Draft(CarePlanTemplates.Appendix4Sample)
            .WithText(PlanField.WhatMattersToMe, "Seeing my grandchildren on Sundays.\nKeeping my garden going.")
            .WithText(PlanField.HowBestToSupportMe, "Give me time; I get anxious in new places.")
            .WithText(PlanField.HealthConditions, "Type 2 diabetes")
            .WithGoal("Walk to the shop by myself")
            .WithGoal("Join a choir")
            .WithGoal("Sort out my benefits")
            .WithSupport(new SupportConnection("Tuesday walking group", "A volunteer meets me at the gate"))
            .WithSupport(new SupportConnection("Citizens Advice", "Help to check my benefits"))
            .WithText(PlanField.WhatICanDo, "Walk to the end of the road each morning.")
            .WithReviewDate(new LocalDate(2026, 7, 5));
        _plan = draft.Agree(new LocalDate(2026, 1, 5)).Review(new CarePlanReview(
            new LocalDate(2026, 7, 5),
            [new GoalReview(1, GoalProgress.Achieved, "I walk there every day"), new GoalReview(2, GoalProgress.InProgress), new GoalReview(3, GoalProgress.Achieved)],
            changesTakenPlace: "I feel less lonely and my money is sorted.",
            permissions: SharingPermissions.NoneAsked.With(SharingPermission.ShareMyStory, ConsentAnswer.Given).With(SharingPermission.SatisfactionSurvey, ConsentAnswer.Declined)));
    }

    /// <summary>The obvious way: concatenate strings section by section.</summary>
    [Benchmark(Baseline = true)]
    public string Render_Obvious()
    {
        string text = _plan.Template.Name + "\n";
        foreach (CarePlanSection section in _plan.Template.Sections)
        {
            if (!_plan.HasContent(section))
            {
                continue;
            }

            text += "\n" + section.Heading + "\n";
            switch (section.Field)
            {
                case PlanField.Goals:
                    foreach (CarePlanGoal goal in _plan.Goals)
                    {
                        text += "  - Goal " + goal.Number + ": " + goal.Text + "\n";
                        if (goal.LatestReview is GoalReview review)
                        {
                            text += "  - Goal " + goal.Number + ", reviewed " + review.ReviewedOn + ": " + review.Progress + ". " + review.WhatChanged + "\n";
                        }
                    }

                    break;
                case PlanField.Support:
                    foreach (SupportConnection s in _plan.Support)
                    {
                        text += "  - " + s.Description + " - what I can expect: " + s.WhatToExpect + "\n";
                    }

                    break;
                case PlanField.ReviewDate:
                    text += "  We will check how it's going on " + _plan.ReviewDate + ".\n";
                    break;
                case PlanField.ShareMyStory or PlanField.SatisfactionSurvey or PlanField.OngoingDataCollection:
                    text += "  answered\n";
                    break;
                default:
                    foreach (string line in _plan.TextIn(section.Key)!.Split('\n'))
                    {
                        text += "  " + line.Trim() + "\n";
                    }

                    break;
            }
        }

        return text;
    }

    /// <summary>The library's plain-text copy.</summary>
    [Benchmark]
    public string Render_PlainText() => _plan.ToPlainText();

    /// <summary>The library's Markdown copy (escapes the person's words).</summary>
    [Benchmark]
    public string Render_Markdown() => _plan.ToMarkdown();
}
