using NodaTime;

namespace SocialPrescribing.Measures.Tests;

/// <summary>Builds a <see cref="MeasurementRecord"/> from lists of dates, through its public members only.</summary>
internal static class MeasurementRecords
{
    public static MeasurementRecord Ons4Record(IEnumerable<LocalDate> taken)
        => taken.Aggregate(MeasurementRecord.Empty, (record, date) => record.WithOns4(date));

    public static MeasurementRecord PamRecord(IEnumerable<LocalDate> taken, IEnumerable<LocalDate>? supportTakenUp = null)
        => WithSupport(taken.Aggregate(MeasurementRecord.Empty, (record, date) => record.WithPam(date)), supportTakenUp ?? []);

    public static MeasurementRecord WithSupport(MeasurementRecord record, IEnumerable<LocalDate> supportTakenUp)
        => supportTakenUp.Aggregate(record, (r, date) => r.WithSupportTakenUp(date));
}
