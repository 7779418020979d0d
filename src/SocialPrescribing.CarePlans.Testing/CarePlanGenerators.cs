using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace SocialPrescribing.CarePlans.Testing;

/// <summary>FsCheck generators of care plan templates, of plans in every state, and of agreed plans with sequences of reviews, with texts that include line breaks and Markdown characters.</summary>
/// <threadsafety>Generators are immutable; safe to use from any thread.</threadsafety>
public static class CarePlanGenerators
{
    private static readonly string[] Phrases =
    [
        "Seeing my grandchildren on Sundays", "Getting out of the flat more", "I *love* gardening", "Money worries\nkeep me awake",
        "Walk to the shop by myself", "Join the Tuesday choir", "# not a heading", "Feel less lonely",
    ];

    private static readonly LocalDate AgreedOn = new(2026, 1, 5);

    /// <summary>Gets a generator of short texts in a person's own words.</summary>
    /// <value>Non-blank phrases, some with line breaks or Markdown characters.</value>
    public static Gen<string> Words { get; } = Gen.Elements(Phrases);

    /// <summary>Gets a generator of templates: the Appendix 4 sample, or a custom one built from a random subset of its sections plus free-text sections.</summary>
    /// <value>Valid templates.</value>
    public static Gen<CarePlanTemplate> Templates { get; } = Gen.OneOf(
        Gen.Constant(CarePlanTemplates.Appendix4Sample),
        from keep in Gen.ArrayOf(Gen.Elements(true, false), CarePlanTemplates.Appendix4Sample.Sections.Count)
        from extra in Gen.Choose(0, 2)
        from required in Gen.ArrayOf(Gen.Elements(true, false), extra)
        let builder = CarePlanTemplates.Appendix4Sample.Sections
            .Where((_, i) => keep[i] || i == 0)
            .Aggregate(new CarePlanTemplateBuilder("custom", "Our plan"), (b, s) => b.Add(s))
        select Enumerable.Range(0, extra)
            .Aggregate(builder, (b, i) => b.Add($"own-{i}", $"Our question {i}", "Ask it gently.", i % 2 == 0 ? CarePlanPart.PartOne : CarePlanPart.PartTwo, PlanField.FreeText, required[i]))
            .Build());

    /// <summary>Gets a generator of draft plans with any sections filled in.</summary>
    /// <value>Drafts that may or may not be ready to agree.</value>
    public static Gen<CarePlan> Drafts { get; } =
        from template in Templates
        from fill in Gen.ArrayOf(Gen.Elements(true, false), template.Sections.Count)
        from texts in Gen.ArrayOf(Words, template.Sections.Count)
        from goals in Gen.Choose(1, 3)
        from reviewDays in Gen.Choose(30, 200)
        select template.Sections.Select((s, i) => (s, i)).Where(x => fill[x.i]).Aggregate(CarePlan.Draft(template), (plan, x) => x.s.Field switch
        {
            PlanField.Goals => Enumerable.Range(0, goals).Aggregate(plan, (p, g) => p.WithGoal(Phrases[(x.i + g) % Phrases.Length])),
            PlanField.Support => plan.WithSupport(new SupportConnection(texts[x.i], "A warm welcome")),
            PlanField.ReviewDate => plan.WithReviewDate(AgreedOn.PlusDays(reviewDays)),
            PlanField.ShareMyStory or PlanField.SatisfactionSurvey or PlanField.OngoingDataCollection => plan,
            _ when x.s.Part == CarePlanPart.PartOne || x.s.Field == PlanField.FreeText => plan.WithText(x.s.Key, texts[x.i]),
            _ => plan,
        });

    /// <summary>Gets a generator of agreed plans: drafts completed with whatever the template requires, agreed on 5 January 2026.</summary>
    /// <value>Agreed plans (version 1 only).</value>
    public static Gen<CarePlan> AgreedPlans { get; } = Drafts.Select(draft => Complete(draft).Agree(AgreedOn));

    /// <summary>
    /// Gets a generator of agreed plans followed by up to five valid reviews, each adding, changing and closing goals
    /// and support, setting the next review date, changing texts, reviewing goals and answering part two; some reviews
    /// fall on the same day as the one before (or as the agreement).
    /// </summary>
    /// <value>Histories; use <see cref="CarePlanArbitraries.CarePlanHistory"/> for the shrinking arbitrary.</value>
    public static Gen<CarePlanHistory> Histories { get; } =
        from agreed in AgreedPlans
        from count in Gen.Choose(0, 5)
        from steps in Gen.ArrayOf(Steps, count)
        select Materialize(agreed, [.. steps]);

    /// <summary>Gets a generator of plans in every state: drafts, agreed plans, and plans after a sequence of reviews.</summary>
    /// <value>Plans.</value>
    public static Gen<CarePlan> Plans { get; } = Gen.OneOf(Drafts, AgreedPlans, Histories.Select(h => h.Reviewed));

    private static Gen<ReviewOp> Ops { get; } =
        from kind in Gen.Elements(Enum.GetValues<ReviewOpKind>())
        from pick in Gen.Choose(0, 9)
        from word in Gen.Choose(0, Phrases.Length - 1)
        from days in Gen.Choose(1, 200)
        select new ReviewOp(kind, pick, word, days);

    private static Gen<ReviewStep> Steps { get; } =
        from daysAfter in Gen.Choose(-30, 120).Select(days => Math.Max(0, days)) // about one review in five on the same day as the one before
        from reviewGoals in Gen.Elements(true, false)
        from recordChanges in Gen.Elements(true, false)
        from word in Gen.Choose(0, Phrases.Length - 1)
        from opCount in Gen.Choose(0, 6)
        from ops in Gen.ArrayOf(Ops, opCount)
        select new ReviewStep(daysAfter, reviewGoals, recordChanges, word, [.. ops]);

    /// <summary>Shrinks a history by removing one review, or one change from a review; the rest is rebuilt from its script, so it stays valid.</summary>
    /// <param name="history">The history to shrink.</param>
    /// <returns>Smaller histories, fewest reviews first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public static IEnumerable<CarePlanHistory> ShrinkHistory(CarePlanHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        ImmutableArray<ReviewStep> steps = history.Steps;
        for (int i = 0; i < steps.Length; i++)
        {
            yield return Materialize(history.Agreed, steps.RemoveAt(i));
        }

        for (int i = 0; i < steps.Length; i++)
        {
            for (int j = 0; j < steps[i].Ops.Length; j++)
            {
                yield return Materialize(history.Agreed, steps.SetItem(i, steps[i] with { Ops = steps[i].Ops.RemoveAt(j) }));
            }
        }
    }

    /// <summary>Fills whatever part one of the template requires, and a review date, so the draft can be agreed.</summary>
    private static CarePlan Complete(CarePlan draft)
    {
        CarePlan plan = draft;
        foreach (CarePlanSection section in draft.Template.Sections.Where(s => s.Part == CarePlanPart.PartOne && s.RequiredToAgree && !draft.HasContent(s)))
        {
            plan = section.Field switch
            {
                PlanField.Goals => plan.WithGoal(Phrases[4]),
                PlanField.Support => plan.WithSupport(new SupportConnection(Phrases[5])),
                PlanField.ReviewDate => plan,
                _ => plan.WithText(section.Key, Phrases[0]),
            };
        }

        return plan.ReviewDate is null ? plan.WithReviewDate(AgreedOn.PlusMonths(6)) : plan;
    }

    /// <summary>
    /// Turns a script into concrete reviews of <paramref name="agreed"/>. Goal and support numbers are tracked here, on
    /// the rule the package documents (one more than the highest number ever given), independently of the package.
    /// </summary>
    internal static CarePlanHistory Materialize(CarePlan agreed, ImmutableArray<ReviewStep> steps)
    {
        var openGoals = agreed.Goals.Select(g => g.Number).ToList();
        var openSupport = agreed.Support.Select(s => s.Number).ToList();
        int lastGoal = openGoals.DefaultIfEmpty(0).Max();
        int lastSupport = openSupport.DefaultIfEmpty(0).Max();
        bool hasGoals = agreed.Template.SectionFor(PlanField.Goals) is not null;
        bool hasSupport = agreed.Template.SectionFor(PlanField.Support) is not null;
        bool hasChangesSection = agreed.Template.SectionFor(PlanField.ChangesTakenPlace) is not null;
        var textKeys = agreed.Template.Sections.Where(s => s.HoldsText).Select(s => s.Key).ToList();
        LocalDate date = agreed.AgreedOn!.Value;
        var reviews = new List<CarePlanReview>();
        foreach (ReviewStep step in steps)
        {
            date = date.PlusDays(step.DaysAfter);
            GoalProgress[] progress = Enum.GetValues<GoalProgress>();
            var goalReviews = step.ReviewGoals
                ? openGoals.Select((number, i) => new GoalReview(number, progress[(step.Word + i) % progress.Length], i % 2 == 0 ? Phrases[(step.Word + i) % Phrases.Length] : null)).ToList()
                : [];
            var changes = new List<CarePlanChange>();
            foreach (ReviewOp op in step.Ops)
            {
                string words = Phrases[op.Word];
                switch (op.Kind)
                {
                    case ReviewOpKind.AddGoal when hasGoals:
                        changes.Add(new AddGoal(words));
                        openGoals.Add(++lastGoal);
                        break;
                    case ReviewOpKind.ChangeGoal when openGoals.Count > 0:
                        changes.Add(new ChangeGoal(openGoals[op.Pick % openGoals.Count], words));
                        break;
                    case ReviewOpKind.CloseGoal when openGoals.Count > 0:
                        int goal = openGoals[op.Pick % openGoals.Count];
                        changes.Add(new CloseGoal(goal, op.Word % 2 == 0 ? GoalProgress.Achieved : GoalProgress.NoLongerAGoal));
                        openGoals.Remove(goal);
                        break;
                    case ReviewOpKind.AddSupport when hasSupport:
                        changes.Add(new AddSupport(Support(op)));
                        openSupport.Add(++lastSupport);
                        break;
                    case ReviewOpKind.ChangeSupport when openSupport.Count > 0:
                        changes.Add(new ChangeSupport(openSupport[op.Pick % openSupport.Count], Support(op)));
                        break;
                    case ReviewOpKind.CloseSupport when openSupport.Count > 0:
                        int support = openSupport[op.Pick % openSupport.Count];
                        changes.Add(new CloseSupport(support));
                        openSupport.Remove(support);
                        break;
                    case ReviewOpKind.SetNextReviewDate:
                        changes.Add(new SetNextReviewDate(date.PlusDays(op.Days)));
                        break;
                    case ReviewOpKind.ChangeText when textKeys.Count > 0:
                        changes.Add(new ChangeText(textKeys[op.Pick % textKeys.Count], op.Days % 4 == 0 ? null : words));
                        break;
                    default:
                        break; // the template has no section for it, or nothing is open: the step is skipped
                }
            }

            var permissions = SharingPermissions.NoneAsked.With(SharingPermission.ShareMyStory, step.Word % 2 == 0 ? ConsentAnswer.Given : ConsentAnswer.Declined);
            reviews.Add(new CarePlanReview(date, goalReviews, changes, step.RecordChanges && hasChangesSection ? Phrases[step.Word] : null, permissions));
        }

        return new CarePlanHistory(agreed, steps, reviews);
    }

    private static SupportConnection Support(ReviewOp op)
        => new(Phrases[op.Word], op.Days % 2 == 0 ? Phrases[(op.Word + 1) % Phrases.Length] : null, op.Days % 3 == 0 ? ConnectionCategory.Create(ConnectionCategoryKind.PhysicalActivitySupport) : null);

    /// <summary>One abstract change of a review script; <c>Pick</c> chooses among what is open at that point.</summary>
    internal readonly record struct ReviewOp(ReviewOpKind Kind, int Pick, int Word, int Days);

    /// <summary>One review of a script: days after the previous review (0: the same day), whether every open goal is reviewed, and its changes.</summary>
    internal sealed record ReviewStep(int DaysAfter, bool ReviewGoals, bool RecordChanges, int Word, ImmutableArray<ReviewOp> Ops);

    /// <summary>The kinds of change a script can ask for.</summary>
    internal enum ReviewOpKind
    {
        AddGoal,
        ChangeGoal,
        CloseGoal,
        AddSupport,
        ChangeSupport,
        CloseSupport,
        SetNextReviewDate,
        ChangeText,
    }
}
