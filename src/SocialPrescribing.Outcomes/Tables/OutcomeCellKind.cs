namespace SocialPrescribing.Outcomes;

/// <summary>What an <see cref="OutcomeCell"/> holds, which decides how a <see cref="DisclosurePolicy"/> controls it (docs/outcomes.md, "Disclosure control").</summary>
public enum OutcomeCellKind
{
    /// <summary>A count of people or episodes, zero or more.</summary>
    Count = 1,

    /// <summary>A mean, median, percentile, maximum or confidence interval bound, with the number of values it was computed from.</summary>
    Statistic = 2,

    /// <summary>A percentage, kept as its numerator and denominator.</summary>
    Percentage = 3,

    /// <summary>Nothing to show: the figure does not apply to this row (for example a mean change with no pairs).</summary>
    NotApplicable = 4,
}
