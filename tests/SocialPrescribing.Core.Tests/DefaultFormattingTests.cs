using System.Globalization;
using System.Text;

namespace SocialPrescribing.Tests;

/// <summary>
/// A logging call never throws: every general formatting path of a default value gives the same text, and only the
/// explicit full-value formats throw.
/// </summary>
public class DefaultFormattingTests
{
    [Fact]
    public void NhsNumber_Default_EveryGeneralPathSaysDefault()
    {
        NhsNumber none = default;
        AssertEveryGeneralPath(none, "NhsNumber(default)", [string.Empty, "M"]);
        Assert.Throws<InvalidOperationException>(() => none.ToString("D", null));
        Assert.Throws<InvalidOperationException>(() => none.ToString("S", null));
        Assert.Throws<InvalidOperationException>(() => none.UnmaskedValue);
        Assert.Throws<InvalidOperationException>(() => none.TryFormat(new char[32], out _, "D", null));
        Assert.Throws<InvalidOperationException>(() => none.TryFormat(new byte[32], out _, "S", null));
    }

    [Fact]
    public void SctId_Default_EveryGeneralPathSaysDefault()
    {
        SctId none = default;
        AssertEveryGeneralPath(none, "SctId(default)", [string.Empty, "G"]);
        Assert.Throws<InvalidOperationException>(() => none.ToString("D", null));
        Assert.Throws<InvalidOperationException>(() => none.TryFormat(new char[32], out _, "D", null));
        Assert.Throws<InvalidOperationException>(() => none.TryFormat(new byte[32], out _, "D", null));
    }

    [Fact]
    public void Default_TooShortDestination_ReturnsFalse()
    {
        Assert.False(default(NhsNumber).TryFormat(new char[5], out int written, default, null));
        Assert.Equal(0, written);
        Assert.False(default(SctId).TryFormat(new byte[5], out written, default, null));
        Assert.Equal(0, written);
    }

    private static void AssertEveryGeneralPath<T>(T value, string expected, string[] formats)
        where T : ISpanFormattable, IUtf8SpanFormattable
    {
        Assert.Equal(expected, value.ToString());
        Assert.Equal(expected, value.ToString(null, null));
        Assert.Equal(expected, value.ToString(null, CultureInfo.GetCultureInfo("tr-TR")));
        Assert.Equal(expected, string.Format(CultureInfo.InvariantCulture, "{0}", value));
        Assert.Equal(expected, $"{value}");
        Assert.Equal(expected, new StringBuilder().Append(CultureInfo.InvariantCulture, $"{value}").ToString());
        char[] chars = new char[64];
        byte[] bytes = new byte[64];
        foreach (string format in formats)
        {
            Assert.Equal(expected, value.ToString(format, null));
            Assert.True(value.TryFormat(chars, out int written, format, null));
            Assert.Equal(expected, new string(chars, 0, written));
            Assert.True(value.TryFormat(bytes, out written, format, null));
            Assert.Equal(expected, Encoding.UTF8.GetString(bytes[..written]));
        }
    }
}
