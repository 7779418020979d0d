using FsCheck.Xunit;
using SocialPrescribing.Testing;

namespace SocialPrescribing.Tests;

public class OdsCodeTests
{
    public static TheoryData<string, string, OdsCodeShape> Valid => new()
    {
        { "A81001", "A81001", OdsCodeShape.GpPractice },
        { "y02345", "Y02345", OdsCodeShape.GpPractice },
        { "U12345", "U12345", OdsCodeShape.PrimaryCareNetwork },
        { "u00001", "U00001", OdsCodeShape.PrimaryCareNetwork },
        { "RR8", "RR8", OdsCodeShape.OtherOrganisation },
        { "00q", "00Q", OdsCodeShape.OtherOrganisation },
        { "FA123", "FA123", OdsCodeShape.OtherOrganisation },
        { "AB1234", "AB1234", OdsCodeShape.OtherOrganisation },
        { "U1234A", "U1234A", OdsCodeShape.OtherOrganisation },
        { "1A2345", "1A2345", OdsCodeShape.OtherOrganisation },
        { "A810011", "A810011", OdsCodeShape.OtherOrganisation },
        { "ABCDEFGH12", "ABCDEFGH12", OdsCodeShape.OtherOrganisation },
    };

    public static TheoryData<string, string> Invalid => new()
    {
        { "", CoreMessages.OdsCodeLength },
        { "AB", CoreMessages.OdsCodeLength },
        { "ABCDEFGH123", CoreMessages.OdsCodeLength },
        { "A81 001", CoreMessages.OdsCodeCharacter },
        { " A81001", CoreMessages.OdsCodeCharacter },
        { "A81-01", CoreMessages.OdsCodeCharacter },
        { "\u00C981001", CoreMessages.OdsCodeCharacter },
        { "A8100\u0661", CoreMessages.OdsCodeCharacter },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Parse_Valid(string text, string normalised, OdsCodeShape shape)
    {
        OdsCode code = OdsCode.Parse(text);
        Assert.Equal(normalised, code.Value);
        Assert.Equal(normalised, code.ToString());
        Assert.Equal(shape, code.Shape);
        Assert.Equal(code, OdsCode.Parse(normalised));
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Parse_Invalid(string text, string message)
    {
        Assert.Equal(message, Assert.Throws<FormatException>(() => OdsCode.Parse(text)).Message);
        Assert.False(OdsCode.TryParse(text, out _));
        Assert.Equal(message, OdsCode.ParseDetailed(text).ErrorMessage);
    }

    [Fact]
    public void Default_HoldsNoCode()
    {
        OdsCode none = default;
        Assert.Equal("OdsCode(default)", none.ToString());
        Assert.Equal(CoreMessages.OdsCodeDefault, Assert.Throws<InvalidOperationException>(() => none.Value).Message);
        Assert.Throws<InvalidOperationException>(() => none.Shape);
        Assert.Equal(0, none.GetHashCode());
        Laws.CheckOrdering(none, OdsCode.Parse("A81001"));
        Assert.Throws<ArgumentNullException>(() => OdsCode.Parse(null!));
    }

    [Property]
    public void RoundTrip_AndCaseInsensitive(OdsCode code)
    {
        Assert.Equal(code, OdsCode.Parse(code.ToString()));
        Assert.Equal(code, ViaInterfaces.ParseSpan<OdsCode>(code.Value.ToLowerInvariant()));
        Assert.Equal(code.Value.ToUpperInvariant(), code.Value);
    }

    [Property]
    public void Laws_Hold(OdsCode a, OdsCode b)
    {
        Assert.Equal(Math.Sign(string.CompareOrdinal(a.Value, b.Value)), Math.Sign(a.CompareTo(b)));
        if (a != b)
        {
            Laws.CheckEquality(a, OdsCode.Parse(a.Value.ToLowerInvariant()), b);
            Laws.CheckOrdering(a < b ? a : b, a < b ? b : a);
        }
    }
}
