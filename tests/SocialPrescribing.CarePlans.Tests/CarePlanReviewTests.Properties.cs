using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using SocialPrescribing.CarePlans.Testing;

namespace SocialPrescribing.CarePlans.Tests;

/// <summary>Properties over random sequences of reviews (<see cref="CarePlanGenerators.Histories"/>, shrinking by review and by change).</summary>
public partial class CarePlanReviewTests
{
    [Property]
    public void History_TheAgreedVersionNeverChanges(CarePlanHistory history)
    {
        CarePlanVersion agreed = history.Agreed.AgreedVersion!;

        CarePlan plan = history.Agreed;
        foreach (CarePlanReview review in history.Reviews)
        {
            CarePlan next = plan.Review(review);
            Assert.Equal(plan.Versions, next.Versions.Take(plan.Versions.Count)); // every earlier version kept, as it was
            Assert.Equal(plan.Versions.Count + 1, next.Versions.Count);
            plan = next;
        }

        Assert.Same(agreed, plan.AgreedVersion); // the same immutable object: every value it held is unchanged
        Assert.Equal(history.Agreed.AgreedOn, plan.AgreedOn);
    }

    /// <summary>
    /// The oracle: a fold written here over the changes each version records, starting from the agreed version's
    /// values, with the numbering rule of docs/care-plans.md (one more than the highest number ever given).
    /// </summary>
    [Property]
    public void History_ReplayingTheRecordedChangesOnTheAgreedVersion_GivesEachVersion(CarePlanHistory history)
    {
        CarePlan plan = history.Reviewed;
        CarePlanVersion agreed = plan.AgreedVersion!;
        var goals = agreed.Goals.Select(g => (g.Number, g.Text)).ToList();
        var support = agreed.Support.Select(s => (s.Number, s.Description, s.WhatToExpect)).ToList();
        var texts = new Dictionary<string, string>(agreed.Texts, StringComparer.Ordinal);
        LocalDate reviewDate = agreed.ReviewDate;
        int lastGoal = goals.Count;       // a draft numbers its goals 1, 2, 3...
        int lastSupport = support.Count;
        string? changesKey = plan.Template.SectionFor(PlanField.ChangesTakenPlace)?.Key;

        foreach (CarePlanVersion version in plan.Versions.Skip(1))
        {
            foreach (CarePlanChange change in version.Changes)
            {
                switch (change)
                {
                    case AddGoal add:
                        goals.Add((++lastGoal, add.Text));
                        break;
                    case ChangeGoal reword:
                        goals[goals.FindIndex(g => g.Number == reword.GoalNumber)] = (reword.GoalNumber, reword.Text);
                        break;
                    case CloseGoal close:
                        Assert.Equal(1, goals.RemoveAll(g => g.Number == close.GoalNumber));
                        break;
                    case AddSupport add:
                        support.Add((++lastSupport, add.Support.Description, add.Support.WhatToExpect));
                        break;
                    case ChangeSupport redo:
                        support[support.FindIndex(s => s.Number == redo.SupportNumber)] = (redo.SupportNumber, redo.Support.Description, redo.Support.WhatToExpect);
                        break;
                    case CloseSupport close:
                        Assert.Equal(1, support.RemoveAll(s => s.Number == close.SupportNumber));
                        break;
                    case SetNextReviewDate next:
                        reviewDate = next.Date;
                        break;
                    case ChangeText { Text: string words } text:
                        texts[text.SectionKey] = words;
                        break;
                    case ChangeText text:
                        texts.Remove(text.SectionKey);
                        break;
                    default:
                        Assert.Fail("A change kind this oracle does not know: " + change);
                        break;
                }
            }

            if (version.Review!.ChangesTakenPlace is string changesTakenPlace)
            {
                texts[changesKey!] = changesTakenPlace;
            }

            Assert.Equal(goals, version.Goals.Select(g => (g.Number, g.Text)));
            Assert.Equal(support, version.Support.Select(s => (s.Number, s.Description, s.WhatToExpect)));
            Assert.Equal(reviewDate, version.ReviewDate);
            Assert.Equal(texts.OrderBy(t => t.Key, StringComparer.Ordinal), version.Texts.OrderBy(t => t.Key, StringComparer.Ordinal));
        }

        Assert.Equal(goals, plan.Goals.Select(g => (g.Number, g.Text)));
        Assert.Equal(reviewDate, plan.ReviewDate);
    }

    [Property]
    public void History_EachVersionsGoals_ArePreviousPlusAddedMinusClosed(CarePlanHistory history)
    {
        CarePlan plan = history.Reviewed;
        int added = plan.AgreedVersion!.Goals.Count;
        for (int i = 1; i < plan.Versions.Count; i++)
        {
            CarePlanVersion previous = plan.Versions[i - 1], version = plan.Versions[i];
            int adding = version.Changes.OfType<AddGoal>().Count();
            var newNumbers = Enumerable.Range(added + 1, adding);
            var closed = version.Changes.OfType<CloseGoal>().Select(c => c.GoalNumber).ToHashSet();
            Assert.Equal(previous.Goals.Select(g => g.Number).Concat(newNumbers).Where(n => !closed.Contains(n)), version.Goals.Select(g => g.Number));
            Assert.All(closed, n => Assert.True(previous.Goals.Any(g => g.Number == n) || newNumbers.Contains(n), $"goal {n} closed without being open"));
            added += adding;
        }
    }

    [Property]
    public void History_ReviewsAreRefusedBeforeTheCurrentVersionsDate_AndAllowedOnIt(CarePlanHistory history)
    {
        CarePlan plan = history.Reviewed;
        LocalDate latest = plan.CurrentVersion!.Date;
        Assert.Equal(latest, plan.Review(new CarePlanReview(latest, [])).LastReviewedOn);
        string expected = latest == plan.AgreedOn ? CarePlansMessages.ReviewBeforeAgreement : CarePlansMessages.ReviewBeforePreviousReview;
        Assert.StartsWith(expected, Assert.Throws<ArgumentException>(() => plan.Review(new CarePlanReview(latest.PlusDays(-1), []))).Message, StringComparison.Ordinal);
    }

    [Property]
    public void History_ChangesNamingAGoalNotOpen_AreArgumentExceptions(CarePlanHistory history, PositiveInt beyond)
    {
        CarePlan plan = history.Reviewed;
        LocalDate on = plan.CurrentVersion!.Date;
        int lastGiven = plan.AgreedVersion!.Goals.Count + plan.Versions.SelectMany(v => v.Changes).OfType<AddGoal>().Count();
        var closed = plan.Versions.SelectMany(v => v.Goals).Select(g => g.Number).Except(plan.Goals.Select(g => g.Number));
        foreach (int number in closed.Append(lastGiven + beyond.Get))
        {
            foreach (CarePlanChange change in new CarePlanChange[] { new ChangeGoal(number, "x"), new CloseGoal(number, GoalProgress.Achieved) })
            {
                ArgumentException error = Assert.Throws<ArgumentException>(() => plan.Review(new CarePlanReview(on, [], [change])));
                Assert.Equal(("review", CarePlansMessages.UnknownGoal + " (Parameter 'review')"), (error.ParamName, error.Message));
            }
        }
    }

    [Property]
    public void History_ThePersonsWordsAppearInNoToStringOrMessage(CarePlanHistory history)
    {
        CarePlan plan = history.Reviewed;
        var words = plan.Versions
            .SelectMany(v => v.Texts.Values
                .Concat(v.Goals.Select(g => g.Text))
                .Concat(v.Goals.SelectMany(g => g.Reviews).Select(r => r.WhatChanged ?? string.Empty))
                .Concat(v.Support.SelectMany(s => new[] { s.Description, s.WhatToExpect ?? string.Empty })))
            .Concat(history.Reviews.SelectMany(r => r.Changes).SelectMany(Words))
            .SelectMany(w => w.Split('\n'))
            .Where(w => w.Length > 3)
            .ToHashSet(StringComparer.Ordinal);

        var shown = new List<string> { plan.ToString(), history.ToString() };
        shown.AddRange(plan.Versions.Select(v => v.ToString()));
        shown.AddRange(history.Reviews.Select(r => r.ToString()));
        shown.AddRange(history.Reviews.SelectMany(r => r.Changes).Select(c => c.ToString()));
        shown.AddRange(history.Reviews.SelectMany(r => r.GoalReviews).Select(g => g.ToString()));
        shown.AddRange(plan.Versions.SelectMany(v => v.Goals).Select(g => g.ToString()));
        shown.AddRange(plan.Versions.SelectMany(v => v.Support).Select(s => s.ToString()));

        string word = words.FirstOrDefault() ?? "Walk to the shop";
        LocalDate on = plan.CurrentVersion!.Date;
        shown.AddRange(new Func<CarePlan>[]
        {
            () => plan.Review(new CarePlanReview(on, [], [new ChangeGoal(int.MaxValue, word)], word)),
            () => plan.Review(new CarePlanReview(on, [], [new SetNextReviewDate(on)], word)),
            () => plan.Review(new CarePlanReview(on.PlusDays(-1), [new GoalReview(1, GoalProgress.Achieved, word)], [new AddGoal(word)], word)),
            () => plan.Review(new CarePlanReview(on, [], [new ChangeText(word, word)])),
            () => plan.WithText(PlanField.WhatMattersToMe, word),
        }.Select(act => Assert.ThrowsAny<Exception>(() => act()).Message));

        foreach (string text in shown)
        {
            Assert.DoesNotContain(words, w => text.Contains(w, StringComparison.Ordinal));
        }
    }

    private static IEnumerable<string> Words(CarePlanChange change) => change switch
    {
        AddGoal add => [add.Text],
        ChangeGoal reword => [reword.Text],
        AddSupport add => [add.Support.Description, add.Support.WhatToExpect ?? string.Empty],
        ChangeSupport redo => [redo.Support.Description, redo.Support.WhatToExpect ?? string.Empty],
        ChangeText text => [text.Text ?? string.Empty],
        _ => [],
    };
}
