using System.Diagnostics;
using System.Globalization;
using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// A month, a quarter of the NHS financial year or a financial year: the time part of an outcome group.
/// </summary>
/// <remarks>
/// <para>
/// Quarters are those of the financial year that starts on 1 April (Q1 is April to June), as NHS England reports
/// activity; this library's choice, since the seed names no reporting period. A period is identified by its
/// <see cref="Kind"/> and its first day, so two periods are equal exactly when they cover the same days at the same
/// length.
/// </para>
/// <para>
/// <see cref="ToString"/> gives <c>2026-04</c> for a month, <c>2026/27 Q1</c> for a quarter and <c>2026/27</c> for a
/// financial year, the same under every culture.
/// </para>
/// <para>
/// Every period lies wholly within the ISO calendar NodaTime holds (years -9998 to 9999): <see cref="Containing"/>
/// refuses a date whose financial year would start before 1 April -9998 or end after 31 December 9999, and
/// <see cref="Next"/> refuses to go past the last period that fits, so <see cref="End"/> and <see cref="Contains"/>
/// never throw for a period that exists (this library's choice: a period the calendar cannot hold has no end).
/// </para>
/// <para>
/// <c>default(ReportingPeriod)</c> is not a period (docs/conventions.md, "Errors and messages"): its <see cref="Kind"/> is
/// <c>0</c>; <see cref="Start"/>, <see cref="End"/>, <see cref="Contains"/> and <see cref="Next"/> throw
/// <see cref="InvalidOperationException"/>; equality, ordering (it sorts first) and <see cref="ToString"/> are safe.
/// </para>
/// </remarks>
/// <threadsafety>Immutable value; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct ReportingPeriod : IEquatable<ReportingPeriod>, IComparable<ReportingPeriod>, IComparable, System.Numerics.IComparisonOperators<ReportingPeriod, ReportingPeriod, bool>
{
    private const int FinancialYearStartMonth = 4;

    private static readonly LocalDate LastDay = new(9999, 12, 31);
    private static readonly LocalDate FirstFinancialYearStart = new(-9998, FinancialYearStartMonth, 1);
    private static readonly LocalDate LastFinancialYearStart = new(9998, FinancialYearStartMonth, 1);

    private readonly LocalDate _start;

    private ReportingPeriod(PeriodKind kind, LocalDate start)
    {
        Kind = kind;
        _start = start;
    }

    /// <summary>Gets the length of the period.</summary>
    /// <value>Month, quarter or financial year; <c>0</c> for <see langword="default"/>.</value>
    public PeriodKind Kind { get; }

    /// <summary>Gets the first day of the period.</summary>
    /// <value>The first of a month; for a quarter the first of April, July, October or January; for a financial year 1 April.</value>
    /// <exception cref="InvalidOperationException">The period is <see langword="default"/>.</exception>
    public LocalDate Start => Kind != 0 ? _start : throw new InvalidOperationException(OutcomesMessages.DefaultPeriod);

    /// <summary>Gets the last day of the period.</summary>
    /// <value>The day before the next period starts; at most 31 December 9999.</value>
    /// <exception cref="InvalidOperationException">The period is <see langword="default"/>.</exception>
    public LocalDate End => LastDayOf(Kind, Start);

    /// <summary>Gets the period of the given kind that contains a date.</summary>
    /// <param name="kind">The length of the period.</param>
    /// <param name="date">A day in the period; in the ISO calendar.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a named member.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="kind"/> is not a named member, or <paramref name="kind"/> is a financial year and
    /// <paramref name="date"/> is before 1 April -9998 or on or after 1 April 9999 (the year would not fit in the calendar).
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public static ReportingPeriod Containing(PeriodKind kind, LocalDate date)
    {
        Preconditions.CheckDefined(kind, nameof(kind));
        Preconditions.CheckArgument(date.Calendar == CalendarSystem.Iso, nameof(date), OutcomesMessages.DateNotIso);
        if (kind == PeriodKind.FinancialYear && (date < FirstFinancialYearStart || date >= LastFinancialYearStart.PlusYears(1)))
        {
            throw new ArgumentOutOfRangeException(nameof(date), OutcomesMessages.PeriodOutsideCalendar);
        }

        int month = date.Month;
        return kind switch
        {
            PeriodKind.Month => new(kind, new LocalDate(date.Year, month, 1)),
            PeriodKind.Quarter => new(kind, new LocalDate(date.Year, month - ((month - 1) % 3), 1)),
            _ => new(kind, new LocalDate(month >= FinancialYearStartMonth ? date.Year : date.Year - 1, FinancialYearStartMonth, 1)),
        };
    }

    /// <summary>Says whether a date falls in the period.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <see cref="Start"/> &lt;= <paramref name="date"/> &lt;= <see cref="End"/>.</returns>
    /// <exception cref="InvalidOperationException">The period is <see langword="default"/>.</exception>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>Gets the period of the same kind that follows this one.</summary>
    /// <returns>The next period.</returns>
    /// <exception cref="InvalidOperationException">
    /// The period is <see langword="default"/>, or it is the last of its kind the calendar holds (its successor would end
    /// after 31 December 9999).
    /// </exception>
    public ReportingPeriod Next()
    {
        LocalDate end = End;
        if (end == LastDay || (Kind == PeriodKind.FinancialYear && _start == LastFinancialYearStart))
        {
            throw new InvalidOperationException(OutcomesMessages.LastPeriod);
        }

        return new(Kind, end.PlusDays(1));
    }

    /// <summary>Describes the period, e.g. <c>2026-04</c>, <c>2026/27 Q1</c> or <c>2026/27</c>.</summary>
    /// <returns>The period's name; <c>ReportingPeriod(default)</c> for <see langword="default"/>.</returns>
    public override string ToString()
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        int fy = _start.Month >= FinancialYearStartMonth ? _start.Year : _start.Year - 1;
        string year = string.Create(c, $"{fy:D4}/{(fy + 1) % 100:D2}");
        return Kind switch
        {
            PeriodKind.Month => string.Create(c, $"{_start.Year:D4}-{_start.Month:D2}"),
            PeriodKind.Quarter => string.Create(c, $"{year} Q{(((_start.Month - FinancialYearStartMonth + 12) % 12) / 3) + 1}"),
            PeriodKind.FinancialYear => year,
            _ => "ReportingPeriod(default)",
        };
    }

    /// <summary>Compares by kind, then by first day.</summary>
    /// <param name="other">The period to compare with.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(ReportingPeriod other)
    {
        int c = Kind.CompareTo(other.Kind);
        return c != 0 ? c : _start.CompareTo(other._start);
    }

    /// <summary>Compares with an object: by kind, then by first day.</summary>
    /// <param name="obj">The object; null orders first.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="ReportingPeriod"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        ReportingPeriod other => CompareTo(other),
        _ => throw new ArgumentException(OutcomesMessages.NotAReportingPeriod, nameof(obj)),
    };

    /// <summary>Compares two periods for equality.</summary>
    /// <param name="other">The period to compare with.</param>
    /// <returns><see langword="true"/> when both have the same kind and first day.</returns>
    public bool Equals(ReportingPeriod other) => Kind == other.Kind && _start == other._start;

    /// <summary>Compares with an object.</summary>
    /// <param name="obj">The object.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal period.</returns>
    public override bool Equals(object? obj) => obj is ReportingPeriod other && Equals(other);

    /// <summary>Gets a hash code from the kind and first day.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Kind, _start);

    /// <summary>Compares two periods for equality.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ReportingPeriod left, ReportingPeriod right) => left.Equals(right);

    /// <summary>Compares two periods for inequality.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(ReportingPeriod left, ReportingPeriod right) => !left.Equals(right);

    /// <summary>Orders two periods.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> orders first.</returns>
    public static bool operator <(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Orders two periods.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> orders last.</returns>
    public static bool operator >(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Orders two periods.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> orders first or they are equal.</returns>
    public static bool operator <=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two periods.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> orders last or they are equal.</returns>
    public static bool operator >=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) >= 0;

    /// <summary>The last day of the period of a kind starting on a day, computed without passing 31 December 9999.</summary>
    private static LocalDate LastDayOf(PeriodKind kind, LocalDate start)
    {
        LocalDate lastMonth = start.PlusMonths(kind switch { PeriodKind.Month => 0, PeriodKind.Quarter => 2, _ => 11 });
        return new LocalDate(lastMonth.Year, lastMonth.Month, CalendarSystem.Iso.GetDaysInMonth(lastMonth.Year, lastMonth.Month));
    }
}
