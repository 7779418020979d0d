namespace SocialPrescribing.Outcomes;

/// <summary>Why a <see cref="PublishedCell"/> shows what it shows: the rule of the <see cref="DisclosurePolicy"/> that applied to it (docs/outcomes.md, "Disclosure control").</summary>
public enum CellControl
{
    /// <summary>Shown as computed: an exact count, a statistic from enough values, or a percentage of exact counts.</summary>
    None = 0,

    /// <summary>
    /// Shown rounded: a count rounded to the nearest 5, or a percentage computed from rounded counts (NHS Digital's
    /// rule below national level). The shown value may equal the exact one; the reader cannot tell.
    /// </summary>
    Rounded = 1,

    /// <summary>Suppressed (shown as <c>*</c>): a count from 1 to 7 under NHS Digital's rule below national level.</summary>
    SmallCount = 2,

    /// <summary>
    /// Suppressed (shown as <c>*</c>): a statistic computed from too few values, 1 to 7 under NHS Digital's rule below
    /// national level, fewer than the threshold under a threshold policy.
    /// </summary>
    FewValues = 3,

    /// <summary>Suppressed (shown as <c>*</c>): a count from 1 to one less than the threshold of a threshold policy.</summary>
    BelowThreshold = 4,

    /// <summary>Suppressed (shown as <c>*</c>) although not small itself, so that no suppressed count can be worked out from the totals.</summary>
    SecondarySuppression = 5,

    /// <summary>
    /// Suppressed (shown as <c>*</c>): a percentage whose numerator or denominator is suppressed, or a statistic computed
    /// from a count of the table that is suppressed (<see cref="OutcomeColumn.StatisticOf"/>).
    /// </summary>
    FromControlledCells = 6,

    /// <summary>Nothing to show: the figure does not apply to this row; shown as <c>n/a</c>.</summary>
    NotApplicable = 7,
}
