using FluentValidation.Results;
using FsCheck.Xunit;
using SocialPrescribing.Measures;

namespace SocialPrescribing.Measures.Tests;

public class PamEligibilityTests
{
    private static PamEligibilityForm AllSuitable() => new()
    {
        LiteracyLevel1 = FactAnswer.Yes,
        HealthNeedOrRisk = FactAnswer.Yes,
        SevereMentalHealthProblems = FactAnswer.No,
        Dementia = FactAnswer.No,
        LimitedEnglish = FactAnswer.No,
        ModerateToSevereLearningDisabilities = FactAnswer.No,
        StrugglesToUnderstandQuestions = FactAnswer.No,
    };

    [Fact]
    public void Eligible_WhenEveryFactKnownAndSuitable()
    {
        PamEligibility result = PamEligibility.Assess(AllSuitable());
        Assert.Equal(PamEligibilityOutcome.Eligible, result.Outcome);
        Assert.Empty(result.Reasons);
        Assert.Empty(result.StillUnknown);
    }

    [Fact]
    public void NothingKnown_NeedsConfirmationOfEverything()
    {
        PamEligibility result = PamEligibility.Assess(new PamEligibilityForm());
        Assert.Equal(PamEligibilityOutcome.NeedsConfirmation, result.Outcome);
        Assert.Equal(Enum.GetValues<PamEligibilityFact>(), result.StillUnknown);
        Assert.Equal("NeedsConfirmation: 0 reasons, 7 facts unknown", result.ToString());
    }

    [Fact]
    public void NotSuitable_ListsEveryReason_AndStillTheUnknowns()
    {
        PamEligibilityForm facts = AllSuitable();
        facts.Dementia = FactAnswer.Yes;
        facts.LiteracyLevel1 = FactAnswer.No;
        facts.LimitedEnglish = FactAnswer.Unknown;
        PamEligibility result = PamEligibility.Assess(facts);
        Assert.Equal(PamEligibilityOutcome.NotSuitable, result.Outcome);
        Assert.Equal(2, result.Reasons.Count);
        Assert.Contains(result.Reasons, r => r.Contains("reading age of 12", StringComparison.Ordinal));
        Assert.Contains(result.Reasons, r => r.Contains("dementia", StringComparison.Ordinal));
        Assert.Equal([PamEligibilityFact.LimitedEnglish], result.StillUnknown);
        Assert.Equal(["Has limited use of the English language?"], result.StillUnknownQuestions);
        Assert.DoesNotContain("dementia", result.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("dementia", facts.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void NoHealthNeed_IsNotSuitable()
    {
        PamEligibilityForm facts = AllSuitable();
        facts.HealthNeedOrRisk = FactAnswer.No;
        Assert.Equal(PamEligibilityOutcome.NotSuitable, PamEligibility.Assess(facts).Outcome);
    }

    [Fact]
    public void Questions_FollowTheFactOrder()
    {
        Assert.Equal("Has dementia?", PamEligibility.QuestionFor(PamEligibilityFact.Dementia));
        Assert.Contains("reading age of 12", PamEligibility.QuestionFor(PamEligibilityFact.LiteracyLevel1), StringComparison.Ordinal);
        Assert.Contains("pre-diabetes", PamEligibility.QuestionFor(PamEligibilityFact.HealthNeedOrRisk), StringComparison.Ordinal);
        Assert.Contains("learning disabilities", PamEligibility.QuestionFor(PamEligibilityFact.ModerateToSevereLearningDisabilities), StringComparison.Ordinal);
        Assert.Contains("English", PamEligibility.QuestionFor(PamEligibilityFact.LimitedEnglish), StringComparison.Ordinal);
        Assert.Contains("mental health", PamEligibility.QuestionFor(PamEligibilityFact.SevereMentalHealthProblems), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => PamEligibility.QuestionFor(default));
    }

    [Fact]
    public void UndefinedAnswer_IsRejected()
    {
        var facts = new PamEligibilityForm { Dementia = (FactAnswer)9 };
        Assert.Throws<ArgumentOutOfRangeException>(() => PamEligibility.Assess(facts));
        ValidationResult result = new PamEligibilityFormValidator().Validate(facts);
        ValidationFailure failure = Assert.Single(result.Errors);
        Assert.Equal(MeasuresErrorCodes.PamFactNotDefined, failure.ErrorCode);
        Assert.Equal(MessageTemplates.Fill(MeasuresMessages.PamFactNotDefinedTemplate, "Has dementia?"), failure.ErrorMessage);
        Assert.True(new PamEligibilityFormValidator().Validate(AllSuitable()).IsValid);
    }

    public static TheoryData<PamEligibilityFact> Facts => new(Enum.GetValues<PamEligibilityFact>());

    [Theory]
    [MemberData(nameof(Facts))]
    public void UndefinedAnswer_IsRejected_ForEveryFact(PamEligibilityFact fact)
    {
        // The property of the same name as the fact (the form's field) holds an answer that is not yes, no or unknown.
        PamEligibilityForm facts = AllSuitable();
        typeof(PamEligibilityForm).GetProperty(fact.ToString())!.SetValue(facts, (FactAnswer)3);
        Assert.Equal((FactAnswer)3, facts[fact]);

        ValidationFailure failure = Assert.Single(new PamEligibilityFormValidator().Validate(facts).Errors);
        Assert.Equal(
            (fact.ToString(), MeasuresErrorCodes.PamFactNotDefined, MessageTemplates.Fill(MeasuresMessages.PamFactNotDefinedTemplate, PamEligibility.QuestionFor(fact))),
            (failure.PropertyName, failure.ErrorCode, failure.ErrorMessage));
        Assert.Equal("form", Assert.Throws<ArgumentOutOfRangeException>(() => PamEligibility.Assess(facts)).ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    public void Facts_IndexerRejectsAnUndefinedFact(int fact)
    {
        var facts = new PamEligibilityForm { StrugglesToUnderstandQuestions = FactAnswer.Yes };
        Assert.Equal("fact", Assert.Throws<ArgumentOutOfRangeException>(() => facts[(PamEligibilityFact)fact]).ParamName);
    }

    [Fact]
    public void Assess_Null_NamesTheParameter()
        => Assert.Equal("form", Assert.Throws<ArgumentNullException>(() => PamEligibility.Assess(null!)).ParamName);

    [Fact]
    public void Facts_ToString_CountsOnlyWhatIsRecorded()
    {
        // Four of the seven recorded, three left unknown; the answers themselves are health facts and never shown.
        var facts = new PamEligibilityForm
        {
            LiteracyLevel1 = FactAnswer.Yes,
            Dementia = FactAnswer.Yes,
            LimitedEnglish = FactAnswer.No,
            StrugglesToUnderstandQuestions = FactAnswer.No,
        };
        Assert.Equal("PAM eligibility facts: 4 of 7 recorded", facts.ToString());
        Assert.Equal("PAM eligibility facts: 0 of 7 recorded", new PamEligibilityForm().ToString());
        Assert.Equal("PAM eligibility facts: 7 of 7 recorded", AllSuitable().ToString());
    }

    [Property]
    public void Outcome_FollowsTheRules_AndNeverGuesses(PamEligibilityForm facts)
    {
        PamEligibility result = PamEligibility.Assess(facts);
        FactAnswer[] needed = [facts.LiteracyLevel1, facts.HealthNeedOrRisk];
        FactAnswer[] exclusions = [facts.SevereMentalHealthProblems, facts.Dementia, facts.LimitedEnglish, facts.ModerateToSevereLearningDisabilities, facts.StrugglesToUnderstandQuestions];
        int rulingOut = needed.Count(a => a == FactAnswer.No) + exclusions.Count(a => a == FactAnswer.Yes);
        int unknown = needed.Concat(exclusions).Count(a => a == FactAnswer.Unknown);

        Assert.Equal(rulingOut, result.Reasons.Count);
        Assert.Equal(rulingOut, result.RuledOutBy.Count);
        Assert.All(result.RuledOutBy, f => Assert.Equal(f is PamEligibilityFact.LiteracyLevel1 or PamEligibilityFact.HealthNeedOrRisk ? FactAnswer.No : FactAnswer.Yes, facts[f]));
        Assert.Equal(unknown, result.StillUnknown.Count);
        Assert.All(result.StillUnknown, f => Assert.Equal(FactAnswer.Unknown, facts[f]));
        Assert.Equal(
            rulingOut > 0 ? PamEligibilityOutcome.NotSuitable : unknown > 0 ? PamEligibilityOutcome.NeedsConfirmation : PamEligibilityOutcome.Eligible,
            result.Outcome);
    }

    [Property]
    public void Create_FromWhatAnAssessmentKeeps_GivesTheSameAssessment(PamEligibilityForm facts)
    {
        PamEligibility assessed = PamEligibility.Assess(facts);
        PamEligibility rebuilt = PamEligibility.Create(assessed.RuledOutBy.Reverse(), assessed.StillUnknown.Reverse());
        Assert.Equal(assessed.Outcome, rebuilt.Outcome);
        Assert.Equal(assessed.Reasons, rebuilt.Reasons);
        Assert.Equal(assessed.RuledOutBy, rebuilt.RuledOutBy);
        Assert.Equal(assessed.StillUnknown, rebuilt.StillUnknown);
    }

    [Fact]
    public void Create_NothingListed_IsEligible()
    {
        PamEligibility result = PamEligibility.Create([], []);
        Assert.Equal(PamEligibilityOutcome.Eligible, result.Outcome);
        Assert.Empty(result.Reasons);
        Assert.Empty(result.RuledOutBy);
    }

    [Fact]
    public void Create_FactListedTwice_Throws()
    {
        var inBoth = Assert.Throws<ArgumentException>(() => PamEligibility.Create([PamEligibilityFact.Dementia], [PamEligibilityFact.Dementia]));
        Assert.Equal("stillUnknown", inBoth.ParamName);
        Assert.StartsWith(MeasuresMessages.PamFactListedTwice, inBoth.Message, StringComparison.Ordinal);
        var twice = Assert.Throws<ArgumentException>(() => PamEligibility.Create([PamEligibilityFact.Dementia, PamEligibilityFact.Dementia], []));
        Assert.Equal("ruledOutBy", twice.ParamName);
    }

    [Fact]
    public void Create_UndefinedOrNull_Throws()
    {
        Assert.Equal("ruledOutBy", Assert.Throws<ArgumentOutOfRangeException>(() => PamEligibility.Create([(PamEligibilityFact)0], [])).ParamName);
        Assert.Equal("stillUnknown", Assert.Throws<ArgumentOutOfRangeException>(() => PamEligibility.Create([], [(PamEligibilityFact)8])).ParamName);
        Assert.Equal("ruledOutBy", Assert.Throws<ArgumentNullException>(() => PamEligibility.Create(null!, [])).ParamName);
        Assert.Equal("stillUnknown", Assert.Throws<ArgumentNullException>(() => PamEligibility.Create([], null!)).ParamName);
    }
}
