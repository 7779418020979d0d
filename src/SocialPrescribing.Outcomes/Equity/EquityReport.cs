using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// Who was offered, referred and declined, per group (the result of <see cref="EquityRates.Aggregate(IEnumerable{Referrals.Episode}, EpisodeOutcomeOptions?, RegisteredPopulation?)"/> and its kin): rates per 1,000
/// registered people when the population was given, shares otherwise, and offers declined; as figures and as a table to
/// publish through a <see cref="DisclosurePolicy"/> (docs/demographics.md, "Rates").
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class EquityReport
{
    private const int RateDecimals = 2;
    private const int PercentDecimals = 1;
    private const string RegisteredColumn = "Registered";
    private const string OffersColumn = "Offers";
    private const string OffersDeclinedColumn = "Offers declined";
    private const string DeclinedShareColumn = "Offers declined %";
    private const string LowerSuffix = ": 95% CI lower (Wilson)";
    private const string UpperSuffix = ": 95% CI upper (Wilson)";
    private readonly Dictionary<OutcomeGroupKey, EquityFigures> _groups;

    internal EquityReport(OutcomeDimensions dimensions, Dictionary<OutcomeGroupKey, EquityFigures> groups, EquityFigures total, bool hasRates)
    {
        Dimensions = dimensions;
        _groups = groups;
        Total = total;
        HasRates = hasRates;
        Keys = groups.Keys.Order(Comparer<OutcomeGroupKey>.Create(OutcomeGroupKey.Compare)).ToList().AsReadOnly();
    }

    /// <summary>Gets what the people were grouped by.</summary>
    /// <value>From the options.</value>
    public OutcomeDimensions Dimensions { get; }

    /// <summary>Gets a value indicating whether each group has its registered people, so rates per 1,000 (not only shares).</summary>
    /// <value><see langword="true"/> when a population covering the grouping was given.</value>
    public bool HasRates { get; }

    /// <summary>Gets the keys of the groups, in the order of a published table.</summary>
    /// <value>Read-only; empty when there were no episodes.</value>
    public ReadOnlyCollection<OutcomeGroupKey> Keys { get; }

    /// <summary>Gets the figures of everyone: distinct people over every group.</summary>
    /// <value>The total; its people are not the sum of the groups' when a person is in two groups.</value>
    public EquityFigures Total { get; }

    /// <summary>Gets one group's figures.</summary>
    /// <param name="key">One of <see cref="Keys"/>.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="KeyNotFoundException">No episode fell in the group.</exception>
    public EquityFigures this[OutcomeGroupKey key] => _groups[key];

    /// <summary>Gets one group's figures, when any episode fell in it. Never throws.</summary>
    /// <param name="key">The key.</param>
    /// <param name="figures">The figures, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the group exists.</returns>
    public bool TryGetGroup(OutcomeGroupKey key, [NotNullWhen(true)] out EquityFigures? figures) => _groups.TryGetValue(key, out figures);

    /// <summary>Compares a group's rate with the reference group's.</summary>
    /// <param name="key">The group.</param>
    /// <param name="reference">The reference group the caller names (for example the least deprived quintile).</param>
    /// <param name="rate">Which rate: offered, referred or declined.</param>
    /// <returns>
    /// The ratio with its 95% interval (log method); <see langword="null"/> when either group is not in the report or the
    /// report has no rates. A reference with no such people gives no ratio (<see cref="RateRatio.Ratio"/> null), a group
    /// with none no interval.
    /// </returns>
    /// <remarks>
    /// Unpublished: a ratio with the group's published rate would give away the reference group's count, so ratios are
    /// not in <see cref="ToTable"/>; to publish one, check the reference group's counts pass the same disclosure policy
    /// (docs/demographics.md, "Rates").
    /// </remarks>
    public RateRatio? Ratio(OutcomeGroupKey key, OutcomeGroupKey reference, EquityRate rate)
        => Rate(TryGetGroup(key, out EquityFigures? g) ? g : null, rate) is ProportionEstimate a && Rate(TryGetGroup(reference, out EquityFigures? r) ? r : null, rate) is ProportionEstimate b
            ? RateRatio.Create(a, b)
            : null;

    /// <summary>
    /// Lays the report out as a table to publish: per group, the registered people (with rates) and, for each of offered,
    /// referred and declined, the people and the rate per 1,000 (or the group's share of the people in all groups %) with
    /// its Wilson 95% interval; then offers, offers declined and their share with its interval.
    /// </summary>
    /// <param name="title">The title; <see langword="null"/> for one naming the grouping.</param>
    /// <returns>
    /// The unpublished table. Its total row adds the groups' counts (a person in two groups counts in each; the distinct
    /// count is <see cref="Total"/>), so disclosure control protects every count from the totals; each rate and share
    /// names the counts it rests on, and is suppressed with them.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="title"/> is blank.</exception>
    public OutcomeTable ToTable(string? title = null)
    {
        OutcomeDimensions d = Dimensions;
        bool network = d.HasFlag(OutcomeDimensions.PrimaryCareNetwork), practice = d.HasFlag(OutcomeDimensions.Practice);
        bool source = d.HasFlag(OutcomeDimensions.ReferralSource), period = d.HasFlag(OutcomeDimensions.Period);
        List<string> headers = GroupLabels.Headers(network, practice, source, period, d);
        var columns = new List<OutcomeColumn>();
        if (HasRates)
        {
            // Not additive: groups without episodes have people registered, and each period repeats the one population.
            columns.Add(OutcomeColumn.NotAdditive(RegisteredColumn));
        }

        foreach (EquityRate rate in Enum.GetValues<EquityRate>())
        {
            string people = PeopleColumn(rate);
            string measure = MeasureColumn(rate, HasRates);
            string[] basis = HasRates ? [people, RegisteredColumn] : [people];
            columns.Add(OutcomeColumn.Create(people));
            columns.Add(OutcomeColumn.StatisticOf(measure, basis));
            columns.Add(OutcomeColumn.StatisticOf(measure + LowerSuffix, basis));
            columns.Add(OutcomeColumn.StatisticOf(measure + UpperSuffix, basis));
        }

        columns.Add(OutcomeColumn.Create(OffersColumn));
        columns.Add(OutcomeColumn.Create(OffersDeclinedColumn));
        columns.Add(OutcomeColumn.PercentageOf(DeclinedShareColumn, OffersDeclinedColumn, OffersColumn));
        columns.Add(OutcomeColumn.StatisticOf(DeclinedShareColumn + LowerSuffix, OffersDeclinedColumn, OffersColumn));
        columns.Add(OutcomeColumn.StatisticOf(DeclinedShareColumn + UpperSuffix, OffersDeclinedColumn, OffersColumn));

        // The total row adds the groups, so the shares of the groups are of that sum and add to 100%.
        EquityFigures[] groups = [.. Keys.Select(k => _groups[k])];
        EquityFigures sum = new(
            groups.Sum(g => g.PeopleOffered), groups.Sum(g => g.PeopleReferred), groups.Sum(g => g.PeopleDeclined), groups.Sum(g => g.Offers), groups.Sum(g => g.OffersDeclined), Total.Registered);
        var rows = new List<OutcomeRow>();
        foreach (OutcomeGroupKey key in Keys)
        {
            List<string> labels = GroupLabels.Labels(network, key.PrimaryCareNetwork, practice, key.Practice, source, key.ReferralSource, period, key.Period, d, key);
            rows.Add(OutcomeRow.Create(labels, Cells(_groups[key], sum)));
        }

        rows.Add(OutcomeRow.Total(Enumerable.Repeat(GroupLabels.All, headers.Count), Cells(sum, sum)));
        string by = GroupLabels.Title("Social prescribing offers, referrals and declines", network, practice, source, period, d);
        return OutcomeTable.Create(title ?? by, headers, columns, rows);
    }

    /// <summary>Gets the name of a table column of people (<see cref="ToTable"/>).</summary>
    /// <param name="rate">Which people.</param>
    /// <returns>For example <c>People offered</c>.</returns>
    public static string PeopleColumn(EquityRate rate) => "People " + Word(rate);

    /// <summary>Gets the name of a table column of a rate or share (<see cref="ToTable"/>); its interval's bounds follow it with <c>: 95% CI lower (Wilson)</c> and <c>: 95% CI upper (Wilson)</c>.</summary>
    /// <param name="rate">Which rate.</param>
    /// <param name="perRegistered"><see langword="true"/> for the rate per 1,000 registered (<see cref="HasRates"/>), <see langword="false"/> for the share.</param>
    /// <returns>For example <c>Offered per 1,000 registered</c> or <c>Share of people offered %</c>.</returns>
    public static string MeasureColumn(EquityRate rate, bool perRegistered)
        => perRegistered ? char.ToUpperInvariant(Word(rate)[0]) + Word(rate)[1..] + " per 1,000 registered" : "Share of people " + Word(rate) + " %";

    /// <summary>Describes the report by groups and people.</summary>
    /// <returns>For example <c>Equity: 12 groups, 3400 people offered, with rates</c>.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"Equity: {_groups.Count} groups, {Total.PeopleOffered} people offered, {(HasRates ? "with rates" : "shares only")}");

    private static ProportionEstimate? Rate(EquityFigures? figures, EquityRate rate) => rate switch
    {
        EquityRate.Offered => figures?.OfferedRate,
        EquityRate.Referred => figures?.ReferredRate,
        _ => figures?.DeclinedRate,
    };

    private static long People(EquityFigures figures, EquityRate rate) => rate switch
    {
        EquityRate.Offered => figures.PeopleOffered,
        EquityRate.Referred => figures.PeopleReferred,
        _ => figures.PeopleDeclined,
    };

    private static string Word(EquityRate rate) => rate switch
    {
        EquityRate.Offered => "offered",
        EquityRate.Referred => "referred",
        _ => "declined",
    };

    private List<OutcomeCell> Cells(EquityFigures g, EquityFigures sum)
    {
        var cells = new List<OutcomeCell>();
        if (HasRates)
        {
            cells.Add(OutcomeCell.Count(g.Registered ?? 0));
        }

        foreach (EquityRate rate in Enum.GetValues<EquityRate>())
        {
            long people = People(g, rate);
            cells.Add(OutcomeCell.Count(people));
            long all = People(sum, rate);
            ProportionEstimate? estimate = HasRates ? Rate(g, rate) : all > 0 ? ProportionEstimate.Create(people, all) : null;
            decimal scale = HasRates ? 1000m : 100m;

            // A rate rests on the people it is taken over; the table suppresses it with its people or registered count.
            long over = estimate?.Denominator ?? 0;
            cells.Add(Statistic(estimate?.Value * scale, over));
            cells.Add(Statistic(estimate?.Wilson95.Lower * scale, over));
            cells.Add(Statistic(estimate?.Wilson95.Upper * scale, over));
        }

        cells.Add(OutcomeCell.Count(g.Offers));
        cells.Add(OutcomeCell.Count(g.OffersDeclined));
        cells.Add(g.Offers == 0 ? OutcomeCell.NotApplicable : OutcomeCell.Percentage(g.OffersDeclined, g.Offers, PercentDecimals));
        ProportionEstimate? declined = g.DeclinedShareOfOffers;
        cells.Add(Statistic(declined?.Wilson95.Lower * 100m, g.Offers, PercentDecimals));
        cells.Add(Statistic(declined?.Wilson95.Upper * 100m, g.Offers, PercentDecimals));
        return cells;
    }

    private static OutcomeCell Statistic(decimal? value, long basedOn, int decimals = RateDecimals)
        => value is decimal v && basedOn > 0
            ? OutcomeCell.Statistic(decimal.Round(v, decimals, MidpointRounding.AwayFromZero), decimals, basedOn)
            : OutcomeCell.NotApplicable;
}

/// <summary>Which of the three rates of an <see cref="EquityReport"/>.</summary>
/// <remarks>Zero is not a member.</remarks>
public enum EquityRate
{
    /// <summary>People offered social prescribing (871691000000100).</summary>
    Offered = 1,

    /// <summary>People referred to the social prescribing service (871731000000106).</summary>
    Referred = 2,

    /// <summary>People who declined (871711000000103).</summary>
    Declined = 3,
}
