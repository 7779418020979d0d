namespace SocialPrescribing.Outcomes;

/// <summary>
/// NHS Digital's disclosure control for HES and ECDS below national level (docs/outcomes.md, "Disclosure control"):
/// 1 to 7 suppressed, other counts rounded to the nearest 5, statistics from 1 to 7 values suppressed.
/// </summary>
internal sealed class RoundingRule : DisclosureRule
{
    /// <summary>The largest count (and number of values) the rule suppresses.</summary>
    internal const int LargestSmallCount = 7;

    /// <summary>The multiple counts are rounded to.</summary>
    internal const int RoundingBase = 5;

    internal static RoundingRule Instance { get; } = new();

    internal override PublishedCell Count(long value) => value switch
    {
        0 => ExactCount(0),
        <= LargestSmallCount => PublishedCell.Suppressed(OutcomeCellKind.Count, CellControl.SmallCount),
        _ => PublishedCell.Shown(OutcomeCellKind.Count, NearestFive(value), 0, CellControl.Rounded),
    };

    internal override PublishedCell Statistic(OutcomeCell cell) => cell.BasedOn <= LargestSmallCount
        ? PublishedCell.Suppressed(OutcomeCellKind.Statistic, CellControl.FewValues)
        : ExactStatistic(cell);

    /// <inheritdoc/>
    internal override bool CanPublish(PublishedCell cell) => (cell.Kind, cell.Control) switch
    {
        (OutcomeCellKind.Count, CellControl.None) => cell.Value == 0,
        (OutcomeCellKind.Count, CellControl.Rounded) => cell.Value >= 10,
        (OutcomeCellKind.Count, CellControl.SmallCount) => true,
        (OutcomeCellKind.Statistic, CellControl.None or CellControl.FewValues or CellControl.FromControlledCells) => true,
        (OutcomeCellKind.Percentage, CellControl.None or CellControl.Rounded or CellControl.FromControlledCells) => true,
        (OutcomeCellKind.NotApplicable, _) => true,
        _ => false,
    };

    /// <summary>Rounds a whole number to the nearest multiple of 5: a remainder of 1 or 2 rounds down, 3 or 4 up; no whole number is halfway.</summary>
    internal static decimal NearestFive(long value)
    {
        long remainder = value % RoundingBase;
        return (decimal)(value - remainder) + (remainder * 2 > RoundingBase ? RoundingBase : 0);
    }
}
