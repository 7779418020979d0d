using System.Diagnostics;
using NodaTime;
using NodaTime.Text;

namespace SocialPrescribing.Measures.Schedules;

/// <summary>One occasion of a measurement schedule and where it stands on the date asked about.</summary>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct ScheduledAssessment
{
    internal ScheduledAssessment(MeasureKind measure, int occasion, LocalDate dueDate, ScheduleStatus status, LocalDate? completedOn)
    {
        Measure = measure;
        Occasion = occasion;
        DueDate = dueDate;
        Status = status;
        CompletedOn = completedOn;
    }

    /// <summary>Gets the measure.</summary>
    /// <value>ONS4 or PAM.</value>
    public MeasureKind Measure { get; }

    /// <summary>Gets the occasion's number: 0 for the baseline, then 1, 2, ... for each follow-up.</summary>
    /// <value>0 or more.</value>
    public int Occasion { get; }

    /// <summary>Gets a value indicating whether this is the baseline (occasion 0).</summary>
    /// <value><see langword="true"/> for the baseline.</value>
    public bool IsBaseline => Occasion == 0;

    /// <summary>Gets the date the occasion is due: the start plus <see cref="Occasion"/> intervals.</summary>
    /// <value>A calendar date.</value>
    public LocalDate DueDate { get; }

    /// <summary>Gets where the occasion stands on the date asked about.</summary>
    /// <value>Done, due, overdue or not yet due.</value>
    public ScheduleStatus Status { get; }

    /// <summary>Gets the date of the assessment that counted for this occasion.</summary>
    /// <value>A date when <see cref="Status"/> is done; otherwise <see langword="null"/>.</value>
    public LocalDate? CompletedOn { get; }

    /// <summary>Describes the occasion.</summary>
    /// <returns>For example <c>Pam occasion 1 due 2026-07-05: Overdue</c>.</returns>
    public override string ToString() => $"{Measure} occasion {Occasion} due {LocalDatePattern.Iso.Format(DueDate)}: {Status}";
}
