using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialPrescribing.Testing;

namespace SocialPrescribing.Tests;

public class NhsNumberTests
{
    // Test-range numbers (999...), computed independently: one for each check digit, and a payload with none.
    public static TheoryData<string> ValidNumbers => new()
    {
        "9990000050", // remainder 0: 11 - 0 = 11, so the check digit is 0
        "9990000131", "9990000042", "9990000093", "9990000034", "9990000085",
        "9990000026", "9990000077", "9990000018", "9990000069",
        "999 000 0026",
    };

    public static TheoryData<string, string> ParseFailures => new()
    {
        { "", CoreMessages.NhsNumberLength },
        { "999000002", CoreMessages.NhsNumberLength },
        { "99900000266", CoreMessages.NhsNumberLength },
        { " 9990000026", CoreMessages.NhsNumberLength },
        { "999 000 0026 ", CoreMessages.NhsNumberLength },
        { "999-000-0026", CoreMessages.NhsNumberCharacter },
        { "999  000 026", CoreMessages.NhsNumberCharacter },
        { "99 9000 0026", CoreMessages.NhsNumberCharacter },
        { "999000002X", CoreMessages.NhsNumberCharacter },
        { "999000002\u0666", CoreMessages.NhsNumberCharacter }, // Arabic-Indic six
        { "999000002\uFF16", CoreMessages.NhsNumberCharacter }, // full-width six
        { "9990000027", CoreMessages.NhsNumberCheckDigit },
        { "999 000 0027", CoreMessages.NhsNumberCheckDigit },
        // 999000000 gives remainder 1, so 11 - 1 = 10: no check digit makes it valid.
        { "9990000000", CoreMessages.NhsNumberCheckDigit },
        { "9990000009", CoreMessages.NhsNumberCheckDigit },
    };

    [Theory]
    [MemberData(nameof(ValidNumbers))]
    public void Parse_Valid(string text)
    {
        NhsNumber number = NhsNumber.Parse(text);
        Assert.True(NhsNumber.TryParse(text, out NhsNumber viaTry));
        Assert.True(NhsNumber.TryParse(text.AsSpan(), out NhsNumber viaSpan));
        Assert.Equal(number, viaTry);
        Assert.Equal(number, viaSpan);
        Assert.Equal(number, NhsNumber.ParseDetailed(text).Value);
        Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), number.UnmaskedValue);
        Assert.True(CoreReferenceImplementations.IsValidNhsNumber(text));
    }

    [Theory]
    [MemberData(nameof(ParseFailures))]
    public void Parse_Invalid(string text, string message)
    {
        FormatException ex = Assert.Throws<FormatException>(() => NhsNumber.Parse(text));
        Assert.Equal(message, ex.Message);
        Assert.Throws<FormatException>(() => ViaInterfaces.ParseSpan<NhsNumber>(text));
        Assert.False(NhsNumber.TryParse(text, out NhsNumber result));
        Assert.Equal(default, result);
        ParseResult<NhsNumber> detailed = NhsNumber.ParseDetailed(text);
        Assert.False(detailed.Success);
        Assert.Equal(message, detailed.ErrorMessage);
        Assert.False(CoreReferenceImplementations.IsValidNhsNumber(text));
    }

    [Fact]
    public void Parse_Null()
    {
        Assert.Throws<ArgumentNullException>(() => NhsNumber.Parse(null!));
        Assert.False(NhsNumber.TryParse((string?)null, out _));
        Assert.False(ViaInterfaces.TryParse<NhsNumber>(null, out _));
    }

    [Fact]
    public void ToString_Formats()
    {
        NhsNumber number = NhsNumber.Parse("9990000026");
        Assert.Equal("*** *** 0026", number.ToString());
        Assert.Equal("*** *** 0026", number.ToString("M", null));
        Assert.Equal("*** *** 0026", $"{number}");
        Assert.Equal("9990000026", number.ToString("D", null));
        Assert.Equal("999 000 0026", number.ToString("S", null));
        Assert.Equal("9990000026", number.UnmaskedValue);
        FormatException ex = Assert.Throws<FormatException>(() => number.ToString("X", null));
        Assert.Equal(CoreMessages.NhsNumberFormatString, ex.Message);
    }

    [Fact]
    public void TryFormat_DestinationTooSmall()
    {
        NhsNumber number = NhsNumber.Parse("9990000026");
        Assert.False(number.TryFormat(new char[11], out int written, "S", null));
        Assert.Equal(0, written);
        Assert.True(number.TryFormat(new char[10], out written, "D", null));
        Assert.Equal(10, written);
        Assert.False(number.TryFormat(new byte[9], out written, "D", null));
    }

    [Fact]
    public void Default_HoldsNoNumber()
    {
        NhsNumber none = default;
        Assert.Equal("NhsNumber(default)", none.ToString());
        Assert.Equal(CoreMessages.NhsNumberDefault, Assert.Throws<InvalidOperationException>(() => none.UnmaskedValue).Message);
        Assert.Throws<InvalidOperationException>(() => none.ToString("D", null));
        Assert.True(none == default(NhsNumber));
        Assert.True(none < NhsNumber.Parse("9990000050"));
        Laws.CheckOrdering(none, NhsNumber.Parse("9990000050"));
    }

    [Fact]
    public void Laws_Examples()
    {
        NhsNumber low = NhsNumber.Parse("9990000018");
        Laws.CheckEquality(low, NhsNumber.Parse("999 000 0018"), NhsNumber.Parse("9990000026"));
        Laws.CheckOrdering(low, NhsNumber.Parse("9990000026"));
        Assert.Throws<ArgumentException>(() => low.CompareTo("9990000018"));
    }

    [Fact]
    public void Pii_NeverLeaksOnAnyFailurePath()
    {
        const string Digits = "9990000026";
        var messages = new List<string?>();
        foreach (string bad in new[] { "999000002", "99900000266", "999000002X", "9990000027", "999-000-0026", " 9990000026" })
        {
            messages.Add(Assert.Throws<FormatException>(() => NhsNumber.Parse(bad)).Message);
            messages.Add(NhsNumber.ParseDetailed(bad).ErrorMessage);
            messages.Add(NhsNumber.ParseDetailed(bad).Exception?.ToString());
        }

        NhsNumber number = NhsNumber.Parse(Digits);
        messages.Add(Assert.Throws<FormatException>(() => number.ToString("X", null)).Message);
        messages.Add(Assert.Throws<FormatException>(() => number.TryFormat(new char[20], out _, "DD", null)).Message);
        messages.Add(Assert.Throws<InvalidOperationException>(() => default(NhsNumber).UnmaskedValue).Message);
        messages.Add(number.ToString());
        messages.Add(number.ToString(null, null));
        messages.Add($"{number}");
        messages.Add(number.ToString("M", null));
        messages.Add(((object)number).ToString());
        messages.Add(new[] { number }.Select(n => n.ToString()).Single());

        Assert.All(messages, m => PiiAssert.DoesNotLeak(Digits, m));
    }

    [Property]
    public void Generator_StaysInTheTestRange(NhsNumber number)
        => Assert.StartsWith("999", number.UnmaskedValue, StringComparison.Ordinal);

    [Property]
    public void RoundTrip_AllFormats(NhsNumber number)
    {
        Assert.Equal(number, NhsNumber.Parse(number.ToString("D", null)));
        Assert.Equal(number, NhsNumber.Parse(number.ToString("S", null)));
        Assert.Equal(number, NhsNumber.Parse(number.UnmaskedValue));
    }

    [Property]
    public void Utf8Format_MatchesCharFormat(NhsNumber number)
    {
        foreach (string format in new[] { "", "M", "D", "S" })
        {
            byte[] utf8 = new byte[16];
            Assert.True(number.TryFormat(utf8, out int written, format, null));
            Assert.Equal(number.ToString(format, null), System.Text.Encoding.UTF8.GetString(utf8, 0, written));
        }
    }

    [Property]
    public void MaskedToString_ShowsAtMostFourDigits(NhsNumber number)
    {
        string masked = number.ToString();
        Assert.True(masked.Count(char.IsAsciiDigit) <= 4);
        Assert.EndsWith(number.UnmaskedValue[6..], masked, StringComparison.Ordinal);
    }

    [Property]
    public Property EverySingleDigitSubstitution_IsRejected()
        => Prop.ForAll(CoreGenerators.NhsNumberDigits.ToArbitrary(), digits =>
        {
            for (int i = 0; i < digits.Length; i++)
            {
                for (char d = '0'; d <= '9'; d++)
                {
                    if (d != digits[i])
                    {
                        string mutated = string.Concat(digits.AsSpan(0, i), [d], digits.AsSpan(i + 1));
                        Assert.False(NhsNumber.TryParse(mutated, out _), "substitution at " + i);
                    }
                }
            }
        });

    [Property]
    public Property EveryAdjacentTransposition_IsRejected()
        => Prop.ForAll(CoreGenerators.NhsNumberDigits.ToArbitrary(), digits =>
        {
            for (int i = 0; i + 1 < digits.Length; i++)
            {
                if (digits[i] != digits[i + 1])
                {
                    char[] swapped = digits.ToCharArray();
                    (swapped[i], swapped[i + 1]) = (swapped[i + 1], swapped[i]);
                    Assert.False(NhsNumber.TryParse(new string(swapped), out _), "transposition at " + i);
                }
            }
        });

    [Property]
    public Property TryParse_AgreesWithReferenceImplementation()
        => Prop.ForAll(
            Gen.OneOf(CoreGenerators.DigitStrings(9, 11), CoreGenerators.NhsNumberDigits, CoreGenerators.NhsNumberDigits.Select(d => $"{d[..3]} {d[3..6]} {d[6..]}")).ToArbitrary(),
            text => Assert.Equal(CoreReferenceImplementations.IsValidNhsNumber(text), NhsNumber.TryParse(text, out _)));

    [Property]
    public void Ordering_IsNumeric(NhsNumber a, NhsNumber b)
    {
        int expected = long.Parse(a.UnmaskedValue, System.Globalization.CultureInfo.InvariantCulture)
            .CompareTo(long.Parse(b.UnmaskedValue, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Math.Sign(expected), Math.Sign(a.CompareTo(b)));
        Assert.Equal(expected == 0, a == b);
        if (expected != 0)
        {
            Laws.CheckOrdering(expected < 0 ? a : b, expected < 0 ? b : a);
        }
    }
}
