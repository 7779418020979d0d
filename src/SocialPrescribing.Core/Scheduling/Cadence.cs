using System.Diagnostics;
using NodaTime;
using NodaTime.Text;
using SocialPrescribing.Utility;

namespace SocialPrescribing;

/// <summary>
/// How often something recurs and how long it stays due before it is overdue: the one scheduling rule shared by
/// measurement schedules, quality assurance reviews, catch-ups and confidence surveys.
/// </summary>
/// <remarks>
/// <para>
/// Each occurrence is due <see cref="Interval"/> after the one before was done (or after the anchor, for the first):
/// the seed's "at least every 6 months" is rolling, not a fixed grid. Calendar arithmetic is NodaTime's: 31 August plus
/// 6 months is the last day of February.
/// </para>
/// <para>
/// Something not done is <see cref="ScheduleStatus.Due"/> from its due date to the end of <see cref="DueWindow"/>
/// inclusive, then <see cref="ScheduleStatus.Overdue"/>. The seed gives no grace period: the default window of one month
/// (<see cref="DefaultDueWindow"/>) is this library's choice; pass <see cref="Period.Zero"/> to make something overdue the
/// day after it is due. See <c>docs/scheduling.md</c>.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class Cadence : IEquatable<Cadence>, System.Numerics.IEqualityOperators<Cadence, Cadence, bool>
{
    /// <summary>Creates a cadence.</summary>
    /// <param name="interval">Time from one occurrence to the next: positive, date units only.</param>
    /// <param name="dueWindow">How long an occurrence stays due before it is overdue; default <see cref="DefaultDueWindow"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="interval"/> is not a positive period of date units, or <paramref name="dueWindow"/> has time units or
    /// negative units.
    /// </exception>
    public Cadence(Period interval, Period? dueWindow = null)
    {
        Interval = CheckDatePeriod(interval, nameof(interval), allowZero: false);
        DueWindow = CheckDatePeriod(dueWindow ?? DefaultDueWindow, nameof(dueWindow), allowZero: true);
    }

    /// <summary>Gets the default due window, one month: this library's choice (the seed names none).</summary>
    /// <value>1 month.</value>
    public static Period DefaultDueWindow { get; } = Period.FromMonths(1);

    /// <summary>Gets the seed's six-monthly cadence with the default due window.</summary>
    /// <value>Every <see cref="SeedPeriods.SixMonths"/>, due window <see cref="DefaultDueWindow"/>.</value>
    public static Cadence SixMonthly { get; } = new(SeedPeriods.SixMonths);

    /// <summary>Gets the seed's annual cadence with the default due window.</summary>
    /// <value>Every <see cref="SeedPeriods.OneYear"/>, due window <see cref="DefaultDueWindow"/>.</value>
    public static Cadence Annual { get; } = new(SeedPeriods.OneYear);

    /// <summary>Gets the time from one occurrence to the next.</summary>
    /// <value>A positive period of date units.</value>
    public Period Interval { get; }

    /// <summary>Gets how long an occurrence stays due before it is overdue.</summary>
    /// <value>A period of date units, possibly zero.</value>
    public Period DueWindow { get; }

    /// <summary>Returns the same interval with another due window.</summary>
    /// <param name="dueWindow">The due window: date units, none negative; zero allowed.</param>
    /// <returns>The cadence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dueWindow"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="dueWindow"/> has time units or negative units.</exception>
    public Cadence WithDueWindow(Period dueWindow)
        => new(Interval, Preconditions.CheckNotNull(dueWindow, nameof(dueWindow)));

    /// <summary>Gets the date the next occurrence is due, one interval after <paramref name="last"/>.</summary>
    /// <param name="last">When it was last done, or the anchor date for the first occurrence.</param>
    /// <returns>The due date.</returns>
    public LocalDate NextDueAfter(LocalDate last) => last.Plus(Interval);

    /// <summary>Gets the first date on which something due on <paramref name="dueDate"/> and not done is overdue.</summary>
    /// <param name="dueDate">The due date.</param>
    /// <returns>The day after the due window ends.</returns>
    public LocalDate OverdueFrom(LocalDate dueDate) => dueDate.Plus(DueWindow).PlusDays(1);

    /// <summary>Says where something due on <paramref name="dueDate"/>, and not done, stands on <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The date asked about.</param>
    /// <param name="dueDate">The date it is due.</param>
    /// <returns>Not yet due, due, or overdue; never done.</returns>
    public ScheduleStatus StatusOn(LocalDate asOf, LocalDate dueDate)
        => asOf < dueDate ? ScheduleStatus.NotYetDue
        : asOf < OverdueFrom(dueDate) ? ScheduleStatus.Due
        : ScheduleStatus.Overdue;

    /// <summary>Says where the next occurrence stands on a date, given when it was last done.</summary>
    /// <param name="asOf">The date asked about.</param>
    /// <param name="last">When it was last done, or the anchor date if never.</param>
    /// <returns>Not yet due, due, or overdue.</returns>
    public ScheduleStatus NextStatusOn(LocalDate asOf, LocalDate last) => StatusOn(asOf, NextDueAfter(last));

    /// <inheritdoc/>
    public bool Equals(Cadence? other) => other is not null && Interval.Equals(other.Interval) && DueWindow.Equals(other.DueWindow);

    /// <summary>Tests whether two cadences have the same interval and due window.</summary>
    /// <param name="left">The first cadence.</param>
    /// <param name="right">The second cadence.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(Cadence? left, Cadence? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Tests whether two cadences differ.</summary>
    /// <param name="left">The first cadence.</param>
    /// <param name="right">The second cadence.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Cadence? left, Cadence? right) => !(left == right);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Cadence);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Interval, DueWindow);

    /// <summary>Describes the cadence in ISO 8601 periods.</summary>
    /// <returns>For example <c>every P6M, due window P1M</c>.</returns>
    public override string ToString()
        => $"every {PeriodPattern.Roundtrip.Format(Interval)}, due window {PeriodPattern.Roundtrip.Format(DueWindow)}";

    /// <summary>Checks a period has only date units, none negative, and (unless zero is allowed) at least one positive.</summary>
    internal static Period CheckDatePeriod(Period period, string paramName, bool allowZero)
    {
        Preconditions.CheckNotNull(period, paramName);
        bool valid = !period.HasTimeComponent
            && period.Years >= 0 && period.Months >= 0 && period.Weeks >= 0 && period.Days >= 0
            && (allowZero || !period.Normalize().Equals(Period.Zero));
        Preconditions.CheckArgument(valid, paramName, allowZero ? PeriodNotDateOnly : PeriodNotPositiveDateOnly);
        return period;
    }

    private const string PeriodNotPositiveDateOnly = "Period should be positive and have only date units (years, months, weeks, days).";
    private const string PeriodNotDateOnly = "Period should have only date units (years, months, weeks, days), none negative.";
}
