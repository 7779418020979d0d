using FsCheck.Xunit;
using NodaTime;
using SocialPrescribing.Measures;

namespace SocialPrescribing.Measures.Tests;

/// <summary>
/// <see cref="MeasurementRecord"/> replaces the two <c>IEnumerable&lt;LocalDate&gt;</c> parameters (PAM taken, support taken
/// up) that could be swapped silently: each kind of date has its own member, and the record is immutable.
/// </summary>
public class MeasurementRecordTests
{
    private static readonly LocalDate Day = new(2026, 1, 5);

    [Fact]
    public void Empty_HoldsNothing()
    {
        Assert.Empty(MeasurementRecord.Empty.Ons4Dates);
        Assert.Empty(MeasurementRecord.Empty.PamDates);
        Assert.Empty(MeasurementRecord.Empty.SupportTakenUpDates);
        Assert.Equal("Measurement record: 0 ONS4, 0 PAM, 0 support taken up", MeasurementRecord.Empty.ToString());
    }

    [Fact]
    public void EachMember_AddsToItsOwnList_AndLeavesTheOriginalUnchanged()
    {
        MeasurementRecord pamOnly = MeasurementRecord.Empty.WithPam(Day);
        MeasurementRecord record = pamOnly.WithSupportTakenUp(Day.PlusDays(1)).WithOns4(Day.PlusDays(2)).WithPam(Day.PlusDays(-3));
        Assert.Equal([Day.PlusDays(2)], record.Ons4Dates);
        Assert.Equal([Day.PlusDays(-3), Day], record.PamDates);
        Assert.Equal([Day.PlusDays(1)], record.SupportTakenUpDates);
        Assert.Equal([Day], pamOnly.PamDates);
        Assert.Empty(pamOnly.SupportTakenUpDates);
        Assert.Empty(MeasurementRecord.Empty.PamDates);
        Assert.Equal("Measurement record: 1 ONS4, 2 PAM, 1 support taken up", record.ToString());
    }

    [Property]
    public void With_KeepsEveryDateSorted(LocalDate[] ons4, LocalDate[] pam, LocalDate[] support)
    {
        // Added in the given (unsorted) order, interleaved; the oracle is LINQ's sort of each input.
        MeasurementRecord record = MeasurementRecord.Empty;
        for (int i = 0; i < Math.Max(ons4.Length, Math.Max(pam.Length, support.Length)); i++)
        {
            record = i < support.Length ? record.WithSupportTakenUp(support[i]) : record;
            record = i < pam.Length ? record.WithPam(pam[i]) : record;
            record = i < ons4.Length ? record.WithOns4(ons4[i]) : record;
        }

        Assert.Equal(ons4.Order(), record.Ons4Dates);
        Assert.Equal(pam.Order(), record.PamDates);
        Assert.Equal(support.Order(), record.SupportTakenUpDates);
    }

    [Property]
    public void From_SplitsByMeasure_Sorted(LocalDate[] dates, bool[] isPam)
    {
        RecordedAssessment[] recorded = [.. dates.Select((d, i) => new RecordedAssessment(i < isPam.Length && isPam[i] ? MeasureKind.Pam : MeasureKind.Ons4, d))];
        MeasurementRecord record = MeasurementRecord.From(recorded);
        Assert.Equal(recorded.Where(r => r.Measure == MeasureKind.Ons4).Select(r => r.Date).Order(), record.Ons4Dates);
        Assert.Equal(recorded.Where(r => r.Measure == MeasureKind.Pam).Select(r => r.Date).Order(), record.PamDates);
        Assert.Empty(record.SupportTakenUpDates);
    }

    [Fact]
    public void From_UndefinedMeasure_IsRejected()
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => MeasurementRecord.From([new RecordedAssessment((MeasureKind)0, Day)]));
        Assert.Equal("recorded", ex.ParamName);
    }

    [Fact]
    public void Dates_AreReadOnly()
    {
        IList<LocalDate> dates = MeasurementRecord.Empty.WithPam(Day).PamDates;
        Assert.True(dates.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => dates.Add(Day));
    }
}
