namespace SocialPrescribing.Outcomes;

/// <summary>
/// Suppression of counts below a threshold, with secondary suppression (docs/outcomes.md, "Disclosure control"): counts
/// from 1 to threshold - 1 and statistics from fewer than threshold values are suppressed, 0 is shown.
/// </summary>
/// <param name="threshold">The smallest count shown, at least 2.</param>
internal sealed class ThresholdRule(int threshold) : DisclosureRule
{
    internal override PublishedCell Count(long value) => value > 0 && value < threshold
        ? PublishedCell.Suppressed(OutcomeCellKind.Count, CellControl.BelowThreshold)
        : ExactCount(value);

    internal override PublishedCell Statistic(OutcomeCell cell) => cell.BasedOn < threshold
        ? PublishedCell.Suppressed(OutcomeCellKind.Statistic, CellControl.FewValues)
        : ExactStatistic(cell);

    /// <inheritdoc/>
    internal override bool CanPublish(PublishedCell cell) => (cell.Kind, cell.Control) switch
    {
        (OutcomeCellKind.Count, CellControl.None) => cell.Value == 0 || cell.Value >= threshold,
        (OutcomeCellKind.Count, CellControl.BelowThreshold or CellControl.SecondarySuppression) => true,
        (OutcomeCellKind.Statistic, CellControl.None or CellControl.FewValues or CellControl.FromControlledCells) => true,
        (OutcomeCellKind.Percentage, CellControl.None or CellControl.FromControlledCells) => true,
        (OutcomeCellKind.NotApplicable, _) => true,
        _ => false,
    };

    internal override void Protect(OutcomeTable table, PublishedCell[][] cells) => SecondarySuppression.Apply(table, cells);
}
