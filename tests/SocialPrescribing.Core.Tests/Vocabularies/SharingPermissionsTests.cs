using FsCheck.Xunit;
using SocialPrescribing.Testing;

namespace SocialPrescribing.Tests.Vocabularies;

public class SharingPermissionsTests
{
    [Fact]
    public void NoneAsked_AllowsNothing()
    {
        Assert.Equal(default, SharingPermissions.NoneAsked);
        Assert.All(SharingPermissions.AllPermissions, p => Assert.Equal(ConsentAnswer.NotAsked, SharingPermissions.NoneAsked.AnswerFor(p)));
        Assert.All(SharingPermissions.AllPermissions, p => Assert.False(SharingPermissions.NoneAsked.Allows(p)));
        Assert.Equal(4, SharingPermissions.AllPermissions.Count);
    }

    [Fact]
    public void Declined_DoesNotAllow()
    {
        SharingPermissions answers = SharingPermissions.NoneAsked
            .With(SharingPermission.ShareMyStory, ConsentAnswer.Given)
            .With(SharingPermission.SatisfactionSurvey, ConsentAnswer.Declined);
        Assert.True(answers.Allows(SharingPermission.ShareMyStory));
        Assert.False(answers.Allows(SharingPermission.SatisfactionSurvey));
        Assert.False(answers.Allows(SharingPermission.NeedToKnowSharingWithConnectedServices));
        Assert.Equal(
            "ShareMyStory: Given, SatisfactionSurvey: Declined, OngoingDataCollectionAndEvaluation: NotAsked, NeedToKnowSharingWithConnectedServices: NotAsked",
            answers.ToString());
    }

    [Fact]
    public void With_RejectsUndefined()
    {
        Assert.Equal("permission", Assert.Throws<ArgumentOutOfRangeException>(() => SharingPermissions.NoneAsked.With(default, ConsentAnswer.Given)).ParamName);
        Assert.Equal("answer", Assert.Throws<ArgumentOutOfRangeException>(() => SharingPermissions.NoneAsked.With(SharingPermission.ShareMyStory, (ConsentAnswer)3)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => SharingPermissions.NoneAsked.AnswerFor((SharingPermission)5));
    }

    [Property]
    public void With_SetsOneAnswer_AndKeepsTheOthers(SharingPermissions answers, SharingPermission permission, ConsentAnswer answer)
    {
        if (!Enum.IsDefined(permission) || !Enum.IsDefined(answer))
        {
            return;
        }

        SharingPermissions updated = answers.With(permission, answer);
        Assert.Equal(answer, updated.AnswerFor(permission));
        Assert.Equal(answer == ConsentAnswer.Given, updated.Allows(permission));
        foreach (SharingPermission other in SharingPermissions.AllPermissions.Where(p => p != permission))
        {
            Assert.Equal(answers.AnswerFor(other), updated.AnswerFor(other));
        }

        Assert.Equal(updated, updated.With(permission, answer));
        Assert.Equal(answers, updated.With(permission, answers.AnswerFor(permission)));
    }

    [Property]
    public void Equality_IsPerAnswer(SharingPermissions a, SharingPermissions b)
    {
        bool sameAnswers = SharingPermissions.AllPermissions.All(p => a.AnswerFor(p) == b.AnswerFor(p));
        Assert.Equal(sameAnswers, a == b);
        if (!sameAnswers)
        {
            Laws.CheckEquality(a, SharingPermissions.AllPermissions.Aggregate(SharingPermissions.NoneAsked, (s, p) => s.With(p, a.AnswerFor(p))), b);
        }
    }
}
