using System.Diagnostics;
using System.Reflection;
using FsCheck.Xunit;

namespace SocialPrescribing.Tests;

/// <summary>An NHS number never becomes a value shown in clear by another route.</summary>
public class PiiShapeTests
{
    [Property]
    public void OdsCode_RefusesAnNhsNumberPastedIntoIt(NhsNumber number)
    {
        foreach (string text in new[] { number.ToString("D", null), number.ToString("D", null)[..9], number.ToString("D", null)[1..] })
        {
            Assert.False(OdsCode.TryParse(text, out _));
            FormatException error = Assert.Throws<FormatException>(() => OdsCode.Parse(text));
            Assert.DoesNotContain(text, error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(number.ToString("D", null)[6..], error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("12345678")]
    [InlineData("A81001")]
    [InlineData("U12345")]
    [InlineData("123")]
    [InlineData("1234567890A")]
    public void OdsCode_ShortDigitsAndLetteredCodes_StillParse(string text)
    {
        if (text.Length <= 10)
        {
            Assert.True(OdsCode.TryParse(text, out _));
        }
        else
        {
            Assert.False(OdsCode.TryParse(text, out _));
        }
    }

    [Fact]
    public void NhsNumber_DebuggerShowsOnlyTheMaskedForm()
    {
        Type type = typeof(NhsNumber);
        Assert.Equal("{ToString(),nq}", type.GetCustomAttribute<DebuggerDisplayAttribute>()!.Value);
        foreach (MemberInfo member in type.GetMembers(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Where(m => m is FieldInfo || (m is PropertyInfo p && p.Name == nameof(NhsNumber.UnmaskedValue))))
        {
            Assert.Equal(DebuggerBrowsableState.Never, member.GetCustomAttribute<DebuggerBrowsableAttribute>()?.State);
        }
    }
}
