using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialPrescribing.Outcomes;
using SocialPrescribing.Outcomes.Testing;

namespace SocialPrescribing.Analytics.Tests;

/// <summary>Coded extracts read from CSV: every row as written, and every bad row named by line, column and rule, never its content.</summary>
public sealed class CodedExtractTests
{
    private const string Header = "practice,person_key,snomed_code,date";

    [Property(MaxTest = 50)]
    public Property Rows_WrittenByHand_AreReadBackAsTheyWere() => Prop.ForAll(
        Gen.Choose(0, 300).ToArbitrary(), Gen.Choose(0, 10_000).ToArbitrary(), (count, seed) =>
        {
            CodedActivityRow[] rows = [.. SyntheticCodedRows.Generate(count, seed)];
            string csv = Header + "\n" + string.Concat(rows.Select(r => $"{r.Practice},{Quoted(r.PersonKey)},{r.Code},{r.Date:uuuu-MM-dd}\n"));
            using CodedExtractReader reader = CodedExtract.Open(Utf8(csv));
            return reader.ToArray().SequenceEqual(rows) && reader.RowsRead == count && reader.RowsSkipped == 0;
        });

    [Fact]
    public void Columns_AreFoundByName_InAnyOrder_WithOtherColumnsIgnored_AndQuotedCellsUnescaped()
    {
        const string csv = "extra,date,snomed_code,person key,practice\r\nx,07/01/2026,871731000000106,\"Smith, \"\"J\"\"\",B81001\r\n";
        var options = new CodedExtractOptions { PersonKeyColumn = "person key", DateFormat = "dd/MM/yyyy" };
        using CodedExtractReader reader = CodedExtract.Open(Utf8(csv), options);
        CodedActivityRow row = Assert.Single(reader);
        Assert.Equal(CodedActivityRow.Create(OdsCode.Parse("B81001"), "Smith, \"J\"", SctId.Parse("871731000000106"), new NodaTime.LocalDate(2026, 1, 7)), row);
    }

    public static TheoryData<string, string, string> BadRows => new()
    {
        { "B8100!,P1,871731000000106,2026-01-07", "practice", "a practice is an ODS code" },
        { "B81001,  ,871731000000106,2026-01-07", "person_key", "a person key is not blank" },
        { "B81001,P1,871731000000107,2026-01-07", "snomed_code", "a code is a SNOMED CT identifier" },
        { "B81001,P1,871731000000106,2026-02-30", "date", "a date is written in the extract's date format" },
        { "B81001,P1,871731000000106,07/01/2026", "date", "a date is written in the extract's date format" },
        { "B81001,P1,871731000000106", string.Empty, "the row has fewer columns than the header" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public void ABadRow_StopsTheRead_NamingLineColumnAndRule_NotTheCell(string line, string column, string rule)
    {
        string csv = $"{Header}\nB81001,9990000026,871731000000106,2026-01-06\n{line}\nB81001,P2,871731000000106,2026-01-08\n";
        using CodedExtractReader reader = CodedExtract.Open(Utf8(csv));
        var read = new List<CodedActivityRow>();
        BadRowException e = Assert.Throws<BadRowException>(() => read.AddRange(reader));
        Assert.Single(read);
        Assert.Equal(3, e.Row.LineNumber);
        Assert.Equal(column, e.Row.Column);
        Assert.Equal(rule, e.Row.Rule);
        Assert.Equal(column.Length == 0 ? $"Row 3: {rule}." : $"Row 3, column '{column}': {rule}.", e.Message);
        foreach (string cell in line.Split(','))
        {
            Assert.DoesNotContain(cell.Trim().Length > 2 ? cell.Trim() : "\u0000", e.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(BadRows))]
    public void BadRows_UnderSkip_AreCountedAndKept_AndTheRestRead(string line, string column, string rule)
    {
        string csv = $"{Header}\nB81001,P1,871731000000106,2026-01-06\n{line}\n{line}\nB81001,P2,871731000000106,2026-01-08\n";
        using CodedExtractReader reader = CodedExtract.Open(Utf8(csv), new CodedExtractOptions { BadRows = BadRowPolicy.Skip, BadRowsKept = 1 });
        Assert.Equal(2, reader.Count());
        Assert.Equal(4, reader.RowsRead);
        Assert.Equal(2, reader.RowsSkipped);
        BadRow kept = Assert.Single(reader.BadRows);
        Assert.Equal((3L, column, rule), (kept.LineNumber, kept.Column, kept.Rule));
    }

    [Fact]
    public void AMissingColumn_IsRefusedWhenOpened_NamingIt()
    {
        BadRowException e = Assert.Throws<BadRowException>(() => CodedExtract.Open(Utf8("practice,person_key,date\nB81001,P1,2026-01-06\n")));
        Assert.Equal((1L, "snomed_code", "the header has no column of this name"), (e.Row.LineNumber, e.Row.Column, e.Row.Rule));
        Assert.Equal("Row 1, column 'snomed_code': the header has no column of this name.", e.Message);
    }

    [Fact]
    public void ARowShortOfTheLastColumnNamed_IsABadRow_WhereverThatColumnIs()
    {
        // The date column first and the practice last: a row must reach the furthest of the four, not the nearest.
        const string Csv = "date,extra,snomed_code,person_key,practice\n2026-01-06,x,871731000000106,P1,B81001\n2026-01-06,x,871731000000106,P2\n";
        using CodedExtractReader reader = CodedExtract.Open(Utf8(Csv));
        var read = new List<CodedActivityRow>();
        BadRowException e = Assert.Throws<BadRowException>(() => read.AddRange(reader));
        Assert.Single(read);
        Assert.Equal((3L, string.Empty, "the row has fewer columns than the header"), (e.Row.LineNumber, e.Row.Column, e.Row.Rule));
    }

    [Fact]
    public void AHeaderTooLongToRead_IsRefusedAsRowOne_AndTheFileIsClosed()
    {
        string path = Path.Combine(Path.GetTempPath(), $"sp-header-{Environment.ProcessId}-{Guid.NewGuid():N}.csv");
        // The CSV library reads rows of up to 16 MiB; a header longer than that is not read.
        File.WriteAllText(path, "practice,person_key,snomed_code,date," + new string('x', 17 << 20) + "\n");
        try
        {
            BadRowException e = Assert.Throws<BadRowException>(() => CodedExtract.OpenFile(path));
            Assert.Equal((1L, string.Empty), (e.Row.LineNumber, e.Row.Column));
            AssertClosed(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AStreamWhoseHeaderIsTooLongToRead_IsLeftOpenForTheCaller()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("practice,person_key,snomed_code,date," + new string('x', 17 << 20) + "\n"));
        Assert.Throws<BadRowException>(() => CodedExtract.Open(stream));
        Assert.True(stream.CanRead);
    }

    [Fact]
    public void AFileMissingAColumn_IsClosedWhenRefused()
    {
        string path = Path.Combine(Path.GetTempPath(), $"sp-missing-{Environment.ProcessId}-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "practice,person_key,date\n");
        try
        {
            Assert.Throws<BadRowException>(() => CodedExtract.OpenFile(path));
            AssertClosed(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AStreamGiven_IsLeftOpenForTheCaller()
    {
        MemoryStream stream = Utf8(Header + "\nB81001,P1,871731000000106,2026-01-06\n");
        using (CodedExtractReader reader = CodedExtract.Open(stream))
        {
            Assert.Single(reader);
        }

        Assert.True(stream.CanRead);
        Assert.Equal("stream", Assert.Throws<ArgumentNullException>(() => CodedExtract.Open(null!)).ParamName);
    }

    [Fact]
    public void Options_RefuseNullNames_AnUndefinedPolicy_AndANegativeNumberKept()
    {
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => new CodedExtractOptions { PracticeColumn = null! }).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => new CodedExtractOptions { DateColumn = null! }).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => new CodedExtractOptions { DateFormat = null! }).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new CodedExtractOptions { BadRows = (BadRowPolicy)99 }).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new CodedExtractOptions { BadRowsKept = -1 }).ParamName);
        Assert.Equal(0, new CodedExtractOptions { BadRowsKept = 0 }.BadRowsKept);
    }

    [Theory]
    [InlineData(' ')]
    [InlineData('~')]
    [InlineData('\t')]
    [InlineData('\u001f')]
    [InlineData(';')]
    public void Options_AcceptTheEdgesOfPrintableAscii_TabAndUnitSeparator(char separator)
        => Assert.Equal(separator, new CodedExtractOptions { Separator = separator }.Separator);

    [Fact]
    public void AnEmptyFile_HasNoColumns()
        => Assert.Throws<BadRowException>(() => CodedExtract.Open(new MemoryStream()));

    [Fact]
    public void AFileReadTwice_IsRefused()
    {
        using CodedExtractReader reader = CodedExtract.Open(Utf8(Header + "\n"));
        Assert.Empty(reader);
        Assert.Throws<InvalidOperationException>(() => reader.GetEnumerator());
    }

    [Fact]
    public void AByteOrderMark_IsSkipped()
    {
        byte[] bom = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Header + "\nB81001,P1,871731000000106,2026-01-06\n")];
        using CodedExtractReader reader = CodedExtract.Open(new MemoryStream(bom));
        Assert.Single(reader);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Options_RefuseBlankColumnNames(string name)
        => Assert.Throws<ArgumentException>(() => new CodedExtractOptions { DateColumn = name });

    [Theory]
    [InlineData("yyyy-MM")]
    [InlineData("%")]
    [InlineData("yy-M-d\\")]
    public void Options_RefuseDateFormatsThatCannotReadBackADate(string format)
        => Assert.Throws<ArgumentException>(() => new CodedExtractOptions { DateFormat = format });

    [Theory]
    [InlineData('"')]
    [InlineData('\n')]
    [InlineData('a')]
    [InlineData('7')]
    [InlineData('#')]
    [InlineData('\u001e')]
    [InlineData('\u007f')]
    [InlineData('\u00a0')]
    public void Options_RefuseSeparatorsThatCannotSeparate(char separator)
        => Assert.Throws<ArgumentException>(() => new CodedExtractOptions { Separator = separator });

    [Fact]
    public void ATabSeparatedExtract_IsRead()
    {
        using CodedExtractReader reader = CodedExtract.Open(Utf8("practice\tperson_key\tsnomed_code\tdate\nB81001\tP1\t871731000000106\t2026-01-06\n"), new CodedExtractOptions { Separator = '\t' });
        Assert.Single(reader);
    }

    [Property(MaxTest = 300)]
    public bool EverySeparatorTheOptionsAccept_ReadsAnExtract(char separator)
    {
        CodedExtractOptions options;
        try
        {
            options = new CodedExtractOptions { Separator = separator };
        }
        catch (ArgumentException)
        {
            return true;
        }

        // Every cell quoted, so a separator inside a name ("_" in "person_key") stays in it.
        string s = separator.ToString();
        string csv = string.Join(s, "\"practice\"", "\"person_key\"", "\"snomed_code\"", "\"date\"") + "\n" + string.Join(s, "\"B81001\"", "\"P1\"", "\"871731000000106\"", "\"2026-01-06\"") + "\n";
        using CodedExtractReader reader = CodedExtract.Open(Utf8(csv), options);
        return reader.Single().PersonKey == "P1";
    }

    [Fact]
    public void AQuoteNeverClosed_IsABadRow_ThatQuotesNothing()
    {
        using CodedExtractReader reader = CodedExtract.Open(Utf8(Header + "\nB81001,\"9990000026,871731000000106,2026-01-06\nB81001,P2,871731000000106,2026-01-08\n"));
        BadRowException e = Assert.Throws<BadRowException>(() => reader.ToList());
        Assert.Equal(2, e.Row.LineNumber);
        Assert.DoesNotContain("9990000026", e.Message, StringComparison.Ordinal);
    }

    /// <summary>No handle of this process is open on the file (Linux lists them under /proc/self/fd; file locks there are only advisory).</summary>
    private static void AssertClosed(string path)
    {
        Assert.SkipUnless(Directory.Exists("/proc/self/fd"), "Open handles are listed only on Linux.");
        string full = Path.GetFullPath(path);
        foreach (string fd in Directory.GetFiles("/proc/self/fd"))
        {
            string? target = null;
            try
            {
                target = new FileInfo(fd).LinkTarget;
            }
            catch (IOException)
            {
                // A handle closed while listing.
            }

            Assert.NotEqual(full, target);
        }
    }

    private static string Quoted(string key) => key.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + key.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : key;

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));
}
