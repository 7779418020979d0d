using System.Text;

namespace SocialPrescribing.Analytics.Tests;

/// <summary>Reference sets from RF2 release files: the latest row of each member stands; only the set asked for is read.</summary>
public sealed class ReferenceSetFilesTests
{
    private const string Header = "id\teffectiveTime\tactive\tmoduleId\trefsetId\treferencedComponentId\n";
    private static readonly SctId Needs = ReferenceSet.NeedsAndConcernsId;
    private static readonly SctId Support = ReferenceSet.SupportOfferedId;
    private static readonly SctId A = SctId.Create(930_001, SctIdComponentType.Concept);
    private static readonly SctId B = SctId.Create(930_002, SctIdComponentType.Concept);
    private static readonly SctId C = SctId.Create(930_003, SctIdComponentType.Concept);

    [Fact]
    public void FullFile_TheLatestRowOfEachMemberStands_OtherSetsIgnored()
    {
        string file = Header
            + Row("m1", "20240401", "1", Needs, A)
            + Row("m2", "20240401", "1", Needs, B)
            + Row("m2", "20250401", "0", Needs, B) // B left the set
            + Row("m3", "20250401", "0", Needs, C)
            + Row("m3", "20251001", "1", Needs, C) // C joined later
            + Row("m4", "20250401", "1", Support, A);

        ReferenceSet set = ReferenceSetFiles.Read(Stream(file), Needs);

        Assert.Equal(Needs, set.Id);
        Assert.Equal(2, set.Count);
        Assert.True(set.Contains(A) && set.Contains(C));
        Assert.False(set.Contains(B));
        Assert.Equal(1, ReferenceSetFiles.Read(Stream(file), Support).Count);
        Assert.Equal(0, ReferenceSetFiles.Read(Stream(Header), Needs).Count);
    }

    [Fact]
    public void TwoRowsOfOneMemberAtOneTime_TheLaterInTheFileStands()
    {
        string file = Header + Row("m1", "20250401", "1", Needs, A) + Row("m1", "20250401", "0", Needs, A) + Row("m2", "20250401", "0", Needs, B) + Row("m2", "20250401", "1", Needs, B);
        ReferenceSet set = ReferenceSetFiles.Read(Stream(file), Needs);
        Assert.False(set.Contains(A));
        Assert.True(set.Contains(B));
    }

    [Fact]
    public void ColumnsAreFoundByName_InAnyOrder()
    {
        string file = "referencedComponentId\trefsetId\tactive\teffectiveTime\tid\tmoduleId\n" + $"{A}\t{Needs}\t1\t20250101\tm1\t999000011000000103\n";
        Assert.True(ReferenceSetFiles.Read(Stream(file), Needs).Contains(A));
    }

    [Theory]
    [InlineData("m1\t2025041\t1\t999000011000000103\t{N}\t{A}\n", 2, "effectiveTime")]
    [InlineData("m1\t2025-04-01\t1\t999000011000000103\t{N}\t{A}\n", 2, "effectiveTime")]
    [InlineData("m1\t20251399\t1\t999000011000000103\t{N}\t{A}\n", 2, "effectiveTime")]
    [InlineData("m1\t20250401\tyes\t999000011000000103\t{N}\t{A}\n", 2, "active")]
    [InlineData("m1\t20250401\t1\t999000011000000103\t{N}\t123\n", 2, "referencedComponentId")]
    [InlineData("m1\t20250401\t1\t999000011000000103\tnot-an-id\t{A}\n", 2, "refsetId")]
    [InlineData("\t20250401\t1\t999000011000000103\t{N}\t{A}\n", 2, "id")]
    [InlineData("m1\t20250401\t1\n", 2, "")]
    public void ABadRow_StopsTheRead_NamingRowAndColumn(string row, long line, string column)
    {
        string file = Header + row.Replace("{N}", Needs.ToString(), StringComparison.Ordinal).Replace("{A}", A.ToString(), StringComparison.Ordinal);

        BadRowException e = Assert.Throws<BadRowException>(() => ReferenceSetFiles.Read(Stream(file), Needs));

        Assert.Equal(line, e.Row.LineNumber);
        Assert.Equal(column, e.Row.Column);
    }

    [Fact]
    public void AMissingColumn_IsNamed_AndFromAPath()
    {
        Assert.Equal("refsetId", Assert.Throws<BadRowException>(() => ReferenceSetFiles.Read(Stream("id\teffectiveTime\tactive\treferencedComponentId\n"), Needs)).Row.Column);
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, Header + Row("m1", "20250101", "1", Needs, B));
            Assert.True(ReferenceSetFiles.Read(path, Needs).Contains(B));
        }
        finally
        {
            File.Delete(path);
        }

        Assert.Throws<ArgumentNullException>(() => ReferenceSetFiles.Read((string)null!, Needs));
        Assert.Equal("referenceSetId", Assert.Throws<ArgumentException>(() => ReferenceSetFiles.Read(Stream(Header), default)).ParamName);
    }

    private static string Row(string id, string time, string active, SctId refset, SctId concept) => $"{id}\t{time}\t{active}\t999000011000000103\t{refset}\t{concept}\n";

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));
}
