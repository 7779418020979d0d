using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SocialPrescribing.CarePlans.Testing;
using SocialPrescribing.Testing;

namespace SocialPrescribing.CarePlans.Tests;

/// <summary>
/// The package's contracts: <c>Try*</c> never throws over its whole input domain; every text it produces is the same
/// under tr-TR, ar-SA and en-GB as under the invariant culture; exceptions name the caller's parameter.
/// </summary>
public class ApiContractTests
{
    private static readonly Gen<string?> AnyKey = Gen.OneOf(
        Gen.Constant<string?>(null),
        Gen.Elements<string?>(string.Empty, " ", "goals", "GOALS", "goals ", "what-matters", "own-0", "own-1", "no-such-section", "\0", new string('k', 100_000)),
        ArbMap.Default.GeneratorFor<string>().Select(s => (string?)s));

    [Property(MaxTest = 500)]
    public Property TryGetSection_NeverThrows_AndFindsExactlyTheTemplatesKeys()
        => Prop.ForAll(CarePlanGenerators.Templates.ToArbitrary(), AnyKey.ToArbitrary(), (template, key) =>
        {
            // Oracle: the keys as the template lists them, looked up by hand, ordinally.
            CarePlanSection? expected = null;
            foreach (CarePlanSection candidate in template.Sections)
            {
                if (key is not null && string.CompareOrdinal(candidate.Key, key) == 0)
                {
                    expected = candidate;
                }
            }

            bool found = template.TryGetSection(key, out CarePlanSection? section);
            Assert.Equal(expected is not null, found);
            Assert.Same(expected, section);
        });

    [Fact]
    public void TryGetSection_Examples()
    {
        CarePlanTemplate sample = CarePlanTemplates.Appendix4Sample;
        Assert.True(sample.TryGetSection("goals", out CarePlanSection? goals));
        Assert.Equal(PlanField.Goals, goals.Field);
        Assert.False(sample.TryGetSection(null, out CarePlanSection? none));
        Assert.Null(none);
        Assert.False(sample.TryGetSection(string.Empty, out _));
        Assert.False(sample.TryGetSection("Goals", out _));
    }

    [Property]
    public void EveryText_IsTheSameInEveryCulture(CarePlanHistory history)
    {
        CarePlan plan = history.Reviewed;
        Assert.Empty(TestCultures.Differences(() => string.Join(
            "\n",
            [
                plan.ToString(), plan.ToPlainText(), plan.ToMarkdown(), plan.Person.ToString(), plan.Template.ToString(), history.ToString(),
                .. plan.Versions.Select(v => v.ToString()),
                .. plan.Versions.Select(v => v.Review?.ToString()),
                .. plan.Versions.SelectMany(v => v.Changes).Select(c => c.ToString()),
                .. plan.Versions.SelectMany(v => v.Goals).Select(g => g.ToString()),
                .. plan.Versions.SelectMany(v => v.Goals).SelectMany(g => g.Reviews).Select(r => r.ToString()),
                .. plan.Versions.SelectMany(v => v.Support).Select(s => s.ToString()),
                .. plan.Template.Sections.Select(s => s.ToString()),
            ])));
    }

    [Fact]
    public void PersonsCopy_WithANameAndNumber_IsTheSameInEveryCulture()
    {
        CarePlan plan = CarePlan.Draft(CarePlanTemplates.Appendix4Sample)
            .WithPerson(new PlanPerson("Zebedee Quill", NhsNumber.Parse("9990000026")))
            .WithReviewDate(new LocalDate(2026, 12, 31));
        Assert.Empty(TestCultures.Differences(() => (plan.ToPlainText(), plan.ToMarkdown())));
    }

    [Fact]
    public void NullArguments_NameTheCallersParameter()
    {
        CarePlan draft = CarePlan.Draft(CarePlanTemplates.Appendix4Sample);
        CarePlan agreed = draft.WithText(PlanField.WhatMattersToMe, "x").WithGoal("y").WithSupport(new SupportConnection("z")).WithReviewDate(new LocalDate(2026, 7, 1)).Agree(new LocalDate(2026, 1, 5));
        Assert.Equal("template", Assert.Throws<ArgumentNullException>(() => CarePlan.Draft(null!)).ParamName);
        Assert.Equal("sectionKey", Assert.Throws<ArgumentNullException>(() => draft.WithText((string)null!, "x")).ParamName);
        Assert.Equal("sectionKey", Assert.Throws<ArgumentNullException>(() => draft.TextIn(null!)).ParamName);
        Assert.Equal("sectionKey", Assert.Throws<ArgumentNullException>(() => agreed.AgreedVersion!.TextIn(null!)).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => draft.WithGoal(null!)).ParamName);
        Assert.Equal("support", Assert.Throws<ArgumentNullException>(() => draft.WithSupport(null!)).ParamName);
        Assert.Equal("person", Assert.Throws<ArgumentNullException>(() => draft.WithPerson(null!)).ParamName);
        Assert.Equal("review", Assert.Throws<ArgumentNullException>(() => agreed.Review(null!)).ParamName);
        Assert.Equal("section", Assert.Throws<ArgumentNullException>(() => draft.HasContent(null!)).ParamName);
        Assert.Equal("progress", Assert.Throws<ArgumentOutOfRangeException>(() => new GoalReview(1, (GoalProgress)99)).ParamName);
        Assert.Equal(int.MaxValue, new GoalReview(int.MaxValue, GoalProgress.InProgress).GoalNumber);
    }
}
