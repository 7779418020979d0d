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
    /// <returns>The ratio with its 95% interval (log method); <see langword="null"/> without rates or when either group has none.</returns>
    public RateRatio? Ratio(OutcomeGroupKey key, OutcomeGroupKey reference, EquityRate rate)
        => Rate(TryGetGroup(key, out EquityFigures? g) ? g : null, rate) is ProportionEstimate a && Rate(TryGetGroup(reference, out EquityFigures? r) ? r : null, rate) is ProportionEstimate b
            ? RateRatio.Create(a, b)
            : null;

    /// <summary>
    /// Lays the report out as a table: per group, the registered people (with rates) and, for each of offered, referred and
    /// declined, the distinct people, the rate per 1,000 (or the share of all such people %) with its Wilson 95% interval
    /// and, when a reference is named, the rate ratio with its 95% interval; then offers, offers declined and their share.
    /// </summary>
    /// <param name="reference">The reference group for rate ratios; <see langword="null"/> for none. Needs rates.</param>
    /// <param name="title">The title; <see langword="null"/> for one naming the grouping.</param>
    /// <returns>The unpublished table; a total row of everyone (people are not additive).</returns>
    /// <exception cref="ArgumentException"><paramref name="reference"/> is given without rates, or is not one of <see cref="Keys"/>; <paramref name="title"/> is blank.</exception>
    public OutcomeTable ToTable(OutcomeGroupKey? reference = null, string? title = null)
    {
        Preconditions.CheckArgument(reference is null || (HasRates && _groups.ContainsKey(reference.Value)), nameof(reference), OutcomesMessages.EquityReference);
        OutcomeDimensions d = Dimensions;
        bool network = d.HasFlag(OutcomeDimensions.PrimaryCareNetwork), practice = d.HasFlag(OutcomeDimensions.Practice);
        bool source = d.HasFlag(OutcomeDimensions.ReferralSource), period = d.HasFlag(OutcomeDimensions.Period);
        List<string> headers = GroupLabels.Headers(network, practice, source, period, d);
        var columns = new List<OutcomeColumn>();
        if (HasRates)
        {
            // Not additive: groups without episodes have people registered, and each period repeats the one population.
            columns.Add(OutcomeColumn.NotAdditive("Registered"));
        }

        foreach (EquityRate rate in Enum.GetValues<EquityRate>())
        {
            string people = "People " + Word(rate);
            columns.Add(OutcomeColumn.NotAdditive(people));
            string measure = HasRates ? Capital(Word(rate)) + " per 1,000 registered" : "Share of all people " + Word(rate) + " %";
            string[] basis = HasRates ? [people, "Registered"] : [people];
            columns.Add(OutcomeColumn.StatisticOf(measure, basis));
            columns.Add(OutcomeColumn.StatisticOf(measure + ": 95% CI lower (Wilson)", basis));
            columns.Add(OutcomeColumn.StatisticOf(measure + ": 95% CI upper (Wilson)", basis));
            if (reference is not null)
            {
                columns.Add(OutcomeColumn.StatisticOf(Capital(Word(rate)) + " rate ratio", basis));
                columns.Add(OutcomeColumn.StatisticOf(Capital(Word(rate)) + " rate ratio: 95% CI lower (log)", basis));
                columns.Add(OutcomeColumn.StatisticOf(Capital(Word(rate)) + " rate ratio: 95% CI upper (log)", basis));
            }
        }

        columns.Add(OutcomeColumn.Create("Offers"));
        columns.Add(OutcomeColumn.Create("Offers declined"));
        columns.Add(OutcomeColumn.PercentageOf("Offers declined %", "Offers declined", "Offers"));
        columns.Add(OutcomeColumn.StatisticOf("Offers declined %: 95% CI lower (Wilson)", "Offers declined", "Offers"));
        columns.Add(OutcomeColumn.StatisticOf("Offers declined %: 95% CI upper (Wilson)", "Offers declined", "Offers"));

        var rows = new List<OutcomeRow>();
        foreach (OutcomeGroupKey key in Keys)
        {
            List<string> labels = GroupLabels.Labels(network, key.PrimaryCareNetwork, practice, key.Practice, source, key.ReferralSource, period, key.Period, d, key);
            rows.Add(OutcomeRow.Create(labels, Cells(_groups[key], reference is OutcomeGroupKey r ? _groups[r] : null)));
        }

        rows.Add(OutcomeRow.Total(Enumerable.Repeat(GroupLabels.All, headers.Count), Cells(Total, reference is OutcomeGroupKey rr ? _groups[rr] : null)));
        string by = GroupLabels.Title("Social prescribing offers, referrals and declines", network, practice, source, period, d);
        return OutcomeTable.Create(title ?? by, headers, columns, rows);
    }

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

    private static ProportionEstimate? Share(EquityFigures figures, EquityRate rate) => rate switch
    {
        EquityRate.Offered => figures.ShareOfPeopleOffered,
        EquityRate.Referred => figures.ShareOfPeopleReferred,
        _ => figures.ShareOfPeopleDeclined,
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

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private List<OutcomeCell> Cells(EquityFigures g, EquityFigures? reference)
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
            ProportionEstimate? estimate = HasRates ? Rate(g, rate) : Share(g, rate);
            decimal scale = HasRates ? 1000m : 100m;
            // A rate rests on the people it is taken over; the table suppresses it with its people or registered count.
            long over = estimate?.Denominator ?? 0;
            cells.Add(Statistic(estimate?.Value * scale, over));
            cells.Add(Statistic(estimate?.Wilson95.Lower * scale, over));
            cells.Add(Statistic(estimate?.Wilson95.Upper * scale, over));
            if (reference is not null)
            {
                RateRatio? ratio = Rate(g, rate) is ProportionEstimate a && Rate(reference, rate) is ProportionEstimate b ? RateRatio.Create(a, b) : null;
                cells.Add(Statistic(ratio?.Ratio, over));
                cells.Add(Statistic(ratio?.Log95?.Lower, over));
                cells.Add(Statistic(ratio?.Log95?.Upper, over));
            }
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
