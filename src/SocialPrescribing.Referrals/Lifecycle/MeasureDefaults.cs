using NodaTime;
using SocialPrescribing.Measures;

namespace SocialPrescribing.Referrals;

/// <summary>
/// The periods of an episode's measurement schedule: the defaults of <see cref="MeasurementSchedule"/>, which
/// <see cref="Episode.MeasurementSchedule"/> uses. The fold and the caseload read them here to work out the same dates
/// without building a schedule (<c>CaseloadTests</c> compares them with the schedule on every day).
/// </summary>
internal static class MeasureDefaults
{
    /// <summary>Gets the interval between assessments and the due window (seed section 11: "at least every 6 months").</summary>
    internal static Cadence Cadence { get; } = Cadence.SixMonthly;

    /// <summary>Gets how long to keep measuring (seed section 11: "for one year").</summary>
    internal static Period MinimumDuration { get; } = SeedPeriods.OneYear;

    /// <summary>Gets the soonest a PAM reassessment may follow the previous one (Appendix 6).</summary>
    internal static Period EarlyReassessmentMinimum { get; } = SeedPeriods.ThreeMonths;
}
