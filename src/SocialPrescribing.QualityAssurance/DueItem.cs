using NodaTime;
using NodaTime.Text;

namespace SocialPrescribing.QualityAssurance;

/// <summary>One entry of a due list: which group is due for what, since when, and whether it is overdue on the date asked about.</summary>
/// <param name="GroupId">The group.</param>
/// <param name="What">What it is due for.</param>
/// <param name="DueOn">The date it fell due.</param>
/// <param name="IsOverdue">Whether the date asked about is after <paramref name="DueOn"/>.</param>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
public readonly record struct DueItem(string GroupId, DueKind What, LocalDate DueOn, bool IsOverdue) : System.Numerics.IEqualityOperators<DueItem, DueItem, bool>
{
    /// <summary>Describes the entry.</summary>
    /// <returns>For example <c>G-12: CatchUp due 2026-08-02 (overdue)</c>.</returns>
    public override string ToString() => $"{GroupId}: {What} due {LocalDatePattern.Iso.Format(DueOn)}{(IsOverdue ? " (overdue)" : string.Empty)}";
}
