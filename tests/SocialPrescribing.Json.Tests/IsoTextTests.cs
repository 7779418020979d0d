using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;

namespace SocialPrescribing.Json.Tests;

/// <summary>
/// Dates and instants are read and written without a string where the BCL's span-based parsing gives NodaTime's ISO
/// text, and through NodaTime's pattern otherwise: NodaTime's pattern is the oracle for every text, valid or not.
/// </summary>
public sealed class IsoTextTests
{
    private const string Noise = "0123456789-+:.,TZzt /\u0660\u00a0";

    private static readonly LocalDate FirstBclDate = new(1, 1, 1);

    // Mostly the BCL's years 1 to 9999, sometimes anywhere in NodaTime's ISO range (years -9998 to 9999).
    private static readonly Gen<LocalDate> Dates = Gen.Frequency(
        (3, Gen.Choose(0, DaysBetween(FirstBclDate, LocalDate.MaxIsoValue)).Select(days => FirstBclDate.PlusDays(days))),
        (1, Gen.Choose(0, DaysBetween(LocalDate.MinIsoValue, LocalDate.MaxIsoValue)).Select(days => LocalDate.MinIsoValue.PlusDays(days))));

    private static readonly Gen<Instant> Instants =
        from date in Dates
        from second in Gen.Choose(0, 86_399)
        from fraction in Gen.OneOf(Gen.Constant(0), Gen.Choose(0, 9_999_999).Select(ticks => ticks * 100), Gen.Choose(0, 999_999_999))
        select Instant.FromUtc(date.Year, date.Month, date.Day, 0, 0).Plus(Duration.FromSeconds(second) + Duration.FromNanoseconds(fraction));

    [Property]
    public Property A_date_is_written_as_NodaTime_s_ISO_pattern_writes_it_and_read_back()
        => Prop.ForAll(Dates.ToArbitrary(), date =>
        {
            string json = SocialPrescribingJson.Serialize(date);
            return json == Quoted(LocalDatePattern.Iso.Format(date)) && SocialPrescribingJson.Deserialize<LocalDate>(json) == date;
        });

    [Property]
    public Property An_instant_is_written_as_NodaTime_s_extended_ISO_pattern_writes_it_and_read_back()
        => Prop.ForAll(Instants.ToArbitrary(), instant =>
        {
            string json = SocialPrescribingJson.Serialize(instant);
            return json == Quoted(InstantPattern.ExtendedIso.Format(instant)) && SocialPrescribingJson.Deserialize<Instant>(json) == instant;
        });

    [Property(MaxTest = 2000)]
    public Property Date_text_is_read_exactly_when_NodaTime_s_pattern_reads_it()
        => Prop.ForAll(Damaged(Dates.Select(LocalDatePattern.Iso.Format)).ToArbitrary(), text => ReadsAsPatternDoes(LocalDatePattern.Iso, text));

    [Property(MaxTest = 2000)]
    public Property Instant_text_is_read_exactly_when_NodaTime_s_pattern_reads_it()
        => Prop.ForAll(Damaged(Instants.Select(InstantPattern.ExtendedIso.Format)).ToArbitrary(), text => ReadsAsPatternDoes(InstantPattern.ExtendedIso, text));

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("0000-01-01")]
    [InlineData("2024-02-29")]
    [InlineData("2025-02-29")]
    [InlineData("2025-1-01")]
    [InlineData("20250-01-01")]
    [InlineData("2025-01-01 ")]
    [InlineData("2025-01-01T00:00:00")]
    public void Boundary_dates_are_read_as_NodaTime_reads_them(string text)
        => Assert.True(ReadsAsPatternDoes(LocalDatePattern.Iso, text));

    [Theory]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("9999-12-31T23:59:59.9999999Z")]
    [InlineData("9999-12-31T23:59:59.999999999Z")]
    [InlineData("2025-10-03T16:00:00.123456789Z")]
    [InlineData("2025-10-03T16:00:00.1000000Z")]
    [InlineData("2025-10-03T16:00:00.Z")]
    [InlineData("2025-10-03T16:00:00,5Z")]
    [InlineData("2025-10-03T16:00:00z")]
    [InlineData("2025-10-03T16:00Z")]
    [InlineData("2025-10-03T24:00:00Z")]
    [InlineData("2025-10-03T16:00:60Z")]
    [InlineData("2025-10-03T16:00:00+01:00")]
    [InlineData("0000-12-31T23:59:59Z")]
    public void Boundary_instants_are_read_as_NodaTime_reads_them(string text)
        => Assert.True(ReadsAsPatternDoes(InstantPattern.ExtendedIso, text));

    [Theory]
    [InlineData(1, "0001-01-01")]
    [InlineData(9999, "9999-12-31")]
    [InlineData(0, "0000-12-31")]
    [InlineData(-1, "-0001-12-31")]
    public void Dates_at_the_ends_of_the_BCL_s_range_are_written_as_NodaTime_writes_them(int year, string expected)
    {
        LocalDate date = year is 1 ? new LocalDate(year, 1, 1) : new LocalDate(year, 12, 31);
        Assert.Equal(Quoted(expected), SocialPrescribingJson.Serialize(date));
        Assert.Equal(expected, LocalDatePattern.Iso.Format(date));
    }

    [Fact]
    public void A_date_of_another_calendar_is_written_in_its_own_calendar_as_NodaTime_writes_it()
    {
        LocalDate julian = new LocalDate(2025, 10, 3).WithCalendar(CalendarSystem.Julian);
        Assert.Equal(Quoted(LocalDatePattern.Iso.Format(julian)), SocialPrescribingJson.Serialize(julian));
    }

    [Fact]
    public void Instants_outside_whole_ticks_or_the_BCL_s_range_are_written_as_NodaTime_writes_them()
    {
        Instant[] instants =
        [
            Instant.FromUtc(2025, 10, 3, 16, 0).PlusNanoseconds(1),
            Instant.FromUtc(9999, 12, 31, 23, 59, 59).PlusNanoseconds(999_999_999),
            Instant.FromUtc(1, 1, 1, 0, 0).PlusNanoseconds(-1),
            Instant.FromUtc(1, 1, 1, 0, 0),
            Instant.FromUtc(9999, 12, 31, 23, 59, 59).PlusNanoseconds(999_999_900),
        ];
        Assert.All(instants, instant => Assert.Equal(Quoted(InstantPattern.ExtendedIso.Format(instant)), SocialPrescribingJson.Serialize(instant)));
    }

    private static Gen<string> Damaged(Gen<string> valid)
        => from text in valid
           from edits in Gen.Choose(0, 3)
           from positions in Gen.ArrayOf(Gen.Choose(0, 1_000), edits)
           from kinds in Gen.ArrayOf(Gen.Choose(0, 2), edits)
           from noise in Gen.ArrayOf(Gen.Elements(Noise.ToCharArray()), edits)
           select Edit(text, positions, kinds, noise);

    private static string Edit(string text, int[] positions, int[] kinds, char[] noise)
    {
        var chars = new List<char>(text);
        for (int i = 0; i < positions.Length; i++)
        {
            int at = positions[i] % (chars.Count + 1);
            switch (kinds[i])
            {
                case 0 when at < chars.Count:
                    chars[at] = noise[i];
                    break;
                case 1 when at < chars.Count:
                    chars.RemoveAt(at);
                    break;
                default:
                    chars.Insert(at, noise[i]);
                    break;
            }
        }

        return new string([.. chars]);
    }

    private static bool ReadsAsPatternDoes<T>(IPattern<T> pattern, string text)
    {
        NodaTime.Text.ParseResult<T> expected = pattern.Parse(text);
        try
        {
            T read = SocialPrescribingJson.Deserialize<T>(Quoted(text));
            return expected.Success && EqualityComparer<T>.Default.Equals(read, expected.Value);
        }
        catch (JsonException)
        {
            return !expected.Success;
        }
    }

    private static int DaysBetween(LocalDate start, LocalDate end) => Period.Between(start, end, PeriodUnits.Days).Days;

    private static string Quoted(string text) => "\"" + JsonEncodedText.Encode(text) + "\"";
}
