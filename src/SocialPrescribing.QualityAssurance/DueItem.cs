using NodaTime;
using NodaTime.Text;

namespace SocialPrescribing.QualityAssurance;

/// <summary>One entry of a due list: which group is due for what, since when, and whether it is due or overdue on the date asked about.</summary>
/// <remarks>
/// <see cref="Status"/> is the agreement's <see cref="GroupSchedule.StatusOn"/>: <see cref="ScheduleStatus.Due"/> from
/// <see cref="DueOn"/> to the end of the cadence's due window, <see cref="ScheduleStatus.Overdue"/> after; a due list
/// holds no other status. See <c>docs/quality-assurance.md</c>.
/// </remarks>
/// <param name="GroupId">The group.</param>
/// <param name="What">What it is due for.</param>
/// <param name="DueOn">The date it fell due.</param>
/// <param name="Status">Due or overdue on the date asked about.</param>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[System.Diagnostics.DebuggerDisplay("{ToString(),nq}")]
public readonly record struct DueItem(string GroupId, DueKind What, LocalDate DueOn, ScheduleStatus Status) : System.Numerics.IEqualityOperators<DueItem, DueItem, bool>
{
    /// <summary>Gets a value indicating whether the entry is overdue.</summary>
    /// <value><see langword="true"/> exactly when <see cref="Status"/> is <see cref="ScheduleStatus.Overdue"/>.</value>
    public bool IsOverdue => Status == ScheduleStatus.Overdue;

    /// <summary>Describes the entry.</summary>
    /// <returns>For example <c>G-12: CatchUp due 2026-08-02 (overdue)</c>.</returns>
    public override string ToString() => $"{GroupId}: {What} due {LocalDatePattern.Iso.Format(DueOn)}{(IsOverdue ? " (overdue)" : string.Empty)}";
}
