using System.Diagnostics;
using NodaTime;
using NodaTime.Text;

namespace SocialPrescribing.Measures;

/// <summary>A measure taken on a date: what a schedule needs to know of an assessment already recorded.</summary>
/// <param name="Measure">Which measure was taken.</param>
/// <param name="Date">The date it was taken.</param>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public readonly record struct RecordedAssessment(MeasureKind Measure, LocalDate Date) : System.Numerics.IEqualityOperators<RecordedAssessment, RecordedAssessment, bool>
{
    /// <summary>Describes the assessment.</summary>
    /// <returns>For example <c>Ons4 on 2026-01-05</c>.</returns>
    public override string ToString() => $"{Measure} on {LocalDatePattern.Iso.Format(Date)}";
}
