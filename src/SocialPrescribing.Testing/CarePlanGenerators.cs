using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using SocialPrescribing.CarePlans;

namespace SocialPrescribing.Testing;

/// <summary>FsCheck generators of care plan templates and of plans in every state, with texts that include line breaks and Markdown characters.</summary>
/// <threadsafety>Generators are immutable; safe to use from any thread.</threadsafety>
public static class CarePlanGenerators
{
    private static readonly string[] Phrases =
    [
        "Seeing my grandchildren on Sundays", "Getting out of the flat more", "I *love* gardening", "Money worries\nkeep me awake",
        "Walk to the shop by myself", "Join the Tuesday choir", "# not a heading", "Feel less lonely",
    ];

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
            PlanField.ReviewDate => plan.WithReviewDate(new LocalDate(2026, 1, 5).PlusDays(reviewDays)),
            PlanField.ShareMyStory or PlanField.SatisfactionSurvey or PlanField.OngoingDataCollection => plan,
            _ when x.s.Part == CarePlanPart.PartOne || x.s.Field == PlanField.FreeText => plan.WithText(x.s.Key, texts[x.i]),
            _ => plan,
        });

    /// <summary>Gets a generator of plans in every state: drafts, and (where they can be) agreed and reviewed plans.</summary>
    /// <value>Plans.</value>
    public static Gen<CarePlan> Plans { get; } =
        from draft in Drafts
        from stage in Gen.Choose(0, 2)
        from progress in Gen.Elements(Enum.GetValues<GoalProgress>())
        from changes in Words
        select Advance(draft, stage, progress, changes);

    private static CarePlan Advance(CarePlan draft, int stage, GoalProgress progress, string changes)
    {
        if (stage == 0 || !new CarePlanAgreementValidator().Validate(draft).IsValid)
        {
            return draft;
        }

        CarePlan agreed = draft.Agree(new LocalDate(2026, 1, 5));
        if (stage == 1)
        {
            return agreed;
        }

        var permissions = Vocabularies.SharingPermissions.NoneAsked.With(Vocabularies.SharingPermission.ShareMyStory, Vocabularies.ConsentAnswer.Given);
        return agreed.Review(new CarePlanReview(
            new LocalDate(2026, 7, 5),
            agreed.Goals.Select(g => new GoalReview(g.Number, progress, "Going to the group weekly")),
            agreed.Template.SectionFor(PlanField.ChangesTakenPlace) is null ? null : changes,
            permissions));
    }
}
