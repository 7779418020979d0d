using System.Diagnostics;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// A column of an <see cref="OutcomeTable"/>: its name and how its counts relate to other columns, which is what
/// disclosure control needs to know to stop a suppressed count being worked out from a total.
/// </summary>
/// <remarks>
/// <para>
/// A <em>family</em> is a set of count columns whose parts add up to one total column in every row, such as closure
/// reasons and "All closed": made with <see cref="PartOf"/> and <see cref="TotalOf"/> under one family name. The parts
/// must be mutually exclusive (one episode in one part): counts where one episode can fall in several columns (referral
/// reasons, say) are not a family. A family has exactly one total column and at least one part; the table checks that
/// the parts sum to the total in every row.
/// </para>
/// <para>
/// A count column outside every family (<see cref="Create"/>) is tied only to the table's total row, which must be the
/// sum of the other rows. A count that is not the sum over rows, such as distinct people when one person can appear in
/// two rows, is <see cref="NotAdditive"/>. A percentage column (<see cref="PercentageOf"/>) names the count columns of
/// its numerator and denominator, so that suppressing either suppresses the percentage (docs/outcomes.md,
/// "Disclosure control").
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class OutcomeColumn
{
    private OutcomeColumn(string name, string? family, bool isFamilyTotal, bool isAdditive, string? numeratorColumn, string? denominatorColumn)
    {
        Name = name;
        Family = family;
        IsFamilyTotal = isFamilyTotal;
        IsAdditive = isAdditive;
        NumeratorColumn = numeratorColumn;
        DenominatorColumn = denominatorColumn;
    }

    /// <summary>Gets the column's name, unique in its table.</summary>
    /// <value>Not blank.</value>
    public string Name { get; }

    /// <summary>Gets the name of the family the column belongs to.</summary>
    /// <value>The family's name; <see langword="null"/> when the column is in no family.</value>
    public string? Family { get; }

    /// <summary>Gets a value indicating whether the column is its family's total.</summary>
    /// <value><see langword="true"/> for the one total column of a family; <see langword="false"/> for a part or a column in no family.</value>
    public bool IsFamilyTotal { get; }

    /// <summary>Gets a value indicating whether the column's counts in the total row are the sum of the other rows.</summary>
    /// <value><see langword="false"/> only for a column made with <see cref="NotAdditive"/>.</value>
    public bool IsAdditive { get; }

    /// <summary>Gets the name of the count column whose counts are this percentage column's numerators.</summary>
    /// <value>The column's name; <see langword="null"/> unless the column was made with <see cref="PercentageOf"/>.</value>
    public string? NumeratorColumn { get; }

    /// <summary>Gets the name of the count column whose counts are this percentage column's denominators.</summary>
    /// <value>The column's name; <see langword="null"/> unless the column was made with <see cref="PercentageOf"/>.</value>
    public string? DenominatorColumn { get; }

    /// <summary>Gets a value indicating whether the column holds percentages of two other columns.</summary>
    /// <value><see langword="true"/> for a column made with <see cref="PercentageOf"/>.</value>
    public bool IsPercentage => NumeratorColumn is not null;

    /// <summary>Creates a column in no family: counts tied only to the total row, or statistics, or unlinked percentages.</summary>
    /// <param name="name">The column's name; not blank.</param>
    /// <returns>The column.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public static OutcomeColumn Create(string name)
        => new(CheckName(name, nameof(name)), null, isFamilyTotal: false, isAdditive: true, null, null);

    /// <summary>Creates a count column in no family whose total row is not the sum of the other rows, such as distinct people.</summary>
    /// <param name="name">The column's name; not blank.</param>
    /// <returns>The column.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public static OutcomeColumn NotAdditive(string name)
        => new(CheckName(name, nameof(name)), null, isFamilyTotal: false, isAdditive: false, null, null);

    /// <summary>Creates a part column of a family: its counts, with the other parts', sum to the family's total column in every row.</summary>
    /// <param name="name">The column's name; not blank.</param>
    /// <param name="family">The family's name; not blank.</param>
    /// <returns>The column.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="family"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="family"/> is blank.</exception>
    public static OutcomeColumn PartOf(string name, string family)
        => new(CheckName(name, nameof(name)), CheckFamily(family), isFamilyTotal: false, isAdditive: true, null, null);

    /// <summary>Creates the total column of a family: in every row, the sum of the family's parts.</summary>
    /// <param name="name">The column's name; not blank.</param>
    /// <param name="family">The family's name; not blank.</param>
    /// <returns>The column.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="family"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="family"/> is blank.</exception>
    public static OutcomeColumn TotalOf(string name, string family)
        => new(CheckName(name, nameof(name)), CheckFamily(family), isFamilyTotal: true, isAdditive: true, null, null);

    /// <summary>Creates a percentage column whose cells are the counts of one column as a percentage of another's, row by row.</summary>
    /// <param name="name">The column's name; not blank.</param>
    /// <param name="numeratorColumn">The name of the count column holding the numerators.</param>
    /// <param name="denominatorColumn">The name of the count column holding the denominators.</param>
    /// <returns>The column.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is blank.</exception>
    public static OutcomeColumn PercentageOf(string name, string numeratorColumn, string denominatorColumn)
    {
        string checkedName = CheckName(name, nameof(name));
        Preconditions.CheckNotBlank(numeratorColumn, nameof(numeratorColumn), OutcomesMessages.LinkedColumnBlank);
        Preconditions.CheckNotBlank(denominatorColumn, nameof(denominatorColumn), OutcomesMessages.LinkedColumnBlank);
        return new(checkedName, null, isFamilyTotal: false, isAdditive: true, numeratorColumn, denominatorColumn);
    }

    /// <summary>Describes the column: its name and its role.</summary>
    /// <returns>For example <c>All closed (total of Closure reason)</c>.</returns>
    public override string ToString() => Family is null
        ? IsPercentage ? $"{Name} (percentage of {NumeratorColumn} in {DenominatorColumn})" : IsAdditive ? Name : Name + " (not additive)"
        : $"{Name} ({(IsFamilyTotal ? "total" : "part")} of {Family})";

    private static string CheckName(string name, string paramName) => Preconditions.CheckNotBlank(name, paramName, OutcomesMessages.ColumnNameBlank);

    private static string CheckFamily(string family) => Preconditions.CheckNotBlank(family, nameof(family), OutcomesMessages.FamilyNameBlank);
}
