using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using SocialPrescribing.Json.Converters;

namespace SocialPrescribing.Json.Tests;

/// <summary>
/// The checks a wire-name table makes of itself when it is built: the library's own tables are built once, so these
/// build tables of small enums of the test's own, complete and broken in each way.
/// </summary>
public sealed class WireTableTests
{
    public enum Colour
    {
        Red,
        Green,
    }

    [Flags]
    public enum Parts
    {
        None = 0,
        Head = 1,
        Tail = 2,
    }

    public enum Size
    {
        Small,
        Medium,
        Large,
    }

    [Flags]
    public enum Trio
    {
        None = 0,
        First = 1,
        Second = 2,
        Third = 4,
    }

    [Flags]
    public enum WithACombination
    {
        None = 0,
        Head = 1,
        Tail = 2,
        Both = 3,
    }

    [Flags]
    public enum Wide : long
    {
        None = 0,
        Head = 1,
    }

    private static readonly JsonSerializerOptions Options = new();

    [Fact]
    public void EnumTable_NamingEveryMemberOnce_WritesAndReadsThoseNames()
    {
        JsonConverter<Colour> converter = Converter<Colour>(new WireEnum<Colour>([(Colour.Red, "red"), (Colour.Green, "green")]).Entry);

        Assert.Equal("\"green\"", Write(converter, Colour.Green));
        Assert.Equal(Colour.Red, Read(converter, "\"red\""));
        Assert.ThrowsAny<JsonException>(() => Read(converter, "\"Red\""));
        Assert.ThrowsAny<JsonException>(() => Write(converter, (Colour)7));
    }

    public static TheoryData<(Colour, string)[]> BrokenEnumTables => new()
    {
        new[] { (Colour.Red, "red") },
        new[] { (Colour.Red, "red"), (Colour.Red, "rouge") },
        new[] { (Colour.Red, "red"), (Colour.Green, "red") },
        new[] { (Colour.Red, "red"), (Colour.Green, "green"), (Colour.Red, "rouge") },
        new[] { (Colour.Red, "red"), (Colour.Green, "green"), ((Colour)7, "seven") },
    };

    [Theory]
    [MemberData(nameof(BrokenEnumTables))]
    public void EnumTable_MissingARepeatedOrAnUndefinedMember_OrANameTwice_IsAFaultOfTheLibrary((Colour, string)[] pairs)
    {
        InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => new WireEnum<Colour>(pairs));

        Assert.Contains(nameof(Colour), e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Parts.None, "[]")]
    [InlineData(Parts.Tail, "[\"tail\"]")]
    [InlineData(Parts.Head | Parts.Tail, "[\"head\",\"tail\"]")]
    public void FlagsTable_NamingEveryFlagOnce_WritesAndReadsThoseNames(Parts parts, string json)
    {
        JsonConverter<Parts> converter = Converter<Parts>(new WireFlags<Parts>([(Parts.Head, "head"), (Parts.Tail, "tail")]).Entry);

        Assert.Equal(json, Write(converter, parts));
        Assert.Equal(parts, Read(converter, json));
    }

    [Theory]
    [InlineData("[1]")]
    [InlineData("[null]")]
    [InlineData("[\"head\",\"head\"]")]
    [InlineData("[\"neck\"]")]
    [InlineData("\"head\"")]
    [InlineData("3")]
    public void FlagsTable_ReadingAnythingButAnArrayOfDistinctNames_IsRefused(string json)
    {
        JsonConverter<Parts> converter = Converter<Parts>(new WireFlags<Parts>([(Parts.Head, "head"), (Parts.Tail, "tail")]).Entry);

        Assert.ThrowsAny<JsonException>(() => Read(converter, json));
    }

    [Fact]
    public void FlagsTable_WritingABitNoFlagHas_IsRefused()
    {
        JsonConverter<Parts> converter = Converter<Parts>(new WireFlags<Parts>([(Parts.Head, "head"), (Parts.Tail, "tail")]).Entry);

        Assert.ThrowsAny<JsonException>(() => Write(converter, (Parts)4));
        Assert.ThrowsAny<JsonException>(() => Write(converter, (Parts)7));
    }

    public static TheoryData<(Parts, string)[]> BrokenFlagTables => new()
    {
        new[] { (Parts.Head, "head") },
        new[] { (Parts.Head, "head"), (Parts.Head, "tail") },
        new[] { (Parts.Head, "head"), (Parts.Tail, "head") },
        new[] { (Parts.Head, "head"), (Parts.Tail, "tail"), (Parts.None, "none") },
        new[] { (Parts.Head, "head"), (Parts.Tail, "tail"), ((Parts)4, "neck") },
        new[] { (Parts.Head, "head"), (Parts.Tail, "tail"), (Parts.Head | Parts.Tail, "both") },
    };

    [Theory]
    [MemberData(nameof(BrokenFlagTables))]
    public void FlagsTable_MissingARepeatedAZeroOrAnUndefinedFlag_OrANameTwice_IsAFaultOfTheLibrary((Parts, string)[] pairs)
    {
        InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => new WireFlags<Parts>(pairs));

        Assert.Contains(nameof(Parts), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TablesOfThree_RefuseAMemberTwiceAndAnotherMissing_AndTakeEachOnce()
    {
        Assert.Throws<InvalidOperationException>(() => new WireEnum<Size>([(Size.Small, "small"), (Size.Small, "little"), (Size.Medium, "medium")]));
        Assert.Equal("\"large\"", Write(Converter<Size>(new WireEnum<Size>([(Size.Small, "small"), (Size.Medium, "medium"), (Size.Large, "large")]).Entry), Size.Large));
        Assert.Throws<InvalidOperationException>(() => new WireFlags<Trio>([(Trio.First, "first"), (Trio.First, "one"), (Trio.Second, "second")]));
        JsonConverter<Trio> trio = Converter<Trio>(new WireFlags<Trio>([(Trio.First, "first"), (Trio.Second, "second"), (Trio.Third, "third")]).Entry);
        Assert.Equal("[\"first\",\"third\"]", Write(trio, Trio.First | Trio.Third));
        Assert.Equal(Trio.Second | Trio.Third, Read(trio, "[\"third\",\"second\"]"));
    }

    [Fact]
    public void FlagsTable_OfAnEnumWithACombinedMember_OrNotIntBased_IsAFaultOfTheLibrary()
    {
        Assert.Throws<InvalidOperationException>(() => new WireFlags<WithACombination>([(WithACombination.Head, "head"), (WithACombination.Tail, "tail")]));
        Assert.Throws<InvalidOperationException>(() => new WireFlags<WithACombination>([(WithACombination.Head, "head"), (WithACombination.Tail, "tail"), (WithACombination.Both, "both")]));
        Assert.Throws<InvalidOperationException>(() => new WireFlags<Wide>([(Wide.Head, "head")]));
    }

    private static JsonConverter<T> Converter<T>(ConverterEntry entry) => Assert.IsType<JsonConverter<T>>(entry.Converter, exactMatch: false);

    private static string Write<T>(JsonConverter<T> converter, T value)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            converter.Write(writer, value, Options);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static T Read<T>(JsonConverter<T> converter, string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return converter.Read(ref reader, typeof(T), Options)!;
    }
}
