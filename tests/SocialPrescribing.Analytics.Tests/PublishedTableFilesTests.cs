using SocialPrescribing.Outcomes;
using SocialPrescribing.Outcomes.Testing;

namespace SocialPrescribing.Analytics.Tests;

/// <summary>Published tables written to CSV and Parquet, read back by DuckDB (an independent engine) cell for cell.</summary>
public sealed class PublishedTableFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sp-analytics-").FullName;

    public static TheoryData<int, int> Sizes => new() { { 0, 1 }, { 40, 7 }, { 3_000, 2026 } };

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task Csv_HoldsEveryCellsPublishedText(int episodes, int seed)
    {
        PublishedTable table = Published(episodes, seed);
        string path = Path.Combine(_folder, "dashboard.csv");
        await PublishedTableFiles.WriteCsvAsync(table, path, TestContext.Current.CancellationToken);

        List<string?[]> rows = Duck.Query($"SELECT * FROM read_csv('{path}', header = true, all_varchar = true, quote = '\"', escape = '\"')", out string[] names);
        Assert.Equal([.. table.RowHeaders, .. table.Columns.Select(c => c.Name)], names);
        Assert.Equal(table.Rows.Count, rows.Count);
        for (int r = 0; r < rows.Count; r++)
        {
            Assert.Equal([.. table.Rows[r].Labels, .. table.Rows[r].Cells.Select(c => c.Text)], rows[r]);
        }

        Assert.Equal([table.Title, table.Policy.Description], File.ReadAllLines(path + PublishedTableFiles.DisclosureFileSuffix));
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task Parquet_HoldsEveryCellsPublishedValue_AndThePolicy(int episodes, int seed)
    {
        PublishedTable table = Published(episodes, seed);
        string path = Path.Combine(_folder, "dashboard.parquet");
        await PublishedTableFiles.WriteParquetAsync(table, path, TestContext.Current.CancellationToken);

        List<string?[]> rows = Duck.Query($"SELECT * FROM read_parquet('{path}')", out string[] names);
        Assert.Equal([.. table.RowHeaders, .. table.Columns.Select(c => c.Name)], names);
        Assert.Equal(table.Rows.Count, rows.Count);
        for (int r = 0; r < rows.Count; r++)
        {
            string?[] expected = [.. table.Rows[r].Labels, .. table.Rows[r].Cells.Select(c => c.Value is decimal v ? Normal(v) : null)];
            Assert.Equal(expected, rows[r].Select((v, i) => i < table.RowHeaders.Count || v is null ? v : Normal(decimal.Parse(v, System.Globalization.CultureInfo.InvariantCulture))));
        }

        List<string?[]> metadata = Duck.Query($"SELECT decode(key), decode(value) FROM parquet_kv_metadata('{path}') WHERE decode(key) IN ('title', 'disclosure_control') ORDER BY 1", out _);
        Assert.Equal([["disclosure_control", table.Policy.Description], ["title", table.Title]], metadata);
    }

    [Fact]
    public async Task Writing_Again_ReplacesTheFileWhole_AndLeavesNoTemporaryFile()
    {
        string path = Path.Combine(_folder, "dashboard.csv");
        await PublishedTableFiles.WriteCsvAsync(Published(3_000, 1), path, TestContext.Current.CancellationToken);
        PublishedTable smaller = Published(10, 2);
        await PublishedTableFiles.WriteCsvAsync(smaller, path, TestContext.Current.CancellationToken);
        Assert.Equal(smaller.Rows.Count + 1, File.ReadAllLines(path).Length);
        Assert.Equal(["dashboard.csv", "dashboard.csv.disclosure.txt"], Directory.GetFiles(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ACancelledWrite_LeavesTheOldFile()
    {
        string path = Path.Combine(_folder, "dashboard.parquet");
        await PublishedTableFiles.WriteParquetAsync(Published(40, 3), path, TestContext.Current.CancellationToken);
        byte[] before = await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PublishedTableFiles.WriteParquetAsync(Published(3_000, 4), path, cancelled.Token));
        Assert.Equal(before, await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken));
        Assert.Equal(2, Directory.GetFiles(_folder).Length);
    }

    [Fact]
    public async Task TextWithCommasQuotesAndLineBreaks_IsQuotedInTheCsv()
    {
        PublishedTable table = DisclosurePolicy.None.Apply(OutcomeTable.Create(
            "Awkward names",
            ["Group, as named"],
            [OutcomeColumn.Create("Waits, \"completed\""), OutcomeColumn.Create("Two\nlines")],
            [OutcomeRow.Create(["North, \"east\""], [OutcomeCell.Count(12), OutcomeCell.Count(3)])]));
        string path = Path.Combine(_folder, "awkward.csv");
        await PublishedTableFiles.WriteCsvAsync(table, path, TestContext.Current.CancellationToken);

        List<string?[]> rows = Duck.Query($"SELECT * FROM read_csv('{path}', header = true, all_varchar = true, quote = '\"', escape = '\"')", out string[] names);
        Assert.Equal(["Group, as named", "Waits, \"completed\"", "Two\nlines"], names);
        Assert.Equal([["North, \"east\"", "12", "3"]], rows);
    }

    [Fact]
    public async Task Writes_NeverResumeOnTheCallersContext()
    {
        PublishedTable table = Published(3_000, 5);
        Assert.Equal(0, await CallerContext.PostsDuring(() => PublishedTableFiles.WriteCsvAsync(table, Path.Combine(_folder, "a.csv"), TestContext.Current.CancellationToken)));
        Assert.Equal(0, await CallerContext.PostsDuring(() => PublishedTableFiles.WriteParquetAsync(table, Path.Combine(_folder, "a.parquet"), TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task NullArguments_AreRefusedByName_AndLeaveNoFile()
    {
        PublishedTable table = Published(10, 5);
        string path = Path.Combine(_folder, "t.csv");
        CancellationToken token = TestContext.Current.CancellationToken;
        Assert.Equal("table", (await Assert.ThrowsAsync<ArgumentNullException>(() => PublishedTableFiles.WriteCsvAsync(null!, path, token))).ParamName);
        Assert.Equal("path", (await Assert.ThrowsAsync<ArgumentNullException>(() => PublishedTableFiles.WriteCsvAsync(table, null!, token))).ParamName);
        Assert.Equal("table", (await Assert.ThrowsAsync<ArgumentNullException>(() => PublishedTableFiles.WriteParquetAsync(null!, path, token))).ParamName);
        Assert.Equal("path", (await Assert.ThrowsAsync<ArgumentNullException>(() => PublishedTableFiles.WriteParquetAsync(table, null!, token))).ParamName);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    private static PublishedTable Published(int episodes, int seed)
        => DisclosurePolicy.NhsDigitalHesEcds(PublicationLevel.Subnational).Apply(
            EpisodeOutcomes.Aggregate(SyntheticEpisodes.Generate(episodes, seed)).ToTable());

    private static string Normal(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
