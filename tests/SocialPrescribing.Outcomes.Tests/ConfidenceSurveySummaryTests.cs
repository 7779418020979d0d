using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SocialPrescribing.Measures;

namespace SocialPrescribing.Outcomes.Tests;

public sealed class ConfidenceSurveySummaryTests
{
    private const string Gap = "No evening sessions for carers in work";

    private static readonly LocalDate June30 = new(2026, 6, 30);

    private static readonly Gen<ConfidenceSurveyResponse> Responses =
        from grp in Gen.Elements("VCSE-001", "VCSE-002", "VCSE-003")
        from day in Gen.Choose(0, 720)
        from connected in Gen.Choose(0, 60)
        from coped in Gen.Elements(Enum.GetValues<AgreementLevel>())
        from capacity in Gen.Choose(0, 30)
        from volunteers in Gen.Choose(0, 20)
        from gaps in Gen.Elements<string?>(null, "  ", Gap, "Transport to the hall")
        from needs in Gen.Elements<string?>(null, "Safeguarding training", "Help with funding bids")
        select Survey(connected, coped, coped == AgreementLevel.StronglyDisagree ? capacity : null, volunteers, gaps, needs, grp, new LocalDate(2025, 1, 1).PlusDays(day));

    private static ConfidenceSurveyResponse Survey(int connected, AgreementLevel coped, int? capacity, int volunteers, string? gaps = null, string? needs = null, string group = "VCSE-001", LocalDate? on = null)
        => ConfidenceSurveyResponse.Create(new ConfidenceSurveyForm
        {
            GroupId = group,
            CompletedOn = on ?? June30,
            PeopleConnected = connected,
            CopedWell = coped,
            CouldHaveCopedWith = capacity,
            CurrentVolunteers = volunteers,
            GapsInProvision = gaps,
            DevelopmentSupportNeeded = needs,
        });

    private static ConfidenceSurveySummary Summary(IEnumerable<ConfidenceSurveyResponse> responses) => ConfidenceSurveySummary.Of(responses);

    /// <summary>Oracle for question 4: per group, the survey with the latest date, the last in the list on a tie; their volunteers summed.</summary>
    private static long LatestVolunteers(IEnumerable<ConfidenceSurveyResponse> recorded)
        => recorded.Select((r, i) => (r, i)).GroupBy(x => x.r.GroupId, StringComparer.Ordinal)
            .Sum(g => (long)g.OrderBy(x => x.r.CompletedOn).ThenBy(x => x.i).Last().r.CurrentVolunteers);

    [Fact]
    public void Three_surveys_worked_by_hand()
    {
        ConfidenceSurveySummary summary = Summary([
            Survey(12, AgreementLevel.Agree, null, 5, Gap, group: "VCSE-001"),
            Survey(8, AgreementLevel.StronglyDisagree, 3, 2, null, "Safeguarding training", group: "VCSE-002"),
            Survey(0, AgreementLevel.Agree, null, 4, "   ", group: "VCSE-003"),
        ]);
        Assert.Equal(3, summary.Surveys);
        Assert.Equal(20, summary.PeopleConnected);           // 12 + 8 + 0
        Assert.Equal(2, summary.CopedWell[AgreementLevel.Agree]);
        Assert.Equal(1, summary.CopedWell[AgreementLevel.StronglyDisagree]);
        Assert.Equal(1, summary.CapacityReported);          // only after "strongly disagree"
        Assert.Equal(3, summary.CouldHaveCopedWith.Max);
        Assert.Equal(11, summary.Volunteers);               // 5 + 2 + 4: three groups, one survey each
        Assert.Equal(3, summary.Groups);
        Assert.Equal([Gap], summary.GapsInProvision);       // the blank answer is left out
        Assert.Equal(["Safeguarding training"], summary.DevelopmentSupportNeeded);
        Assert.Equal("3 surveys from 3 groups: 20 people connected, 11 volunteers, 1 capacity reported", summary.ToString());
        Assert.DoesNotContain("evening", summary.ToString(), StringComparison.Ordinal);
    }

    [Property]
    public Property Merge_is_associative_and_commutative_with_an_identity() => Prop.ForAll(
        Responses.ListOf().ToArbitrary(), Responses.ListOf().ToArbitrary(), Responses.ListOf().ToArbitrary(), (a, b, c) =>
        {
            // Commutative unless a group's latest surveys in the two parts share a date (then the second, recorded later, wins).
            ConfidenceSurveySummary x = Summary(a), y = Summary(b), z = Summary(c), whole = Summary([.. a, .. b, .. c]);
            bool tie = a.Any(r => b.Any(o => o.GroupId == r.GroupId && o.CompletedOn == r.CompletedOn));
            return ConfidenceSurveySummary.Merge(ConfidenceSurveySummary.Merge(x, y), z).Equals(whole)
                && ConfidenceSurveySummary.Merge(x, ConfidenceSurveySummary.Merge(y, z)).Equals(whole)
                && (tie || ConfidenceSurveySummary.Merge(y, x).Equals(ConfidenceSurveySummary.Merge(x, y)))
                && ConfidenceSurveySummary.Merge(x, new ConfidenceSurveySummary()).Equals(x)
                && ConfidenceSurveySummary.Merge(new ConfidenceSurveySummary(), x).Equals(x)
                && whole.Volunteers == LatestVolunteers([.. a, .. b, .. c])
                && whole.Groups == a.Concat(b).Concat(c).Select(r => r.GroupId).Distinct().Count()
                && whole.Surveys == a.Count + b.Count + c.Count && whole.CopedWell.Total == whole.Surveys
                && whole.PeopleConnected == a.Concat(b).Concat(c).Sum(r => r.PeopleConnected)
                && whole.GapsInProvision.Count == a.Concat(b).Concat(c).Count(r => !string.IsNullOrWhiteSpace(r.GapsInProvision));
        });

    [Fact]
    public void Equals_TextListsCompareAsMultisets()
    {
        // Merged either way round, the lists hold the same texts in another order: equal. A different text: not equal.
        ConfidenceSurveySummary first = Summary([Survey(1, AgreementLevel.Agree, null, 0, Gap, "Safeguarding training")]);
        ConfidenceSurveySummary second = Summary([Survey(1, AgreementLevel.Agree, null, 0, "Transport to the hall", "Help with funding bids")]);
        Assert.True(ConfidenceSurveySummary.Merge(first, second).Equals(ConfidenceSurveySummary.Merge(second, first)));

        ConfidenceSurveySummary otherNeed = Summary([Survey(1, AgreementLevel.Agree, null, 0, Gap, "First aid course")]);
        Assert.False(first.Equals(otherNeed));
        Assert.False(otherNeed.Equals(first));
    }

    [Fact]
    public void Equality_LawsHold_AndNullEqualsOnlyNull()
        => EqualityChecks.ClassLaws(
            Summary([Survey(3, AgreementLevel.Agree, null, 2)]),
            Summary([Survey(3, AgreementLevel.Agree, null, 2)]),
            Summary([Survey(3, AgreementLevel.Agree, null, 2, Gap)]),
            (a, b) => a == b,
            (a, b) => a != b);

    [Fact]
    public void NullArguments_AreRefusedWithTheParameterNamed()
    {
        var summary = new ConfidenceSurveySummary();
        Assert.Equal("first", Assert.Throws<ArgumentNullException>(() => ConfidenceSurveySummary.Merge(null!, summary)).ParamName);
        Assert.Equal("second", Assert.Throws<ArgumentNullException>(() => ConfidenceSurveySummary.Merge(summary, null!)).ParamName);
        Assert.Equal("responses", Assert.Throws<ArgumentNullException>(() => ConfidenceSurveySummary.Of(null!)).ParamName);
        Assert.Equal(OutcomesMessages.NullSurvey, Assert.Throws<ArgumentException>(() => ConfidenceSurveySummary.Of([Survey(1, AgreementLevel.Agree, null, 0), null!])).Message.Split(" (")[0]);
    }

    [Fact]
    public void Volunteers_GroupSurveyedTwice_CountsOnce_WithItsLatestSurvey()
    {
        // Question 4 asks for the volunteers "currently involved": the autumn survey replaces the spring one, whatever order they arrive in.
        ConfidenceSurveyResponse spring = Survey(4, AgreementLevel.Agree, null, 10, group: "VCSE-001", on: new LocalDate(2026, 3, 31));
        ConfidenceSurveyResponse autumn = Survey(6, AgreementLevel.Agree, null, 12, group: "VCSE-001", on: new LocalDate(2026, 9, 30));
        ConfidenceSurveyResponse other = Survey(2, AgreementLevel.Agree, null, 3, group: "VCSE-002", on: new LocalDate(2026, 3, 31));

        foreach (ConfidenceSurveySummary summary in new[] { Summary([spring, autumn, other]), Summary([autumn, other, spring]) })
        {
            Assert.Equal((3L, 2, 12L + 3L, 12L), (summary.Surveys, summary.Groups, summary.Volunteers, summary.PeopleConnected));
        }
    }

    [Fact]
    public void Volunteers_SameDateTwice_TakesTheLaterRecorded()
    {
        ConfidenceSurveyResponse first = Survey(4, AgreementLevel.Agree, null, 10);
        ConfidenceSurveyResponse correction = Survey(4, AgreementLevel.Agree, null, 7);
        Assert.Equal(7, Summary([first, correction]).Volunteers);
        Assert.Equal(10, Summary([correction, first]).Volunteers);

        // Merging: the second summary's surveys count as recorded after the first's.
        Assert.Equal(7, ConfidenceSurveySummary.Merge(Summary([first]), Summary([correction])).Volunteers);
        Assert.Equal(10, ConfidenceSurveySummary.Merge(Summary([correction]), Summary([first])).Volunteers);
    }

    [Fact]
    public void CouldHaveCopedWith_AnswerAboveMaxValue_IsCountedOutOfRange()
    {
        ConfidenceSurveySummary summary = Summary([Survey(1, AgreementLevel.StronglyDisagree, ValueCounts.MaxValue + 1, 0), Survey(1, AgreementLevel.StronglyDisagree, 4, 0)]);
        Assert.Equal((2L, 1L, 1L), (summary.CapacityReported, summary.CouldHaveCopedWith.Count, summary.CouldHaveCopedWith.OutOfRange));
    }
}
