using SocialPrescribing.Tests.Shared;
using System.Diagnostics;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;

namespace SocialPrescribing.CarePlans.Tests;

/// <summary>
/// A known name and a (test-range) NHS number, 999 000 0026, driven down every public path of the package: only the
/// person's own copy (<see cref="CarePlan.ToPlainText"/>, <see cref="CarePlan.ToMarkdown"/>) shows them.
/// </summary>
public class PersonalDataTests
{
    private const string Name = "Zebedee Quill, 01632 960000";
    private const string Words = "Zebedee worries about his diabetes";
    private static readonly NhsNumber Number = NhsNumber.Parse("999 000 0026");
    private static readonly PlanPerson Person = new(Name, Number);
    private static readonly LocalDate Agreed = new(2026, 1, 5);

    /// <summary>The name, the words, and the NHS number in any unmasked form.</summary>
    private static readonly string[] Identifying = ["Zebedee", "Quill", "01632", "diabetes", "999 000", "9990000026", "000 0026"];

    private static void AssertShowsNothingPersonal(string? shown)
    {
        foreach (string fragment in Identifying)
        {
            Assert.DoesNotContain(fragment, shown ?? string.Empty, StringComparison.Ordinal);
        }
    }

    private static void AssertNoPersonalData(IEnumerable<ValidationFailure> failures)
    {
        Assert.All(failures, f => Assert.Null(f.AttemptedValue));
        ValidationFailureChecks.AssertShowNone(failures, Identifying);
    }

    private static CarePlan DraftWithWords() => CarePlan.Draft(CarePlanTemplates.Appendix4Sample)
        .WithPerson(Person)
        .WithText(PlanField.WhatMattersToMe, Words)
        .WithText(PlanField.HealthConditions, Words)
        .WithGoal(Words)
        .WithSupport(new SupportConnection(Words, Words, ConnectionCategory.Create(ConnectionCategoryKind.PhysicalActivitySupport)))
        .WithReviewDate(new LocalDate(2026, 7, 5));

    [Fact]
    public void PlanPerson_ToString_SaysOnlyWhichDetailsArePresent()
    {
        Assert.Equal("PlanPerson(name: yes, NHS number: yes)", Person.ToString());
        Assert.Equal("PlanPerson(name: yes, NHS number: no)", new PlanPerson(Name, null).ToString());
        Assert.Equal("PlanPerson(name: no, NHS number: yes)", new PlanPerson(null, Number).ToString());
        Assert.Equal("PlanPerson(name: no, NHS number: no)", PlanPerson.None.ToString());
        Assert.Equal("{ToString(),nq}", Assert.Single(typeof(PlanPerson).GetCustomAttributes(typeof(DebuggerDisplayAttribute), false).Cast<DebuggerDisplayAttribute>()).Value);
    }

    [Fact]
    public void PlanPerson_BlankNameAndDefaultNumber_AreAbsent()
    {
        var blank = new PlanPerson("  \n ", default(NhsNumber));
        Assert.Null(blank.NameAndContact);
        Assert.Null(blank.NhsNumber);
        Assert.Equal((Name, (NhsNumber?)Number), (new PlanPerson("  " + Name + " ", Number).NameAndContact, Person.NhsNumber));
    }

    [Fact]
    public void EveryToString_OfADraftAgreedAndReviewedPlan_ShowsNothingPersonal()
    {
        CarePlan agreed = DraftWithWords().Agree(Agreed);
        var review = new CarePlanReview(
            new LocalDate(2026, 7, 5),
            [new GoalReview(1, GoalProgress.InProgress, Words)],
            [new AddGoal(Words), new ChangeGoal(1, Words), new AddSupport(new SupportConnection(Words, Words)), new ChangeSupport(1, new SupportConnection(Words)), new CloseSupport(2), new ChangeText("what-matters", Words), new SetNextReviewDate(new LocalDate(2027, 1, 5)), new CloseGoal(2, GoalProgress.Achieved)],
            Words,
            SharingPermissions.NoneAsked.With(SharingPermission.ShareMyStory, ConsentAnswer.Given));
        CarePlan reviewed = agreed.Review(review);

        var shown = new List<string?> { DraftWithWords().ToString(), agreed.ToString(), reviewed.ToString(), reviewed.Person.ToString(), review.ToString(), reviewed.Template.ToString() };
        shown.AddRange(reviewed.Versions.Select(v => v.ToString()));
        shown.AddRange(reviewed.Versions.SelectMany(v => v.Goals).Select(g => g.ToString()));
        shown.AddRange(reviewed.Versions.SelectMany(v => v.Goals).SelectMany(g => g.Reviews).Select(r => r.ToString()));
        shown.AddRange(reviewed.Versions.SelectMany(v => v.Support).Select(s => s.ToString()));
        shown.AddRange(review.Changes.Select(c => c.ToString()));
        shown.AddRange(review.GoalReviews.Select(g => g.ToString()));
        foreach (string? text in shown)
        {
            AssertShowsNothingPersonal(text);
        }
    }

    [Fact]
    public void OnlyThePersonsOwnCopy_ShowsTheirNameAndNumber()
    {
        CarePlan agreed = DraftWithWords().Agree(Agreed);
        foreach (string copy in new[] { agreed.ToPlainText(), agreed.ToMarkdown() })
        {
            Assert.Contains("Zebedee Quill", copy, StringComparison.Ordinal);
            Assert.Contains("999 000 0026", copy, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validator_Failures_CarryNoPersonalData()
    {
        CarePlan missing = CarePlan.Draft(CarePlanTemplates.Appendix4Sample).WithPerson(Person).WithText(PlanField.HealthConditions, Words).WithGoal(Words);
        AssertNoPersonalData(new CarePlanValidator().Validate(missing).Errors);

        CarePlan noReviewSection = CarePlan.Draft(CarePlanTemplates.Appendix4Sample.ToBuilder().Remove("review").Build()).WithPerson(Person).WithText(PlanField.WhatMattersToMe, Words);
        AssertNoPersonalData(new CarePlanValidator().Validate(noReviewSection).Errors);

        ValidationException thrown = Assert.Throws<ValidationException>(() => missing.Agree(Agreed));
        AssertNoPersonalData(thrown.Errors);
        AssertShowsNothingPersonal(thrown.Message);
    }

    [Fact]
    public void ExceptionMessages_ShowNothingPersonal()
    {
        CarePlan draft = DraftWithWords();
        CarePlan agreed = draft.Agree(Agreed);
        var thrown = new List<Exception>
        {
            Assert.Throws<ArgumentException>(() => draft.WithText(PlanField.FreeText, Words)),
            Assert.Throws<ArgumentException>(() => draft.WithText("goals", Words)),
            Assert.Throws<ArgumentException>(() => draft.WithText("no-such-section", Words)),
            Assert.Throws<InvalidOperationException>(() => agreed.WithText(PlanField.WhatMattersToMe, Words)),
            Assert.Throws<InvalidOperationException>(() => agreed.WithGoal(Words)),
            Assert.Throws<InvalidOperationException>(() => agreed.Agree(Agreed)),
            Assert.Throws<InvalidOperationException>(() => draft.Review(new CarePlanReview(Agreed, []))),
            Assert.Throws<ArgumentException>(() => agreed.Review(new CarePlanReview(Agreed, [], [new ChangeGoal(9, Words)], Words))),
            Assert.Throws<ArgumentException>(() => agreed.Review(new CarePlanReview(Agreed, [], [new ChangeText("goals", Words)], Words))),
            Assert.Throws<ArgumentException>(() => agreed.Review(new CarePlanReview(Agreed.PlusDays(-1), [new GoalReview(1, GoalProgress.Achieved, Words)]))),
            Assert.Throws<ArgumentException>(() => new SupportConnection(" ", Words)),
        };
        foreach (Exception exception in thrown)
        {
            AssertShowsNothingPersonal(exception.Message);
        }
    }
}
