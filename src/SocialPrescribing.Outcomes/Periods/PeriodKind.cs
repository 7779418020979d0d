namespace SocialPrescribing.Outcomes;

/// <summary>The length of a <see cref="ReportingPeriod"/>: what an analyst groups by in time.</summary>
public enum PeriodKind
{
    /// <summary>A calendar month.</summary>
    Month = 1,

    /// <summary>A quarter of the NHS financial year: April to June is Q1, January to March is Q4.</summary>
    Quarter = 2,

    /// <summary>The NHS financial year, 1 April to 31 March.</summary>
    FinancialYear = 3,
}
