
namespace SocialPrescribing.Tests;

public class ParseResultTests
{
    [Fact]
    public void Success_CarriesValue()
    {
        ParseResult<SctId> result = SctId.ParseDetailed("22298006");
        Assert.True(result.Success);
        Assert.Null(result.ErrorMessage);
        Assert.Null(result.Exception);
        Assert.True(result.TryGetValue(out SctId id));
        Assert.Equal(SctId.Parse("22298006"), id);
        Assert.Equal(id, result.Value);
    }

    [Fact]
    public void Failure_ThrowsOnValue()
    {
        ParseResult<SctId> result = SctId.ParseDetailed("22298007");
        Assert.False(result.Success);
        Assert.False(result.TryGetValue(out _));
        Assert.Equal(CoreMessages.SctIdCheckDigit, Assert.Throws<FormatException>(() => result.Value).Message);
        Assert.Equal(CoreMessages.SctIdCheckDigit, result.Exception!.Message);
    }

    [Fact]
    public void Default_IsFailure()
    {
        ParseResult<SctId> result = default;
        Assert.False(result.Success);
        Assert.NotNull(result.ErrorMessage);
        Assert.Throws<FormatException>(() => result.Value);
    }
}
