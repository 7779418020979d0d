using System.Globalization;
using System.Text;
using SocialPrescribing.Testing;

namespace SocialPrescribing.Outcomes.Tests;

/// <summary>Building tables: cells, columns, rows, and a table that must add up before it can be published.</summary>
public sealed class TableTests
{
    private const long Secret = 987_654; // a value that must never appear in a message
    private static readonly string[] Group = ["Group"];

    private static OutcomeRow Row(params long[] counts) => OutcomeRow.Create(Group, counts.Select(OutcomeCell.Count));

    private static OutcomeRow TotalRow(params long[] counts) => OutcomeRow.Total(["All"], counts.Select(OutcomeCell.Count));

    private static OutcomeColumn[] Family(int parts) => [.. Enumerable.Range(0, parts).Select(p => OutcomeColumn.PartOf("P" + p, "F")), OutcomeColumn.TotalOf("All", "F")];

    private static OutcomeTable Table(OutcomeColumn[] columns, params OutcomeRow[] rows) => OutcomeTable.Create("T", Group, columns, rows);

    private static string Format(CompositeFormat format, params object[] names) => string.Format(CultureInfo.InvariantCulture, format, names);

    /// <summary>Asserts the exact exception type, its parameter, its message (the constant), and that no cell value leaks into it.</summary>
    private static void Rejects<TException>(Func<object> build, string paramName, string message)
        where TException : ArgumentException
    {
        TException e = Assert.Throws<TException>(build);
        Assert.Equal(paramName, e.ParamName);
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("987", e.Message, StringComparison.Ordinal);
    }

    // ---- cells ----

    [Fact]
    public void Count_ZeroAndMaximum_AreCounts()
    {
        Assert.Equal(0, OutcomeCell.Count(0).CountValue);
        Assert.Equal(long.MaxValue, OutcomeCell.Count(long.MaxValue).CountValue);
        Assert.Equal(OutcomeCellKind.Count, OutcomeCell.Count(3).Kind);
    }

    [Fact]
    public void Factories_OutOfRange_NameTheParameter()
    {
        Rejects<ArgumentOutOfRangeException>(() => OutcomeCell.Count(-1), "value", OutcomesMessages.CountNegative);
        Rejects<ArgumentOutOfRangeException>(() => OutcomeCell.Statistic(1m, -1, 8), "decimals", OutcomesMessages.DecimalsRange);
        Rejects<ArgumentOutOfRangeException>(() => OutcomeCell.Statistic(1m, 11, 8), "decimals", OutcomesMessages.DecimalsRange);
        Rejects<ArgumentOutOfRangeException>(() => OutcomeCell.Statistic(1m, 2, 0), "basedOn", OutcomesMessages.BasedOnNotPositive);
        Rejects<ArgumentOutOfRangeException>(() => OutcomeCell.Percentage(-1, 5), "numerator", OutcomesMessages.NumeratorNegative);
        Rejects<ArgumentOutOfRangeException>(() => OutcomeCell.Percentage(0, 0), "denominator", OutcomesMessages.DenominatorNotPositive);
        Rejects<ArgumentOutOfRangeException>(() => OutcomeCell.Percentage(1, 2, 11), "decimals", OutcomesMessages.DecimalsRange);
        Rejects<ArgumentException>(() => OutcomeCell.Percentage(Secret + 1, Secret), "numerator", OutcomesMessages.NumeratorAboveDenominator);
    }

    [Fact]
    public void Factories_AtTheBoundaries_Accept()
    {
        OutcomeCell statistic = OutcomeCell.Statistic(-1.5m, 10, 1);
        Assert.Equal((-1.5m, 10, 1L), (statistic.StatisticValue, statistic.Decimals, statistic.BasedOn));
        OutcomeCell percentage = OutcomeCell.Percentage(5, 5, 0);
        Assert.Equal((5L, 5L, 0), (percentage.Numerator, percentage.Denominator, percentage.Decimals));
        Assert.Equal(1, OutcomeCell.Percentage(0, 1).Decimals); // one decimal place unless given
    }

    [Fact]
    public void Accessors_OfAnotherKind_Throw()
    {
        Assert.Equal(Format(OutcomesMessages.CellKindMismatchFormat, "StatisticValue", "Statistic"), Assert.Throws<InvalidOperationException>(() => OutcomeCell.Count(3).StatisticValue).Message);
        Assert.Throws<InvalidOperationException>(() => OutcomeCell.Count(3).BasedOn);
        Assert.Throws<InvalidOperationException>(() => OutcomeCell.Count(3).Numerator);
        Assert.Throws<InvalidOperationException>(() => OutcomeCell.Count(3).Denominator);
        Assert.Equal(Format(OutcomesMessages.CellKindMismatchFormat, "Decimals", "Statistic or Percentage"), Assert.Throws<InvalidOperationException>(() => OutcomeCell.Count(3).Decimals).Message);
        Assert.Throws<InvalidOperationException>(() => OutcomeCell.Percentage(1, 2).CountValue);
        Assert.Throws<InvalidOperationException>(() => OutcomeCell.NotApplicable.Decimals);
        Assert.Throws<InvalidOperationException>(() => default(OutcomeCell).CountValue);
    }

    [Fact]
    public void Cells_Equality_FollowsTheLaws()
    {
        Laws.CheckEquality(OutcomeCell.Count(3), OutcomeCell.Count(3), OutcomeCell.Count(4));
        Laws.CheckEquality(OutcomeCell.Statistic(2.5m, 1, 8), OutcomeCell.Statistic(2.50m, 1, 8), OutcomeCell.Statistic(2.5m, 2, 8));
        Laws.CheckEquality(OutcomeCell.Percentage(1, 2), OutcomeCell.Percentage(1, 2), OutcomeCell.Percentage(1, 3));
        Laws.CheckEquality(OutcomeCell.NotApplicable, OutcomeCell.NotApplicable, default);
        Assert.NotEqual(OutcomeCell.Count(3), OutcomeCell.Statistic(0m, 0, 3));

        PublishedTable published = DisclosurePolicy.NhsDigitalHesEcds(PublicationLevel.Subnational).Apply(Table([OutcomeColumn.Create("N")], Row(13), Row(13), Row(3)));
        Laws.CheckEquality(published[0, 0], published[1, 0], published[2, 0]);
    }

    [Fact]
    public void ToString_ShowsShapeNotValues()
    {
        Assert.Equal("OutcomeCell(Count)", OutcomeCell.Count(Secret).ToString());
        Assert.Equal("OutcomeCell(Statistic)", OutcomeCell.Statistic(Secret, 0, Secret).ToString());
        Assert.Equal("OutcomeCell(Percentage)", OutcomeCell.Percentage(Secret, Secret).ToString());
        Assert.Equal("OutcomeCell(NotApplicable)", OutcomeCell.NotApplicable.ToString());
        Assert.Equal("OutcomeCell(default)", default(OutcomeCell).ToString());

        OutcomeTable table = OutcomeTable.Create("Secret title", ["PCN", "Quarter"], Family(1), [OutcomeRow.Create(["Secret PCN", "Q1"], [OutcomeCell.Count(Secret), OutcomeCell.Count(Secret)]), OutcomeRow.Total(["All", "Q1"], [OutcomeCell.Count(Secret), OutcomeCell.Count(Secret)])]);
        Assert.Equal("OutcomeTable(2 rows, 2 columns, with a total row)", table.ToString());
        Assert.Equal("OutcomeRow(2 labels, 2 cells)", table.Rows[0].ToString());
        Assert.Equal("OutcomeRow(total, 2 labels, 2 cells)", table.Rows[1].ToString());
        Assert.Equal("OutcomeTable(1 rows, 1 columns)", Table([OutcomeColumn.Create("N")], Row(1)).ToString());

        PublishedTable published = DisclosurePolicy.None.Apply(table);
        Assert.Equal("PublishedTable(2 rows, 2 columns)", published.ToString());
        Assert.Equal("PublishedRow(total, 2 labels, 2 cells)", published.Rows[1].ToString());
        Assert.Equal("PublishedRow(2 labels, 2 cells)", published.Rows[0].ToString());
    }

    [Fact]
    public void PublishedCell_ToString_GivesTheTextAndWhy()
    {
        PublishedTable published = DisclosurePolicy.NhsDigitalHesEcds(PublicationLevel.Subnational).Apply(
            Table([OutcomeColumn.Create("N"), OutcomeColumn.Create("M")], OutcomeRow.Create(Group, [OutcomeCell.Count(13), OutcomeCell.Statistic(1.5m, 1, 9)]), OutcomeRow.Create(Group, [OutcomeCell.Count(3), OutcomeCell.NotApplicable])));
        Assert.Equal(["15 (Rounded)", "1.5", "* (SmallCount)", "n/a (NotApplicable)"], published.Rows.SelectMany(r => r.Cells).Select(c => c.ToString()));
        Assert.Equal(("PublishedCell(default)", false, (OutcomeCellKind)0), (default(PublishedCell).ToString(), default(PublishedCell).IsSuppressed, default(PublishedCell).Kind));
        Assert.Throws<InvalidOperationException>(() => default(PublishedCell).Text);
        Assert.Throws<InvalidOperationException>(() => default(PublishedCell).Value);
        Assert.False(default(PublishedCell).Equals(published.Rows[0].Cells[0]));
    }

    [Fact]
    public void Columns_DescribeTheirRole()
    {
        Assert.Equal("Referrals", OutcomeColumn.Create("Referrals").ToString());
        Assert.Equal("People (not additive)", OutcomeColumn.NotAdditive("People").ToString());
        Assert.Equal("Moved away (part of Closure reason)", OutcomeColumn.PartOf("Moved away", "Closure reason").ToString());
        Assert.Equal("All closed (total of Closure reason)", OutcomeColumn.TotalOf("All closed", "Closure reason").ToString());
        Assert.Equal("% improved (percentage of Improved in Pairs)", OutcomeColumn.PercentageOf("% improved", "Improved", "Pairs").ToString());
        Assert.Equal("Per episode (statistic of Contacts, Episodes)", OutcomeColumn.StatisticOf("Per episode", "Contacts", "Episodes").ToString());

        OutcomeColumn perEpisode = OutcomeColumn.StatisticOf("Per episode", "Contacts", "Episodes");
        Assert.Equal((false, null, null, true), (perEpisode.IsPercentage, perEpisode.NumeratorColumn, perEpisode.DenominatorColumn, perEpisode.IsAdditive));
        Assert.Equal(["Contacts", "Episodes"], perEpisode.SourceColumns);
        Assert.Equal(["Improved", "Pairs"], OutcomeColumn.PercentageOf("% improved", "Improved", "Pairs").SourceColumns);
        Assert.Empty(OutcomeColumn.Create("Referrals").SourceColumns);

        OutcomeColumn share = OutcomeColumn.PercentageOf("% improved", "Improved", "Pairs");
        Assert.Equal((true, "Improved", "Pairs", null, false, true), (share.IsPercentage, share.NumeratorColumn, share.DenominatorColumn, share.Family, share.IsFamilyTotal, share.IsAdditive));
        OutcomeColumn total = OutcomeColumn.TotalOf("All closed", "Closure reason");
        Assert.Equal((false, "Closure reason", true, true), (total.IsPercentage, total.Family, total.IsFamilyTotal, total.IsAdditive));
        Assert.False(OutcomeColumn.NotAdditive("People").IsAdditive);
    }

    [Fact]
    public void Columns_BlankOrNullNames_Throw()
    {
        Rejects<ArgumentException>(() => OutcomeColumn.Create(" "), "name", OutcomesMessages.ColumnNameBlank);
        Rejects<ArgumentNullException>(() => OutcomeColumn.Create(null!), "name", string.Empty);
        Rejects<ArgumentException>(() => OutcomeColumn.NotAdditive(string.Empty), "name", OutcomesMessages.ColumnNameBlank);
        Rejects<ArgumentException>(() => OutcomeColumn.PartOf("P", " "), "family", OutcomesMessages.FamilyNameBlank);
        Rejects<ArgumentException>(() => OutcomeColumn.TotalOf(" ", "F"), "name", OutcomesMessages.ColumnNameBlank);
        Rejects<ArgumentNullException>(() => OutcomeColumn.TotalOf("T", null!), "family", string.Empty);
        Rejects<ArgumentException>(() => OutcomeColumn.PercentageOf("%", " ", "D"), "numeratorColumn", OutcomesMessages.LinkedColumnBlank);
        Rejects<ArgumentException>(() => OutcomeColumn.PercentageOf("%", "N", ""), "denominatorColumn", OutcomesMessages.LinkedColumnBlank);
    }

    [Fact]
    public void Rows_BadLabelsOrCells_Throw()
    {
        Rejects<ArgumentNullException>(() => OutcomeRow.Create(null!, []), "labels", string.Empty);
        Rejects<ArgumentNullException>(() => OutcomeRow.Total(Group, null!), "cells", string.Empty);
        Rejects<ArgumentException>(() => OutcomeRow.Create([" "], []), "labels", OutcomesMessages.RowLabelsBlank);
        Rejects<ArgumentException>(() => OutcomeRow.Create([null!], []), "labels", OutcomesMessages.RowLabelsBlank);
        Rejects<ArgumentException>(() => OutcomeRow.Total(Group, [OutcomeCell.Count(1), default]), "cells", OutcomesMessages.RowCellsDefault);
    }

    // ---- tables ----

    [Fact]
    public void Create_TableThatAddsUp_KeepsItsParts()
    {
        OutcomeColumn[] columns = [.. Family(2), OutcomeColumn.NotAdditive("People")];
        List<OutcomeRow> rows = [Row(1, 2, 3, 3), Row(4, 5, 9, 8), TotalRow(5, 7, 12, 10)];
        string[] headers = ["PCN"];
        OutcomeTable table = OutcomeTable.Create("Closures", headers, columns, rows);
        rows.Clear(); // the table keeps its own copy
        headers[0] = "changed";
        Assert.Equal(("Closures", "PCN", 3, 4), (table.Title, table.RowHeaders[0], table.Rows.Count, table.Columns.Count));
        Assert.Equal(OutcomeCell.Count(9), table[1, 2]);
        Assert.True(table.Rows[2].IsTotal);
        Assert.Empty(OutcomeTable.Create("Empty", Group, columns, []).Rows);
    }

    [Fact]
    public void Indexers_OutsideTheTable_Throw()
    {
        OutcomeTable table = Table([OutcomeColumn.Create("N")], Row(1));
        PublishedTable published = DisclosurePolicy.None.Apply(table);
        Assert.Equal("row", Assert.Throws<ArgumentOutOfRangeException>(() => table[1, 0]).ParamName);
        Assert.Equal("column", Assert.Throws<ArgumentOutOfRangeException>(() => table[0, -1]).ParamName);
        Assert.Equal("row", Assert.Throws<ArgumentOutOfRangeException>(() => published[-1, 0]).ParamName);
        Assert.Equal("column", Assert.Throws<ArgumentOutOfRangeException>(() => published[0, 1]).ParamName);
    }

    [Fact]
    public void Create_FamilyPartsNotSummingToTheirTotal_Throws()
        => Rejects<ArgumentException>(() => Table(Family(2), Row(1, 2, 3), Row(Secret, 10, Secret + 11)), "rows", Format(OutcomesMessages.FamilyPartsNotTotalFormat, 1, "F", "All"));

    [Fact]
    public void Create_TotalRowNotTheSum_Throws()
    {
        Rejects<ArgumentException>(() => Table([OutcomeColumn.Create("N")], Row(Secret), Row(1), TotalRow(Secret)), "rows", Format(OutcomesMessages.TotalRowNotSumFormat, "N"));
        Rejects<ArgumentException>(() => Table(Family(2), Row(Secret, 1, Secret + 1), TotalRow(Secret, 2, Secret + 2)), "rows", Format(OutcomesMessages.TotalRowNotSumFormat, "P1"));
    }

    [Fact]
    public void Create_NotAdditiveColumn_NeedNotSumToTheTotalRow()
        => Assert.Equal(OutcomeCell.Count(7), Table([OutcomeColumn.NotAdditive("People")], Row(5), Row(4), TotalRow(7))[2, 0]);

    [Fact]
    public void Create_RowsOfTheWrongShape_Throw()
    {
        Rejects<ArgumentException>(() => Table([OutcomeColumn.Create("N")], TotalRow(0), TotalRow(0)), "rows", OutcomesMessages.TotalRowTwice);
        Rejects<ArgumentException>(() => Table([OutcomeColumn.Create("N")], Row(1), OutcomeRow.Create(["A", "B"], [OutcomeCell.Count(1)])), "rows", Format(OutcomesMessages.RowLabelCountFormat, 1));
        Rejects<ArgumentException>(() => Table([OutcomeColumn.Create("N")], Row(1, 2)), "rows", Format(OutcomesMessages.RowCellCountFormat, 0));
        Rejects<ArgumentException>(() => Table([OutcomeColumn.Create("N")], [null!]), "rows", OutcomesMessages.RowsNull);
    }

    [Fact]
    public void Create_CellsOfTheWrongKind_Throw()
    {
        Rejects<ArgumentException>(
            () => Table(Family(1), OutcomeRow.Create(Group, [OutcomeCell.Statistic(Secret, 0, 9), OutcomeCell.Count(Secret)])),
            "rows",
            Format(OutcomesMessages.FamilyCellNotCountFormat, "P0", "F"));
        Rejects<ArgumentException>(
            () => Table([OutcomeColumn.Create("N")], OutcomeRow.Create(Group, [OutcomeCell.NotApplicable]), TotalRow(0)),
            "rows",
            Format(OutcomesMessages.TotalRowCellsNotCountsFormat, "N"));
    }

    [Fact]
    public void Create_PercentageNotOfItsColumns_Throws()
    {
        OutcomeColumn[] columns = [OutcomeColumn.Create("N"), OutcomeColumn.Create("D"), OutcomeColumn.PercentageOf("%", "N", "D")];
        OutcomeRow Percent(long n, long d, OutcomeCell percentage) => OutcomeRow.Create(Group, [OutcomeCell.Count(n), OutcomeCell.Count(d), percentage]);
        Assert.Equal(OutcomeCell.NotApplicable, Table(columns, Percent(0, 0, OutcomeCell.NotApplicable))[0, 2]);
        Rejects<ArgumentException>(() => Table(columns, Percent(Secret, Secret, OutcomeCell.Percentage(Secret - 1, Secret))), "rows", Format(OutcomesMessages.PercentageCellMismatchFormat, 0, "%", "N", "D"));
        Rejects<ArgumentException>(() => Table(columns, Percent(1, 2, OutcomeCell.Percentage(1, 3))), "rows", Format(OutcomesMessages.PercentageCellMismatchFormat, 0, "%", "N", "D"));
        Rejects<ArgumentException>(() => Table(columns, Percent(1, 2, OutcomeCell.Count(Secret))), "rows", Format(OutcomesMessages.PercentageCellKindFormat, "%"));
        OutcomeRow statisticDenominator = OutcomeRow.Create(Group, [OutcomeCell.Count(1), OutcomeCell.Statistic(2m, 0, 9), OutcomeCell.Percentage(1, 2)]);
        Rejects<ArgumentException>(() => Table(columns, statisticDenominator), "rows", Format(OutcomesMessages.PercentageCellMismatchFormat, 0, "%", "N", "D"));
    }

    [Fact]
    public void Create_StatisticNotOfCounts_Throws()
    {
        OutcomeColumn[] columns = [OutcomeColumn.Create("Contacts"), OutcomeColumn.Create("Episodes"), OutcomeColumn.StatisticOf("Per episode", "Contacts", "Episodes")];
        OutcomeRow Derived(OutcomeCell episodes, OutcomeCell statistic) => OutcomeRow.Create(Group, [OutcomeCell.Count(Secret), episodes, statistic]);
        Assert.Equal(2, Table(columns, Derived(OutcomeCell.NotApplicable, OutcomeCell.NotApplicable), Derived(OutcomeCell.Count(9), OutcomeCell.Statistic(2m, 1, 9))).Rows.Count);
        Rejects<ArgumentException>(() => Table(columns, Derived(OutcomeCell.Count(9), OutcomeCell.Count(Secret))), "rows", Format(OutcomesMessages.StatisticCellKindFormat, "Per episode"));
        Rejects<ArgumentException>(() => Table(columns, Derived(OutcomeCell.NotApplicable, OutcomeCell.Statistic(Secret, 1, 9))), "rows", Format(OutcomesMessages.StatisticSourcesNotCountsFormat, 0, "Per episode"));
        Rejects<ArgumentException>(() => Table([OutcomeColumn.Create("N"), OutcomeColumn.StatisticOf("S", "N", "M")]), "columns", Format(OutcomesMessages.SourceLinksFormat, "S"));
        Rejects<ArgumentException>(() => Table([OutcomeColumn.Create("N"), OutcomeColumn.StatisticOf("S", "S")]), "columns", Format(OutcomesMessages.SourceLinksFormat, "S"));
        Rejects<ArgumentException>(() => Table([OutcomeColumn.Create("N"), OutcomeColumn.StatisticOf("S", "N"), OutcomeColumn.StatisticOf("T", "S")]), "columns", Format(OutcomesMessages.SourceLinksFormat, "T"));
        Rejects<ArgumentException>(() => OutcomeColumn.StatisticOf("S"), "countColumns", OutcomesMessages.SourceColumnsBlank);
        Rejects<ArgumentException>(() => OutcomeColumn.StatisticOf("S", "N", " "), "countColumns", OutcomesMessages.SourceColumnsBlank);
        Rejects<ArgumentNullException>(() => OutcomeColumn.StatisticOf("S", null!), "countColumns", string.Empty);
        Rejects<ArgumentException>(() => OutcomeColumn.StatisticOf(" ", "N"), "name", OutcomesMessages.ColumnNameBlank);
    }

    [Fact]
    public void Create_ColumnsThatDoNotFit_Throw()
    {
        Rejects<ArgumentException>(() => Table([OutcomeColumn.Create("N"), OutcomeColumn.Create("N")]), "columns", Format(OutcomesMessages.ColumnDuplicateFormat, "N"));
        Rejects<ArgumentException>(() => Table([.. Family(1), OutcomeColumn.TotalOf("All 2", "F")]), "columns", Format(OutcomesMessages.FamilyTotalNotOneFormat, "F"));
        Rejects<ArgumentException>(() => Table([OutcomeColumn.PartOf("P", "F")]), "columns", Format(OutcomesMessages.FamilyTotalNotOneFormat, "F"));
        Rejects<ArgumentException>(() => Table([OutcomeColumn.TotalOf("All", "F")]), "columns", Format(OutcomesMessages.FamilyWithoutPartsFormat, "F"));
        Rejects<ArgumentException>(() => Table([OutcomeColumn.Create("N"), OutcomeColumn.PercentageOf("%", "N", "D")]), "columns", Format(OutcomesMessages.SourceLinksFormat, "%"));
        Rejects<ArgumentException>(() => Table([OutcomeColumn.Create("N"), OutcomeColumn.PercentageOf("%", "N", "%")]), "columns", Format(OutcomesMessages.SourceLinksFormat, "%"));
        Rejects<ArgumentException>(
            () => Table([OutcomeColumn.Create("N"), OutcomeColumn.Create("D"), OutcomeColumn.PercentageOf("%", "N", "D"), OutcomeColumn.PercentageOf("%%", "%", "D")]),
            "columns",
            Format(OutcomesMessages.SourceLinksFormat, "%%"));
        Rejects<ArgumentException>(() => Table([]), "columns", OutcomesMessages.ColumnsEmpty);
        Rejects<ArgumentException>(() => Table([null!]), "columns", OutcomesMessages.ColumnsEmpty);
    }

    [Fact]
    public void Create_BadTitleOrHeaders_Throw()
    {
        OutcomeColumn[] columns = [OutcomeColumn.Create("N")];
        Rejects<ArgumentException>(() => OutcomeTable.Create(" ", Group, columns, []), "title", OutcomesMessages.TitleBlank);
        Rejects<ArgumentNullException>(() => OutcomeTable.Create(null!, Group, columns, []), "title", string.Empty);
        Rejects<ArgumentException>(() => OutcomeTable.Create("T", [], columns, []), "rowHeaders", OutcomesMessages.RowHeadersEmpty);
        Rejects<ArgumentException>(() => OutcomeTable.Create("T", [" "], columns, []), "rowHeaders", OutcomesMessages.RowHeadersEmpty);
        Rejects<ArgumentNullException>(() => OutcomeTable.Create("T", null!, columns, []), "rowHeaders", string.Empty);
        Rejects<ArgumentNullException>(() => OutcomeTable.Create("T", Group, null!, []), "columns", string.Empty);
        Rejects<ArgumentNullException>(() => OutcomeTable.Create("T", Group, columns, null!), "rows", string.Empty);
    }

    [Fact]
    public void Messages_AreTheSameInEveryCulture()
        => Assert.Empty(TestCultures.Differences(() => string.Join(
            "|",
            Assert.Throws<ArgumentException>(() => Table(Family(2), Row(1, 2, 4))).Message,
            Assert.Throws<InvalidOperationException>(() => OutcomeCell.Count(1).Decimals).Message)));

    [Fact]
    public void PublicSurface_IsConsistent()
    {
        Type[] mine =
        [
            typeof(OutcomeCell), typeof(OutcomeCellKind), typeof(OutcomeColumn), typeof(OutcomeRow), typeof(OutcomeTable), typeof(PublicationLevel),
            typeof(DisclosurePolicy), typeof(CellControl), typeof(PublishedCell), typeof(PublishedRow), typeof(PublishedTable),
        ];
        IReadOnlyList<string> violations = ApiConsistency.AllViolations(typeof(OutcomeTable).Assembly);
        Assert.DoesNotContain(violations, v => mine.Any(t => v.EndsWith(": " + t.FullName, StringComparison.Ordinal) || v.Contains(": " + t.FullName + ".", StringComparison.Ordinal)));
    }
}
