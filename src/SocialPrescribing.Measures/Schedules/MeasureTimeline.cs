using System.Collections.ObjectModel;
using System.Diagnostics;

namespace SocialPrescribing.Measures;

/// <summary>Where one measure stands for a person on a date: every assessment taken, in date order, then the next one if any.</summary>
/// <remarks>Built by <see cref="MeasurementSchedule.Ons4On"/> and <see cref="MeasurementSchedule.PamOn"/>; the rules are there.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class MeasureTimeline
{
    internal MeasureTimeline(MeasureKind measure, ReadOnlyCollection<ScheduledAssessment> entries, bool isMeasuredThrough, PamEligibilityOutcome? pamEligibility)
    {
        Measure = measure;
        Entries = entries;
        IsMeasuredThrough = isMeasuredThrough;
        PamEligibility = pamEligibility;
    }

    /// <summary>Gets the measure.</summary>
    /// <value>ONS4 or PAM.</value>
    public MeasureKind Measure { get; }

    /// <summary>Gets every assessment taken between the start and the date asked about, in date order, then the next one if any.</summary>
    /// <value>Taken entries have status done (those that did not count say why); the last entry may be the next one due.</value>
    public ReadOnlyCollection<ScheduledAssessment> Entries { get; }

    /// <summary>Gets the next assessment and where it stands.</summary>
    /// <value>
    /// <see langword="null"/> when the person has been measured through the minimum duration, the schedule has ended, or
    /// (for PAM) PAM does not suit the person.
    /// </value>
    public ScheduledAssessment? Next => Entries.Count > 0 && Entries[^1].TakenOn is null ? Entries[^1] : null;

    /// <summary>Gets the latest assessment taken that counted.</summary>
    /// <value>An entry, or <see langword="null"/> if none has counted yet.</value>
    public ScheduledAssessment? LastCounted
    {
        get
        {
            for (int i = Entries.Count - 1; i >= 0; i--)
            {
                if (Entries[i].IsCounted)
                {
                    return Entries[i];
                }
            }

            return null;
        }
    }

    /// <summary>Gets a value indicating whether an assessment that counted falls on or after the start plus the minimum duration.</summary>
    /// <value><see langword="true"/> once the person has been measured over at least a year (by default).</value>
    public bool IsMeasuredThrough { get; }

    /// <summary>Gets, for PAM, whether it suits the person; <see langword="null"/> for ONS4 (asked of everyone referred).</summary>
    /// <value>Eligible, not suitable or needs confirmation; or <see langword="null"/>.</value>
    public PamEligibilityOutcome? PamEligibility { get; }

    /// <summary>Describes the timeline.</summary>
    /// <returns>For example <c>Pam: 2 taken, next due 2026-11-01 (NotYetDue)</c>.</returns>
    public override string ToString()
        => $"{Measure}: {Entries.Count(e => e.TakenOn.HasValue)} taken, " + (Next is ScheduledAssessment next ? $"next {next}" : IsMeasuredThrough ? "measured through" : "nothing due");
}
