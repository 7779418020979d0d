using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SocialPrescribing.Measures;

namespace SocialPrescribing.Outcomes.Tests;

public sealed class ConfidenceSurveySummaryTests
{
    private const string Gap = "No evening sessions for carers in work";

    private static readonly Gen<ConfidenceSurveyResponse> Responses =
        from connected in Gen.Choose(0, 60)
        from coped in Gen.Elements(Enum.GetValues<AgreementLevel>())
        from capacity in Gen.Choose(0, 30)
        from volunteers in Gen.Choose(0, 20)
        from gaps in Gen.Elements<string?>(null, "  ", Gap, "Transport to the hall")
        from needs in Gen.Elements<string?>(null, "Safeguarding training", "Help with funding bids")
        select Survey(connected, coped, coped == AgreementLevel.StronglyDisagree ? capacity : null, volunteers, gaps, needs);

    private static ConfidenceSurveyResponse Survey(int connected, AgreementLevel coped, int? capacity, int volunteers, string? gaps = null, string? needs = null)
        => ConfidenceSurveyResponse.Create(new ConfidenceSurveyForm
        {
            CompletedOn = new LocalDate(2026, 6, 30),
            PeopleConnected = connected,
            CopedWell = coped,
            CouldHaveCopedWith = capacity,
            CurrentVolunteers = volunteers,
            GapsInProvision = gaps,
            DevelopmentSupportNeeded = needs,
        });

    private static ConfidenceSurveySummary Summary(IEnumerable<ConfidenceSurveyResponse> responses)
    {
        var summary = new ConfidenceSurveySummary();
        foreach (ConfidenceSurveyResponse response in responses)
        {
            summary.Add(response);
        }

        return summary;
    }

    [Fact]
    public void Three_surveys_worked_by_hand()
    {
        ConfidenceSurveySummary summary = Summary([
            Survey(12, AgreementLevel.Agree, null, 5, Gap),
            Survey(8, AgreementLevel.StronglyDisagree, 3, 2, null, "Safeguarding training"),
            Survey(0, AgreementLevel.Agree, null, 4, "   "),
        ]);
        Assert.Equal(3, summary.Surveys);
        Assert.Equal(20, summary.PeopleConnected);           // 12 + 8 + 0
        Assert.Equal(2, summary.CopedWell[AgreementLevel.Agree]);
        Assert.Equal(1, summary.CopedWell[AgreementLevel.StronglyDisagree]);
        Assert.Equal(1, summary.CapacityReported);          // only after "strongly disagree"
        Assert.Equal(3, summary.CouldHaveCopedWith.Max);
        Assert.Equal(11, summary.Volunteers);               // 5 + 2 + 4
        Assert.Equal([Gap], summary.GapsInProvision);       // the blank answer is left out
        Assert.Equal(["Safeguarding training"], summary.DevelopmentSupportNeeded);
        Assert.Equal("3 surveys: 20 people connected, 11 volunteers, 1 capacity reported", summary.ToString());
        Assert.DoesNotContain("evening", summary.ToString(), StringComparison.Ordinal);
    }

    [Property]
    public Property Merge_is_associative_and_commutative_with_an_identity() => Prop.ForAll(
        Responses.ListOf().ToArbitrary(), Responses.ListOf().ToArbitrary(), Responses.ListOf().ToArbitrary(), (a, b, c) =>
        {
            ConfidenceSurveySummary x = Summary(a), y = Summary(b), z = Summary(c), whole = Summary([.. a, .. b, .. c]);
            return ConfidenceSurveySummary.Merge(ConfidenceSurveySummary.Merge(x, y), z).Equals(whole)
                && ConfidenceSurveySummary.Merge(x, ConfidenceSurveySummary.Merge(y, z)).Equals(whole)
                && ConfidenceSurveySummary.Merge(y, x).Equals(ConfidenceSurveySummary.Merge(x, y))
                && ConfidenceSurveySummary.Merge(x, new ConfidenceSurveySummary()).Equals(x)
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
        Assert.Equal("response", Assert.Throws<ArgumentNullException>(() => summary.Add((ConfidenceSurveyResponse)null!)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => summary.Add((ConfidenceSurveySummary)null!)).ParamName);
    }
}
