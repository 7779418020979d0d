using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialPrescribing.Testing;

namespace SocialPrescribing.Tests.Snomed;

public class SctIdTests
{
    // Identifiers published by SNOMED International and NHS England, so valid independently of our algorithm.
    public static TheoryData<string, SctIdComponentType, SctIdFormat, int?> KnownIds => new()
    {
        { "138875005", SctIdComponentType.Concept, SctIdFormat.Short, null }, // SNOMED CT Concept (root)
        { "404684003", SctIdComponentType.Concept, SctIdFormat.Short, null }, // Clinical finding
        { "22298006", SctIdComponentType.Concept, SctIdFormat.Short, null },  // Myocardial infarction
        { "871691000000100", SctIdComponentType.Concept, SctIdFormat.Long, 1000000 },
        { "871711000000103", SctIdComponentType.Concept, SctIdFormat.Long, 1000000 },
        { "871731000000106", SctIdComponentType.Concept, SctIdFormat.Long, 1000000 },
    };

    public static TheoryData<string, string> ParseFailures => new()
    {
        { "", CoreMessages.SctIdLength },
        { "10000", CoreMessages.SctIdLength },
        { "1234567890123456789", CoreMessages.SctIdLength },
        { "22298006 ", CoreMessages.SctIdCharacter },
        { "-2298006", CoreMessages.SctIdCharacter },
        { "2229800\u0666", CoreMessages.SctIdCharacter },
        { "22298\uFF10\uFF10\uFF16", CoreMessages.SctIdCharacter },
        { "022298006", CoreMessages.SctIdLeadingZero },
        { "22298036", CoreMessages.SctIdPartition },
        { "22298996", CoreMessages.SctIdPartition },
        { "1234105", CoreMessages.SctIdNamespaceLength },
        { "1234567105", CoreMessages.SctIdNamespaceLength },
        { "22298007", CoreMessages.SctIdCheckDigit },
        { "871731000000107", CoreMessages.SctIdCheckDigit },
    };

    [Theory]
    [MemberData(nameof(KnownIds))]
    public void Parse_Known(string text, SctIdComponentType type, SctIdFormat format, int? namespaceId)
    {
        SctId id = SctId.Parse(text);
        Assert.Equal(type, id.ComponentType);
        Assert.Equal(format, id.Format);
        Assert.Equal(namespaceId, id.NamespaceId);
        Assert.Equal(namespaceId == 1000000, id.IsUkExtension);
        Assert.Equal(text, id.ToString());
        Assert.Equal(ulong.Parse(text, System.Globalization.CultureInfo.InvariantCulture), id.Value);
        Assert.Equal(text[^1] - '0', id.CheckDigit);
        Assert.True(CoreReferenceImplementations.IsValidSctId(text));
    }

    [Fact]
    public void Parts_OfUkCode()
    {
        SctId id = SctId.Parse("871731000000106");
        Assert.Equal(87173UL, id.ItemId);
        Assert.Equal(10, id.PartitionId);
        Assert.Equal(id, SctId.Create(87173, SctIdComponentType.Concept, SctId.UkNamespaceId));
    }

    [Fact]
    public void Create_Boundaries()
    {
        // Expected check digits computed independently from the Verhoeff tables (not with this library).
        Assert.Equal("100005", SctId.Create(100, SctIdComponentType.Concept).ToString());
        Assert.Equal("999999999999999023", SctId.Create(999_999_999_999_999, SctIdComponentType.Relationship).ToString());
        Assert.Equal("10000000110", SctId.Create(1, SctIdComponentType.Description, 0).ToString());
        Assert.Equal("999999999999999109", SctId.Create(99_999_999, SctIdComponentType.Concept, 9_999_999).ToString());
        Assert.Equal("itemId", Assert.Throws<ArgumentOutOfRangeException>(() => SctId.Create(99, SctIdComponentType.Concept)).ParamName);
        Assert.Equal("itemId", Assert.Throws<ArgumentOutOfRangeException>(() => SctId.Create(1_000_000_000_000_000, SctIdComponentType.Concept)).ParamName);
        Assert.Equal("itemId", Assert.Throws<ArgumentOutOfRangeException>(() => SctId.Create(0, SctIdComponentType.Concept, 1000000)).ParamName);
        Assert.Equal("itemId", Assert.Throws<ArgumentOutOfRangeException>(() => SctId.Create(100_000_000, SctIdComponentType.Concept, 1000000)).ParamName);
        Assert.Equal("namespaceId", Assert.Throws<ArgumentOutOfRangeException>(() => SctId.Create(1, SctIdComponentType.Concept, -1)).ParamName);
        Assert.Equal("namespaceId", Assert.Throws<ArgumentOutOfRangeException>(() => SctId.Create(1, SctIdComponentType.Concept, 10_000_000)).ParamName);
        Assert.Equal("componentType", Assert.Throws<ArgumentOutOfRangeException>(() => SctId.Create(100, (SctIdComponentType)3)).ParamName);
    }

    [Theory]
    [MemberData(nameof(ParseFailures))]
    public void Parse_Invalid(string text, string message)
    {
        Assert.Equal(message, Assert.Throws<FormatException>(() => SctId.Parse(text)).Message);
        Assert.False(SctId.TryParse(text, out SctId result));
        Assert.Equal(default, result);
        ParseResult<SctId> detailed = SctId.ParseDetailed(text);
        Assert.False(detailed.Success);
        Assert.Equal(message, detailed.ErrorMessage);
        Assert.False(CoreReferenceImplementations.IsValidSctId(text));
    }

    [Fact]
    public void Default_HoldsNoId()
    {
        SctId none = default;
        Assert.Equal("SctId(default)", none.ToString());
        Assert.Equal(CoreMessages.SctIdDefault, Assert.Throws<InvalidOperationException>(() => none.Value).Message);
        Assert.Throws<InvalidOperationException>(() => none.ComponentType);
        Assert.Throws<InvalidOperationException>(() => none.ToString("D", null));
        Laws.CheckOrdering(none, SctId.Parse("22298006"));
    }

    [Fact]
    public void Format_Strings()
    {
        SctId id = SctId.Parse("22298006");
        Assert.Equal("22298006", id.ToString("G", null));
        Assert.Equal("22298006", $"{id:D}");
        Assert.Equal(CoreMessages.SctIdFormatString, Assert.Throws<FormatException>(() => id.ToString("N", null)).Message);
        Assert.False(id.TryFormat(new char[7], out _, default, null));
        Assert.False(id.TryFormat(new byte[7], out _, default, null));
    }

    [Property]
    public void Create_AlwaysParses_AndKeepsItsParts(SctIdComponentType type, bool longFormat, ulong seed, int nsSeed)
    {
        ulong item = longFormat ? 1 + (seed % 99_999_999) : 100 + (seed % (999_999_999_999_999 - 99));
        int? ns = longFormat ? Math.Abs(nsSeed % 10_000_000) : null;
        SctId id = SctId.Create(item, type, ns);
        Assert.Equal(id, SctId.Parse(id.ToString()));
        Assert.True(CoreReferenceImplementations.IsValidSctId(id.ToString()));
        Assert.Equal(item, id.ItemId);
        Assert.Equal(type, id.ComponentType);
        Assert.Equal(ns, id.NamespaceId);
        Assert.Equal(longFormat ? SctIdFormat.Long : SctIdFormat.Short, id.Format);
    }

    [Property]
    public void RoundTrip_TextAndUtf8(SctId id)
    {
        Assert.Equal(id, SctId.Parse(id.ToString()));
        Assert.Equal(id, ViaInterfaces.ParseSpan<SctId>(id.ToString()));
        byte[] utf8 = new byte[18];
        Assert.True(id.TryFormat(utf8, out int written, default, null));
        Assert.Equal(id.ToString(), System.Text.Encoding.ASCII.GetString(utf8, 0, written));
        Assert.Equal(id, SctId.Create(id.ItemId, id.ComponentType, id.NamespaceId));
    }

    [Property]
    public void EverySingleDigitSubstitution_IsRejected(SctId id)
    {
        string digits = id.ToString();
        for (int i = 0; i < digits.Length; i++)
        {
            for (char d = '0'; d <= '9'; d++)
            {
                if (d != digits[i])
                {
                    string mutated = string.Concat(digits.AsSpan(0, i), [d], digits.AsSpan(i + 1));
                    Assert.False(SctId.TryParse(mutated, out _), "substitution at " + i);
                }
            }
        }
    }

    [Property]
    public void EveryAdjacentTransposition_IsRejected(SctId id)
    {
        string digits = id.ToString();
        for (int i = 0; i + 1 < digits.Length; i++)
        {
            if (digits[i] != digits[i + 1])
            {
                char[] swapped = digits.ToCharArray();
                (swapped[i], swapped[i + 1]) = (swapped[i + 1], swapped[i]);
                Assert.False(SctId.TryParse(new string(swapped), out _), "transposition at " + i);
            }
        }
    }

    [Property]
    public Property TryParse_AgreesWithReferenceImplementation()
        => Prop.ForAll(
            Gen.OneOf(CoreGenerators.DigitStrings(4, 20), CoreGenerators.SctIds.Select(id => id.ToString())).ToArbitrary(),
            text => Assert.Equal(CoreReferenceImplementations.IsValidSctId(text), SctId.TryParse(text, out _)));

    [Property]
    public void Laws_Hold(SctId a, SctId b)
    {
        Assert.Equal(Math.Sign(a.Value.CompareTo(b.Value)), Math.Sign(a.CompareTo(b)));
        if (a != b)
        {
            Laws.CheckEquality(a, SctId.Parse(a.ToString()), b);
            Laws.CheckOrdering(a < b ? a : b, a < b ? b : a);
        }
    }
}
