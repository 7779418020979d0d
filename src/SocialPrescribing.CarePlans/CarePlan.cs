using System.Collections.Immutable;
using System.Globalization;
using FluentValidation;
using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.CarePlans;

/// <summary>
/// A personalised care and support plan, co-produced with the person in their own words (seed section 8, Appendix 4,
/// section 5 item 3), following a <see cref="CarePlanTemplate"/>.
/// </summary>
/// <remarks>
/// <para>
/// Immutable: every change returns a new plan. A plan starts as a <see cref="CarePlanStatus.Draft"/>, which can change
/// freely; <see cref="Agree"/> checks the template's required sections and a review date, gives the person their own
/// copy, and makes version 1. From then on the plan changes only at a review (seed section 5 item 3: review "at
/// regular, agreed intervals, to assess progress and make changes"): <see cref="Review"/> applies a
/// <see cref="CarePlanReview"/> — goals and support added, changed or closed, the next review date, texts, how each
/// goal is going, part two — and adds the next <see cref="CarePlanVersion"/>. Earlier versions never change, so the
/// version the person agreed stays readable (<see cref="AgreedVersion"/>); docs/care-plans.md describes the model.
/// </para>
/// <para>
/// <see cref="Goals"/>, <see cref="Support"/>, <see cref="ReviewDate"/>, <see cref="Texts"/> and
/// <see cref="Permissions"/> are those of the current version (or of the draft). The person's details
/// (<see cref="WithPerson"/>) are not versioned: contact details may change at any time (this library's choice).
/// </para>
/// <para>
/// A plan holds information about a person (their words, health conditions, name, NHS number): <see cref="ToString"/>
/// shows only its template, status and counts, and no error message repeats the person's words.
/// <see cref="ToPlainText"/> and <see cref="ToMarkdown"/> render the person's own copy of the current version.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class CarePlan
{
    /// <summary>The name of <see cref="Review"/>'s parameter, which errors in a review's changes name.</summary>
    internal const string ReviewParameter = "review";

    private readonly State _state;

    private CarePlan(State state) => _state = state;

    /// <summary>Gets the template the plan follows.</summary>
    /// <value>The template.</value>
    public CarePlanTemplate Template => _state.Template;


    /// <summary>Gets where the plan is in its life.</summary>
    /// <value>Draft (no versions), agreed (one version) or reviewed (more than one).</value>
    public CarePlanStatus Status => _state.Versions.Count switch
    {
        0 => CarePlanStatus.Draft,
        1 => CarePlanStatus.Agreed,
        _ => CarePlanStatus.Reviewed,
    };

    /// <summary>Gets the text of every text section filled in, by section key, in the current version.</summary>
    /// <value>Non-blank text only.</value>
    public IReadOnlyDictionary<string, string> Texts => _state.Content.Texts;

    /// <summary>Gets the person's open goals in the current version, in the order added.</summary>
    /// <value>Numbered from 1 in the order added; a closed goal leaves a gap, its number never reused.</value>
    public IReadOnlyList<CarePlanGoal> Goals => _state.Content.Goals;

    /// <summary>Gets the support the person is being connected to, in the current version.</summary>
    /// <value>Open connections, in the order added, each numbered.</value>
    public IReadOnlyList<SupportConnection> Support => _state.Content.Support;

    /// <summary>Gets when the plan will be reviewed next ("when shall we check how it's going?").</summary>
    /// <value>A date, or <see langword="null"/> on a draft until set; an agreed plan always has one.</value>
    public LocalDate? ReviewDate => _state.Content.ReviewDate;

    /// <summary>Gets the person's answers to the sharing permissions (Core's <see cref="SharingPermissions"/>).</summary>
    /// <value>Nothing allowed until asked.</value>
    public SharingPermissions Permissions => _state.Content.Permissions;

    /// <summary>Gets who the plan belongs to, as the person's copy shows it.</summary>
    /// <value>Name, contact details and NHS number, each optional.</value>
    public PlanPerson Person => _state.Person;

    /// <summary>Gets when the plan was agreed and the person given their own copy.</summary>
    /// <value>A date once agreed; otherwise <see langword="null"/>.</value>
    public LocalDate? AgreedOn => _state.Versions.IsEmpty ? null : _state.Versions[0].Date;

    /// <summary>Gets the date of the latest review.</summary>
    /// <value>A date once reviewed; otherwise <see langword="null"/>.</value>
    public LocalDate? LastReviewedOn => _state.Versions.Count > 1 ? _state.Versions[^1].Date : null;

    /// <summary>Gets every version of the agreed plan, oldest first.</summary>
    /// <value>Empty for a draft; the agreed version first, then one per review.</value>
    public IReadOnlyList<CarePlanVersion> Versions => _state.Versions;

    /// <summary>Gets the version the person agreed, which reviews never change.</summary>
    /// <value>Version 1, or <see langword="null"/> for a draft.</value>
    public CarePlanVersion? AgreedVersion => _state.Versions.IsEmpty ? null : _state.Versions[0];

    /// <summary>Gets the current version: the agreed one, or the one the latest review made.</summary>
    /// <value>The last of <see cref="Versions"/>, or <see langword="null"/> for a draft.</value>
    public CarePlanVersion? CurrentVersion => _state.Versions.IsEmpty ? null : _state.Versions[^1];

    /// <summary>Starts a draft plan following a template.</summary>
    /// <param name="template">The template.</param>
    /// <returns>An empty draft.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="template"/> is null.</exception>
    public static CarePlan Draft(CarePlanTemplate template)
        => new(new State(Preconditions.CheckNotNull(template, nameof(template)), PlanPerson.None, PlanContent.Empty, []));

    /// <summary>Gets the text of a section in the current version.</summary>
    /// <param name="sectionKey">The section's key.</param>
    /// <returns>The text, or <see langword="null"/> when not filled in.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sectionKey"/> is null.</exception>
    public string? TextIn(string sectionKey)
        => _state.Content.Texts.TryGetValue(Preconditions.CheckNotNull(sectionKey, nameof(sectionKey)), out string? text) ? text : null;

    /// <summary>Gets the text of the section holding a plan field.</summary>
    /// <param name="field">A text field, such as <see cref="PlanField.WhatMattersToMe"/>.</param>
    /// <returns>
    /// The text, or <see langword="null"/> when not filled in or not in the template, and always for
    /// <see cref="PlanField.FreeText"/>, whose sections are read by key (<see cref="TextIn"/>).
    /// </returns>
    public string? TextFor(PlanField field) => Template.SectionFor(field) is CarePlanSection section ? TextIn(section.Key) : null;

    /// <summary>Returns the draft with a text section filled in, in the person's own words (blank text empties it).</summary>
    /// <param name="sectionKey">The section's key; the way to fill in a free-text section (<see cref="PlanField.FreeText"/>).</param>
    /// <param name="text">The text.</param>
    /// <returns>The updated plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sectionKey"/> is null.</exception>
    /// <exception cref="ArgumentException">The template has no such section, or it does not hold text; the parameter named is <paramref name="sectionKey"/>.</exception>
    /// <exception cref="InvalidOperationException">The plan is no longer a draft: use a review's <see cref="ChangeText"/>.</exception>
    public CarePlan WithText(string sectionKey, string? text)
    {
        Preconditions.CheckNotNull(sectionKey, nameof(sectionKey));
        Preconditions.CheckArgument(Template.TryGetSection(sectionKey, out CarePlanSection? section), nameof(sectionKey), CarePlansMessages.UnknownSection);
        return WithTextIn(section, nameof(sectionKey), text);
    }

    /// <summary>Returns the draft with a text field filled in.</summary>
    /// <param name="field">A text field of the template other than <see cref="PlanField.FreeText"/>, whose sections are found by key (<see cref="WithText(string, string?)"/>).</param>
    /// <param name="text">The text.</param>
    /// <returns>The updated plan.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="field"/> is <see cref="PlanField.FreeText"/> (a template may have several free-text sections: fill one in by its key), the
    /// template has no section for the field, or the field does not hold text; the parameter named is <paramref name="field"/>.
    /// </exception>
    /// <exception cref="InvalidOperationException">The plan is no longer a draft: use a review's <see cref="ChangeText"/>.</exception>
    public CarePlan WithText(PlanField field, string? text)
    {
        Preconditions.CheckArgument(field != PlanField.FreeText, nameof(field), CarePlansMessages.FreeTextByKey);
        CarePlanSection section = Template.SectionFor(field) ?? throw new ArgumentException(CarePlansMessages.NotInTemplate, nameof(field));
        return WithTextIn(section, nameof(field), text);
    }

    /// <summary>Returns the draft with a goal added, in the person's own words.</summary>
    /// <param name="text">The goal.</param>
    /// <returns>The updated plan; the goal's number is one more than the last.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty, or the template has no goals section; the parameter named is <paramref name="text"/>.</exception>
    /// <exception cref="InvalidOperationException">The plan is no longer a draft: use a review's <see cref="AddGoal"/>.</exception>
    public CarePlan WithGoal(string text)
    {
        CheckField(PlanField.Goals, nameof(text));
        CheckDraft();
        return WithContent(_state.Content.AddGoal(CarePlanSection.CheckText(text, nameof(text)).Trim()));
    }

    /// <summary>Returns the draft with support added.</summary>
    /// <param name="support">The support the person is being connected to.</param>
    /// <returns>The updated plan; the plan holds a numbered copy of <paramref name="support"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="support"/> is null.</exception>
    /// <exception cref="ArgumentException">The template has no support section; the parameter named is <paramref name="support"/>.</exception>
    /// <exception cref="InvalidOperationException">The plan is no longer a draft: use a review's <see cref="AddSupport"/>.</exception>
    public CarePlan WithSupport(SupportConnection support)
    {
        Preconditions.CheckNotNull(support, nameof(support));
        CheckField(PlanField.Support, nameof(support));
        CheckDraft();
        return WithContent(_state.Content.AddSupport(support));
    }

    /// <summary>Returns the draft with its review date set.</summary>
    /// <param name="reviewDate">When to check how it's going.</param>
    /// <returns>The updated plan.</returns>
    /// <exception cref="InvalidOperationException">The plan is no longer a draft: use a review's <see cref="SetNextReviewDate"/>.</exception>
    public CarePlan WithReviewDate(LocalDate reviewDate)
    {
        CheckDraft();
        return WithContent(_state.Content with { ReviewDate = reviewDate });
    }

    /// <summary>Returns the plan with the person's details, as their copy shows them (allowed in any state; not versioned).</summary>
    /// <param name="person">Name, contact details and NHS number.</param>
    /// <returns>The updated plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    public CarePlan WithPerson(PlanPerson person)
        => new(_state with { Person = Preconditions.CheckNotNull(person, nameof(person)) });

    /// <summary>Agrees the plan with the person, who is given their own copy; the draft becomes version 1.</summary>
    /// <param name="on">The date agreed.</param>
    /// <returns>The agreed plan.</returns>
    /// <exception cref="InvalidOperationException">The plan is not a draft.</exception>
    /// <exception cref="ValidationException">A required section is empty or there is no review date; each failure names the section by its heading.</exception>
    public CarePlan Agree(LocalDate on)
    {
        if (Status != CarePlanStatus.Draft)
        {
            throw new InvalidOperationException(CarePlansMessages.NotDraft);
        }

        new CarePlanValidator().ValidateAndThrow(this);
        return new CarePlan(_state with { Versions = [new CarePlanVersion(1, on, null, _state.Content)] });
    }

    /// <summary>
    /// Reviews the plan with the person (seed section 5 item 3): records how each goal is going, applies the review's
    /// changes in order, takes part two, and adds the next version; earlier versions are unchanged.
    /// </summary>
    /// <param name="review">The review.</param>
    /// <returns>The reviewed plan, whose <see cref="CurrentVersion"/> is the new version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The review is dated before the agreement or before the previous review (the same day is allowed); a goal review
    /// or change names a goal or support connection that is not open at that point; a change, or what changes have
    /// taken place, needs a section the template does not have; or the next review date is not after the review's
    /// date. The parameter named is <paramref name="review"/>. Nothing is applied.
    /// </exception>
    /// <exception cref="InvalidOperationException">The plan has not been agreed.</exception>
    public CarePlan Review(CarePlanReview review)
    {
        Preconditions.CheckNotNull(review, nameof(review));
        if (Status == CarePlanStatus.Draft)
        {
            throw new InvalidOperationException(CarePlansMessages.NotAgreed);
        }

        Preconditions.CheckArgument(review.Date >= AgreedOn, nameof(review), CarePlansMessages.ReviewBeforeAgreement);
        Preconditions.CheckArgument(review.Date >= _state.Versions[^1].Date, nameof(review), CarePlansMessages.ReviewBeforePreviousReview);

        PlanContent content = _state.Content;
        foreach (GoalReview goalReview in review.GoalReviews)
        {
            int index = content.IndexOfGoal(goalReview.GoalNumber);
            Preconditions.CheckArgument(index >= 0, nameof(review), CarePlansMessages.UnknownGoal);
            content = content with { Goals = content.Goals.SetItem(index, content.Goals[index].WithReview(goalReview.On(review.Date))) };
        }

        foreach (CarePlanChange change in review.Changes)
        {
            content = change.ApplyTo(content, Template, review.Date);
        }

        if (review.ChangesTakenPlace is string changes)
        {
            CarePlanSection section = Template.SectionFor(PlanField.ChangesTakenPlace) ?? throw new ArgumentException(CarePlansMessages.NotInTemplate, nameof(review));
            content = content.WithText(section.Key, changes);
        }

        SharingPermissions permissions = content.Permissions;
        foreach (SharingPermission permission in SharingPermissions.AllPermissions)
        {
            if (review.Permissions.AnswerFor(permission) is ConsentAnswer answer and not ConsentAnswer.NotAsked)
            {
                permissions = permissions.With(permission, answer);
            }
        }

        content = content with { Permissions = permissions };
        return new CarePlan(_state with { Content = content, Versions = _state.Versions.Add(new CarePlanVersion(_state.Versions.Count + 1, review.Date, review, content)) });
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
            PlanField.Goals => Goals.Count > 0,
            PlanField.Support => Support.Count > 0,
            PlanField.ReviewDate => ReviewDate.HasValue,
            PlanField.ShareMyStory or PlanField.SatisfactionSurvey or PlanField.OngoingDataCollection
                => Permissions.AnswerFor(PermissionFor(section.Field)) != ConsentAnswer.NotAsked,
            _ => Texts.ContainsKey(section.Key),
        };
    }

    /// <summary>Renders the person's own copy as plain text: template headings in order, only what was filled in, no professional codes.</summary>
    /// <returns>Plain text.</returns>
    public string ToPlainText() => CarePlanRenderer.Render(this, markdown: false);

    /// <summary>Renders the person's own copy as Markdown: the same content as <see cref="ToPlainText"/>.</summary>
    /// <returns>Markdown text.</returns>
    public string ToMarkdown() => CarePlanRenderer.Render(this, markdown: true);

    /// <summary>Describes the plan without anything about the person.</summary>
    /// <returns>For example <c>Care plan (Reviewed, version 2) following Sample personalised care and support plan: 2 goals, 3 support connections</c>.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"Care plan ({Status}, version {_state.Versions.Count}) following {Template.Name}: {Goals.Count} goals, {Support.Count} support connections");

    internal static SharingPermission PermissionFor(PlanField field) => field switch
    {
        PlanField.ShareMyStory => SharingPermission.ShareMyStory,
        PlanField.SatisfactionSurvey => SharingPermission.SatisfactionSurvey,
        _ => SharingPermission.OngoingDataCollectionAndEvaluation,
    };

    private void CheckDraft()
    {
        if (Status != CarePlanStatus.Draft)
        {
            throw new InvalidOperationException(CarePlansMessages.AgreedPlanLocked);
        }
    }

    private CarePlan WithContent(PlanContent content) => new(_state with { Content = content });

    private void CheckField(PlanField field, string paramName)
        => Preconditions.CheckArgument(Template.SectionFor(field) is not null, paramName, CarePlansMessages.NotInTemplate);

    private CarePlan WithTextIn(CarePlanSection section, string paramName, string? text)
    {
        Preconditions.CheckArgument(section.HoldsText, paramName, CarePlansMessages.NotATextSection);
        CheckDraft();
        return WithContent(_state.Content.WithText(section.Key, text));
    }

    /// <summary>
    /// Everything a plan holds, copied with <c>with</c> so that each copy names what it changes: the current content
    /// (the draft's, or the latest version's) and the versions, oldest first (empty for a draft).
    /// </summary>
    private sealed record State(CarePlanTemplate Template, PlanPerson Person, PlanContent Content, ImmutableList<CarePlanVersion> Versions)
    {
        /// <summary>Never the person's details or words.</summary>
        public override string ToString() => nameof(State);
    }
}
