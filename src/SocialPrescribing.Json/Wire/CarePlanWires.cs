using System.Text.Json.Serialization;
using NodaTime;
using SocialPrescribing.CarePlans;

namespace SocialPrescribing.Json.Wire;

// The wire forms (schema version 1) of SocialPrescribing.CarePlans' documents (docs/json.md, "Care plans"): templates,
// and care plans written as what they are the fold of: the template, the draft as it was agreed, the date agreed, and
// each review in order. Reading replays them through CarePlan's own members (Draft, With*, Agree, Review), so the
// versions, goal reviews, status and current content are derived again, and equal those written.

/// <summary>The source-generated metadata of SocialPrescribing.CarePlans' wire forms.</summary>
[JsonSerializable(typeof(CarePlanTemplateWire))]
[JsonSerializable(typeof(CarePlanWire))]
internal sealed partial class CarePlansWireContext : JsonSerializerContext;

/// <summary>A care plan template: its sections in order.</summary>
internal sealed record CarePlanTemplateWire(string Id, string Name, CarePlanSectionWire[] Sections) : IVersioned
{
    [JsonPropertyOrder(-1)]
    public int? SchemaVersion { get; init; }

    internal static CarePlanTemplateWire From(CarePlanTemplate t) => new(t.Id, t.Name, [.. t.Sections.Select(CarePlanSectionWire.From)]);

    internal CarePlanTemplate ToModel()
    {
        var builder = new CarePlanTemplateBuilder(Id, Name);
        for (int i = 0; i < Sections.Length; i++)
        {
            CarePlanSectionWire section = Sections[i];
            builder.Add(Rebuild.At(JsonMessages.Invariant($"sections[{i}]"), section.ToModel));
        }

        return builder.Build();
    }
}

/// <summary>One section of a template.</summary>
internal sealed record CarePlanSectionWire(string Key, string Heading, string Prompt, CarePlanPart Part, PlanField Field, bool RequiredToAgree)
{
    internal static CarePlanSectionWire From(CarePlanSection s) => new(s.Key, s.Heading, s.Prompt, s.Part, s.Field, s.RequiredToAgree);

    internal CarePlanSection ToModel() => new(Key, Heading, Prompt, Part, Field, RequiredToAgree);
}

/// <summary>
/// A care plan: its template in full (a plan reads without a catalogue of templates: this library's choice), the person,
/// the draft (the content as agreed, or as it stands while a draft), the date agreed, and each review in order. The
/// versions, status and current content are derived by replaying these.
/// </summary>
internal sealed record CarePlanWire(
    [property: JsonPropertyOrder(0)] CarePlanTemplateWire Template,
    [property: JsonPropertyOrder(2)] CarePlanDraftWire Draft,
    [property: JsonPropertyOrder(1)] PlanPersonWire? Person = null,
    [property: JsonPropertyOrder(3)] LocalDate? AgreedOn = null,
    [property: JsonPropertyOrder(4)] CarePlanReviewWire[]? Reviews = null) : IVersioned
{
    [JsonPropertyOrder(-1)]
    public int? SchemaVersion { get; init; }

    internal static CarePlanWire From(CarePlan plan)
    {
        CarePlanDraftWire draft = plan.AgreedVersion is CarePlanVersion agreed
            ? CarePlanDraftWire.From(plan.Template, agreed.Texts, agreed.Goals, agreed.Support, agreed.ReviewDate)
            : CarePlanDraftWire.From(plan.Template, plan.Texts, plan.Goals, plan.Support, plan.ReviewDate);
        PlanPerson person = plan.Person;
        return new CarePlanWire(
            CarePlanTemplateWire.From(plan.Template),
            draft,
            person.NameAndContact is null && person.NhsNumber is null ? null : new PlanPersonWire(person.NameAndContact, person.NhsNumber),
            plan.AgreedOn,
            plan.Versions.Count > 1 ? [.. plan.Versions.Skip(1).Select(v => CarePlanReviewWire.From(v.Review!))] : null);
    }

    internal CarePlan ToModel()
    {
        CarePlan plan = CarePlan.Draft(Rebuild.At("template", Template.ToModel));
        if (Person is not null)
        {
            plan = plan.WithPerson(new PlanPerson(Person.NameAndContact, Person.NhsNumber));
        }

        plan = Draft.ApplyTo(plan);
        if (AgreedOn is LocalDate on)
        {
            plan = Rebuild.At("agreedOn", () => plan.Agree(on));
        }
        else if (Reviews is { Length: > 0 })
        {
            throw new ArgumentException(JsonMessages.ReviewedButNotAgreed);
        }

        for (int i = 0; i < (Reviews?.Length ?? 0); i++)
        {
            CarePlanReviewWire review = Reviews![i];
            plan = Rebuild.At(JsonMessages.Invariant($"reviews[{i}]"), () => plan.Review(review.ToModel()));
        }

        return plan;
    }
}

/// <summary>Who the plan is for: name and contact details in the person's words, and the NHS number in full; each absent when not given.</summary>
internal sealed record PlanPersonWire(string? NameAndContact = null, NhsNumber? NhsNumber = null);

/// <summary>
/// A plan's content before agreement: the text of each text section by its key (in the template's order), the goals in
/// the person's words (numbered 1, 2, ... in order), the support (numbered likewise) and the review date; each absent
/// when empty.
/// </summary>
internal sealed record CarePlanDraftWire(Dictionary<string, string>? Texts = null, string[]? Goals = null, SupportConnectionWire[]? Support = null, LocalDate? ReviewDate = null)
{
    private static readonly Dictionary<string, string> NoTexts = [];

    internal static CarePlanDraftWire From(CarePlanTemplate template, IReadOnlyDictionary<string, string> texts, IReadOnlyList<CarePlanGoal> goals, IReadOnlyList<SupportConnection> support, LocalDate? reviewDate)
    {
        var ordered = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (CarePlanSection section in template.Sections)
        {
            if (texts.TryGetValue(section.Key, out string? text))
            {
                ordered.Add(section.Key, text);
            }
        }

        return new CarePlanDraftWire(
            ordered.Count == 0 ? null : ordered,
            goals.Count == 0 ? null : [.. goals.Select(g => g.Text)],
            support.Count == 0 ? null : [.. support.Select(SupportConnectionWire.From)],
            reviewDate);
    }

    internal CarePlan ApplyTo(CarePlan draft)
    {
        CarePlan plan = draft;
        foreach ((string key, string text) in Texts ?? NoTexts)
        {
            plan = Rebuild.At(JsonMessages.Invariant($"draft.texts.{key}"), () => plan.WithText(key, text));
        }

        for (int i = 0; i < (Goals?.Length ?? 0); i++)
        {
            string goal = Goals![i];
            plan = Rebuild.At(JsonMessages.Invariant($"draft.goals[{i}]"), () => plan.WithGoal(goal));
        }

        for (int i = 0; i < (Support?.Length ?? 0); i++)
        {
            SupportConnectionWire support = Support![i];
            plan = Rebuild.At(JsonMessages.Invariant($"draft.support[{i}]"), () => plan.WithSupport(support.ToModel()));
        }

        return ReviewDate is LocalDate date ? plan.WithReviewDate(date) : plan;
    }
}

/// <summary>A support connection: what it is, what the person can expect, and its category; its number follows from its place in the plan.</summary>
internal sealed record SupportConnectionWire(string Description, string? WhatToExpect = null, CategoryWire? Category = null)
{
    internal static SupportConnectionWire From(SupportConnection s) => new(s.Description, s.WhatToExpect, s.Category is ConnectionCategory c ? CategoryWire.From(c) : null);

    internal SupportConnection ToModel() => new(Description, WhatToExpect, Category?.ToModel());
}

/// <summary>A review: its date, each goal's progress, the changes made in order, the changes that have taken place in the person's words, and the permissions answered (absent when none).</summary>
internal sealed record CarePlanReviewWire(LocalDate Date, GoalReviewWire[] GoalReviews, CarePlanChangeWire[]? Changes = null, string? ChangesTakenPlace = null, PermissionsWire? Permissions = null)
{
    internal static CarePlanReviewWire From(CarePlanReview r)
        => new(
            r.Date,
            [.. r.GoalReviews.Select(g => new GoalReviewWire(g.GoalNumber, g.Progress, g.WhatChanged))],
            r.Changes.Count == 0 ? null : [.. r.Changes.Select(CarePlanChangeWire.From)],
            r.ChangesTakenPlace,
            r.Permissions == SharingPermissions.NoneAsked ? null : PermissionsWire.From(r.Permissions));

    internal CarePlanReview ToModel()
        => new(
            Date,
            [.. GoalReviews.Select((g, i) => Rebuild.At(JsonMessages.Invariant($"goalReviews[{i}]"), () => new GoalReview(g.GoalNumber, g.Progress, g.WhatChanged)))],
            Changes is null ? null : [.. Changes.Select((c, i) => Rebuild.At(JsonMessages.Invariant($"changes[{i}]"), c.ToModel))],
            ChangesTakenPlace,
            Permissions?.ToModel() ?? SharingPermissions.NoneAsked);
}

/// <summary>One goal's progress at a review.</summary>
internal sealed record GoalReviewWire(int GoalNumber, GoalProgress Progress, string? WhatChanged = null);

/// <summary>A change made to a plan at a review, with its kind as the discriminator <c>"kind"</c> (fixed for ever).</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(ChangeTextWire), "changeText")]
[JsonDerivedType(typeof(AddGoalWire), "addGoal")]
[JsonDerivedType(typeof(ChangeGoalWire), "changeGoal")]
[JsonDerivedType(typeof(CloseGoalWire), "closeGoal")]
[JsonDerivedType(typeof(AddSupportWire), "addSupport")]
[JsonDerivedType(typeof(ChangeSupportWire), "changeSupport")]
[JsonDerivedType(typeof(CloseSupportWire), "closeSupport")]
[JsonDerivedType(typeof(SetNextReviewDateWire), "setNextReviewDate")]
internal abstract record CarePlanChangeWire
{
    internal static CarePlanChangeWire From(CarePlanChange change) => change switch
    {
        ChangeText x => new ChangeTextWire(x.SectionKey, x.Text),
        AddGoal x => new AddGoalWire(x.Text),
        ChangeGoal x => new ChangeGoalWire(x.GoalNumber, x.Text),
        CloseGoal x => new CloseGoalWire(x.GoalNumber, x.Outcome),
        AddSupport x => new AddSupportWire(SupportConnectionWire.From(x.Support)),
        ChangeSupport x => new ChangeSupportWire(x.SupportNumber, SupportConnectionWire.From(x.Support)),
        CloseSupport x => new CloseSupportWire(x.SupportNumber),
        SetNextReviewDate x => new SetNextReviewDateWire(x.Date),
        // Stryker disable once all : unreachable: the hierarchy's constructor is private protected, so every kind is listed above.
        _ => throw new ArgumentException("A care plan change of a kind this library does not define cannot be written.", nameof(change)),
    };

    /// <summary>Builds the change through its own constructor.</summary>
    /// <returns>The change.</returns>
    internal abstract CarePlanChange ToModel();
}

/// <summary>A text section's new text; absent text clears the section.</summary>
internal sealed record ChangeTextWire(string SectionKey, string? Text = null) : CarePlanChangeWire
{
    internal override CarePlanChange ToModel() => new ChangeText(SectionKey, Text);
}

internal sealed record AddGoalWire(string Text) : CarePlanChangeWire
{
    internal override CarePlanChange ToModel() => new AddGoal(Text);
}

internal sealed record ChangeGoalWire(int GoalNumber, string Text) : CarePlanChangeWire
{
    internal override CarePlanChange ToModel() => new ChangeGoal(GoalNumber, Text);
}

internal sealed record CloseGoalWire(int GoalNumber, GoalProgress Outcome) : CarePlanChangeWire
{
    internal override CarePlanChange ToModel() => new CloseGoal(GoalNumber, Outcome);
}

internal sealed record AddSupportWire(SupportConnectionWire Support) : CarePlanChangeWire
{
    internal override CarePlanChange ToModel() => new AddSupport(Support.ToModel());
}

internal sealed record ChangeSupportWire(int SupportNumber, SupportConnectionWire Support) : CarePlanChangeWire
{
    internal override CarePlanChange ToModel() => new ChangeSupport(SupportNumber, Support.ToModel());
}

internal sealed record CloseSupportWire(int SupportNumber) : CarePlanChangeWire
{
    internal override CarePlanChange ToModel() => new CloseSupport(SupportNumber);
}

internal sealed record SetNextReviewDateWire(LocalDate Date) : CarePlanChangeWire
{
    internal override CarePlanChange ToModel() => new SetNextReviewDate(Date);
}
