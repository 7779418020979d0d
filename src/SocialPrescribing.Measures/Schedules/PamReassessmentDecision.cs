using System.Diagnostics;
using NodaTime;

namespace SocialPrescribing.Measures;

/// <summary>Whether a PAM reassessment is allowed on a date: yes, or no with the reason and the earliest date it would be.</summary>
/// <remarks>See <see cref="MeasurementSchedule.CanReassessPam"/> for the rule.</remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[DebuggerDisplay("{Reason}: earliest {EarliestDate}")]
public readonly struct PamReassessmentDecision
{
    internal PamReassessmentDecision(bool isAllowed, PamReassessmentReason reason, LocalDate earliestDate)
    {
        IsAllowed = isAllowed;
        Reason = reason;
        EarliestDate = earliestDate;
    }

    /// <summary>Gets a value indicating whether the reassessment is allowed on the date asked about.</summary>
    /// <value><see langword="true"/> when allowed.</value>
    public bool IsAllowed { get; }

    /// <summary>Gets why it is or is not allowed.</summary>
    /// <value>The reason.</value>
    public PamReassessmentReason Reason { get; }

    /// <summary>Gets the earliest date a reassessment is allowed, given what is known of the support taken up.</summary>
    /// <value>
    /// The start, for the baseline; after a previous PAM, that PAM plus the early minimum (3 months), or the date support
    /// was taken up if later, when support has been taken up since; otherwise the previous PAM plus the interval (6 months).
    /// </value>
    public LocalDate EarliestDate { get; }

    /// <summary>Gets the decision in words a link worker can read.</summary>
    /// <value>One sentence.</value>
    public string Explanation => Reason switch
    {
        PamReassessmentReason.RegularFollowUp => "Allowed: the regular follow-up interval has passed since the previous PAM.",
        PamReassessmentReason.EarlyAfterSupportTakenUp => "Allowed early: the minimum interval has passed and the person has taken up the prescribed support.",
        PamReassessmentReason.Baseline => "Allowed: this is the first PAM, on or after the start.",
        PamReassessmentReason.BeforeStart => "Not allowed: the date is before the measurement schedule starts.",
        PamReassessmentReason.TooSoon => "Not allowed: a PAM reassessment should be no sooner than the minimum interval (3 months) after the previous one.",
        _ => "Not allowed yet: before the regular interval a reassessment needs the person to have taken up the prescribed support since the previous PAM.",
    };

    /// <summary>Returns <see cref="Explanation"/>.</summary>
    /// <returns>One sentence.</returns>
    public override string ToString() => Explanation;
}
