using System.Collections.ObjectModel;
using System.Diagnostics;
using SocialPrescribing.Utility;
using NodaTime;

namespace SocialPrescribing.Measures;

/// <summary>
/// What a <see cref="MeasurementSchedule"/> needs to know of a person: the dates ONS4 and PAM were taken and the dates the
/// person took up prescribed support (seed section 11 and Appendix 6).
/// </summary>
/// <remarks>
/// <para>
/// Each kind of date is added by its own member (<see cref="WithOns4"/>, <see cref="WithPam"/>,
/// <see cref="WithSupportTakenUp"/>), so PAM dates and support dates cannot be swapped by passing two lists in the wrong
/// order. Start from <see cref="Empty"/>, or from the assessments already recorded with <see cref="From"/>.
/// </para>
/// <para>
/// The record keeps every date given, sorted; a date given twice is kept twice. Which dates count (before the start,
/// after an end, two on one day) is the schedule's rule, not the record's. <see cref="ToString"/> gives only the counts.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class MeasurementRecord
{
    private MeasurementRecord(LocalDate[] ons4, LocalDate[] pam, LocalDate[] supportTakenUp)
    {
        Ons4Dates = Array.AsReadOnly(ons4);
        PamDates = Array.AsReadOnly(pam);
        SupportTakenUpDates = Array.AsReadOnly(supportTakenUp);
    }

    /// <summary>Gets the record with nothing in it: no assessment taken, no support taken up.</summary>
    /// <value>An empty record.</value>
    public static MeasurementRecord Empty { get; } = new([], [], []);

    /// <summary>Gets the dates ONS4 was taken.</summary>
    /// <value>Earliest first; read-only.</value>
    public ReadOnlyCollection<LocalDate> Ons4Dates { get; }

    /// <summary>Gets the dates PAM was taken.</summary>
    /// <value>Earliest first; read-only.</value>
    public ReadOnlyCollection<LocalDate> PamDates { get; }

    /// <summary>Gets the dates the person took up prescribed support (what allows an early PAM, Appendix 6).</summary>
    /// <value>Earliest first; read-only.</value>
    public ReadOnlyCollection<LocalDate> SupportTakenUpDates { get; }

    /// <summary>Makes a record from the assessments recorded so far, of either measure, in any order; no support taken up.</summary>
    /// <param name="recorded">The assessments recorded.</param>
    /// <returns>The record; add support taken up with <see cref="WithSupportTakenUp"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recorded"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An assessment in <paramref name="recorded"/> has a <see cref="RecordedAssessment.Measure"/> that is not a named member.</exception>
    public static MeasurementRecord From(IEnumerable<RecordedAssessment> recorded)
    {
        Preconditions.CheckNotNull(recorded, nameof(recorded));
        var ons4 = new List<LocalDate>();
        var pam = new List<LocalDate>();
        foreach (RecordedAssessment assessment in recorded)
        {
            Preconditions.CheckDefined(assessment.Measure, nameof(recorded));
            (assessment.Measure == MeasureKind.Ons4 ? ons4 : pam).Add(assessment.Date);
        }

        return new MeasurementRecord([.. ons4.Order()], [.. pam.Order()], []);
    }

    /// <summary>Returns this record with one more ONS4.</summary>
    /// <param name="takenOn">The date ONS4 was taken.</param>
    /// <returns>A new record; this one is unchanged.</returns>
    public MeasurementRecord WithOns4(LocalDate takenOn) => new(Insert(Ons4Dates, takenOn), [.. PamDates], [.. SupportTakenUpDates]);

    /// <summary>Returns this record with one more PAM.</summary>
    /// <param name="takenOn">The date PAM was taken.</param>
    /// <returns>A new record; this one is unchanged.</returns>
    public MeasurementRecord WithPam(LocalDate takenOn) => new([.. Ons4Dates], Insert(PamDates, takenOn), [.. SupportTakenUpDates]);

    /// <summary>Returns this record with one more date on which the person took up prescribed support.</summary>
    /// <param name="on">The date the support was taken up.</param>
    /// <returns>A new record; this one is unchanged.</returns>
    public MeasurementRecord WithSupportTakenUp(LocalDate on) => new([.. Ons4Dates], [.. PamDates], Insert(SupportTakenUpDates, on));

    /// <summary>Says how many dates the record holds, not which.</summary>
    /// <returns>For example <c>Measurement record: 2 ONS4, 1 PAM, 1 support taken up</c>.</returns>
    public override string ToString() => $"Measurement record: {Ons4Dates.Count} ONS4, {PamDates.Count} PAM, {SupportTakenUpDates.Count} support taken up";

    /// <summary>A sorted copy of <paramref name="dates"/> with <paramref name="date"/> added after any equal date.</summary>
    private static LocalDate[] Insert(ReadOnlyCollection<LocalDate> dates, LocalDate date)
    {
        var copy = new LocalDate[dates.Count + 1];
        int at = 0;
        while (at < dates.Count && dates[at] <= date)
        {
            copy[at] = dates[at];
            at++;
        }

        copy[at] = date;
        for (int i = at; i < dates.Count; i++)
        {
            copy[i + 1] = dates[i];
        }

        return copy;
    }
}
