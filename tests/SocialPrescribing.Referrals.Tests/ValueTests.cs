using FsCheck.Xunit;
using NodaTime;

namespace SocialPrescribing.Referrals.Tests;

/// <summary>The ids and the person identifier: factories, Try* over the whole input domain, equality, and descriptions without personal data.</summary>
public class ValueTests
{
    [Fact]
    public void EpisodeId_CreateParseAndFormat()
    {
        var guid = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e");
        EpisodeId id = EpisodeId.Create(guid);
        Assert.Equal(guid, id.Value);
        Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", id.ToString());
        Assert.Equal(id, EpisodeId.Parse("{0F8FAD5B-D9CB-469F-A165-70867728950E}"));
        Assert.True(id == EpisodeId.Parse(id.ToString()));
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => EpisodeId.Create(Guid.Empty)).ParamName);
        Assert.Throws<FormatException>(() => EpisodeId.Parse("not a guid"));
        Assert.Throws<FormatException>(() => EpisodeId.Parse(Guid.Empty.ToString()));
        Assert.Throws<ArgumentNullException>(() => EpisodeId.Parse(null!));
        Assert.True(default(EpisodeId).IsDefault);
        Assert.Equal("EpisodeId(default)", default(EpisodeId).ToString());
        Assert.Throws<InvalidOperationException>(() => default(EpisodeId).Value);
        Assert.False(EpisodeId.TryCreate(Guid.Empty, out _));
        Assert.False(EpisodeId.TryParse(null, out _));
    }

    [Property]
    public bool EpisodeId_TryParse_NeverThrows_AndRoundTrips(string? text, Guid guid)
        => (!EpisodeId.TryParse(text, out EpisodeId parsed) || EpisodeId.Parse(text) == parsed)
            && EpisodeId.TryCreate(guid, out EpisodeId created) == (guid != Guid.Empty)
            && (guid == Guid.Empty || EpisodeId.Parse(created.ToString()) == created);

    [Theory]
    [InlineData("LW-01", true)]
    [InlineData("a.b_c-9", true)]
    [InlineData("12345678901234567890123456789012", true)]
    [InlineData("123456789012345678901234567890123", false)]
    [InlineData("", false)]
    [InlineData("LW 01", false)]
    [InlineData("LW-é", false)]
    public void LinkWorkerId_Shape(string text, bool valid)
    {
        Assert.Equal(valid, LinkWorkerId.TryCreate(text, out LinkWorkerId id));
        if (valid)
        {
            Assert.Equal(text, id.ToString());
            Assert.Equal(text, LinkWorkerId.Create(text).Value);
        }
        else
        {
            Assert.Equal("value", Assert.Throws<ArgumentException>(() => LinkWorkerId.Create(text)).ParamName);
        }
    }

    [Property]
    public bool LinkWorkerId_TryCreate_NeverThrows(string? text)
        => !LinkWorkerId.TryCreate(text, out LinkWorkerId id) || (id == LinkWorkerId.Create(text) && id.Value == text);

    [Fact]
    public void LinkWorkerId_Default()
    {
        Assert.True(default(LinkWorkerId).IsDefault);
        Assert.Throws<InvalidOperationException>(() => default(LinkWorkerId).Value);
        Assert.Equal("LinkWorkerId(default)", default(LinkWorkerId).ToString());
        Assert.Throws<ArgumentNullException>(() => LinkWorkerId.Create(null!));
    }

    [Fact]
    public void PersonIdentifier_ShowsOnlyWhichIsKnown()
    {
        NhsNumber nhs = NhsNumber.Parse("9990000026");
        Assert.Equal("Person(NHS number)", PersonIdentifier.Create(nhs).ToString());
        Assert.Equal("Person(local key)", PersonIdentifier.Create(null, "MRN-0026").ToString());
        Assert.Equal("Person(NHS number, local key)", PersonIdentifier.Create(nhs, "MRN-0026").ToString());
        Assert.Equal("PersonIdentifier(default)", default(PersonIdentifier).ToString());
        Assert.Equal(nhs, PersonIdentifier.Create(nhs, "K").NhsNumber);
        Assert.Equal("K", PersonIdentifier.Create(nhs, "K").LocalKey);
        Assert.Equal(PersonIdentifier.Create(nhs), PersonIdentifier.Create(nhs));
        Assert.NotEqual(PersonIdentifier.Create(nhs), PersonIdentifier.Create(nhs, "K"));
    }

    [Theory]
    [InlineData(null, "localKey")]
    [InlineData("", "localKey")]
    [InlineData("MRN 0026", "localKey")]
    public void PersonIdentifier_Invalid_NamesTheParameterNotTheValue(string? localKey, string paramName)
    {
        ArgumentException thrown = Assert.Throws<ArgumentException>(() => PersonIdentifier.Create(null, localKey));
        Assert.Equal(paramName, thrown.ParamName);
        Assert.DoesNotContain("0026", thrown.Message, StringComparison.Ordinal);
        Assert.Equal("nhsNumber", Assert.Throws<ArgumentException>(() => PersonIdentifier.Create(default(NhsNumber), "K")).ParamName);
    }

    [Property]
    public bool PersonIdentifier_TryCreate_NeverThrows(NhsNumber nhs, bool withNhs, string? localKey)
    {
        NhsNumber? number = withNhs ? nhs : null;
        bool ok = PersonIdentifier.TryCreate(number, localKey, out PersonIdentifier identifier);
        return ok ? identifier == PersonIdentifier.Create(number, localKey) && !identifier.ToString().Contains(nhs.UnmaskedValue[^4..], StringComparison.Ordinal)
            : identifier.IsDefault && Throws(() => PersonIdentifier.Create(number, localKey));
    }

    private static bool Throws(Action action)
    {
        try
        {
            action();
            return false;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    [Fact]
    public void FriendsAndFamilyTest_QuestionAndSixAnswers()
    {
        Assert.Equal("Overall, how was your experience of our service?", FriendsAndFamilyTest.Question);
        Assert.Equal(
            ["Very good", "Good", "Neither good nor poor", "Poor", "Very poor", "Don't know"],
            Enum.GetValues<FriendsAndFamilyAnswer>().Select(a => a.GetDisplayName()));
        Assert.Equal([FriendsAndFamilyAnswer.VeryGood, FriendsAndFamilyAnswer.Good], Enum.GetValues<FriendsAndFamilyAnswer>().Where(a => a.IsPositive()));
        Assert.Throws<ArgumentOutOfRangeException>(() => ((FriendsAndFamilyAnswer)0).GetDisplayName());
    }

    [Fact]
    public void CarePlanReference_NextReviewAfterAgreement()
    {
        var agreed = new LocalDate(2026, 1, 5);
        Assert.Equal("Plan P-1 agreed 2026-01-05, next review 2026-04-05", new CarePlanReference("P-1", agreed, agreed.PlusMonths(3)).ToString());
        Assert.Equal("nextReviewOn", Assert.Throws<ArgumentException>(() => new CarePlanReference("P-1", agreed, agreed)).ParamName);
        Assert.Equal("planId", Assert.Throws<ArgumentException>(() => new CarePlanReference("P 1", agreed, agreed.PlusDays(1))).ParamName);
    }

    /// <summary>An id that could not be made is the default value, and every id, the default too, has a hash code.</summary>
    [Fact]
    public void LinkWorkerId_TryCreateFailure_GivesTheDefault_AndHashesNeverThrow()
    {
        Assert.False(LinkWorkerId.TryCreate("LW 01", out LinkWorkerId id));
        Assert.True(id.IsDefault);
        Assert.Equal(default(LinkWorkerId).GetHashCode(), default(LinkWorkerId).GetHashCode());
        Assert.Equal(LinkWorkerId.Create("LW-01").GetHashCode(), LinkWorkerId.Create("LW-01").GetHashCode());
    }

    /// <summary>A local key of 64 characters is the longest; each broken rule's message is its own sentence.</summary>
    [Fact]
    public void PersonIdentifier_LocalKeyLimit_AndMessages()
    {
        string longest = new('K', 64);
        Assert.Equal(longest, PersonIdentifier.Create(null, longest).LocalKey);
        Assert.StartsWith(ReferralsMessages.PersonIdentifierLocalKeyShape, Assert.Throws<ArgumentException>(() => PersonIdentifier.Create(null, longest + "K")).Message, StringComparison.Ordinal);
        Assert.StartsWith(ReferralsMessages.PersonIdentifierEmpty, Assert.Throws<ArgumentException>(() => PersonIdentifier.Create(null)).Message, StringComparison.Ordinal);
        Assert.StartsWith(ReferralsMessages.PersonIdentifierDefaultNhsNumber, Assert.Throws<ArgumentException>(() => PersonIdentifier.Create(default(NhsNumber))).Message, StringComparison.Ordinal);
    }

    /// <summary>Equal identifiers, with or without a local key, have equal hash codes.</summary>
    [Fact]
    public void PersonIdentifier_HashCodes()
    {
        NhsNumber nhs = NhsNumber.Parse("9990000026");
        Assert.Equal(PersonIdentifier.Create(null, "MRN-1").GetHashCode(), PersonIdentifier.Create(null, new string("MRN-1".ToCharArray())).GetHashCode());
        Assert.Equal(PersonIdentifier.Create(nhs, "MRN-1").GetHashCode(), PersonIdentifier.Create(nhs, "MRN-1").GetHashCode());
        Assert.Equal(PersonIdentifier.Create(nhs).GetHashCode(), PersonIdentifier.Create(nhs).GetHashCode());
    }
}
