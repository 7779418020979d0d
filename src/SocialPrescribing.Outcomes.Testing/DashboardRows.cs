namespace SocialPrescribing.Outcomes.Testing;

/// <summary>
/// A dashboard computed by a benchmark baseline (<see cref="LinqDashboard"/>, <see cref="RawDashboard"/>): each group's
/// row and the total row, each the cells of <see cref="EpisodeOutcomeAggregate.ToTable"/> in the table's order. A cell is
/// a count, a statistic rounded to 2 decimal places as the table rounds it, or a percentage as the fraction numerator /
/// denominator; <see langword="null"/> where the table has "not applicable".
/// </summary>
/// <param name="Groups">The row of each group, by the key the library gives the group (PCN and period).</param>
/// <param name="Total">The total row.</param>
internal sealed record DashboardRows(IReadOnlyDictionary<OutcomeGroupKey, decimal?[]> Groups, decimal?[] Total);
