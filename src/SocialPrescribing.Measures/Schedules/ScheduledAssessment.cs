using System.Diagnostics;
using NodaTime;
using NodaTime.Text;

namespace SocialPrescribing.Measures;

/// <summary>One entry of a <see cref="MeasureTimeline"/>: an assessment taken, or the next one and where it stands.</summary>
/// <remarks>See <see cref="MeasurementSchedule"/> for the rules that decide due dates and what counts.</remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct ScheduledAssessment
{
    private ScheduledAssessment(MeasureKind measure, int occasion, LocalDate dueDate, ScheduleStatus status, LocalDate? takenOn, PamReassessmentReason? notCountedBecause, bool needsEligibilityConfirmation)
    {
        Measure = measure;
        Occasion = occasion;
        DueDate = dueDate;
        Status = status;
        TakenOn = takenOn;
        NotCountedBecause = notCountedBecause;
        NeedsEligibilityConfirmation = needsEligibilityConfirmation;
    }

    /// <summary>Gets the measure.</summary>
    /// <value>ONS4 or PAM.</value>
    public MeasureKind Measure { get; }

    /// <summary>Gets the occasion's number: 0 for the baseline, then 1, 2, ... for each follow-up that counted.</summary>
    /// <value>0 or more; for an assessment that did not count, the occasion it would have been.</value>
    public int Occasion { get; }

    /// <summary>Gets a value indicating whether this is the baseline (occasion 0).</summary>
    /// <value><see langword="true"/> for the baseline.</value>
    public bool IsBaseline => Occasion == 0;

    /// <summary>Gets the date this occasion was due: the start for the baseline, else one interval after the previous assessment that counted.</summary>
    /// <value>A calendar date.</value>
    public LocalDate DueDate { get; }

    /// <summary>Gets where the occasion stands on the date asked about.</summary>
    /// <value><see cref="ScheduleStatus.Done"/> for an assessment taken; due, overdue or not yet due for the next one.</value>
    public ScheduleStatus Status { get; }

    /// <summary>Gets the date the assessment was taken.</summary>
    /// <value>A date when <see cref="Status"/> is done; otherwise <see langword="null"/>.</value>
    public LocalDate? TakenOn { get; }

    /// <summary>Gets why an early PAM taken did not count as a follow-up.</summary>
    /// <value><see langword="null"/> when it counted, or for the next one; otherwise too soon or support not taken up.</value>
    public PamReassessmentReason? NotCountedBecause { get; }

    /// <summary>Gets a value indicating whether the assessment counted for its occasion.</summary>
    /// <value><see langword="true"/> for an assessment taken that counted.</value>
    public bool IsCounted => Status == ScheduleStatus.Done && NotCountedBecause is null;

    /// <summary>Gets a value indicating whether this next PAM is due only once its eligibility is confirmed.</summary>
    /// <value><see langword="true"/> when PAM eligibility still needs confirmation.</value>
    public bool NeedsEligibilityConfirmation { get; }

    /// <summary>Describes the entry.</summary>
    /// <returns>For example <c>Pam occasion 1 due 2026-07-05: Overdue</c>, or <c>Pam occasion 1 due 2026-07-05: taken 2026-03-01, not counted (TooSoon)</c>.</returns>
    public override string ToString()
    {
        string head = $"{Measure} occasion {Occasion} due {LocalDatePattern.Iso.Format(DueDate)}: ";
        return TakenOn is LocalDate taken
            ? head + $"taken {LocalDatePattern.Iso.Format(taken)}" + (NotCountedBecause is PamReassessmentReason why ? $", not counted ({why})" : string.Empty)
            : head + Status + (NeedsEligibilityConfirmation ? " (eligibility to confirm)" : string.Empty);
    }

    internal static ScheduledAssessment Taken(MeasureKind measure, int occasion, LocalDate dueDate, LocalDate takenOn, PamReassessmentReason? notCountedBecause)
        => new(measure, occasion, dueDate, ScheduleStatus.Done, takenOn, notCountedBecause, false);

    internal static ScheduledAssessment Next(MeasureKind measure, int occasion, LocalDate dueDate, ScheduleStatus status, bool needsEligibilityConfirmation)
        => new(measure, occasion, dueDate, status, null, null, needsEligibilityConfirmation);
}
