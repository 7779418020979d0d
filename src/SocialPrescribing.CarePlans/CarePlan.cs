using System.Collections.Immutable;
using FluentValidation;
using NodaTime;
using SocialPrescribing.Utility;
using SocialPrescribing.Vocabularies;

namespace SocialPrescribing.CarePlans;

/// <summary>
/// A personalised care and support plan, co-produced with the person in their own words (seed section 8, Appendix 4,
/// section 5 item 3), following a <see cref="CarePlanTemplate"/>.
/// </summary>
/// <remarks>
/// <para>
/// Immutable: every change returns a new plan. A plan starts as a <see cref="CarePlanStatus.Draft"/>, in which part one
/// can change; <see cref="Agree"/> checks the template's required sections and a review date and gives the person their
/// own copy; <see cref="Review"/> records how each goal is going and part two, and never changes part one.
/// </para>
/// <para>
/// A plan holds information about a person (their words, health conditions, name, NHS number): <see cref="ToString"/>
/// shows only its template, status and counts. <see cref="ToPlainText"/> and <see cref="ToMarkdown"/> render the
/// person's own copy.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class CarePlan
{
    private readonly ImmutableDictionary<string, string> _texts;
    private readonly ImmutableList<CarePlanGoal> _goals;
    private readonly ImmutableList<SupportConnection> _support;

    private CarePlan(
        CarePlanTemplate template,
        CarePlanStatus status,
        ImmutableDictionary<string, string> texts,
        ImmutableList<CarePlanGoal> goals,
        ImmutableList<SupportConnection> support,
        LocalDate? reviewDate,
        SharingPermissions permissions,
        PlanPerson person,
        LocalDate? agreedOn,
        LocalDate? lastReviewedOn)
    {
        Template = template;
        Status = status;
        _texts = texts;
        _goals = goals;
        _support = support;
        ReviewDate = reviewDate;
        Permissions = permissions;
        Person = person;
        AgreedOn = agreedOn;
        LastReviewedOn = lastReviewedOn;
    }

    /// <summary>Gets the template the plan follows.</summary>
    /// <value>The template.</value>
    public CarePlanTemplate Template { get; }

    /// <summary>Gets where the plan is in its life.</summary>
    /// <value>Draft, agreed or reviewed.</value>
    public CarePlanStatus Status { get; }

    /// <summary>Gets the text of every text section filled in, by section key.</summary>
    /// <value>Non-blank text only.</value>
    public IReadOnlyDictionary<string, string> Texts => _texts;

    /// <summary>Gets the person's goals, in order.</summary>
    /// <value>Numbered from 1.</value>
    public IReadOnlyList<CarePlanGoal> Goals => _goals;

    /// <summary>Gets the support the person is being connected to.</summary>
    /// <value>In the order added.</value>
    public IReadOnlyList<SupportConnection> Support => _support;

    /// <summary>Gets when the plan will be reviewed ("when shall we check how it's going?").</summary>
    /// <value>A date, or <see langword="null"/> until agreed on.</value>
    public LocalDate? ReviewDate { get; }

    /// <summary>Gets the person's answers to the sharing permissions (Core's <see cref="SharingPermissions"/>).</summary>
    /// <value>Nothing allowed until asked.</value>
    public SharingPermissions Permissions { get; }

    /// <summary>Gets who the plan belongs to, as the person's copy shows it.</summary>
    /// <value>Name, contact details and NHS number, each optional.</value>
    public PlanPerson Person { get; }

    /// <summary>Gets when the plan was agreed and the person given their own copy.</summary>
    /// <value>A date once agreed; otherwise <see langword="null"/>.</value>
    public LocalDate? AgreedOn { get; }

    /// <summary>Gets the date of the latest review.</summary>
    /// <value>A date once reviewed; otherwise <see langword="null"/>.</value>
    public LocalDate? LastReviewedOn { get; }

    /// <summary>Starts a draft plan following a template.</summary>
    /// <param name="template">The template.</param>
    /// <returns>An empty draft.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="template"/> is null.</exception>
    public static CarePlan Draft(CarePlanTemplate template)
        => new(Preconditions.CheckNotNull(template, nameof(template)), CarePlanStatus.Draft, ImmutableDictionary.Create<string, string>(StringComparer.Ordinal), [], [], null, SharingPermissions.NoneAsked, PlanPerson.None, null, null);

    /// <summary>Gets the text of a section.</summary>
    /// <param name="sectionKey">The section's key.</param>
    /// <returns>The text, or <see langword="null"/> when not filled in.</returns>
    public string? TextIn(string sectionKey) => _texts.TryGetValue(sectionKey, out string? text) ? text : null;

    /// <summary>Gets the text of the section holding a plan field.</summary>
    /// <param name="field">A text field, such as <see cref="PlanField.WhatMattersToMe"/>.</param>
    /// <returns>The text, or <see langword="null"/> when not filled in or not in the template.</returns>
    public string? TextFor(PlanField field) => Template.SectionFor(field) is CarePlanSection section ? TextIn(section.Key) : null;

    /// <summary>Returns the plan with a text section filled in, in the person's own words (blank text empties it).</summary>
    /// <param name="sectionKey">The section's key.</param>
    /// <param name="text">The text.</param>
    /// <returns>The updated plan.</returns>
    /// <exception cref="ArgumentException">The template has no such section, or it does not hold text.</exception>
    /// <exception cref="InvalidOperationException">The section is in part one and the plan is no longer a draft.</exception>
    public CarePlan WithText(string sectionKey, string? text)
    {
        Preconditions.CheckNotNull(sectionKey, nameof(sectionKey));
        Preconditions.CheckArgument(Template.TryGetSection(sectionKey, out CarePlanSection? section), nameof(sectionKey), CarePlanMessages.UnknownSection);
        Preconditions.CheckArgument(section.HoldsText, nameof(sectionKey), CarePlanMessages.NotATextSection);
        CheckEditable(section.Part);
        ImmutableDictionary<string, string> texts = string.IsNullOrWhiteSpace(text) ? _texts.Remove(sectionKey) : _texts.SetItem(sectionKey, text.Trim());
        return new CarePlan(Template, Status, texts, _goals, _support, ReviewDate, Permissions, Person, AgreedOn, LastReviewedOn);
    }

    /// <summary>Returns the plan with a text field filled in.</summary>
    /// <param name="field">A text field of the template.</param>
    /// <param name="text">The text.</param>
    /// <returns>The updated plan.</returns>
    /// <exception cref="ArgumentException">The template has no section for the field, or it does not hold text.</exception>
    /// <exception cref="InvalidOperationException">The field is in part one and the plan is no longer a draft.</exception>
    public CarePlan WithText(PlanField field, string? text)
        => WithText((Template.SectionFor(field) ?? throw new ArgumentException(CarePlanMessages.NotInTemplate, nameof(field))).Key, text);

    /// <summary>Returns the draft with a goal added, in the person's own words.</summary>
    /// <param name="text">The goal.</param>
    /// <returns>The updated plan; the goal's number is one more than the last.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty, or the template has no goals section.</exception>
    /// <exception cref="InvalidOperationException">The plan is no longer a draft.</exception>
    public CarePlan WithGoal(string text)
    {
        CheckField(PlanField.Goals);
        CheckEditable(CarePlanPart.PartOne);
        var goal = new CarePlanGoal(_goals.Count + 1, CarePlanSection.CheckText(text, nameof(text)).Trim(), []);
        return new CarePlan(Template, Status, _texts, _goals.Add(goal), _support, ReviewDate, Permissions, Person, AgreedOn, LastReviewedOn);
    }

    /// <summary>Returns the draft with support added.</summary>
    /// <param name="support">The support the person is being connected to.</param>
    /// <returns>The updated plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="support"/> is null.</exception>
    /// <exception cref="ArgumentException">The template has no support section.</exception>
    /// <exception cref="InvalidOperationException">The plan is no longer a draft.</exception>
    public CarePlan WithSupport(SupportConnection support)
    {
        Preconditions.CheckNotNull(support, nameof(support));
        CheckField(PlanField.Support);
        CheckEditable(CarePlanPart.PartOne);
        return new CarePlan(Template, Status, _texts, _goals, _support.Add(support), ReviewDate, Permissions, Person, AgreedOn, LastReviewedOn);
    }

    /// <summary>Returns the draft with its review date set.</summary>
    /// <param name="reviewDate">When to check how it's going.</param>
    /// <returns>The updated plan.</returns>
    /// <exception cref="InvalidOperationException">The plan is no longer a draft.</exception>
    public CarePlan WithReviewDate(LocalDate reviewDate)
    {
        CheckEditable(CarePlanPart.PartOne);
        return new CarePlan(Template, Status, _texts, _goals, _support, reviewDate, Permissions, Person, AgreedOn, LastReviewedOn);
    }

    /// <summary>Returns the plan with the person's details, as their copy shows them.</summary>
    /// <param name="person">Name, contact details and NHS number.</param>
    /// <returns>The updated plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    public CarePlan WithPerson(PlanPerson person)
        => new(Template, Status, _texts, _goals, _support, ReviewDate, Permissions, Preconditions.CheckNotNull(person, nameof(person)), AgreedOn, LastReviewedOn);

    /// <summary>Agrees the plan with the person, who is given their own copy.</summary>
    /// <param name="on">The date agreed.</param>
    /// <returns>The agreed plan.</returns>
    /// <exception cref="InvalidOperationException">The plan is not a draft.</exception>
    /// <exception cref="ValidationException">A required section is empty or there is no review date; each failure names the section by its heading.</exception>
    public CarePlan Agree(LocalDate on)
    {
        if (Status != CarePlanStatus.Draft)
        {
            throw new InvalidOperationException(CarePlanMessages.NotDraft);
        }

        CarePlanAgreementValidator.Instance.ValidateAndThrow(this);
        return new CarePlan(Template, CarePlanStatus.Agreed, _texts, _goals, _support, ReviewDate, Permissions, Person, on, LastReviewedOn);
    }

    /// <summary>Records a review: how each goal is going, what changed, and the part two permissions. Part one is unchanged.</summary>
    /// <param name="review">The review.</param>
    /// <returns>The reviewed plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is null.</exception>
    /// <exception cref="ArgumentException">A goal review names a goal the plan does not have, the review is dated before the agreement, or it records changes the template has no section for.</exception>
    /// <exception cref="InvalidOperationException">The plan has not been agreed.</exception>
    public CarePlan Review(CarePlanReview review)
    {
        Preconditions.CheckNotNull(review, nameof(review));
        if (Status == CarePlanStatus.Draft)
        {
            throw new InvalidOperationException(CarePlanMessages.NotAgreed);
        }

        Preconditions.CheckArgument(review.Date >= AgreedOn, nameof(review), CarePlanMessages.ReviewBeforeAgreement);
        Preconditions.CheckArgument(review.GoalReviews.All(g => g.GoalNumber <= _goals.Count), nameof(review), CarePlanMessages.UnknownGoal);

        ImmutableList<CarePlanGoal> goals = _goals;
        foreach (GoalReview goalReview in review.GoalReviews)
        {
            goals = goals.SetItem(goalReview.GoalNumber - 1, goals[goalReview.GoalNumber - 1].WithReview(goalReview.On(review.Date)));
        }

        ImmutableDictionary<string, string> texts = _texts;
        if (review.ChangesTakenPlace is string changes)
        {
            CarePlanSection section = Template.SectionFor(PlanField.ChangesTakenPlace) ?? throw new ArgumentException(CarePlanMessages.NotInTemplate, nameof(review));
            texts = texts.SetItem(section.Key, changes);
        }

        SharingPermissions permissions = Permissions;
        foreach (SharingPermission permission in SharingPermissions.AllPermissions)
        {
            if (review.Permissions.AnswerFor(permission) is ConsentAnswer answer and not ConsentAnswer.NotAsked)
            {
                permissions = permissions.With(permission, answer);
            }
        }

        return new CarePlan(Template, CarePlanStatus.Reviewed, texts, goals, _support, ReviewDate, permissions, Person, AgreedOn, review.Date);
    }

    /// <summary>Tests whether a section of the template has content in this plan.</summary>
    /// <param name="section">A section of the plan's template.</param>
    /// <returns><see langword="true"/> when the person has filled it in.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="section"/> is null.</exception>
    public bool HasContent(CarePlanSection section)
    {
        Preconditions.CheckNotNull(section, nameof(section));
        return section.Field switch
        {
            PlanField.Goals => _goals.Count > 0,
            PlanField.Support => _support.Count > 0,
            PlanField.ReviewDate => ReviewDate.HasValue,
            PlanField.ShareMyStory or PlanField.SatisfactionSurvey or PlanField.OngoingDataCollection
                => Permissions.AnswerFor(PermissionFor(section.Field)) != ConsentAnswer.NotAsked,
            _ => _texts.ContainsKey(section.Key),
        };
    }

    /// <summary>Renders the person's own copy as plain text: template headings in order, only what was filled in, no professional codes.</summary>
    /// <returns>Plain text.</returns>
    public string ToPlainText() => CarePlanRenderer.Render(this, markdown: false);

    /// <summary>Renders the person's own copy as Markdown: the same content as <see cref="ToPlainText"/>.</summary>
    /// <returns>Markdown text.</returns>
    public string ToMarkdown() => CarePlanRenderer.Render(this, markdown: true);

    /// <summary>Describes the plan without anything about the person.</summary>
    /// <returns>For example <c>Care plan (Agreed) following Sample personalised care and support plan: 2 goals, 3 support connections</c>.</returns>
    public override string ToString() => $"Care plan ({Status}) following {Template.Name}: {_goals.Count} goals, {_support.Count} support connections";

    internal static SharingPermission PermissionFor(PlanField field) => field switch
    {
        PlanField.ShareMyStory => SharingPermission.ShareMyStory,
        PlanField.SatisfactionSurvey => SharingPermission.SatisfactionSurvey,
        _ => SharingPermission.OngoingDataCollectionAndEvaluation,
    };

    private void CheckEditable(CarePlanPart part)
    {
        if (part == CarePlanPart.PartOne && Status != CarePlanStatus.Draft)
        {
            throw new InvalidOperationException(CarePlanMessages.PartOneLocked);
        }
    }

    private void CheckField(PlanField field)
        => Preconditions.CheckArgument(Template.SectionFor(field) is not null, nameof(field), CarePlanMessages.NotInTemplate);
}
